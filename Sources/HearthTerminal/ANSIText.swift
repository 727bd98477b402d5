import CNcurses
import Foundation
import HearthCore
import HearthUI

/// Styled text for plain output (not a full screen): `hearth themes list` previews each theme
/// with SGR escape sequences, each colour the nearest the terminal can show.
public enum ANSIText {
  /// How many colours the terminal on standard output shows: nil when it is not a terminal
  /// (nothing should be styled), none when colour is off, 24-bit when `COLORTERM` says so, else
  /// what terminfo reports for `TERM`. With `piped`, output that is not a terminal is styled
  /// too (`--color always`), as `TERM` describes the terminal it will reach.
  public static func depth(
    color: Bool, environment: [String: String], piped: Bool = false
  ) -> ColorDepth? {
    guard piped || isatty(1) == 1 else { return nil }
    guard color else { return ColorDepth.none }
    let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
    if colorTerm == "truecolor" || colorTerm == "24bit" { return .direct }
    var status: Int32 = 0
    guard setupterm(nil, 1, &status) == OK else { return ColorDepth.none }
    let colors = tigetnum("colors")
    return ColorDepth(colors: colors > 0 ? Int(colors) : 0)
  }

  /// How many columns the terminal on standard output has; 80 when it does not say.
  public static func columns() -> Int {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  /// `text` (through the terminal gate) drawn with `look` at `depth`, then every attribute
  /// reset.
  public static func styled(_ text: String, _ look: Look, depth: ColorDepth) -> StyledText {
    let shown = look.shown(at: depth)
    var codes: [String] = []
    if shown.bold { codes.append("1") }
    if shown.dim { codes.append("2") }
    if shown.italic { codes.append("3") }
    if shown.underline { codes.append("4") }
    if shown.reverse { codes.append("7") }
    if let code = code(shown.foreground, background: false) { codes.append(code) }
    if let code = code(shown.background, background: true) { codes.append(code) }
    return sgr(codes.joined(separator: ";"), text, reset: "0")
  }

  /// `text` (through the terminal gate) in reverse video, the rest of the line as it was.
  public static func reversed(_ text: some StringProtocol) -> StyledText {
    sgr("7", text, reset: "27")
  }

  /// `text` between the select graphic rendition `codes` and `reset`; nothing added when there
  /// are no codes.
  private static func sgr(_ codes: String, _ text: some StringProtocol, reset: String)
    -> StyledText
  {
    let words = StyledText(text)
    guard !codes.isEmpty else { return words }
    return StyledText(escapes: "\u{1B}[" + codes + "m") + words
      + StyledText(escapes: "\u{1B}[" + reset + "m")
  }

  private static func code(_ color: TerminalColor, background: Bool) -> String? {
    switch color {
    case .standard: return nil
    case .ansi(let n): return String((background ? 40 : 30) + (n < 8 ? n : 60 + n - 8))
    case .indexed(let n): return (background ? "48;5;" : "38;5;") + String(n)
    case .rgb(let r, let g, let b): return (background ? "48;2;" : "38;2;") + "\(r);\(g);\(b)"
    }
  }
}

/// Text for plain output that may carry Hearth's own styling: its words passed the terminal
/// gate (`TerminalText.line`); only the escape sequences `ANSIText` adds reach the terminal as
/// escapes.
public struct StyledText: Sendable, Equatable {
  /// What is written: gated words and Hearth's escapes.
  public private(set) var text: String

  /// Nothing yet.
  public init() { text = "" }

  /// Unstyled words, through the gate.
  public init(_ words: some StringProtocol) { text = TerminalText.line(words) }

  fileprivate init(escapes: String) { text = escapes }

  public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
    StyledText(escapes: lhs.text + rhs.text)
  }
}
