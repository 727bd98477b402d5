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

  /// The rows of `text` in the big font, each glyph's columns repeated `scale` times and each
  /// row `tall` times.
  public static func render(_ text: String, scale: Int, tall: Int = 1) -> [String] {
    (0..<rows).flatMap { row in
      let line = text.map { character in
        let glyph = font[character]?[row] ?? " "
        return String(glyph.flatMap { String(repeating: $0, count: scale) })
      }.joined(separator: String(repeating: " ", count: max(1, tall)))
      return Array(repeating: line, count: max(1, tall))
    }
  }
}
