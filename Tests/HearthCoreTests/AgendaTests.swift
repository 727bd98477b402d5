import Foundation
import Testing

@testable import HearthCore

@Suite("Moving through the agenda with ] and [")
struct AgendaTests {
  @Test("] during a turn ends the turn with its seconds and enters the next item")
  func nextItemEndsTurn() {
    var rig = Rig()
    rig.must(.next)
    rig.advance(40)
    rig.must(.next)
    rig.advance(25.5)
    #expect(rig.must(.nextItem) == [.itemEntered(index: 1, order: [])])
    #expect(rig.state.currentIndex == 1)
    #expect(rig.state.holder == nil)
    #expect(rig.turns(0) == [TurnSummary("Ana", 40), TurnSummary("Bo", 25.5)])
    #expect(rig.state.itemSeconds(0, at: rig.now) == 65.5)
    #expect(rig.state.airtime(at: rig.now) == ["Ana": 40, "Bo": 25.5, "Chen": 0, "Dee": 0])
  }

  @Test("Entering a round fixes its speaking order in the event")
  func orderRecorded() {
    var rig = Rig(enterFirstItem: false)
    #expect(rig.must(.nextItem) == [.itemEntered(index: 0, order: Fixture.members)])
  }

  @Test("[ returns to an earlier item with its order and turns kept")
  func revisitKeepsOrderAndTurns() {
    let random = AgendaItem(title: "Closing", kind: .round, timebox: 300, order: .random)
    var rig = Rig(format: Fixture.format(random, Fixture.stillness), seed: 99)
    let order = rig.state.currentOrder
    rig.must(.next)
    rig.advance(30)
    rig.must(.next)
    rig.advance(10)
    rig.must(.nextItem)
    rig.advance(60)
    #expect(rig.must(.previousItem) == [.itemEntered(index: 0, order: order)])
    #expect(rig.state.currentOrder == order)
    #expect(rig.turns(0) == [TurnSummary(order[0], 30), TurnSummary(order[1], 10)])
    #expect(rig.state.holder == nil)
    #expect(rig.state.nextSpeaker == order[2])
    rig.advance(5)
    // The item's timer carries on from where the first visit left it.
    #expect(rig.state.itemTimer(0, at: rig.now).elapsed == 45)
    #expect(rig.state.itemTimer(1, at: rig.now).elapsed == 60)
  }

  @Test("] on the last item and [ on the first are refused")
  func bounds() {
    var rig = Rig()
    #expect(rig.refused(.previousItem) == "This is the first item.")
    rig.must(.nextItem)
    rig.must(.nextItem)
    #expect(rig.state.currentIndex == 2)
    #expect(rig.refused(.nextItem) == "This is the last item; q ends the meeting.")
    #expect(rig.state.currentIndex == 2)
  }

  @Test("A turn cannot outlive its item: [ during a turn records it too")
  func previousItemEndsTurn() {
    var rig = Rig()
    rig.must(.nextItem)
    rig.must(.nextItem)
    rig.must(.give(4))
    rig.advance(12)
    rig.must(.previousItem)
    #expect(rig.turns(2) == [TurnSummary("Dee", 12)])
    #expect(rig.state.holder == nil)
    #expect(rig.state.currentIndex == 1)
  }

  @Test("Ending the meeting closes the turn and the item")
  func endClosesTurn() throws {
    var rig = Rig()
    rig.must(.next)
    rig.advance(33)
    #expect(rig.must(.end) == [.ended])
    #expect(rig.state.isEnded)
    #expect(rig.turns(0) == [TurnSummary("Ana", 33)])
    #expect(rig.state.items[0].enteredActive == nil)
    rig.advance(100)
    #expect(rig.state.itemSeconds(0, at: rig.now) == 33)
    #expect(rig.refused(.next) == "The meeting has ended.")
    #expect(rig.refused(.undo) == "The meeting has ended.")
  }

  @Test("Nothing can happen before the meeting has started")
  func notStarted() {
    let state = SessionState()
    #expect(state.decide(.next) == .refuse("The meeting has not started."))
    #expect(state.decide(.nextItem) == .refuse("The meeting has not started."))
  }
}
