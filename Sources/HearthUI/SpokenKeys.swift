/// The meeting's keys as a screen reader should say them (`--plain`): words for the signs a
/// synthesizer would spell out ("keys 1 to 9", not "1-9"; "plus or minus", not "+ -").
public enum SpokenKeys {
  private static let labels: [String: String] = [
    "n Enter": "n or Enter",
    "+ -": "plus or minus",
    "] [": "right bracket or left bracket",
    "1-9": "keys 1 to 9",
    "r 1-9": "r, then a key 1 to 9",
    "x z c": "x, z or c",
    "? g": "question mark or g",
    "Ctrl-C": "Control C",
    "Ctrl-L": "Control L",
  ]

  /// Signs in help text and how they are said.
  private static let signs: [(String, String)] = [
    (" / ", " or "), (" · ", "; "), ("↓ ↑", "down or up arrow"), ("@", "at "), (" …", ""),
    ("1-9", "1 to 9"), ("Ctrl-", "Control "),
  ]

  /// A binding's label in words: `1-9` is "keys 1 to 9", `? g` "question mark or g".
  public static func label(_ label: String) -> String { labels[label] ?? label }

  /// Help text in words: `pause / resume` is "pause or resume", `@Name` "at Name".
  public static func words(_ text: String) -> String {
    signs.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
  }

  /// The meeting's help, one sentence a key: "plus or minus: one minute more or less (the
  /// turn, or the item)."
  public static var helpLines: [String] {
    Keymap.helpLines.map { "\(label($0.0)): \(words($0.1))." }
  }
}
