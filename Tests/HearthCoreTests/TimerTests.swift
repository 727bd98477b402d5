import Foundation
import HearthTesting
import Testing

@testable import HearthCore

@Suite("Timers and their cues")
struct TimerTests {
  @Test(
    "The warning cue starts 30 s before the end of a long timebox",
    arguments: [(150, 119, false), (150, 120, true), (600, 569, false), (600, 570, true)])
  func warningLong(timebox: Int, elapsed: Int, warning: Bool) {
    let reading = TimerReading(elapsed: elapsed, timebox: timebox)
    #expect(reading.isWarning == warning)
    #expect(!reading.isOvertime)
  }

  @Test(
    "Under 150 s the warning cue covers the last 20 %",
    arguments: [(60, 47, false), (60, 48, true), (120, 95, false), (120, 96, true), (5, 4, true)])
  func warningShort(timebox: Int, elapsed: Int, warning: Bool) {
    #expect(TimerReading(elapsed: elapsed, timebox: timebox).isWarning == warning)
  }

  @Test(
    "A pod's own warning: that many seconds left, at most half the timebox",
    arguments: [
      (120, 59, 60, false), (120, 60, 60, true), (600, 479, 120, false), (600, 480, 120, true),
      (60, 29, 45, false), (60, 30, 45, true),
    ])
  func podWarning(timebox: Int, elapsed: Int, threshold: Int, warning: Bool) {
    let reading = TimerReading(elapsed: elapsed, timebox: timebox, warning: threshold)
    #expect(reading.isWarning == warning)
  }

  @Test("the pod's warning reaches every timer through the session's start")
  func podWarningInSession() {
    let clock = TestClock()
    guard var start = SessionState.demo(at: clock.now()).start else { return }
    start.warning = 50
    var session = SessionState.started(start, at: clock.now())
    session.perform(.next, at: clock.now())
    clock.advance(by: 69)
    #expect(session.turnTimer(at: clock.now())?.isWarning == false)
    clock.advance(by: 1)
    #expect(session.turnTimer(at: clock.now())?.isWarning == true, "50 s left of 2:00")
  }

  @Test("At zero the timer warns; past zero it is overtime, not a warning")
  func zeroAndOvertime() {
    let zero = TimerReading(elapsed: 120, timebox: 120)
    #expect(zero.remaining == 0)
    #expect(zero.isWarning)
    #expect(!zero.isOvertime)
    let over = TimerReading(elapsed: 132, timebox: 120)
    #expect(over.remaining == -12)
    #expect(over.isOvertime)
    #expect(!over.isWarning)
    #expect(TimeText.countdown(over.remaining ?? 0) == "+0:12")
  }

  @Test("A timer without a timebox never warns and is never overtime")
  func untimed() {
    let reading = TimerReading(elapsed: 10_000, timebox: nil)
    #expect(reading.remaining == nil)
    #expect(!reading.isWarning)
    #expect(!reading.isOvertime)
  }

  @Test("A turn runs into overtime without being cut off")
  func turnOvertime() throws {
    var rig = Rig()
    rig.must(.next)
    rig.advance(95)
    var timer = try #require(rig.state.turnTimer(at: rig.now))
    #expect(!timer.isWarning)
    rig.advance(1)
    timer = try #require(rig.state.turnTimer(at: rig.now))
    #expect(timer.remaining == 24)
    #expect(timer.isWarning)
    rig.advance(36)
    timer = try #require(rig.state.turnTimer(at: rig.now))
    #expect(timer.isOvertime)
    #expect(TimeText.countdown(timer.remaining ?? 0) == "+0:12")
    #expect(rig.state.holder == "Ana")
  }

  @Test("Displayed timers use whole meeting seconds")
  func wholeSeconds() throws {
    var rig = Rig()
    rig.advance(0.75)
    rig.must(.next)
    rig.advance(0.5)
    // 1.25 s of meeting time: every timer shows the same second ticking over together.
    #expect(rig.state.sessionTimer(at: rig.now).elapsed == 1)
    #expect(rig.state.itemTimer(0, at: rig.now).elapsed == 1)
    #expect(rig.state.turnTimer(at: rig.now)?.elapsed == 1)
    #expect(rig.state.turnElapsed(at: rig.now) == 0.5)
  }

  @Test("The session timer counts against the sum of the timeboxes")
  func sessionTimebox() {
    let rig = Rig()
    #expect(rig.state.sessionTimer(at: rig.now).timebox == 1020)
    #expect(Fixture.format.plannedSeconds == 1020)
    let untimed = Rig(format: Fixture.format(Fixture.untimed))
    #expect(untimed.state.sessionTimer(at: untimed.now).timebox == nil)
  }
}
