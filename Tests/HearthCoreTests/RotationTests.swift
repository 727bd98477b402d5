import Testing

@testable import HearthCore

@Suite("Rotation: who is suggested for each role")
struct RotationTests {
  static let roster = ["Ana", "Bo", "Chen", "Dee"]
  static let roles = ["facilitator", "timekeeper", "scribe"]

  func suggest(
    roles: [String] = Self.roles, present: [String] = Self.roster, roster: [String] = Self.roster,
    history: [[String: String]] = [], declined: [String: [String]] = [:]
  ) -> [String: String] {
    Rotation.suggest(
      roles: roles, present: present, roster: roster, history: history, declined: declined)
  }

  // MARK: - Who is first in line

  @Test("with no history, roles go down the roster in role order")
  func firstMeeting() {
    #expect(suggest() == ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Chen"])
  }

  @Test("someone who never held the role comes before everyone who did")
  func neverHeldFirst() {
    let history = [["facilitator": "Ana"], ["facilitator": "Bo"], ["facilitator": "Dee"]]
    #expect(suggest(roles: ["facilitator"], history: history) == ["facilitator": "Chen"])
  }

  @Test("ties go by roster order, not by the order people are marked present")
  func rosterTiebreak() {
    let present = ["Dee", "Chen", "Bo", "Ana"]
    #expect(
      suggest(present: present) == ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Chen"])
    let history = [["facilitator": "Ana"]]
    #expect(
      suggest(roles: ["facilitator"], present: present, history: history)["facilitator"] == "Bo")
  }

  @Test("guests missing from the roster come after it, in the order they are present")
  func guestsAfterRoster() {
    let suggestion = suggest(present: ["Guest 2", "Guest 1", "Chen"])
    #expect(suggestion == ["facilitator": "Chen", "timekeeper": "Guest 2", "scribe": "Guest 1"])
  }

  @Test("when everyone has held the role, the one who held it longest ago is next")
  func leastRecent() {
    let history = ["Bo", "Ana", "Dee", "Chen", "Ana"].map { ["facilitator": $0] }
    #expect(suggest(roles: ["facilitator"], history: history) == ["facilitator": "Bo"])
    #expect(
      suggest(roles: ["facilitator"], present: ["Ana", "Chen", "Dee"], history: history)
        == ["facilitator": "Dee"])
  }

  @Test("absent members are skipped, however long they have waited")
  func absentSkipped() {
    let history = [["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Dee"]]
    let suggestion = suggest(present: ["Ana", "Bo", "Dee"], history: history)
    #expect(!suggestion.values.contains("Chen"))
    #expect(Set(suggestion.values) == ["Ana", "Bo", "Dee"])
  }

  // MARK: - One role each

  @Test("the first in line for two roles takes the earlier one; the later role's next in line")
  func noDoubleRoles() {
    let history = [
      ["facilitator": "Bo", "timekeeper": "Chen"], ["facilitator": "Chen", "timekeeper": "Bo"],
    ]
    let suggestion = suggest(roles: ["facilitator", "timekeeper"], history: history)
    // Ana never held either role and comes first on the roster: she is first in line for both.
    #expect(suggestion == ["facilitator": "Ana", "timekeeper": "Dee"])
  }

  @Test("first in line for two roles: they take the one that keeps everyone's waiting shortest")
  func longestWaitServed() {
    let history = [
      ["facilitator": "Ana", "timekeeper": "Bo"], ["facilitator": "Chen", "timekeeper": "Dee"],
      ["facilitator": "Ana", "timekeeper": "Chen"], ["facilitator": "Chen", "timekeeper": "Ana"],
    ]
    // Bo never facilitated and kept time longest ago: first in line for both. Dee never
    // facilitated either, and kept time after Bo. Bo facilitating would make Dee keep time again
    // before Bo; Dee facilitating and Bo keeping time serves both lines in turn.
    let suggestion = suggest(roles: ["facilitator", "timekeeper"], history: history)
    #expect(suggestion == ["facilitator": "Dee", "timekeeper": "Bo"])
  }

  @Test("nobody keeps a role two meetings running while someone else has never held it")
  func noRepeatWhileOthersWait() {
    let history = [["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Chen"]]
    let suggestion = suggest(present: ["Ana", "Bo", "Chen"], history: history)
    // Bo is first in line to facilitate and Ana to keep time, which leaves only Chen, scribe
    // last time, for scribe; Chen keeping time and Ana scribing gives everyone a new role.
    #expect(suggestion == ["facilitator": "Bo", "timekeeper": "Chen", "scribe": "Ana"])
  }

  @Test("someone left without a role last time gets one before those who just had one")
  func leftOutGetsARole() {
    let roles = ["facilitator", "timekeeper"]
    let history = [["facilitator": "Ana", "timekeeper": "Bo"]]
    let suggestion = suggest(roles: roles, present: ["Ana", "Bo", "Chen"], history: history)
    #expect(suggestion == ["facilitator": "Bo", "timekeeper": "Chen"])
  }

  @Test("with fewer people than roles, roles double up, spread as evenly as possible")
  func doublingWhenTooFew() {
    #expect(
      suggest(present: ["Ana", "Bo"]) == [
        "facilitator": "Ana", "timekeeper": "Bo", "scribe": "Ana",
      ])
    // Bo has never been scribe and Ana has: of the two with one role so far, Bo is first in line.
    let history = [["scribe": "Ana"]]
    #expect(
      suggest(present: ["Ana", "Bo"], history: history)
        == ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Bo"])
    #expect(
      suggest(present: ["Chen"]) == ["facilitator": "Chen", "timekeeper": "Chen", "scribe": "Chen"])
  }

  @Test("a role already held keeps its holder, who gets no other role while others are free")
  func heldRoles() {
    // Ana is first in line for everything, but holds scribe: the other roles go to the rest.
    #expect(
      Rotation.suggest(
        roles: Self.roles, present: Self.roster, roster: Self.roster, history: [],
        held: ["scribe": "Ana"]) == ["facilitator": "Bo", "timekeeper": "Chen", "scribe": "Ana"])
    // Ana holds two roles of three with Bo present: Bo takes the third, not Ana again.
    #expect(
      Rotation.suggest(
        roles: Self.roles, present: ["Ana", "Bo"], roster: Self.roster, history: [],
        held: ["scribe": "Ana", "facilitator": "Ana"])
        == ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Ana"])
    // Too few others: holders double up only as needed.
    #expect(
      Rotation.suggest(
        roles: Self.roles, present: ["Ana", "Bo"], roster: Self.roster, history: [],
        held: ["facilitator": "Bo"]) == ["facilitator": "Bo", "timekeeper": "Ana", "scribe": "Ana"])
    // An absent holder, or a role not rotated, is ignored.
    #expect(
      Rotation.suggest(
        roles: Self.roles, present: ["Ana", "Bo", "Chen"], roster: Self.roster, history: [],
        held: ["facilitator": "Dee", "focus": "Ana"]) == suggest(present: ["Ana", "Bo", "Chen"]))
  }

  @Test("nobody present, or no roles: no suggestion")
  func empty() {
    #expect(suggest(present: []) == [:])
    #expect(suggest(roles: []) == [:])
  }

  // MARK: - History says who actually held the role

  @Test("someone who declined (another person was recorded) stays first in line next time")
  func declinedStaysFirst() {
    let first = suggest()
    #expect(first["facilitator"] == "Ana")
    var recorded = first
    recorded["facilitator"] = "Dee"
    #expect(suggest(history: [recorded])["facilitator"] == "Ana")
    #expect(suggest(history: [first])["facilitator"] != "Ana", "had she facilitated, not again")
  }

  @Test("a swap is respected: the roles people actually held count, not the suggestion")
  func swapRespected() {
    let suggested = suggest()
    #expect(suggested["facilitator"] == "Ana" && suggested["timekeeper"] == "Bo")
    var swapped = suggested
    swapped["facilitator"] = "Bo"
    swapped["timekeeper"] = "Ana"
    let next = suggest(history: [swapped])
    #expect(next["facilitator"] == "Ana")
    #expect(next["timekeeper"] == "Bo")
    #expect(suggest(history: [suggested])["facilitator"] == "Bo")
  }

  @Test("someone who declines a role for this meeting is not suggested for it")
  func declinedThisMeeting() {
    let suggestion = suggest(declined: ["facilitator": ["Ana"]])
    #expect(suggestion["facilitator"] == "Bo")
    #expect(Set(suggestion.values).count == 3)
    #expect(suggestion.values.contains("Ana"), "she can still take another role")
    let everyone = suggest(present: ["Ana", "Bo", "Chen"], declined: ["scribe": Self.roster])
    #expect(everyone["scribe"] != nil, "if everyone declined, the role is still filled")
  }

  // MARK: - Properties over many seeded cases

  /// `count` member names in roster order.
  static func members(_ count: Int) -> [String] { (0..<count).map { "M\($0)" } }

  /// Runs `sessions` meetings in which the suggestion is what happens, appending to `history`.
  static func run(
    _ sessions: Int, roles: [String], present: [String], roster: [String],
    history: inout [[String: String]]
  ) {
    for _ in 0..<sessions {
      history.append(
        Rotation.suggest(roles: roles, present: present, roster: roster, history: history))
    }
  }

  /// The first session index from which some window of `n` sessions does not give every member
  /// every role exactly once, if any.
  static func unfairWindow(
    _ history: [[String: String]], from start: Int, roles: [String], members: [String]
  ) -> Int? {
    let n = members.count
    guard history.count >= start + n else { return nil }
    for window in start...(history.count - n) {
      for role in roles {
        let holders = history[window..<(window + n)].compactMap { $0[role] }
        if holders.sorted() != members.sorted() { return window }
      }
    }
    return nil
  }

  @Test("steady attendance of n: everyone holds every role exactly once every n sessions")
  func fairness() {
    var random = SplitMix64(seed: 2026)
    for n in 3...8 {
      for trial in 0..<10 {
        let roster = Self.members(n)
        let roles = trial < 8 ? Self.roles : Array(["a", "b", "c", "d", "e"].prefix(min(n, 5)))
        let present = roster.shuffled(using: &random)
        var history: [[String: String]] = []
        Self.run(3 * n, roles: roles, present: present, roster: roster, history: &history)
        let unfair = Self.unfairWindow(history, from: 0, roles: roles, members: roster)
        #expect(unfair == nil, "n = \(n), roles \(roles): window from session \(unfair ?? -1)")
      }
    }
  }

  @Test("after irregular attendance, a steady group settles into the fair rotation")
  func settlesAfterIrregularHistory() {
    var random = SplitMix64(seed: 99)
    for trial in 0..<120 {
      let n = Int.random(in: 3...7, using: &random)
      let pool = Self.members(n + 2)
      let roster = Array(pool.prefix(n))
      let roles = Array(Self.roles.prefix(Int.random(in: 2...3, using: &random)))
      var history = Self.irregularHistory(
        sessions: Int.random(in: 1...20, using: &random), roles: roles, pool: pool,
        random: &random)
      let start = history.count
      Self.run(5 * n, roles: roles, present: roster, roster: roster, history: &history)
      let unfair = Self.unfairWindow(history, from: start + 2 * n, roles: roles, members: roster)
      #expect(unfair == nil, "trial \(trial): n = \(n), still unfair from session \(unfair ?? -1)")
    }
  }

  /// Sessions with random attendance, where the recorded holders are usually the suggestion but
  /// sometimes someone declines or two people swap.
  static func irregularHistory(
    sessions: Int, roles: [String], pool: [String], random: inout SplitMix64
  ) -> [[String: String]] {
    var history: [[String: String]] = []
    for _ in 0..<sessions {
      let present = Self.attendance(pool, random: &random)
      var recorded = Rotation.suggest(
        roles: roles, present: present, roster: pool, history: history)
      if !present.isEmpty, Int.random(in: 0..<4, using: &random) == 0 {
        recorded[roles.randomElement(using: &random)!] = present.randomElement(using: &random)!
      }
      if roles.count > 1, Int.random(in: 0..<5, using: &random) == 0,
        let a = recorded[roles[0]], let b = recorded[roles[1]]
      {
        recorded[roles[0]] = b
        recorded[roles[1]] = a
      }
      history.append(recorded)
    }
    return history
  }

  /// A random subset of `pool` (possibly empty) in random order.
  static func attendance(_ pool: [String], random: inout SplitMix64) -> [String] {
    Array(pool.shuffled(using: &random).prefix(Int.random(in: 0...pool.count, using: &random)))
  }

  @Test("over random attendance: roles always filled, only by present people, one each if enough")
  func randomAttendance() {
    var random = SplitMix64(seed: 7)
    var checked = 0
    for sequence in 0..<320 {
      let pool = Self.members(Int.random(in: 3...9, using: &random))
      let roles = Array(
        ["facilitator", "timekeeper", "scribe", "focus"].prefix(
          Int.random(in: 1...4, using: &random)))
      var history = Self.irregularHistory(
        sessions: Int.random(in: 0...10, using: &random), roles: roles, pool: pool,
        random: &random)
      for session in 0..<Int.random(in: 10...25, using: &random) {
        let present = Self.attendance(pool, random: &random)
        let held =
          present.isEmpty || Bool.random(using: &random)
          ? [:] : [roles.randomElement(using: &random)!: present.randomElement(using: &random)!]
        let suggestion = Rotation.suggest(
          roles: roles, present: present, roster: pool, history: history, held: held)
        let place = "sequence \(sequence), session \(session), present \(present), held \(held)"
        #expect(held.allSatisfy { suggestion[$0.key] == $0.value }, "held roles kept: \(place)")
        if present.isEmpty {
          #expect(suggestion.isEmpty, "\(place)")
        } else {
          #expect(Set(suggestion.keys) == Set(roles), "every role filled: \(place)")
        }
        #expect(suggestion.values.allSatisfy(present.contains), "only present people: \(place)")
        if present.count >= roles.count {
          #expect(Set(suggestion.values).count == roles.count, "one role each: \(place)")
        } else if !present.isEmpty {
          let counts = Dictionary(suggestion.values.map { ($0, 1) }, uniquingKeysWith: +)
          #expect(counts.count == present.count, "everyone present has a role: \(place)")
          #expect(counts.values.max()! - counts.values.min()! <= 1, "evenly doubled: \(place)")
        }
        history.append(suggestion)
        checked += 1
      }
    }
    #expect(checked > 3000)
  }
}
