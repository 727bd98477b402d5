/// Large digits for the turn timer, drawn with block characters five rows high.
public enum BigDigits {
  public static let rows = 5

  private static let font: [Character: [String]] = [
    "0": ["███", "█ █", "█ █", "█ █", "███"],
    "1": [" █ ", "██ ", " █ ", " █ ", "███"],
    "2": ["███", "  █", "███", "█  ", "███"],
    "3": ["███", "  █", "███", "  █", "███"],
    "4": ["█ █", "█ █", "███", "  █", "  █"],
    "5": ["███", "█  ", "███", "  █", "███"],
    "6": ["███", "█  ", "███", "█ █", "███"],
    "7": ["███", "  █", "  █", "  █", "  █"],
    "8": ["███", "█ █", "███", "█ █", "███"],
    "9": ["███", "█ █", "███", "  █", "███"],
    ":": [" ", "█", " ", "█", " "],
    "+": ["   ", " █ ", "███", " █ ", "   "],
    "-": ["   ", "   ", "███", "   ", "   "],
  ]

  /// The rows of `text` in the big font, each glyph's columns repeated `scale` times.
  public static func render(_ text: String, scale: Int) -> [String] {
    (0..<rows).map { row in
      text.map { character in
        let glyph = font[character]?[row] ?? " "
        return String(glyph.flatMap { String(repeating: $0, count: scale) })
      }.joined(separator: " ")
    }
  }

  /// Columns `text` takes at `scale`.
  public static func width(_ text: String, scale: Int) -> Int {
    DisplayWidth.of(render(text, scale: scale)[0])
  }
}
