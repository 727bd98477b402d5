import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

/// A meeting driven by commands on a test clock, rendered as the screen would show it.
struct Rehearsal {
  let clock = TestClock()
  var model: MeetingModel

  init(_ session: SessionState? = nil, agreements: [String] = []) {
    model = MeetingModel(session: session ?? .demo(at: clock.now()), agreements: agreements)
  }

  /// Lets `seconds` pass.
  func wait(_ seconds: Double) { clock.advance(by: seconds) }

  /// Presses keys as the facilitator would, performing what they ask.
  mutating func press(_ keys: Key...) {
    for key in keys {
      guard case .perform(let command)? = model.handle(key) else { continue }
      var session = model.session
      let decision = session.perform(command, at: clock.now())
      model.apply(decision, session: session, for: command)
    }
  }

  /// Records a heartbeat, as the run loop does every 10 s while someone speaks.
  mutating func beat() {
    var session = model.session
    _ = session.perform(.heartbeat, at: clock.now())
    model.follow(session)
  }

  /// Types text into the input line.
  mutating func type(_ text: String) {
    for character in text { press(.character(character)) }
  }

  func grid(_ width: Int, _ height: Int) -> Grid {
    MeetingScreen.render(model, at: clock.now(), width: width, height: height)
  }

  func screen(_ width: Int, _ height: Int) -> [String] { grid(width, height).lines }
}

/// Compares screens line by line, so a failure names the first line that differs.
func expectScreen(
  _ actual: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, sourceLocation: sourceLocation)
  for (index, (a, e)) in zip(actual, expected).enumerated() where a != e {
    Issue.record(
      "line \(index):\n  got:      \(a)\n  expected: \(e)", sourceLocation: sourceLocation)
  }
}
