import Foundation
import Testing

@testable import HearthCore

@Suite("Silence and break items")
struct QuietItemTests {
  static let quiet: [AgendaItem] = [Fixture.stillness, Fixture.tea]

  @Test("Nobody takes the stick in a silence or a break", arguments: quiet)
  func stickRefused(item: AgendaItem) {
    var rig = Rig(format: Fixture.format(item))
    #expect(rig.refused(.next) == "Nobody speaks in this item; ] moves to the next.")
    #expect(rig.refused(.pass) == "Nobody holds the stick.")
    #expect(rig.refused(.give(1)) == "Nobody speaks in this item.")
    #expect(rig.state.holder == nil)
    #expect(rig.state.waitingSpeakers.isEmpty)
    #expect(!rig.state.isRoundComplete)
  }

  @Test("A silence counts down its timebox, then shows overtime")
  func countdown() {
    let rig = Rig(format: Fixture.format(Fixture.stillness))
    rig.advance(30)
    var timer = rig.state.itemTimer(0, at: rig.now)
    #expect(timer.remaining == 90)
    #expect(TimeText.countdown(timer.remaining ?? 0) == "1:30")
    #expect(!timer.isWarning)
    rig.advance(66)
    timer = rig.state.itemTimer(0, at: rig.now)
    #expect(timer.remaining == 24)
    #expect(timer.isWarning)
    rig.advance(29)
    timer = rig.state.itemTimer(0, at: rig.now)
    #expect(timer.isOvertime)
    #expect(TimeText.countdown(timer.remaining ?? 0) == "+0:05")
  }

  @Test("A paused break stops counting down")
  func pausedBreak() {
    var rig = Rig(format: Fixture.format(Fixture.tea))
    rig.advance(100)
    rig.must(.togglePause)
    rig.advance(1000)
    #expect(rig.state.itemTimer(0, at: rig.now).remaining == 200)
  }

  @Test("Entering a silence ends the turn in progress")
  func silenceEndsTurn() {
    var rig = Rig()
    rig.must(.next)
    rig.advance(20)
    rig.must(.nextItem)
    rig.advance(60)
    #expect(rig.turns(0) == [TurnSummary("Ana", 20)])
    #expect(rig.state.airtime(at: rig.now)["Ana"] == 20)
  }
}
