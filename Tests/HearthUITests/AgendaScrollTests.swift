import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("The agenda pane: as many items as fit, the current one in view")
struct AgendaScrollTests {
  /// A meeting with `count` short rounds.
  static func rehearsal(items count: Int) -> Rehearsal {
    let items = (1...count).map {
      AgendaItem(title: "Step \($0)", kind: .round, timebox: 60 * $0, order: .roster)
    }
    let start = SessionStart(
      id: "x", pod: "Crew", format: Format(name: "long", title: "Long", items: items),
      attendees: ["Ana", "Bo"], roles: [:], seed: 1, priorSessions: 0)
    return Rehearsal(.started(start, at: TestClock().now()))
  }

  /// The agenda pane's rows (between its borders) in the left column.
  static func agenda(_ lines: [String], width: Int) -> [String] {
    let rows = lines.dropFirst(2).prefix { !$0.hasPrefix("╰") }
    return rows.map { String($0.prefix(width)) }
  }

  @Test("at 80x24, after ] ] ] on a four-item check-in, item 1 is still shown, no blank row")
  func checkInAfterThreeItems() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("]"), .character("]"), .character("]"))
    let lines = rehearsal.screen(80, 24)
    expectScreen(
      Self.agenda(lines, width: 32),
      [
        "│✓ 1 Arrival round         0:00│",
        "│✓ 2 Updates and asks      0:00│",
        "│✓ 3 Action review         0:00│",
        "│▶ 4 Closing round   5 min left│",
      ])
  }

  @Test("at 80x24 a twelve-item agenda scrolls to the last item without a blank row")
  func longAgendaAt80x24() {
    var rehearsal = Self.rehearsal(items: 12)
    for _ in 0..<11 { rehearsal.press(.character("]")) }
    let rows = Self.agenda(rehearsal.screen(80, 24), width: 32)
    #expect(rows.count == 9, "half the left column")
    #expect(rows.last == "│▶ 12 Step 12       12 min left│")
    #expect(rows.first == "│✓ 4 Step 4                0:00│")
    #expect(!rows.contains { $0 == "│                              │" })
  }

  @Test("at 200x60 every one of twelve items shows, whichever is current")
  func longAgendaAt200x60() {
    var rehearsal = Self.rehearsal(items: 12)
    for _ in 0..<5 { rehearsal.press(.character("]")) }
    let rows = Self.agenda(rehearsal.screen(200, 60), width: 47)
    #expect(rows.count == 12)
    #expect(rows[0].hasPrefix("│✓ 1 Step 1"))
    #expect(rows[5].hasPrefix("│▶ 6 Step 6"))
    #expect(rows[11].hasPrefix("│  12 Step 12"))
  }
}
