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
    let gap = String(repeating: " ", count: max(1, tall))
    return (0..<rows).flatMap { row in
      var line = ""
      for (n, character) in text.enumerated() {
        if n > 0 { line += gap }
        for cell in font[character]?[row] ?? " " { line += String(repeating: cell, count: scale) }
      }
      return Array(repeating: line, count: max(1, tall))
    }
  }
}
