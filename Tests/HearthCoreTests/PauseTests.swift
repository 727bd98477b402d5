import Foundation
import Testing

@testable import HearthCore

@Suite("Pause and resume")
struct PauseTests {
  @Test("Space pauses, and Space again resumes")
  func toggles() {
    var rig = Rig()
    #expect(rig.must(.togglePause) == [.paused])
    #expect(rig.state.isPaused)
    #expect(rig.must(.togglePause) == [.resumed])
    #expect(!rig.state.isPaused)
  }

  @Test("Pause stops the turn, item and session timers")
  func pauseStopsEveryTimer() throws {
    var rig = Rig()
    rig.advance(5)
    rig.must(.next)
    rig.advance(40)
    rig.must(.togglePause)
    rig.advance(300)
    let turn = try #require(rig.state.turnTimer(at: rig.now))
    #expect(turn.elapsed == 40)
    #expect(turn.remaining == 80)
    #expect(rig.state.itemTimer(0, at: rig.now).elapsed == 45)
    #expect(rig.state.sessionTimer(at: rig.now).elapsed == 45)
    #expect(rig.state.nextDisplayChange(after: rig.now) == nil)

    rig.must(.togglePause)
    rig.advance(10)
    #expect(rig.state.turnTimer(at: rig.now)?.elapsed == 50)
    #expect(rig.state.itemTimer(0, at: rig.now).elapsed == 55)
    #expect(rig.state.sessionTimer(at: rig.now).elapsed == 55)
    #expect(rig.state.airtime(at: rig.now)["Ana"] == 50)
  }

  @Test("Time paused across a change of speaker is nobody's airtime")
  func pauseAcrossTurnChange() {
    var rig = Rig()
    rig.must(.next)  // Ana
    rig.advance(20)
    rig.must(.togglePause)
    rig.advance(120)
    rig.must(.next)  // Bo, while paused
    rig.advance(60)
    #expect(rig.state.turnTimer(at: rig.now)?.elapsed == 0)
    rig.must(.togglePause)
    rig.advance(15)
    rig.must(.next)  // Chen
    #expect(rig.turns(0) == [TurnSummary("Ana", 20), TurnSummary("Bo", 15)])
    let airtime = rig.state.airtime(at: rig.now)
    #expect(airtime["Ana"] == 20)
    #expect(airtime["Bo"] == 15)
    #expect(rig.state.activeSeconds(at: rig.now) == 35)
  }

  @Test("A pause that is still running at the end of the meeting is not meeting time")
  func endWhilePaused() throws {
    var rig = Rig()
    rig.must(.next)
    rig.advance(30)
    rig.must(.togglePause)
    rig.advance(600)
    rig.must(.end)
    rig.advance(600)
    #expect(rig.state.activeSeconds(at: rig.now) == 30)
    #expect(rig.turns(0) == [TurnSummary("Ana", 30)])
    let report = try #require(rig.state.report(at: rig.now))
    #expect(report.seconds == 30)
  }

  @Test("The next display change comes on the next whole meeting second")
  func nextDisplayChange() {
    var rig = Rig()
    rig.advance(2.25)
    #expect(rig.state.nextDisplayChange(after: rig.now) == rig.now.addingTimeInterval(0.75))
    rig.must(.end)
    #expect(rig.state.nextDisplayChange(after: rig.now) == nil)
  }
}
