import Foundation
import HearthCore
import Testing

@testable import HearthUI

/// A confidential item is marked in the agenda, current or to come, whatever the theme.
@Suite("Confidential items are marked in the agenda")
struct ConfidentialMarkTests {
  @Test("at 120x40 the glyph and the word; at 80x24 the glyph; other items unmarked")
  func marked() {
    let rehearsal = NoteLineTests.confidential()
    let large = rehearsal.screen(120, 40)
    #expect(large[2].hasPrefix("│▶ 1 The case ⊘ confidential "))
    #expect(large[3].hasPrefix("│  2 Closing round "))
    #expect(!large[3].contains("⊘"))
    let small = rehearsal.screen(80, 24)
    #expect(small[2].hasPrefix("│▶ 1 ⊘ The case "))
  }

  @Test("the mark is text, not only colour; where the word does not fit the glyph stays")
  func inText() {
    let label = AgendaPane.label(
      " ", 3, AgendaItem(title: "Hot seat", kind: .round, confidential: true), width: 40)
    #expect(label == "  3 Hot seat ⊘ confidential")
    #expect(
      AgendaPane.label(
        " ", 3, AgendaItem(title: "Hot seat", kind: .round, confidential: true), width: 12)
        == "  3 ⊘ Hot seat")
  }
}
