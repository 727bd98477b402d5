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
        "Ana has the stick for 2 minutes.", "Paused.", "Timers running again.",
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

  @Test("read aloud: an action's article, the keys and their help in words")
  func spoken() throws {
    defer { demo.remove() }
    let console = ScriptedLines(
      clock: demo.clock,
      [
        .key(.character("a")), .key(.escape), .key(.character("?")), .key(.character("x")),
        .signal(SIGTERM),
      ])
    let loop = PlainMeetingLoop(terminal: console, clock: demo.clock, perform: demo.perform)
    #expect(try loop.run(demo.meeting.state) == .interrupted(SIGTERM))
    #expect(console.lines.contains { $0.hasPrefix("Writing an action (Enter saves, Escape") })
    #expect(console.lines.contains { $0.contains("keys 1 to 9 give the stick") })
    #expect(console.lines.contains("question mark or g: this help or the pod's agreements."))
    #expect(!console.lines.contains { $0.contains("1-9") || $0.contains("+ -") })
  }

  @Test("a terminal type that cannot draw full screens is told apart from one that can")
  func drawable() {
    #expect(Terminal.canDraw(term: "xterm-256color"))
    #expect(!Terminal.canDraw(term: "dumb"), "no cursor addressing")
    #expect(!Terminal.canDraw(term: "no-such-terminal-type"))
    #expect(!Terminal.canDraw(term: ""))
  }
}
