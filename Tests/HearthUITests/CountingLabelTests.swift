import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("The big digits say whether they count down or up")
struct CountingLabelTests {
  /// A round with no timebox, then an open discussion with one, nobody speaking yet.
  static func rehearsal() -> Rehearsal {
    let format = Format(
      name: "t", title: "T",
      items: [
        AgendaItem(title: "Untimed round", kind: .round),
        AgendaItem(title: "Timed talk", kind: .open, timebox: 600),
      ])
    let start = SessionStart(
      id: "count", pod: "Pod", format: format, attendees: ["Ana", "Bo"],
      roles: ["facilitator": "Ana"], seed: 1, priorSessions: 0)
    return Rehearsal(.started(start, at: TestClock().now()))
  }

  @Test("an item without a timebox counts up: its caption says time so far, not time left")
  func untimedItem() {
    let rehearsal = Self.rehearsal()
    rehearsal.wait(65)
    for (width, height) in [(80, 24), (120, 40)] {
      let screen = rehearsal.screen(width, height).joined(separator: "\n")
      #expect(screen.contains("Item time so far · n gives the stick to Ana"), "\(width)x\(height)")
      #expect(!screen.contains("Item time left"), "\(width)x\(height)")
    }
  }

  @Test("an item with a timebox counts down and says time left")
  func timedItem() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("]"))
    for (width, height) in [(80, 24), (120, 40)] {
      let screen = rehearsal.screen(width, height).joined(separator: "\n")
      #expect(screen.contains("Item time left · 1-9 adds to the queue"), "\(width)x\(height)")
    }
  }
}
