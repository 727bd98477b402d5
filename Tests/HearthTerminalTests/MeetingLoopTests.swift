import Foundation
import HearthCore
import HearthStore
import HearthTerminal
import HearthTesting
import HearthUI
import Testing

@Suite("The meeting's run loop, on a scripted screen")
struct MeetingLoopTests {
  let demo: DemoMeeting
  var clock: TestClock { demo.clock }

  init() throws { demo = try DemoMeeting() }

  /// The loop as `hearth meet` wires it: every command goes through the meeting on disk.
  func loop(on screen: ScriptedScreen, bell: Pod.Bell = .audible) -> MeetingLoop {
    MeetingLoop(terminal: screen, clock: clock, bell: bell, perform: demo.perform)
  }

  /// The row of the screen that shows the turn's time: the caption under the big timer.
  static func turnRow(_ grid: Grid) -> String? {
    grid.lines.first { $0.contains(" of 2:00") }
  }

  @Test("A turn paused, warned, rung at zero, resized and left on SIGTERM, with no terminal")
  func pauseBellResizeSignal() throws {
    defer { demo.remove() }
    let start = clock.now()
    let screen = ScriptedScreen(
      width: 80, height: 24, clock: clock,
      [
        .wait(2),
        .look { grid in #expect(Self.turnRow(grid) == nil) },
        .key(.character("n")),
        .wait(10),
        .look { grid in
          #expect(Self.turnRow(grid)?.contains("Ana · 0:10 of 2:00") == true)
          #expect(grid.lines[0].hasSuffix("item 1/4 · 0 of 38 min"))
        },
        .key(.character(" ")),
        .wait(30),
        .look { grid in
          // Paused: every timer stops where it was.
          #expect(grid.lines[0].contains("PAUSED"))
          #expect(Self.turnRow(grid)?.contains("0:10") == true)
        },
        .key(.character(" ")),
        .wait(95),
        .look { grid in
          #expect(Self.turnRow(grid)?.contains("1:45") == true)
          #expect(grid.description.contains("almost time"))
        },
        .wait(20),
        .look { grid in
          // Over time, never cut off: the turn runs on and the screen says so.
          #expect(grid.description.contains("Ana · 2:05 of 2:00 · over time"))
        },
        .resize(width: 100, height: 30),
        .look { grid in
          #expect(grid.width == 100 && grid.height == 30)
          #expect(grid.description.contains("Ana · 2:05 of 2:00 · over time"))
        },
        .wait(3),
        .signal(SIGTERM),
      ])

    let outcome = try loop(on: screen).run(demo.meeting.state)

    #expect(outcome == .interrupted(SIGTERM))
    // One bell, audible, when the turn reached zero: 2 s before Ana began, 120 s of turn and
    // 30 s paused; the loop wakes just after each second.
    #expect(screen.bells.count == 1)
    let rung = screen.bells.first.map { $0.time.timeIntervalSince(start) }
    #expect(rung.map { (152.0...153.0).contains($0) } == true, "rang at \(rung ?? -1) s")
    #expect(screen.bells.first?.visual == false)
    #expect(screen.invalidations == 1)
    // Time passes only in waits, and the loop draws only when something shown changes:
    // about once a second while the turn runs, once for the whole pause.
    let seconds = clock.now().timeIntervalSince(start)
    #expect(screen.frames.count <= Int(seconds) - 30 + 8, "\(screen.frames.count) frames")
    let events = try demo.journalEvents()
    #expect(
      events.filter { $0 != .heartbeat } == [.stickGiven(member: "Ana"), .paused, .resumed, .left])
    // A heartbeat every 10 s while Ana's time runs: 1 in the 10 s before the pause, 11 in the
    // 118 s after it.
    #expect(events.filter { $0 == .heartbeat }.count == 12, "\(events)")
  }

  @Test(
    "A visual bell flashes, and a silent one neither rings nor flashes",
    arguments: [(Pod.Bell.visual, [true]), (.none, [])])
  func bellSettings(setting: Pod.Bell, flashes: [Bool]) throws {
    defer { demo.remove() }
    let screen = ScriptedScreen(
      width: 80, height: 24, clock: clock,
      [.key(.character("n")), .wait(125), .key(.character("n")), .signal(SIGTERM)])
    _ = try loop(on: screen, bell: setting).run(demo.meeting.state)
    #expect(screen.bells.map(\.visual) == flashes)
  }

  @Test("while \"terminal too small\" hides the meeting, keys do nothing; Ctrl-C still leaves")
  func keysWaitWhileTooSmall() throws {
    defer { demo.remove() }
    let screen = ScriptedScreen(
      width: 80, height: 24, clock: clock,
      [
        .resize(width: 30, height: 8),
        .look { grid in #expect(grid.description.contains("Terminal too small")) },
        .key(.character("n")), .key(.character("]")), .key(.character("q")),
        .key(.character("y")),
        .resize(width: 80, height: 24),
        .look { grid in
          #expect(Self.turnRow(grid) == nil, "n did not give the stick")
          #expect(grid.description.contains("▶ 1 Arrival round"), "] did not move on")
        },
        .resize(width: 30, height: 8),
        .key(.control("c")),
      ])
    #expect(try loop(on: screen).run(demo.meeting.state) == .left)
    #expect(try demo.journalEvents() == [.left])
  }

  @Test("q then y ends the meeting and the journal says so")
  func endWithConfirmation() throws {
    defer { demo.remove() }
    let screen = ScriptedScreen(
      width: 80, height: 24, clock: clock,
      [
        .key(.character("q")),
        .look { grid in #expect(grid.description.contains("End the meeting?")) },
        .key(.character("y")),
      ])
    #expect(try loop(on: screen).run(demo.meeting.state) == .ended)
    #expect(try demo.journalEvents().last == .ended)
  }
}
