import Foundation
import Testing

@testable import HearthCore

@Suite("+ and - on the turn or the item")
struct AdjustTests {
  @Test("+ gives the current speaker one more minute, - takes one away")
  func adjustTurn() throws {
    var rig = Rig()
    rig.must(.next)
    rig.advance(100)
    #expect(rig.must(.adjust(minutes: 1)) == [.turnExtended(seconds: 60)])
    var timer = try #require(rig.state.turnTimer(at: rig.now))
    #expect(timer.timebox == 180)
    #expect(timer.remaining == 80)
    #expect(rig.must(.adjust(minutes: -1)) == [.turnExtended(seconds: -60)])
    timer = try #require(rig.state.turnTimer(at: rig.now))
    #expect(timer.remaining == 20)
    // The item's timebox is untouched by turn adjustments.
    #expect(rig.state.itemTimer(0, at: rig.now).timebox == 600)
  }

  @Test("A turn keeps at least one minute")
  func turnFloor() throws {
    var rig = Rig()
    rig.must(.next)
    rig.must(.adjust(minutes: -1))
    #expect(rig.state.turnTimer(at: rig.now)?.timebox == 60)
    #expect(rig.refused(.adjust(minutes: -1)) == "A turn keeps at least one minute.")
    #expect(rig.refused(.adjust(minutes: -5)) == "A turn keeps at least one minute.")
    #expect(rig.state.turnTimer(at: rig.now)?.timebox == 60)
  }

  @Test("An extension belongs to one turn: the next speaker starts with the plain timebox")
  func extensionEndsWithTurn() {
    var rig = Rig()
    rig.must(.next)
    rig.must(.adjust(minutes: 2))
    #expect(rig.state.turnTimer(at: rig.now)?.timebox == 240)
    rig.must(.next)
    #expect(rig.state.turnTimer(at: rig.now)?.timebox == 120)
  }

  @Test("With nobody speaking, + and - change the item's timebox")
  func adjustItem() {
    var rig = Rig()
    #expect(rig.must(.adjust(minutes: 1)) == [.itemExtended(seconds: 60)])
    #expect(rig.state.itemTimer(0, at: rig.now).timebox == 660)
    #expect(rig.state.sessionTimer(at: rig.now).timebox == 600 + 60 + 120 + 300)
    #expect(rig.must(.adjust(minutes: -3)) == [.itemExtended(seconds: -180)])
    #expect(rig.state.itemTimer(0, at: rig.now).timebox == 480)
  }

  @Test("An item keeps at least one minute")
  func itemFloor() {
    var rig = Rig(format: Fixture.format(Fixture.stillness))
    rig.must(.adjust(minutes: -1))
    #expect(rig.state.itemTimer(0, at: rig.now).timebox == 60)
    #expect(rig.refused(.adjust(minutes: -1)) == "An item keeps at least one minute.")
    #expect(rig.state.itemTimer(0, at: rig.now).timebox == 60)
  }

  @Test("When the turn has no timebox, + and - change the item's")
  func untimedTurnAdjustsItem() {
    var rig = Rig(
      format: Fixture.format(AgendaItem(title: "Round", kind: .round, timebox: 300)))
    rig.must(.next)
    #expect(rig.must(.adjust(minutes: 1)) == [.itemExtended(seconds: 60)])
    #expect(rig.state.turnTimer(at: rig.now)?.timebox == nil)
    #expect(rig.state.itemTimer(0, at: rig.now).timebox == 360)
  }

  @Test("An item without a timebox cannot be adjusted")
  func untimedItem() {
    var rig = Rig(format: Fixture.format(Fixture.untimed))
    #expect(rig.refused(.adjust(minutes: 1)) == "This item has no timebox.")
  }
}
