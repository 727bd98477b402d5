import Foundation

/// What a cell shows on a terminal whose locale is not UTF-8 (`LC_ALL=C`), where anything but
/// ASCII comes out garbled: box lines become `-`, `|` and `+`, the big digits' blocks `#`,
/// marks and arrows their nearest ASCII sign, accented letters their base letter, and anything
/// else one `?` a column, so each stand-in fills exactly the columns its grapheme took.
public enum ASCIIFallback {
  private static let signs: [Character: Character] = {
    var signs: [Character: Character] = [:]
    func map(_ characters: String, to sign: Character) {
      for character in characters { signs[character] = sign }
    }
    map("─━═╌┄", to: "-")
    map("│┃║▏▎▍", to: "|")
    map("╭╮╰╯┌┐└┘├┤┬┴┼", to: "+")
    map("█▀▄▌▋▊▉■◆●", to: "#")
    map("·•◌○◎", to: ".")
    map("—–", to: "-")
    map("…", to: ".")
    map("“”", to: "\"")
    map("‘’", to: "'")
    map("›▸▶→", to: ">")
    map("←◀", to: "<")
    map("↑", to: "^")
    map("↓", to: "v")
    map("×✗⊘", to: "x")
    map("✓", to: "v")
    map("⚠", to: "!")
    map("☐", to: "o")
    map("⏸", to: "=")
    map("↷↩", to: "~")
    return signs
  }()

  /// The ASCII text for `grapheme`, `width` columns wide (the columns the grapheme takes).
  public static func text(for grapheme: String, width: Int) -> String {
    if grapheme.allSatisfy(\.isASCII) { return grapheme }
    let columns = max(1, width)
    if let first = grapheme.first, let sign = signs[first] {
      return String(repeating: sign, count: columns)
    }
    let base = grapheme.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    if !base.isEmpty, base.allSatisfy(\.isASCII), DisplayWidth.of(base) == columns { return base }
    return String(repeating: "?", count: columns)
  }
}
