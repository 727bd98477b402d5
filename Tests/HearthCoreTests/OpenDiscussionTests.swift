import Foundation
import Testing

@testable import HearthCore

/// Open discussion items the tests meet with.
enum OpenFixture {
  static let fifo = AgendaItem(
    title: "Updates and asks", kind: .open, timebox: 1200, turnTimebox: 240, queue: .fifo)
  static let balanced = AgendaItem(
    title: "Triage", kind: .open, timebox: 900, turnTimebox: 120, queue: .balanced)
  static let untimed = AgendaItem(title: "Open floor", kind: .open)
}

@Suite("Open discussion: the hand-raise queue")
struct OpenQueueTests {
  @Test("An open item starts with nobody holding the stick and nobody queued")
  func startsEmpty() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo))
    #expect(rig.state.records.last?.event == .itemEntered(index: 0, order: []))
    #expect(rig.state.holder == nil)
    #expect(rig.state.queue.isEmpty)
    #expect(rig.state.waitingSpeakers.isEmpty)
    #expect(rig.state.nextSpeaker == nil)
    #expect(!rig.state.isRoundComplete)
    #expect(rig.refused(.next) == "Nobody is in the queue; 1-9 raises a hand.")
    #expect(rig.refused(.pass) == "Nobody holds the stick.")
  }

  @Test("A number raises that member's hand; fifo speaks in the order hands went up")
  func fifoOrder() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo))
    #expect(rig.must(.give(3)) == [.handRaised(member: "Chen")])
    #expect(rig.must(.give(1)) == [.handRaised(member: "Ana")])
    #expect(rig.must(.give(4)) == [.handRaised(member: "Dee")])
    #expect(rig.state.queue == ["Chen", "Ana", "Dee"])
    #expect(rig.state.holder == nil)
    var holders: [String?] = []
    for _ in 0..<3 {
      rig.must(.next)
      holders.append(rig.state.holder)
      rig.advance(30)
    }
    #expect(holders == ["Chen", "Ana", "Dee"])
    #expect(rig.state.queue.isEmpty)
    #expect(rig.turns(0) == [TurnSummary("Chen", 30), TurnSummary("Ana", 30)])
  }

  @Test("A hand raised while someone speaks waits its turn; taking the stick lowers it")
  func raiseWhileSpeaking() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo))
    rig.must(.give(2))
    rig.must(.next)  // Bo
    rig.must(.give(1))
    rig.must(.give(3))
    #expect(rig.state.queue == ["Ana", "Chen"])
    #expect(rig.must(.next) == [.stickGiven(member: "Ana")])
    #expect(rig.state.queue == ["Chen"])
    #expect(!rig.state.isQueued("Ana"))
  }

  @Test("The same number again takes the hand down, and it can go up again at the back")
  func removal() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo))
    rig.must(.give(1))
    rig.must(.give(2))
    rig.must(.give(3))
    #expect(rig.must(.give(2)) == [.handLowered(member: "Bo")])
    #expect(rig.state.queue == ["Ana", "Chen"])
    #expect(!rig.state.isQueued("Bo"))
    rig.must(.give(2))
    #expect(rig.state.queue == ["Ana", "Chen", "Bo"])
  }

  @Test("The holder's hand cannot go up, and an absent number is refused")
  func raiseRefused() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo))
    rig.must(.give(1))
    rig.must(.next)
    #expect(rig.refused(.give(1)) == "Ana already holds the stick.")
    #expect(rig.refused(.give(5)) == "There is no member 5 present.")
    #expect(rig.state.queue.isEmpty)
  }

  @Test("With the queue empty, n releases the stick; then n is refused with a reason")
  func nextWithEmptyQueue() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo))
    rig.must(.give(2))
    rig.must(.next)
    rig.advance(40)
    #expect(rig.must(.next) == [.stickReleased])
    #expect(rig.state.holder == nil)
    #expect(rig.turns(0) == [TurnSummary("Bo", 40)])
    let sequence = rig.state.lastSequence
    #expect(rig.refused(.next) == "Nobody is in the queue; 1-9 raises a hand.")
    #expect(rig.state.lastSequence == sequence)
    #expect(!rig.state.isRoundComplete)
  }

  @Test("A pass in open discussion moves the stick to the next in the queue at once")
  func pass() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo))
    rig.must(.give(1))
    rig.must(.give(2))
    rig.must(.next)  // Ana
    rig.advance(5)
    #expect(rig.must(.pass) == [.passed(next: "Bo")])
    #expect(rig.state.holder == "Bo")
    #expect(rig.turns(0) == [TurnSummary("Ana", 0, true)])
    rig.advance(20)
    // Nobody left in the queue: a pass puts the stick down.
    #expect(rig.must(.pass) == [.passed(next: nil)])
    #expect(rig.state.holder == nil)
    #expect(rig.turns(0) == [TurnSummary("Ana", 0, true), TurnSummary("Bo", 0, true)])
  }

  @Test("Balanced: less airtime this session speaks first, whatever the order of hands")
  func balancedOrder() {
    var rig = Rig(format: Fixture.format(Fixture.arrival, OpenFixture.balanced))
    // In the arrival round Ana speaks 90 s, Bo 30, Chen 60 and Dee 10.
    for seconds in [90.0, 30, 60, 10] {
      rig.must(.next)
      rig.advance(seconds)
    }
    rig.must(.nextItem)
    for number in [1, 3, 2, 4] { rig.must(.give(number)) }
    #expect(rig.state.items[1].raisedHands == ["Ana", "Chen", "Bo", "Dee"])
    #expect(rig.state.queue == ["Dee", "Bo", "Chen", "Ana"])
    #expect(rig.must(.next) == [.stickGiven(member: "Dee")])
    rig.advance(100)
    #expect(rig.must(.next) == [.stickGiven(member: "Bo")])
    rig.must(.give(4))  // Dee now has 110 s in all
    #expect(rig.state.queue == ["Chen", "Ana", "Dee"])
  }

  @Test("Balanced: equal airtime goes by who raised a hand first")
  func balancedTies() {
    var rig = Rig(format: Fixture.format(OpenFixture.balanced))
    for number in [3, 1, 4] { rig.must(.give(number)) }
    #expect(rig.state.queue == ["Chen", "Ana", "Dee"])
    rig.must(.next)  // Chen
    rig.advance(45)
    rig.must(.next)  // Ana
    rig.advance(45.6)
    rig.must(.next)  // Dee
    rig.must(.give(1))
    rig.must(.give(3))
    rig.must(.give(2))
    // Ana's 45.6 s count as the 45 s every timer shows: she ties with Chen and raised her hand
    // first. Bo has not spoken at all.
    #expect(rig.state.queue == ["Bo", "Ana", "Chen"])
  }

  @Test("Balanced order follows airtime as it changes, not when hands went up")
  func balancedFollowsAirtime() {
    var rig = Rig(format: Fixture.format(OpenFixture.balanced))
    rig.must(.give(1))
    rig.must(.next)  // Ana
    rig.advance(120)
    rig.must(.give(2))
    rig.must(.next)  // Bo
    rig.advance(10)
    rig.must(.give(1))  // Ana, 120 s
    rig.must(.give(3))  // Chen, 0 s
    #expect(rig.state.queue == ["Chen", "Ana"])
    rig.must(.next)  // Chen
    rig.advance(200)
    rig.must(.give(2))  // Bo, 10 s
    #expect(rig.state.queue == ["Bo", "Ana"])
  }

  @Test("A fifo queue ignores airtime")
  func fifoIgnoresAirtime() {
    var rig = Rig(format: Fixture.format(Fixture.arrival, OpenFixture.fifo))
    for seconds in [90.0, 30, 60, 10] {
      rig.must(.next)
      rig.advance(seconds)
    }
    rig.must(.nextItem)
    for number in [1, 3, 2, 4] { rig.must(.give(number)) }
    #expect(rig.state.queue == ["Ana", "Chen", "Bo", "Dee"])
  }

  @Test("The queue belongs to its item: it waits while another item runs")
  func queuePerItem() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo, Fixture.stillness))
    rig.must(.give(1))
    rig.must(.give(2))
    rig.must(.nextItem)
    #expect(rig.state.queue.isEmpty)
    #expect(rig.refused(.give(1)) == "Nobody speaks in this item.")
    rig.must(.previousItem)
    #expect(rig.state.queue == ["Ana", "Bo"])
  }
}

