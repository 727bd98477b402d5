import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("The pod's agreements on the meeting screen")
struct AgreementsScreenTests {
  static let agreements = [
    "What is said here stays here.",
    "Speak from your own experience, and let others finish before you answer them.",
  ]

  @Test("at 80x24 the first item opens with the agreements in the notes pane; n still gives")
  func noticeAt80x24() {
    var rehearsal = Rehearsal(agreements: Self.agreements)
    let notes = rehearsal.screen(80, 24)[16...21].map { String($0.dropFirst(32)) }
    #expect(
      notes == [
        "│ Our agreements                               │",
        "│ • What is said here stays here.              │",
        "│ • Speak from your own experience, and let    │",
        "│   others finish before you answer them.      │",
        "│ g shows them again · ? keys                  │",
        "│                                              │",
      ])
    rehearsal.press(.character("n"))
    let after = rehearsal.screen(80, 24)
    #expect(after[8].hasPrefix("│1 ▶ Ana               speaking│"), "the key that hid them acted")
    #expect(after[16].contains("i note · d decision · a action"))
    #expect(!after.joined().contains("Our agreements"))
  }

  @Test("no notice once the first item has begun, nor without agreements")
  func noNoticeLater() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    let resumed = Rehearsal(rehearsal.model.session, agreements: Self.agreements)
    #expect(!resumed.screen(80, 24).joined().contains("Our agreements"))
    #expect(!Rehearsal().screen(80, 24).joined().contains("Our agreements"))
  }

  @Test("at 120x40 g opens them over the meeting; any key closes them and does nothing else")
  func keyAt120x40() {
    var rehearsal = Rehearsal(agreements: Self.agreements)
    rehearsal.press(.character("n"), .character("g"))
    let lines = rehearsal.screen(120, 40)
    let top = try! #require(lines.firstIndex { $0.contains("╭─ Our agreements ─") })
    #expect(lines[top + 1].contains("│ • What is said here stays here.   "))
    #expect(
      lines[top + 2].contains("│ • Speak from your own experience, and let others finish before │"))
    #expect(lines[top + 3].contains("│   you answer them.    "))
    #expect(lines[top + 5].contains("│ Any key closes this; g shows it again.   "))
    #expect(lines[39].contains("g agreements   ? keys   q end"), "the footer names g at 120")
    rehearsal.press(.character("n"))
    let closed = rehearsal.screen(120, 40)
    #expect(!closed.joined().contains("Our agreements"))
    #expect(closed[8].contains("1 ▶ Ana"), "n only closed the box: Ana still speaks")
  }

  @Test("at 80x24 g shows them over the stick; without agreements g says how to add them")
  func keyAt80x24() {
    var rehearsal = Rehearsal(agreements: Self.agreements)
    rehearsal.press(.character("n"), .character("g"))
    let lines = rehearsal.screen(80, 24)
    #expect(
      lines[8] == "│1 ▶ An╭─ Our agreements ───────────────────────────────────────────────╮      │"
    )
    #expect(lines[13].contains("│ Any key closes this; g shows it again.  "))
    var bare = Rehearsal()
    bare.press(.character("g"))
    #expect(
      bare.screen(80, 24)[23].contains("This pod has no agreements yet: add them to pod.toml."))
  }

  @Test("the help names g on the help's own line and still fits at 80x24")
  func helpNamesG() {
    var rehearsal = Rehearsal(agreements: Self.agreements)
    rehearsal.press(.character("?"))
    let text = rehearsal.screen(80, 24).joined(separator: "\n")
    #expect(text.contains("? g      this help / the pod's agreements"))
    #expect(text.contains("Any key closes this help."))
  }
}
