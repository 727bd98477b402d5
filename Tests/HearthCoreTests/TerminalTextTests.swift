import Foundation
import Testing

@testable import HearthCore

/// Strings drawn from what files, pastes and shared pods can hold: letters of several scripts,
/// emoji with joiners and variation selectors, combining marks, every C0 control, DEL, C1
/// controls, bidi characters, and code points from anywhere in Unicode.
struct HostileStrings: IteratorProtocol {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  private mutating func next(below bound: Int) -> Int {
    // SplitMix64: the same strings on every run, so a failure can be replayed.
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }

  static let pieces: [String] = [
    "a", "Z", " ", "~", "é", "e\u{301}", "陳", "美", "ك", "ש", "👩‍👩‍👧", "❤️", "☺︎", "🏳️‍🌈", "\u{200D}",
    "\u{FE0F}", "\u{1B}]52;c;aGk=\u{7}", "\u{1B}]0;pwned\u{7}", "\u{1B}[2J", "\u{9B}31m",
    "\u{202E}",
    "\r\n", "\t", "\u{0}", "\u{7F}", "\u{85}", "\u{2066}", "\u{061C}", "\u{200E}", "^[", "<U+202E>",
  ]

  mutating func next() -> String? {
    var text = ""
    for _ in 0..<next(below: 12) {
      switch next(below: 4) {
      case 0: text.unicodeScalars.append(Unicode.Scalar(UInt8(next(below: 0xA0))))
      case 1:
        let value = UInt32(next(below: 0x11_0000))
        if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
      default: text += Self.pieces[next(below: Self.pieces.count)]
      }
    }
    return text
  }
}

@Suite("The terminal gate: what text may reach a terminal")
struct TerminalTextTests {
  static let cases = 20_000