@Suite("Open discussion: the direct reply")
struct OpenReplyTests {
  /// Ana speaks; Bo and Chen are in the queue.
  static func speaking() -> Rig {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo))
    rig.must(.give(1))
    rig.must(.next)
    rig.must(.give(2))
    rig.must(.give(3))
    rig.advance(30)
    return rig
  }

  @Test("The reply goes before the queue, and only once; then the queue resumes")
  func replyBeforeQueue() {
    var rig = Self.speaking()
    #expect(rig.must(.reply(4)) == [.replyClaimed(member: "Dee")])
    #expect(rig.state.replySlot == "Dee")
    #expect(rig.state.queue == ["Bo", "Chen"])
    #expect(rig.state.waitingSpeakers == ["Dee", "Bo", "Chen"])
    #expect(rig.must(.next) == [.stickGiven(member: "Dee")])
    #expect(rig.state.isReplyTurn)
    #expect(rig.state.replySlot == nil)
    rig.advance(15)
    #expect(rig.must(.next) == [.stickGiven(member: "Bo")])
    #expect(!rig.state.isReplyTurn)
    #expect(rig.turns(0) == [TurnSummary("Ana", 30), TurnSummary("Dee", 15)])
  }

  @Test("A reply cannot itself be answered by a reply")
  func noReplyToReply() {
    var rig = Self.speaking()
    rig.must(.reply(4))
    rig.must(.next)  // Dee replies
    #expect(rig.refused(.reply(1)) == "Dee is replying already; 1-9 puts Ana in the queue.")
    #expect(rig.state.replySlot == nil)
  }

  @Test("One reply at a time: a second claim names who has it and how to free it")
  func oneReplySlot() {
    var rig = Self.speaking()
    rig.must(.reply(4))
    #expect(rig.refused(.reply(2)) == "Dee has the direct reply; r 4 frees it.")
    #expect(rig.must(.reply(4)) == [.replyWithdrawn(member: "Dee")])
    #expect(rig.state.replySlot == nil)
    #expect(rig.must(.reply(2)) == [.replyClaimed(member: "Bo")])
  }

  @Test("A reply needs someone speaking, someone else, an open item and a present member")
  func replyRefused() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo, Fixture.stillness))
    #expect(rig.refused(.reply(2)) == "Nobody is speaking, so there is nothing to reply to.")
    rig.must(.give(1))
    rig.must(.next)
    #expect(rig.refused(.reply(1)) == "Ana holds the stick; a reply answers them.")
    #expect(rig.refused(.reply(7)) == "There is no member 7 present.")
    rig.must(.nextItem)
    #expect(rig.refused(.reply(2)) == "Direct replies belong to open discussion.")
    var round = Rig()
    round.must(.next)
    #expect(
      round.refused(.reply(2))
        == "Direct replies belong to open discussion; in a round, 2 gives the stick.")
  }

  @Test("A queued member who replies is listed once, and speaking uses up their place")
  func queuedMemberReplies() {
    var rig = Self.speaking()
    rig.must(.reply(3))  // Chen, also in the queue
    #expect(rig.state.waitingSpeakers == ["Chen", "Bo"])
    rig.must(.next)
    #expect(rig.state.holder == "Chen")
    #expect(rig.state.queue == ["Bo"])
  }

  @Test("A withdrawn reply leaves the member's queue place as it was")
  func withdrawKeepsQueuePlace() {
    var rig = Self.speaking()
    rig.must(.reply(3))
    rig.must(.reply(3))
    #expect(rig.state.waitingSpeakers == ["Bo", "Chen"])
  }

  @Test("When the speaker passes, the reply still comes first")
  func passGoesToReply() {
    var rig = Self.speaking()
    rig.must(.reply(4))
    #expect(rig.must(.pass) == [.passed(next: "Dee")])
    #expect(rig.state.isReplyTurn)
  }

  @Test("Leaving the item drops an unused reply, keeps the queue")
  func leavingDropsReply() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo, Fixture.stillness))
    rig.must(.give(1))
    rig.must(.next)
    rig.must(.give(2))
    rig.must(.reply(3))
    rig.must(.nextItem)
    rig.must(.previousItem)
    #expect(rig.state.replySlot == nil)
    #expect(rig.state.holder == nil)
    #expect(rig.state.waitingSpeakers == ["Bo"])
  }
}

