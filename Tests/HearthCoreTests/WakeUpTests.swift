import Foundation
import Testing

@testable import HearthCore

@Suite("When a run loop wakes up")
struct WakeUpTests {
  @Test("a running meeting wakes just after its timers next change, sooner than any poll")
  func running() {
    let rig = Rig()
    rig.advance(2.25)
    #expect(WakeUp.milliseconds(for: rig.state, at: rig.now) == 752)
    #expect(WakeUp.milliseconds(for: rig.state, at: rig.now, poll: 1000) == 752)
    #expect(WakeUp.milliseconds(for: rig.state, at: rig.now, poll: 500) == 500)
  }

  @Test("with no timer running a loop waits for a key, or for its next poll")
  func stillTimers() {
    var rig = Rig()
    rig.must(.togglePause)
    #expect(WakeUp.milliseconds(for: rig.state, at: rig.now) == nil)
    #expect(WakeUp.milliseconds(for: rig.state, at: rig.now, poll: 1000) == 1000)
    #expect(WakeUp.milliseconds(for: nil, at: rig.now) == nil)
    #expect(WakeUp.milliseconds(for: nil, at: rig.now, poll: 1000) == 1000)
    rig.must(.togglePause)
    rig.must(.end)
    #expect(WakeUp.milliseconds(for: rig.state, at: rig.now) == nil)
  }
}
