/// Makes text people type safe to store and show: no control characters, no stray whitespace.
public enum UserText {
  /// Replaces control and format characters (except ZWJ and variation selectors inside emoji)
  /// with spaces, folds runs of whitespace and trims the ends.
  public static func clean(_ text: String) -> String {
    var out = ""
    var lastWasSpace = true
    for scalar in text.unicodeScalars {
      let isControl = scalar.properties.generalCategory == .control
      let isSpace = isControl || scalar.properties.isWhitespace
      if isSpace {
        if !lastWasSpace { out.unicodeScalars.append(" ") }
        lastWasSpace = true
      } else if isUnsafeFormat(scalar) {
        continue
      } else {
        out.unicodeScalars.append(scalar)
        lastWasSpace = false
      }
    }
    while out.last == " " { out.removeLast() }
    return out
  }

  /// Bidirectional overrides and similar invisible controls that could reorder what is shown.
  private static func isUnsafeFormat(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200D, 0xFE0E, 0xFE0F: false
    default: scalar.properties.generalCategory == .format
    }
  }
}
