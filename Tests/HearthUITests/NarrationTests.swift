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
        "Roles: facilitator Ana, scribe Chen, timekeeper Bo.",
        "Item 1 of 4: Arrival round — 8:00.",
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
        "Ana has the stick — 2:00.",
        "Ana passed.", "Bo has the stick — 2:00.",
        "Paused.", "Timers running again.",
        "One minute more for Bo, now 3:00.",
        "Decision: Meet monthly",
        "Action for Bo: @Bo books the room",
        "Item 2 of 4: Updates and asks — 20:00.",
        "Prompt: What has happened since we last met? What do you need?",
        "Undone.", "Item 1 of 4: Arrival round — 8:00.", "Prompt: How are you arriving?",
        "Bo has the stick — 3:00.",
        "The meeting has ended.",
      ])
  }

  @Test("cues: the warning once as it starts, time up once at zero, nothing else")
  func cues() {
    func reading(_ elapsed: Int) -> TimerReading { TimerReading(elapsed: elapsed, timebox: 120) }
    #expect(Narration.cue(from: reading(10), to: reading(11), holder: "Ana") == nil)
    #expect(
      Narration.cue(from: reading(95), to: reading(96), holder: "Ana")
        == "24 seconds left for Ana.")
    #expect(Narration.cue(from: reading(96), to: reading(97), holder: "Ana") == nil)
    #expect(
      Narration.cue(from: reading(120), to: reading(121), holder: "Ana") == "Time is up for Ana.")
    #expect(Narration.cue(from: reading(121), to: reading(122), holder: "Ana") == nil)
    let long = Narration.cue(
      from: TimerReading(elapsed: 539, timebox: 600, warning: 60),
      to: TimerReading(elapsed: 540, timebox: 600, warning: 60), holder: nil)
    #expect(long == "1 minute left.")
  }
}