@Suite("Open discussion: undo and time")
struct OpenUndoAndTimeTests {
  /// A way to reach a state in an open item, then a command whose event `u` must cancel.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var setup: @Sendable (inout Rig) -> Void
    var command: Command
    var event: Event
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "handRaised", setup: { _ in }, command: .give(2), event: .handRaised(member: "Bo")),
    Case(
      name: "handRaised while speaking",
      setup: {
        $0.must(.give(1))
        $0.must(.next)
      },
      command: .give(3), event: .handRaised(member: "Chen")),
    Case(
      name: "handLowered",
      setup: {
        $0.must(.give(2))
        $0.must(.give(3))
      }, command: .give(2),
      event: .handLowered(member: "Bo")),
    Case(
      name: "replyClaimed",
      setup: {
        $0.must(.give(1))
        $0.must(.next)
      }, command: .reply(4),
      event: .replyClaimed(member: "Dee")),
    Case(
      name: "replyWithdrawn",
      setup: { rig in
        rig.must(.give(1))
        rig.must(.next)
        rig.must(.reply(4))
      }, command: .reply(4), event: .replyWithdrawn(member: "Dee")),
    Case(
      name: "stickGiven from the queue",
      setup: {
        $0.must(.give(2))
        $0.must(.give(3))
      },
      command: .next, event: .stickGiven(member: "Bo")),
    Case(
      name: "stickGiven to the reply",
      setup: { rig in
        rig.must(.give(1))
        rig.must(.next)
        rig.must(.give(4))
        rig.must(.reply(4))
      }, command: .next, event: .stickGiven(member: "Dee")),
    Case(
      name: "passed to the reply",
      setup: { rig in
        rig.must(.give(1))
        rig.must(.next)
        rig.must(.reply(3))
      }, command: .pass, event: .passed(next: "Chen")),
    Case(
      name: "stickReleased",
      setup: {
        $0.must(.give(1))
        $0.must(.next)
      }, command: .next,
      event: .stickReleased),
  ]

  @Test("u cancels each open-discussion event and restores what was shown", arguments: cases)
  func undoRestores(testCase: Case) {
    var rig = Rig(format: Fixture.format(OpenFixture.balanced))
    rig.advance(5)
    testCase.setup(&rig)
    rig.advance(20)
    let before = rig.state
    #expect(rig.must(testCase.command) == [testCase.event])
    let sequence = rig.state.lastSequence
    #expect(rig.state.derived != before.derived)
    rig.advance(7)
    #expect(rig.must(.undo) == [.undone(sequence: sequence)])
    #expect(rig.state.derived == before.derived)
    #expect(rig.state.queue == before.queue)
    #expect(rig.state.replySlot == before.replySlot)
    #expect(rig.state.isReplyTurn == before.isReplyTurn)
  }

  @Test("Every new event can be undone")
  func undoable() {
    let events: [Event] = [
      .handRaised(member: "Ana"), .handLowered(member: "Ana"), .replyClaimed(member: "Bo"),
      .replyWithdrawn(member: "Bo"),
    ]
    #expect(events.allSatisfy { $0.isUndoable })
  }

  @Test("A replayed journal gives the same queue, reply and holder")
  func replay() {
    var rig = OpenReplyTests.speaking()
    rig.must(.reply(4))
    rig.must(.give(2))
    rig.must(.undo)
    rig.must(.give(3))
    let replayed = SessionState(replaying: rig.state.records)
    #expect(replayed == rig.state)
    #expect(replayed.waitingSpeakers == ["Dee", "Bo"])
    #expect(replayed.holder == "Ana")
  }

  @Test("Each turn in open discussion has its own timebox and runs into overtime")
  func turnTimebox() throws {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo))
    rig.must(.give(1))
    rig.must(.give(2))
    rig.must(.next)
    rig.advance(200)
    var timer = try #require(rig.state.turnTimer(at: rig.now))
    #expect(timer.timebox == 240)
    #expect(timer.remaining == 40)
    #expect(!timer.isWarning)
    rig.advance(15)
    timer = try #require(rig.state.turnTimer(at: rig.now))
    #expect(timer.isWarning)
    rig.advance(40)
    timer = try #require(rig.state.turnTimer(at: rig.now))
    #expect(timer.isOvertime)
    #expect(TimeText.countdown(timer.remaining ?? 0) == "+0:15")
    #expect(rig.state.holder == "Ana")
    #expect(rig.must(.adjust(minutes: 1)) == [.turnExtended(seconds: 60)])
    // The next speaker's turn starts afresh, with the item's turn timebox.
    rig.must(.next)
    timer = try #require(rig.state.turnTimer(at: rig.now))
    #expect(timer.timebox == 240)
    #expect(timer.elapsed == 0)
  }

  @Test("The item's timebox runs across turns and gaps, with + and - on it between turns")
  func itemTimebox() {
    var rig = Rig(format: Fixture.format(OpenFixture.fifo))
    rig.advance(60)
    rig.must(.give(1))
    rig.must(.next)
    rig.advance(300)
    rig.must(.next)  // released
    rig.advance(240)
    var timer = rig.state.itemTimer(0, at: rig.now)
    #expect(timer.elapsed == 600)
    #expect(timer.remaining == 600)
    #expect(rig.must(.adjust(minutes: -5)) == [.itemExtended(seconds: -300)])
    rig.advance(330)
    timer = rig.state.itemTimer(0, at: rig.now)
    #expect(timer.isOvertime)
    #expect(TimeText.countdown(timer.remaining ?? 0) == "+0:30")
  }

  @Test("Untimed open discussion: turns and item count up with no timebox")
  func untimed() throws {
    var rig = Rig(format: Fixture.format(OpenFixture.untimed))
    rig.must(.give(1))
    rig.must(.next)
    rig.advance(500)
    let turn = try #require(rig.state.turnTimer(at: rig.now))
    #expect(turn.timebox == nil)
    #expect(turn.elapsed == 500)
    #expect(rig.state.itemTimer(0, at: rig.now).timebox == nil)
    #expect(rig.refused(.adjust(minutes: 1)) == "This item has no timebox.")
  }

  @Test("Turns in open discussion are ordinary turns in the report and the airtime")
  func report() throws {
    var rig = OpenReplyTests.speaking()
    rig.must(.reply(4))
    rig.must(.next)
    rig.advance(12)
    rig.must(.next)
    rig.advance(8)
    let report = try #require(rig.state.report(at: rig.now))
    #expect(report.items[0].kind == .open)
    #expect(report.items[0].turns.map(\.member) == ["Ana", "Dee", "Bo"])
    #expect(report.airtime == ["Ana": 30, "Bo": 8, "Chen": 0, "Dee": 12])
  }
}

