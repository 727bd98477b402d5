import Foundation
import Testing

@testable import HearthCore

@Suite("Speaking order policies")
struct RoundOrderTests {
  static let members = ["Ana", "Bo", "Chen", "Dee"]

  func start(seed: UInt64 = 1, prior: Int = 0, facilitator: String? = "Chen") -> SessionStart {
    SessionStart(
      id: "s", pod: "p", format: Fixture.format, attendees: Self.members,
      roles: facilitator.map { ["facilitator": $0, "scribe": "Ana"] } ?? [:], seed: seed,
      priorSessions: prior)
  }

  func order(_ policy: OrderPolicy, _ start: SessionStart, item: Int = 0) -> [String] {
    RoundOrder.order(policy, attendees: Self.members, start: start, itemIndex: item)
  }

  @Test("roster keeps the present list's order")
  func roster() {
    #expect(order(.roster, start()) == Self.members)
  }

  @Test("random is a permutation of the present members, the same for the same seed")
  func randomDeterministic() {
    for seed: UInt64 in [0, 1, 42, 0xDEAD_BEEF, .max] {
      let first = order(.random, start(seed: seed))
      #expect(first.sorted() == Self.members)
      #expect(order(.random, start(seed: seed)) == first)
    }
  }

  @Test("random actually shuffles: different seeds and items give different orders")
  func randomVaries() {
    let bySeed = Set((0..<20).map { order(.random, start(seed: UInt64($0))) })
    #expect(bySeed.count > 3)
    let byItem = Set((0..<20).map { order(.random, start(seed: 7), item: $0) })
    #expect(byItem.count > 3)
  }

  @Test("SplitMix64 replays the same numbers from the same seed")
  func splitMix() {
    var a = SplitMix64(seed: 123)
    var b = SplitMix64(seed: 123)
    var c = SplitMix64(seed: 124)
    let first = (0..<5).map { _ in a.next() }
    #expect(first == (0..<5).map { _ in b.next() })
    #expect(first != (0..<5).map { _ in c.next() })
  }

  @Test(
    "rotate starts one further along each session and alternates direction",
    arguments: [
      (0, ["Ana", "Bo", "Chen", "Dee"]), (1, ["Bo", "Ana", "Dee", "Chen"]),
      (2, ["Chen", "Dee", "Ana", "Bo"]), (3, ["Dee", "Chen", "Bo", "Ana"]),
      (4, ["Ana", "Bo", "Chen", "Dee"]), (5, ["Bo", "Ana", "Dee", "Chen"]),
    ])
  func rotate(prior: Int, expected: [String]) {
    #expect(order(.rotate, start(prior: prior)) == expected)
  }

  @Test("rotate over consecutive sessions gives everyone a turn to start")
  func rotateStarts() {
    let starts = (0..<4).map { order(.rotate, start(prior: $0))[0] }
    #expect(starts == Self.members)
  }

  @Test("facilitator-first and facilitator-last place the facilitator")
  func facilitator() {
    #expect(order(.facilitatorFirst, start()) == ["Chen", "Ana", "Bo", "Dee"])
    #expect(order(.facilitatorLast, start()) == ["Ana", "Bo", "Dee", "Chen"])
  }

  @Test("Without a present facilitator the roster order is kept")
  func noFacilitator() {
    #expect(order(.facilitatorFirst, start(facilitator: nil)) == Self.members)
    #expect(order(.facilitatorLast, start(facilitator: "Zed")) == Self.members)
  }

  @Test("Nobody present gives an empty order")
  func empty() {
    #expect(RoundOrder.order(.rotate, attendees: [], start: start(), itemIndex: 0).isEmpty)
  }

  @Test("A round item entered in a session follows its policy")
  func sessionUsesPolicy() {
    let item = AgendaItem(title: "Arrival", kind: .round, order: .rotate)
    var rig = Rig(format: Fixture.format(item), priorSessions: 2, enterFirstItem: false)
    #expect(rig.must(.nextItem) == [.itemEntered(index: 0, order: ["Chen", "Dee", "Ana", "Bo"])])
    #expect(rig.must(.next) == [.stickGiven(member: "Chen")])
  }
}
