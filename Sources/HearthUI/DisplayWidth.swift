import HearthCore

/// How many terminal columns text takes, and how to cut it to fit.
public enum DisplayWidth {
  /// Columns one grapheme occupies on the screen: 0, 1 or 2, or the width of its visible form
  /// when the terminal gate holds it back (`^[` is 2, `<U+202E>` 8).
  public static func of(_ character: Character) -> Int {
    if let ascii = character.asciiValue {
      return ascii >= 0x20 && ascii != 0x7F ? 1 : TerminalText.line(String(character)).count
    }
    guard let first = character.unicodeScalars.first else { return 0 }
    // A control or bidi character is a grapheme of its own (only CR LF pairs up, and is ASCII).
    if !TerminalText.isPrintable(first) { return TerminalText.visible(first).count }
    if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
    if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }),
      first.properties.isEmoji
    {
      return 2
    }
    return of(first)
  }

  /// Columns one code point occupies on its own, as a terminal's wcwidth would say.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    case .control: return 1
    default: break
    }
    if v == 0 { return 0 }
    return isWide(v) ? 2 : 1
  }

  /// Columns a whole string occupies.
  public static func of(_ text: String) -> Int {
    if text.unicodeScalars.allSatisfy(isSingleColumn) { return text.unicodeScalars.count }
    return text.reduce(0) { $0 + of($1) }
  }

  /// Whether the code point is, whatever follows it, a grapheme of its own one column wide that
  /// the terminal gate passes unchanged: printable ASCII and Latin letters, dashes, quotes and
  /// bullets, box drawing and blocks — most of what a screen shows, counted without the
  /// grapheme and emoji work.
  public static func isSingleColumn(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2500...0x259F: true
    default: false
    }
  }

  /// East Asian wide and fullwidth ranges.
  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
      0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
      0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
      0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
      0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55, 0x2E80...0x303E,
      0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
      0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
      0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// The longest prefix of `text` that fits in `columns`, ending in `…` when cut.
  public static func clip(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    if of(text) <= columns { return text }
    var out = ""
    var used = 0
    for character in text {
      let w = of(character)
      if used + w > columns - 1 { break }
      out.append(character)
      used += w
    }
    return out + "…"
  }

  /// `text` padded with spaces (or clipped) to exactly `columns`.
  public static func pad(_ text: String, to columns: Int) -> String {
    let clipped = clip(text, to: columns)
    return clipped + String(repeating: " ", count: max(0, columns - of(clipped)))
  }

  /// Splits text into lines of at most `columns`, breaking at spaces where it can.
  public static func wrap(_ text: String, to columns: Int) -> [String] {
    guard columns > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let word = String(word)
      let candidate = line.isEmpty ? word : line + " " + word
      if of(candidate) <= columns {
        line = candidate
        continue
      }
      if !line.isEmpty { lines.append(line) }
      line = word
      while of(line) > columns {
        var head = ""
        var rest = Substring(line)
        while let c = rest.first, of(head) + of(c) <= columns {
          head.append(c)
          rest = rest.dropFirst()
        }
        if head.isEmpty { break }
        lines.append(head)
        line = String(rest)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
