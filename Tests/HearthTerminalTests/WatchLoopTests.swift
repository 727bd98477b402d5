import Foundation
import HearthCore
import HearthStore
import HearthTerminal
import HearthTesting
import HearthUI
import Testing

@Suite("The watch view's run loop, on a scripted screen")
struct WatchLoopTests {
  let demo: DemoMeeting

  init() throws { demo = try DemoMeeting() }

  @Test("Watch follows the journal as the facilitator writes it, b switches the big timer, q quits")
  func followsTheJournal() throws {
    defer { demo.remove() }
    let follower = SessionFollower(directory: demo.meeting.pod)
    let screen = ScriptedScreen(
      width: 80, height: 24, clock: demo.clock,
      [
        .wait(1),
        .look { grid in
          #expect(grid.description.contains("Arrival round"))
          #expect(!grid.description.contains("speaking"))
        },
        // The facilitator, in another terminal, gives Ana the stick.
        .elsewhere { _ = try demo.perform(.next) },
        .wait(5),
        .look { grid in
          #expect(grid.lines.contains { $0.contains("Ana") && $0.contains("speaking") })
        },
        .key(.character("b")),
        .look { grid in
          // The big timer alone: no agenda, no talking stick.
          #expect(!grid.description.contains("Agenda"))
        },
        .resize(width: 100, height: 30),
        .look { grid in #expect(grid.width == 100 && grid.height == 30) },
        .key(.character("q")),
      ])
    let loop = WatchLoop(terminal: screen, clock: demo.clock) {
      follower.poll() ? (follower.state, follower.isAnswering) : nil
    }

    loop.run(WatchModel(pod: "Demo Pod", big: false))

    #expect(screen.invalidations == 1)
    // Watching writes nothing: the journal holds only what the facilitator did.
    #expect(try demo.journalEvents() == [.stickGiven(member: "Ana")])
  }
}
