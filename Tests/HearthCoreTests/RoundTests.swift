import Foundation
import Testing

@testable import HearthCore

@Suite("The talking stick in a round")
struct RoundTests {
  @Test("An item becomes current with nobody holding the stick")
  func itemStartsWithoutHolder() {
    let rig = Rig()
    #expect(rig.state.currentIndex == 0)
    #expect(rig.state.holder == nil)
    #expect(rig.state.currentOrder == Fixture.members)
    #expect(rig.state.nextSpeaker == "Ana")
    #expect(!rig.state.isRoundComplete)
  }

  @Test("n hands the stick around the whole round, then completes it")
  func nextThroughWholeRound() {
    var rig = Rig()
    var holders: [String?] = []
    for seconds in [30.0, 45, 60, 15] {
      #expect(rig.must(.next).count == 1)
      holders.append(rig.state.holder)
      rig.advance(seconds)
    }
    #expect(holders == ["Ana", "Bo", "Chen", "Dee"])
    #expect(rig.must(.next) == [.stickReleased])
    #expect(rig.state.holder == nil)
    #expect(rig.state.isRoundComplete)
    #expect(
      rig.turns(0) == [
        TurnSummary("Ana", 30), TurnSummary("Bo", 45), TurnSummary("Chen", 60),
        TurnSummary("Dee", 15),
      ])
    #expect(rig.state.airtime(at: rig.now) == ["Ana": 30, "Bo": 45, "Chen": 60, "Dee": 15])
    #expect(Fixture.members.allSatisfy { rig.state.status(of: $0) == .spoken })
  }

  @Test("n after the round is complete is refused and records nothing")
  func nextAfterCompletionRefused() {
    var rig = Rig()
    rig.speak(10, times: 4)
    rig.must(.next)
    let sequence = rig.state.lastSequence
    #expect(rig.refused(.next) == "The round is complete; ] moves to the next item.")
    #expect(rig.state.lastSequence == sequence)
  }

  @Test("Each event of n names the member who gets the stick")
  func nextRecordsMember() {
    var rig = Rig()
    #expect(rig.must(.next) == [.stickGiven(member: "Ana")])
    #expect(rig.must(.next) == [.stickGiven(member: "Bo")])
  }

  @Test("A pass moves the stick on at once and records a passed turn")
  func passMovesOn() {
    var rig = Rig()
    rig.must(.next)
    rig.advance(4)
    #expect(rig.must(.pass) == [.passed(next: "Bo")])
    #expect(rig.state.holder == "Bo")
    #expect(rig.turns(0) == [TurnSummary("Ana", 0, true)])
    #expect(rig.state.status(of: "Ana") == .passedOnce)
  }

  @Test("A member who passed is offered the stick again after everyone else")
  func passedMemberOfferedAgainLast() {
    var rig = Rig()
    rig.must(.next)  // Ana
    rig.must(.pass)  // Ana passes; Bo holds
    #expect(rig.state.waitingSpeakers == ["Chen", "Dee", "Ana"])
    rig.advance(20)
    rig.must(.next)  // Chen
    rig.advance(20)
    rig.must(.next)  // Dee
    rig.advance(20)
    #expect(rig.must(.next) == [.stickGiven(member: "Ana")])
    rig.advance(20)
    #expect(rig.must(.next) == [.stickReleased])
    #expect(rig.state.isRoundComplete)
    #expect(rig.turns(0).map(\.member) == ["Ana", "Bo", "Chen", "Dee", "Ana"])
    #expect(rig.state.status(of: "Ana") == .spoken)
  }

  @Test("A second pass is final and the round completes when nobody waits")
  func secondPassIsFinal() {
    var rig = Rig(attendees: ["Ana", "Bo", "Chen"])
    rig.must(.next)  // Ana
    #expect(rig.must(.pass) == [.passed(next: "Bo")])
    rig.advance(30)
    #expect(rig.must(.pass) == [.passed(next: "Chen")])
    rig.advance(30)
    // Chen is the last fresh speaker: the stick goes to the first who passed.
    #expect(rig.must(.next) == [.stickGiven(member: "Ana")])
    #expect(rig.must(.pass) == [.passed(next: "Bo")])
    #expect(rig.state.status(of: "Ana") == .passedFinal)
    #expect(rig.state.waitingSpeakers.isEmpty)
    // Bo passes a second time: nobody is waiting any more.
    #expect(rig.must(.pass) == [.passed(next: nil)])
    #expect(rig.state.holder == nil)
    #expect(rig.state.status(of: "Bo") == .passedFinal)
    #expect(rig.state.isRoundComplete)
    #expect(rig.refused(.next) == "The round is complete; ] moves to the next item.")
  }

  @Test("The last speaker who passes is offered the stick once more")
  func lastSpeakerPassing() {
    var rig = Rig(attendees: ["Ana", "Bo"])
    rig.speak(10, times: 1)
    rig.must(.next)  // Bo
    #expect(rig.must(.pass) == [.passed(next: nil)])
    #expect(!rig.state.isRoundComplete)
    #expect(rig.must(.next) == [.stickGiven(member: "Bo")])
    rig.must(.next)
    #expect(rig.state.isRoundComplete)
  }

  @Test("Pass with nobody holding the stick is refused")
  func passWithoutHolder() {
    var rig = Rig()
    #expect(rig.refused(.pass) == "Nobody holds the stick.")
  }

  @Test("give(N) hands the stick to member N of the present list, out of order")
  func giveJumps() {
    var rig = Rig()
    #expect(rig.must(.give(3)) == [.stickGiven(member: "Chen")])
    rig.advance(12)
    #expect(rig.must(.give(1)) == [.stickGiven(member: "Ana")])
    #expect(rig.turns(0) == [TurnSummary("Chen", 12)])
    // The order resumes with whoever has not spoken yet.
    #expect(rig.state.waitingSpeakers == ["Bo", "Dee"])
    rig.must(.next)
    #expect(rig.state.holder == "Bo")
  }

  @Test("give(N) counts the present list, not the speaking order")
  func giveUsesPresentList() {
    var rig = Rig(
      format: Fixture.format(
        AgendaItem(title: "Round", kind: .round, order: .facilitatorLast)),
      roles: ["facilitator": "Ana"])
    #expect(rig.state.currentOrder == ["Bo", "Chen", "Dee", "Ana"])
    #expect(rig.must(.give(1)) == [.stickGiven(member: "Ana")])
  }

  @Test("give(N) with no such member, or to the holder, is refused", arguments: [0, 5, 9, -1])
  func giveInvalid(number: Int) {
    var rig = Rig()
    #expect(rig.refused(.give(number)) == "There is no member \(number) present.")
    #expect(rig.state.holder == nil)
  }

  @Test("give(N) to whoever holds the stick already is refused")
  func giveToHolder() {
    var rig = Rig()
    rig.must(.give(2))
    #expect(rig.refused(.give(2)) == "Bo already holds the stick.")
  }

  @Test("Airtime balance compares the largest share with the smallest")
  func airtimeBalance() {
    var rig = Rig()
    #expect(rig.state.airtimeBalance(at: rig.now) == nil)
    rig.must(.next)
    rig.advance(30)
    rig.must(.next)
    rig.advance(90)
    #expect(rig.state.airtimeBalance(at: rig.now) == 3)
    #expect(rig.state.itemAirtime(of: "Bo", at: rig.now) == 90)
  }
}
