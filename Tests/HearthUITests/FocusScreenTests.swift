import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("Case clinic screen: who may hold the stick")
struct FocusScreenTests {
  static func caseClinic() -> SessionState {
    let start = SessionStart(
      id: "cc", pod: "Crew", format: BuiltIn.caseClinic, attendees: ["Ana", "Bo", "Chen 陈", "Dee"],
      roles: ["facilitator": "Ana", Format.focusRole: "Bo"], seed: 3, priorSessions: 0)
    return .started(start, at: TestClock().now())
  }

  @Test("in the case statement, 3 is refused on screen and the stick stays with the focus person")
  func digitRefused() {
    var rehearsal = Rehearsal(Self.caseClinic())
    rehearsal.press(.character("n"))
    rehearsal.wait(5)
    rehearsal.press(.character("3"))
    expectScreen(
      rehearsal.screen(80, 24),
      [
        " Hearth · Crew · Case clinic                             item 1/5 · 0 of 52 min",
        "╭─ Agenda ─────────────────────╮╭─ Case statement ─────────────────────────────╮",
        "│▶ 1 Case statement 10 min left││ “The case giver describes the situation and  │",
        "│  2 Stillness             2:00││ the question they hold.”                     │",
        "│  3 Mirroring            10:00││                                              │",
        "│  4 Generative dialogue  20:00││                                              │",
        "│  5 Closing round        10:00││           ██████    ██████ ██████            │",
        "╰──────────────────────────────╯│           ██  ██ ██ ██     ██                │",
        "╭─ Talking stick · roster ─────╮│           ██████    ██████ ██████            │",
        "│2 ▶ Bo ◎              speaking││               ██ ██     ██     ██            │",
        "│                              ││           ██████    ██████ ██████            │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│                              ││ Bo · 0:05 of 10:00 · time left               │",
        "│                              │╰──────────────────────────────────────────────╯",
        "│                              │╭─ Notes ──────────────────────────────────────╮",
        "│                              ││ i note · d decision · a action               │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│focus: Bo                     ││                                              │",
        "│facilitator: Ana              ││                                              │",
        "╰──────────────────────────────╯╰──────────────────────────────────────────────╯",
        " Only the focus person, Bo, speaks in “Case statement”.",
      ])
  }

  @Test("a holder left out of the item's order (an older journal) is still shown holding it")
  func holderOutsideOrderShown() {
    var session = Self.caseClinic()
    let now = TestClock().now()
    session.apply(
      EventRecord(
        sequence: session.lastSequence + 1, time: now, event: .stickGiven(member: "Chen 陈")))
    let lines = Rehearsal(session).screen(80, 24)
    #expect(lines.contains { $0.contains("3 ▶ Chen 陈") && $0.contains("speaking") })
    #expect(lines.contains { $0.contains("2 › Bo ◎") })
  }
}
