import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("Timer cues: one tracker for the full screen, --plain and watch")
struct CueTrackerTests {
  /// Lets `seconds` pass on the rehearsal's clock, looking every `step` seconds as a loop that
  /// wakes that often would; returns each cue said, with the second it was said at.
  private func follow(
    _ rehearsal: Rehearsal, for seconds: Int, step: Int = 1, tracker: inout CueTracker
  ) -> [String] {
    var said: [String] = []
    var waited = 0
    while waited < seconds {
      rehearsal.wait(Double(step))
      waited += step
      let session = rehearsal.model.session
      if let cue = tracker.observe(session, at: rehearsal.clock.now()) {
        said.append("\(waited): " + Narration.line(for: cue, holder: session.holder))
      }
    }
    return said
  }

  @Test("a 2:00 turn warns once in its last 20 % and says time is up once at zero")
  func turnCues() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    var tracker = CueTracker()
    #expect(tracker.observe(rehearsal.model.session, at: rehearsal.clock.now()) == nil)
    let said = follow(rehearsal, for: 200, tracker: &tracker)
    #expect(said == ["96: 24 seconds left for Ana.", "120: Time is up for Ana."])
  }

  @Test("a loop that looks seldom still gives each cue once, with the time then left")
  func coarseLooks() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    var tracker = CueTracker()
    _ = tracker.observe(rehearsal.model.session, at: rehearsal.clock.now())
    let said = follow(rehearsal, for: 140, step: 7, tracker: &tracker)
    #expect(said == ["98: 22 seconds left for Ana.", "126: Time is up for Ana."])
  }

  @Test("a new turn starts quietly, even when the last one was warned or over")
  func newTurn() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    var tracker = CueTracker()
    _ = tracker.observe(rehearsal.model.session, at: rehearsal.clock.now())
    #expect(follow(rehearsal, for: 125, tracker: &tracker).count == 2)
    rehearsal.press(.character("n"))
    #expect(tracker.observe(rehearsal.model.session, at: rehearsal.clock.now()) == nil)
    let said = follow(rehearsal, for: 120, tracker: &tracker)
    #expect(said == ["96: 24 seconds left for Bo.", "120: Time is up for Bo."])
  }

  @Test("nothing is said while the meeting is paused, nor when it resumes already over")
  func pausedAndResumed() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    var tracker = CueTracker()
    _ = tracker.observe(rehearsal.model.session, at: rehearsal.clock.now())
    #expect(follow(rehearsal, for: 80, tracker: &tracker).isEmpty)
    rehearsal.press(.character(" "))
    #expect(follow(rehearsal, for: 300, tracker: &tracker).isEmpty)
    rehearsal.press(.character(" "))
    #expect(
      follow(rehearsal, for: 50, tracker: &tracker) == [
        "16: 24 seconds left for Ana.", "40: Time is up for Ana.",
      ])
    var later = CueTracker()
    _ = later.observe(rehearsal.model.session, at: rehearsal.clock.now())
    #expect(follow(rehearsal, for: 60, tracker: &later).isEmpty, "a watcher that joins late")
  }
}
