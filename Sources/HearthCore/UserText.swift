/// Makes text people type safe to store and show: no control characters, no stray whitespace.
public enum UserText {
  /// Replaces controls (as `TerminalText` classifies them: tabs and line breaks too) with
  /// spaces, drops bidirectional formatting and other invisible characters, folds runs of
  /// whitespace and trims the ends. ZWJ and variation selectors stay, so emoji stay whole.
  public static func clean(_ text: String) -> String {
    var out = ""
    var lastWasSpace = true
    for scalar in text.unicodeScalars {
      let kind = TerminalText.kind(of: scalar)
      if kind == .bidi || isInvisible(scalar) { continue }
      if kind == .control || scalar.properties.isWhitespace {
        if !lastWasSpace { out.unicodeScalars.append(" ") }
        lastWasSpace = true
      } else {
        out.unicodeScalars.append(scalar)
        lastWasSpace = false
      }
    }
    while out.last == " " { out.removeLast() }
    return out
  }

  /// Format characters that show nothing (zero-width space, word joiner, BOM, soft hyphen…),
  /// which would make two different texts look the same; the zero-width joiner is not one of
  /// them, as emoji sequences need it.
  public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .format && scalar != "\u{200D}"
  }
}
