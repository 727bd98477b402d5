import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("The meeting told as lines (--plain)")
struct NarrationTests {
  /// Performs `command` on `session`, returning the lines it is told in.
  static func tell(_ command: Command, _ session: inout SessionState, at time: Date) -> [String] {
    let before = session
    session.perform(command, at: time)
    return Narration.lines(for: session.records.dropFirst(before.records.count), after: before)
  }

  @Test("every change is one line: the stick, passes, items, notes, pause, undo, the end")
  func lines() {
    let clock = TestClock()
    var session = SessionState.demo(at: clock.now())
    #expect(
      Narration.summary(of: session) == [
        "Check-in of Demo Pod: Ana, Bo, Chen, Dee present.",
        "Roles: facilitator Ana, timekeeper Bo, scribe Chen.",
        "Item 1 of 4: Arrival round, 8 minutes.",
        "Prompt: How are you arriving?",
        "Ana speaks first.",
      ])
    var told: [String] = []
    for command: Command in [
      .next, .pass, .togglePause, .togglePause, .adjust(minutes: 1),
      .write(.decision, "Meet monthly"),
      .write(.action, "@Bo books the room"), .nextItem, .undo, .end,
    ] {
      clock.advance(by: 10)
      told += Self.tell(command, &session, at: clock.now())
    }
    #expect(
      told == [
        "Ana has the stick for 2 minutes.",
        "Ana passed.", "Bo has the stick for 2 minutes.",
        "Paused.", "Timers running again.",
        "One minute more for Bo, now 3 minutes.",
        "Decision: Meet monthly",
        "Action for Bo: books the room",
        "Item 2 of 4: Updates and asks, 20 minutes.",
        "Prompt: What has happened since we last met? What do you need?",
        "Undone: the move to item 2.", "Item 1 of 4: Arrival round, 8 minutes.",
        "Prompt: How are you arriving?",
        "Bo has the stick for 3 minutes.",
        "The meeting has ended.",
      ])
  }

  @Test("cues: the warning once as it starts, time up once at zero, nothing else")
  func cues() {
    func reading(_ elapsed: Int) -> TimerReading { TimerReading(elapsed: elapsed, timebox: 120) }
    func said(_ old: Int, _ new: Int) -> String? {
      Cue.between(reading(old), reading(new)).map { Narration.line(for: $0, holder: "Ana") }
    }
    #expect(said(10, 11) == nil)
    #expect(said(95, 96) == "24 seconds left for Ana.")
    #expect(said(96, 97) == nil)
    #expect(said(119, 120) == "Time is up for Ana.")
    #expect(said(120, 121) == nil)
    let long = Cue.between(
      TimerReading(elapsed: 539, timebox: 600, warning: 60),
      TimerReading(elapsed: 540, timebox: 600, warning: 60))
    #expect(long.map { Narration.line(for: $0, holder: nil) } == "1 minute left.")
  }
}