  @Test("for any string, what the gate lets through holds no control or bidi character")
  func nothingHeldGetsThrough() {
    var strings = HostileStrings(seed: 10)
    for _ in 0..<Self.cases {
      let text = strings.next()!
      let line = TerminalText.line(text)
      #expect(TerminalText.firstHeld(in: line) == nil, "\(text.debugDescription)")
      let document = TerminalText.document(text)
      #expect(
        !document.unicodeScalars.contains {
          !TerminalText.isPrintable($0) && $0 != "\n" && $0 != "\t"
        },
        "\(text.debugDescription)")
    }
  }

  @Test("printable text is unchanged; gating twice changes nothing more; pieces gate alone")
  func printableUnchanged() {
    var strings = HostileStrings(seed: 11)
    var printable = 0
    for _ in 0..<Self.cases {
      let text = strings.next()!
      let other = strings.next()!
      let line = TerminalText.line(text)
      if TerminalText.firstHeld(in: text) == nil {
        printable += 1
        #expect(line == text)
        #expect(TerminalText.document(text) == text)
      }
      #expect(TerminalText.line(line) == line)
      #expect(TerminalText.line(text + other) == line + TerminalText.line(other))
      // Every printable code point survives, in order.
      let kept = text.unicodeScalars.filter(TerminalText.isPrintable)
      #expect(line.unicodeScalars.count >= kept.count)
    }
    #expect(printable > Self.cases / 20, "the generator must also make printable strings")
  }

  @Test("emoji, names of any script and joiners pass untouched")
  func namesSurvive() {
    for text in ["Family 👩‍👩‍👧 and ❤️", "陳美玲", "José", "محمد", "🏳️‍🌈", "Ana☺︎", "A\u{200D}B"] {
      #expect(TerminalText.line(text) == text)
      #expect(TerminalText.line(text).count == text.count)
    }
  }

  @Test("controls are shown in caret notation, C1 and bidi as their code point")
  func visibleForms() {
    #expect(TerminalText.line("\u{1B}]0;pwned\u{7}") == "^[]0;pwned^G")
    #expect(TerminalText.line("\u{1B}[2J") == "^[[2J")
    #expect(TerminalText.line("a\u{0}b\u{7F}c") == "a^@b^?c")
    #expect(TerminalText.line("\u{9B}31m red") == "<U+009B>31m red")
    #expect(TerminalText.line("abc\u{202E}fed") == "abc<U+202E>fed")
    #expect(
      TerminalText.line("\u{061C}\u{200E}\u{200F}\u{2066}\u{2069}")
        == "<U+061C><U+200E><U+200F><U+2066><U+2069>")
    #expect(TerminalText.line("one\ntwo\tthree\r\n") == "one^Jtwo^Ithree^M^J")
    #expect(TerminalText.document("one\ntwo\tthree\r\n") == "one\ntwo\tthree^M\n")
    #expect(TerminalText.firstHeld(in: "she/her\u{1B}") == "\u{1B}")
  }

  @Test("the gate holds back exactly Unicode's controls (Cc) and Bidi_Control characters")
  func classificationMatchesUnicode() {
    for value in UInt32(0)...0x10_FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected: TerminalText.Kind =
        scalar.properties.generalCategory == .control
        ? .control : scalar.properties.isBidiControl ? .bidi : .printable
      if TerminalText.kind(of: scalar) != expected {
        Issue.record("U+\(String(value, radix: 16)) is \(TerminalText.kind(of: scalar))")
      }
    }
  }

  @Test("byte writers find the same held-back characters in UTF-8")
  func utf8AgreesWithScalars() {
    // Every code point of one to three bytes; four-byte ones (all printable) sampled.
    for value in Array(UInt32(0)...0xFFFF) + Array(stride(from: 0x1_0000, to: 0x11_0000, by: 97)) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      var text = "a" + String(scalar) + "b"
      let found = text.withUTF8 { utf8 in
        (0..<utf8.count).compactMap { TerminalText.held(inUTF8: utf8, at: $0) }
      }
      let expected = TerminalText.isPrintable(scalar) ? [] : [scalar]
      if found.map(\.scalar) != expected
        || found.contains(where: { $0.length != scalar.utf8.count })
      {
        Issue.record("U+\(String(value, radix: 16)): found \(found)")
      }
    }
  }

  @Test("JSON escapes DEL, C1 and bidi as \\u, and still means the same strings")
  func json() throws {
    let escaped = TerminalText.escapingJSON(
      String(decoding: try JSONEncoder().encode(["a\u{7F}b\u{9B}c\u{202E}d\u{1B}e"]), as: UTF8.self)
    )
    #expect(escaped == #"["a\u007fb\u009bc\u202ed\u001be"]"#)
    var strings = HostileStrings(seed: 12)
    for _ in 0..<2_000 {
      let text = strings.next()!
      let json = TerminalText.escapingJSON(
        String(decoding: try JSONEncoder().encode([text]), as: UTF8.self))
      #expect(TerminalText.firstHeld(in: json) == nil)
      #expect(try JSONDecoder().decode([String].self, from: Data(json.utf8)) == [text])
    }
  }
}

@Suite("Names, pronouns and agreements refuse what the gate holds back")
struct HeldBackInputTests {
  @Test(
    "a name or pronouns with a control or bidi character are refused, saying which",
    arguments: ["Cy\u{1B}]0;pwned\u{7}", "Cy\u{9B}2J", "Cy\u{202E}", "Cy\u{7F}", "Cy\nBo"])
  func refused(text: String) {
    #expect(Member.problem(with: text)?.contains("control characters (found ") == true)
    #expect(Member.problem(withPronouns: text)?.hasPrefix("pronouns cannot contain") == true)
    #expect(Pod.problem(withAgreement: text)?.hasPrefix("an agreement cannot contain") == true)
  }

  @Test("the message shows the character visibly")
  func message() {
    #expect(
      Member.problem(withPronouns: "x\u{1B}]0;pwned\u{7}")
        == "pronouns cannot contain control characters (found ^[)")
    #expect(
      Member.problem(with: "Ana\u{202E}")
        == "a name cannot contain control characters (found <U+202E>)")
    #expect(
      Member.problem(with: "A\u{200B}na")
        == "a name cannot contain invisible characters (found U+200B)")
  }

  @Test("pronouns are bounded and may not be empty; ordinary ones pass")
  func pronounBounds() {
    #expect(Member.problem(withPronouns: "she/her") == nil)
    #expect(Member.problem(withPronouns: "they/them · elle") == nil)
    #expect(Member.problem(withPronouns: " ") == "pronouns cannot be empty")
    #expect(
      Member.problem(withPronouns: String(repeating: "x", count: 41))
        == "pronouns can have at most 40 characters")
    #expect(Pod.problem(withAgreement: "What is said here stays here.") == nil)
  }
}
