import Foundation
import Testing

@testable import HearthCore

@Suite("Leaving and resuming a meeting")
struct RecoveryTests {
  @Test("Time away between leaving and resuming is paused, never airtime")
  func leaveAndRecover() throws {
    var rig = Rig()
    rig.must(.next)
    rig.advance(30)
    #expect(rig.must(.leave) == [.left])
    rig.advance(3600)
    #expect(rig.state.turnTimer(at: rig.now)?.elapsed == 30)
    #expect(rig.state.activeSeconds(at: rig.now) == 30)
    #expect(rig.must(.recover) == [.recovered])
    #expect(rig.state.holder == "Ana")
    #expect(!rig.state.isPaused)
    rig.advance(10)
    #expect(rig.state.turnTimer(at: rig.now)?.elapsed == 40)
    rig.must(.next)
    #expect(rig.turns(0) == [TurnSummary("Ana", 40)])
    #expect(rig.state.itemTimer(0, at: rig.now).elapsed == 40)
    #expect(rig.state.sessionTimer(at: rig.now).elapsed == 40)
  }

  @Test("After a crash, a turn keeps its time until its last heartbeat, and no more")
  func recoverAfterHeartbeats() {
    var rig = Rig()
    rig.must(.next)
    #expect(rig.state.nextHeartbeat == rig.now.addingTimeInterval(10))
    rig.advance(10)
    #expect(rig.must(.heartbeat) == [.heartbeat])
    rig.advance(10)
    rig.must(.heartbeat)
    rig.advance(7)  // the kill: these 7 seconds were never recorded
    rig.advance(900)
    rig.must(.recover)
    rig.advance(3)
    rig.must(.next)
    #expect(rig.turns(0) == [TurnSummary("Ana", 23)])
    #expect(!Event.heartbeat.isUndoable)
  }

  @Test("heartbeats fall due only while a turn's time runs")
  func heartbeatOnlyWhileSpeaking() {
    var rig = Rig()
    #expect(rig.state.nextHeartbeat == nil, "nobody speaks yet")
    #expect(rig.refused(.heartbeat) == "Nobody is speaking.")
    rig.must(.next)
    rig.must(.togglePause)
    #expect(rig.state.nextHeartbeat == nil, "paused")
    rig.must(.togglePause)
    rig.advance(4)
    rig.must(.heartbeat)
    #expect(rig.state.nextHeartbeat == rig.now.addingTimeInterval(10), "ten seconds after it")
    rig.must(.leave)
    #expect(rig.state.nextHeartbeat == nil, "left")
  }

  @Test("a schedule whose heartbeat could not be saved waits an interval before the next try")
  func scheduleAfterFailure() {
    var rig = Rig()
    rig.must(.next)
    var schedule = HeartbeatSchedule()
    let early = schedule.take(for: rig.state, at: rig.now)
    #expect(!early)
    #expect(schedule.wait(1000, for: rig.state, at: rig.now) == 1000)
    rig.advance(10)
    #expect(schedule.wait(1000, for: rig.state, at: rig.now) == 1000, "the tick takes it along")
    #expect(schedule.wait(5000, for: rig.state, at: rig.now) == 0)
    let due = schedule.take(for: rig.state, at: rig.now)
    #expect(due)
    // Not recorded (a full disk): the session still asks, the schedule holds off.
    let again = schedule.take(for: rig.state, at: rig.now)
    #expect(!again)
    #expect(schedule.wait(nil, for: rig.state, at: rig.now) == 10_000)
  }

  @Test("After a crash with no leave recorded, the gap since the last event is paused")
  func recoverWithoutLeave() {
    var rig = Rig()
    rig.must(.next)
    rig.advance(45)  // Ana spoke, then the terminal was killed (kill -9): nothing recorded
    rig.advance(900)
    rig.must(.recover)
    rig.advance(12)
    rig.must(.next)
    #expect(rig.turns(0) == [TurnSummary("Ana", 12)])
    #expect(rig.state.airtime(at: rig.now)["Ana"] == 12)
    #expect(rig.state.activeSeconds(at: rig.now) == 12)
  }

  @Test("A meeting paused when it was left is still paused after resuming")
  func pausedStaysPaused() {
    var rig = Rig()
    rig.must(.next)
    rig.advance(20)
    rig.must(.togglePause)
    rig.advance(30)
    rig.must(.leave)
    rig.advance(600)
    rig.must(.recover)
    #expect(rig.state.isPaused)
    rig.advance(60)
    #expect(rig.state.turnTimer(at: rig.now)?.elapsed == 20)
    rig.must(.togglePause)
    rig.advance(5)
    #expect(rig.state.turnTimer(at: rig.now)?.elapsed == 25)
    #expect(rig.state.activeSeconds(at: rig.now) == 25)
  }

  @Test("A meeting paused when it crashed is still paused, and the gap counts once")
  func pausedCrash() {
    var rig = Rig()
    rig.advance(10)
    rig.must(.togglePause)
    rig.advance(500)
    rig.must(.recover)
    #expect(rig.state.isPaused)
    rig.must(.togglePause)
    rig.advance(10)
    #expect(rig.state.activeSeconds(at: rig.now) == 20)
  }

  @Test("A left meeting refuses everything but resume and end")
  func leftRefuses() {
    var rig = Rig()
    rig.must(.leave)
    for command in [Command.next, .pass, .give(1), .togglePause, .nextItem, .undo, .leave] {
      #expect(rig.refused(command) == "The meeting was left; resume it first.")
    }
    #expect(rig.state.decide(.end) == .accept([.ended]))
    #expect(rig.state.decide(.recover) == .accept([.recovered]))
  }

  @Test("Ending a meeting that was left does not count the time away")
  func endAfterLeave() throws {
    var rig = Rig()
    rig.must(.next)
    rig.advance(30)
    rig.must(.leave)
    rig.advance(3600)
    rig.must(.end)
    rig.advance(60)
    #expect(rig.state.activeSeconds(at: rig.now) == 30)
    let report = try #require(rig.state.report(at: rig.now))
    #expect(report.seconds == 30)
    #expect(report.items[0].seconds == 30)
    #expect(report.airtime["Ana"] == 30)
  }

  @Test("Replaying the records gives the same state as living through them")
  func replay() {
    var rig = Rig()
    rig.must(.next)
    rig.advance(30)
    rig.must(.pass)
    rig.must(.togglePause)
    rig.advance(20)
    rig.must(.togglePause)
    rig.must(.write(.decision, "Meet monthly"))
    rig.must(.leave)
    rig.advance(100)
    rig.must(.recover)
    rig.must(.undo)
    rig.must(.nextItem)
    #expect(SessionState(replaying: rig.state.records) == rig.state)
  }
}
