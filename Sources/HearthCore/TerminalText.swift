/// The one rule for text that reaches a terminal or standard output. Control characters (C0,
/// DEL, C1: U+0080–U+009F, where U+009B alone is a CSI) and bidirectional formatting characters
/// (embeddings, overrides, isolates and the marks U+200E, U+200F, U+061C) are held back and
/// shown visibly; every other character passes unchanged, so names of any script and emoji
/// (ZWJ sequences, variation selectors) stay whole.
///
/// The visible forms are printable ASCII: C0 controls and DEL in caret notation (`^[` for ESC,
/// `^G` for BEL, `^@` for NUL, `^?` for DEL), C1 controls and bidi characters as their code
/// point in angle brackets (`<U+009B>`, `<U+202E>`). Gating text twice changes nothing more.
public enum TerminalText {
  /// What the gate makes of one code point.
  public enum Kind: Sendable, Equatable {
    /// Sent as it is.
    case printable
    /// A C0 control, DEL or a C1 control (Unicode's general category Cc).
    case control
    /// A bidirectional embedding, override, isolate or mark (Unicode's Bidi_Control).
    case bidi
  }

  /// Whether `scalar` is a control, a bidi character, or sent as it is.
  @inlinable
  public static func kind(of scalar: Unicode.Scalar) -> Kind {
    let v = scalar.value
    if v < 0x20 || (0x7F...0x9F).contains(v) { return .control }
    if v < 0x61C { return .printable }
    switch v {
    case 0x61C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidi
    default: return .printable
    }
  }

  /// Whether `scalar` reaches a terminal as it is.
  @inlinable
  public static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    kind(of: scalar) == .printable
  }

  /// `text` for one line: every control (line breaks and tabs too) and bidi character shown
  /// visibly, everything else unchanged.
  public static func line(_ text: some StringProtocol) -> String {
    gate(text, keepingLayout: false)
  }

  /// `text` as a document of several lines (Markdown, TOML, JSON, a table): like `line`, but
  /// line feeds and tabs are kept.
  public static func document(_ text: some StringProtocol) -> String {
    gate(text, keepingLayout: true)
  }

  /// The first code point of `text` that the gate holds back, if any: what makes a name, a
  /// pronoun or an agreement unacceptable.
  public static func firstHeld(in text: some StringProtocol) -> Unicode.Scalar? {
    text.unicodeScalars.first { !isPrintable($0) }
  }

  /// The printable stand-in for a held-back code point (`^[`, `^?`, `<U+202E>`); a printable
  /// one is returned as it is.
  public static func visible(_ scalar: Unicode.Scalar) -> String {
    let v = scalar.value
    switch kind(of: scalar) {
    case .printable: return String(scalar)
    case .control where v < 0x20: return "^" + String(Unicode.Scalar(UInt8(v + 0x40)))
    case .control where v == 0x7F: return "^?"
    case .control, .bidi: return "<" + codePoint(scalar) + ">"
    }
  }

  /// `U+202E`: the code point's number as Unicode writes it.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String {
    "U+" + hex(scalar.value, uppercase: true)
  }

  /// JSON text with every held-back character above the C0 range (DEL, C1, bidi) written as a
  /// `\uXXXX` escape; JSON's own escaping already covers C0. Such characters can only stand
  /// inside JSON strings, so the result means the same data.
  public static func escapingJSON(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && !isPrintable($0) }) else {
      return json
    }
    var out = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if scalar.value >= 0x7F, !isPrintable(scalar) {
        out.append(contentsOf: jsonEscape(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// `\u001b`, `\u202e`: a code point of the Basic Multilingual Plane as a JSON escape, in
  /// lower-case hex as `JSONEncoder` writes it.
  public static func jsonEscape(_ scalar: Unicode.Scalar) -> String {
    "\\u" + hex(scalar.value, uppercase: false)
  }

  /// For writers that handle UTF-8 bytes: the held-back code point that begins at `index` of
  /// `utf8` and its length in bytes, or nil when the character there is sent as it is (or
  /// `index` is inside a character).
  @inlinable
  public static func held(inUTF8 utf8: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (scalar: Unicode.Scalar, length: Int)?
  {
    let byte = utf8[index]
    if byte < 0x20 || byte == 0x7F { return (Unicode.Scalar(byte), 1) }
    // The lead bytes of U+0080–U+009F (C2), U+061C (D8) and U+200E–U+2069 (E2).
    guard byte == 0xC2 || byte == 0xD8 || byte == 0xE2 else { return nil }
    let length = byte == 0xE2 ? 3 : 2
    guard index + length <= utf8.count else { return nil }
    var value = UInt32(byte & (length == 3 ? 0x0F : 0x1F))
    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
    guard let scalar = Unicode.Scalar(value), !isPrintable(scalar) else { return nil }
    return (scalar, length)
  }

  private static func gate(_ text: some StringProtocol, keepingLayout: Bool) -> String {
    func passes(_ scalar: Unicode.Scalar) -> Bool {
      isPrintable(scalar) || keepingLayout && (scalar == "\n" || scalar == "\t")
    }
    // Most text has nothing to hold back: find that out from its bytes, without decoding.
    let clean = text.utf8.withContiguousStorageIfAvailable { utf8 in
      (0..<utf8.count).allSatisfy { held(inUTF8: utf8, at: $0).map { passes($0.scalar) } ?? true }
    }
    if clean == true { return String(text) }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !passes($0) }) else { return String(text) }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[..<first])
    for scalar in scalars[first...] {
      if passes(scalar) {
        out.append(scalar)
      } else {
        out.append(contentsOf: visible(scalar).unicodeScalars)
      }
    }
    return String(out)
  }

  private static func hex(_ value: UInt32, uppercase: Bool) -> String {
    let digits = String(value, radix: 16, uppercase: uppercase)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