@Suite("Open discussion: the queue policy in formats and journals")
struct QueuePolicyCodingTests {
  @Test("An item written before queues existed decodes as fifo")
  func missingQueueIsFifo() throws {
    let json = #"""
      {"title":"Updates","kind":"open","timebox":1200,"order":"roster","confidential":false}
      """#
    let item = try JSONDecoder().decode(AgendaItem.self, from: Data(json.utf8))
    #expect(item.queue == .fifo)
    #expect(item.timebox == 1200)
    #expect(item.turnTimebox == nil)
    #expect(item.prompt == nil)
  }

  @Test("The queue policy survives encoding and decoding")
  func roundTrip() throws {
    let item = AgendaItem(
      title: "Triage", kind: .open, timebox: 900, turnTimebox: 120, queue: .balanced,
      prompt: "What needs us?", confidential: true)
    let data = try JSONEncoder().encode(item)
    #expect(String(decoding: data, as: UTF8.self).contains(#""queue":"balanced""#))
    #expect(try JSONDecoder().decode(AgendaItem.self, from: data) == item)
  }

  @Test("An unknown queue policy is an error, and confidential is still required")
  func invalid() {
    let unknown = #"""
      {"title":"T","kind":"open","order":"roster","queue":"loudest","confidential":false}
      """#
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(AgendaItem.self, from: Data(unknown.utf8))
    }
    let noConfidential = #"{"title":"T","kind":"open","order":"roster"}"#
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(AgendaItem.self, from: Data(noConfidential.utf8))
    }
  }
}
