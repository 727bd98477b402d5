import Testing

@testable import HearthUI

@Suite("What a terminal can show: ASCII stand-ins, the background it reports")
struct TerminalKindTests {
  @Test("borders, big digits and marks become ASCII that fills the same columns")
  func asciiStandIns() {
    let cases: [(String, Int, String)] = [
      ("─", 1, "-"), ("│", 1, "|"), ("╭", 1, "+"), ("╯", 1, "+"), ("█", 1, "#"), ("·", 1, "."),
      ("—", 1, "-"), ("…", 1, "."), ("▶", 1, ">"), ("“", 1, "\""), ("é", 1, "e"), ("陳", 2, "??"),
      ("🙂", 2, "??"), ("a", 1, "a"), (":", 1, ":"),
    ]
    for (grapheme, width, ascii) in cases {
      #expect(ASCIIFallback.text(for: grapheme, width: width) == ascii, "\(grapheme)")
    }
    let digits = BigDigits.render("2:00", scale: 1).map { row in
      row.map { ASCIIFallback.text(for: String($0), width: 1) }.joined()
    }
    #expect(digits[0] == "###   ### ###")
    #expect(digits[1] == "  # # # # # #")
    let ascii = digits.joined().unicodeScalars.allSatisfy(\.isASCII)
    #expect(ascii)
  }

  @Test("COLORFGBG: background 7 and 9 to 15 are light, 0 to 6 and 8 dark, others unknown")
  func colorFGBG() {
    #expect(Background.from(colorFGBG: "0;15") == .light)
    #expect(Background.from(colorFGBG: "0;7") == .light)
    #expect(Background.from(colorFGBG: "15;default;0") == .dark)
    #expect(Background.from(colorFGBG: "15;0") == .dark)
    #expect(Background.from(colorFGBG: "7;8") == .dark)
    #expect(Background.from(colorFGBG: "default;default") == nil)
    #expect(Background.from(colorFGBG: "") == nil)
    #expect(Background.from(colorFGBG: "0;231") == nil)
  }

  @Test("OSC 11 answers: 16-bit, 8-bit and 4-bit channels, BEL or ST, with DA1 after")
  func osc11() {
    func reply(_ text: String) -> Background? { Background.from(osc11Reply: Array(text.utf8)) }
    #expect(reply("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\\u{1B}[?62;22c") == .light)
    #expect(reply("\u{1B}]11;rgb:fdf6/e3e3/d0d0\u{07}") == .light)
    #expect(reply("\u{1B}]11;rgb:00/00/00\u{07}") == .dark)
    #expect(reply("\u{1B}]11;rgb:2/2/2\u{1B}\\") == .dark)
    #expect(reply("\u{1B}]11;rgb:1e1e/1e1e/2e2e\u{1B}\\") == .dark)
    #expect(reply("\u{1B}[?62;22c") == nil, "a terminal that answers only DA1")
    #expect(reply("\u{1B}]11;rgb:ffff/ffff\u{07}") == nil)
    #expect(reply("\u{1B}]11;rgb:zzzz/ffff/ffff\u{07}") == nil)
    #expect(reply("\u{1B}]11;rgb:fffff/ffff/ffff\u{07}") == nil)
    #expect(reply("") == nil)
  }

  @Test("the meeting's keys said in words: no dashes, signs or slashes left to spell out")
  func spokenKeys() {
    #expect(SpokenKeys.label("1-9") == "keys 1 to 9")
    #expect(SpokenKeys.label("+ -") == "plus or minus")
    #expect(SpokenKeys.label("? g") == "question mark or g")
    #expect(SpokenKeys.label("Ctrl-C") == "Control C")
    let lines = SpokenKeys.helpLines
    #expect(lines.contains("plus or minus: one minute more or less (the turn, or the item)."))
    #expect(
      lines.contains("keys 1 to 9: round: give N the stick; open: queue N (pressed again: remove).")
    )
    #expect(lines.contains("a: add an action item (at Name)."))
    for line in lines {
      #expect(!line.contains { "+-/·?[]↓↑@…".contains($0) }, "\(line)")
    }
  }
}
