import Foundation
import HearthCore
import HearthTerminal
import HearthTesting
import HearthUI
import Testing

@Suite("The --plain meeting's run loop, on a scripted line console")
struct PlainMeetingLoopTests {
  let demo: DemoMeeting

  init() throws { demo = try DemoMeeting() }

  @Test("A turn paused, warned, rung at zero and left on SIGTERM, told line by line")
  func pauseBellSignal() throws {
    defer { demo.remove() }
    let start = demo.clock.now()
    let console = ScriptedLines(
      clock: demo.clock,
      [
        .key(.character("n")),
        .wait(10),
        .key(.character(" ")),
        .wait(30),
        .look { lines in
          // Nothing is said while paused: the pause is the last thing told.
          #expect(lines.suffix(2) == ["Paused.", ""])
        },
        .key(.character(" ")),
        .wait(115),
        .resize(width: 100, height: 30),
        .signal(SIGTERM),
      ])
    let loop = PlainMeetingLoop(terminal: console, clock: demo.clock, perform: demo.perform)

    #expect(try loop.run(demo.meeting.state) == .interrupted(SIGTERM))
    let told = Array(console.lines.drop { !$0.hasPrefix("Ana has the stick") })
    #expect(
      told == [
        "Ana has the stick — 2:00.", "Paused.", "Timers running again.",
        // The warning comes at 20 % of a two-minute turn; the bell at zero, 120 s of turn
        // and 30 s of pause after the stick was given.
        "24 seconds left for Ana.", "Time is up for Ana.", "",
      ])
    let rung = console.bells.map { $0.timeIntervalSince(start) }
    #expect(rung.count == 1 && rung.allSatisfy { (150.0...151.0).contains($0) }, "\(rung)")
    let events = try demo.journalEvents()
    #expect(
      events.filter { $0 != .heartbeat } == [.stickGiven(member: "Ana"), .paused, .resumed, .left])
    // A heartbeat every 10 s while Ana's time runs: 1 in the 10 s before the pause, 11 in the
    // 118 s after it.
    #expect(events.filter { $0 == .heartbeat }.count == 12, "\(events)")
  }
}
