/// Suggests who takes each rotating role, from who actually held the roles in earlier sessions.
///
/// For each role the first in line is the present member who has held it least recently: members
/// who never held it first, then the one whose last turn is oldest; ties go by roster order, and
/// present members missing from the roster come after it, in the order they are present. Absent
/// members are never suggested.
///
/// When at least as many people are present as there are roles, nobody gets two roles. When the
/// first in line for one role is also first in line for another, the suggestion is the
/// combination that gives the most roles to people who never held them, then the one whose
/// holders have waited longest in total (sessions since each last held their role), then the one
/// that includes the most people who are due a role (no role in `n − roles` of the last `n`
/// sessions, `n` people present); remaining ties keep the role order: an earlier role gets the
/// person, and a later one passes them over for its next in line. These rules guarantee that
/// with a steady attendance of `n` people, starting from no history, everyone holds every role
/// exactly once every `n` sessions; giving conflicts to the earlier role alone does not.
///
/// When fewer people are present than there are roles, some must double up: each role, in order,
/// goes to the member with the fewest roles so far in this suggestion, first in line among them.
///
/// Someone who declined a role for this meeting is not suggested for it, unless everyone present
/// declined it; declining may make someone double up when otherwise nobody would.
///
/// Roles already `held` for this meeting (given on the command line) keep their holder. The
/// other roles go to the rest of those present by the rules above; a holder gets another role
/// only when too few others are present for one role each, and then as few as needed.
public enum Rotation {
  /// The suggested holder of each role in `roles`; empty when nobody is present.
  ///
  /// - Parameters:
  ///   - roles: the rotating roles, most important first.
  ///   - present: who is at this meeting.
  ///   - roster: the pod's members in roster order; it breaks ties.
  ///   - history: who held which role in each earlier session (role to member), oldest first.
  ///   - declined: role to the members who declined it for this meeting.
  ///   - held: role to the member already chosen for it; entries naming a role not in `roles` or
  ///     a member not present are ignored.
  public static func suggest(
    roles: [String], present: [String], roster: [String], history: [[String: String]],
    declined: [String: [String]] = [:], held: [String: String] = [:]
  ) -> [String: String] {
    let roles = distinct(roles)
    let present = distinct(present)
    guard !roles.isEmpty, !present.isEmpty else { return [:] }
    let ledger = Ledger(
      roles: roles, present: present, roster: roster, history: history, declined: declined,
      held: held)
    let holders = ledger.oneEach() ?? ledger.doubledUp()
    var suggestion: [String: String] = [:]
    for (role, member) in zip(roles, holders) { suggestion[role] = present[member] }
    return suggestion
  }

  /// `values` without repeats, in first-seen order.
  private static func distinct(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
  }
}

/// What the history says about the present members, by role and member index.
private struct Ledger {
  let roles: [String]
  let present: [String]
  /// `lastHeld[role][member]`: the index in the history of the member's latest session in the
  /// role, nil if never.
  var lastHeld: [[Int?]]
  /// `due[member]`: no role in at least `n − roles` of the last `n` sessions.
  var due: [Bool]
  /// `willing[role]`: the members who may be suggested for it (member indices), first in line
  /// first.
  var willing: [[Int]] = []
  /// `held[role]`: the member already chosen for it, nil if the role is open.
  let held: [Int?]
  let sessions: Int

  init(
    roles: [String], present: [String], roster: [String], history: [[String: String]],
    declined: [String: [String]], held: [String: String]
  ) {
    self.roles = roles
    self.present = present
    sessions = history.count
    var index: [String: Int] = [:]
    for (i, name) in present.enumerated() { index[name] = i }
    self.held = roles.map { held[$0].flatMap { index[$0] } }
    var rosterPlace: [String: Int] = [:]
    for (i, name) in roster.enumerated() where rosterPlace[name] == nil { rosterPlace[name] = i }
    let order = present.enumerated().map { i, name in rosterPlace[name] ?? roster.count + i }

    lastHeld = Array(repeating: Array(repeating: nil, count: present.count), count: roles.count)
    for (session, holders) in history.enumerated() {
      for (role, name) in roles.enumerated() {
        guard let name = holders[name], let member = index[name] else { continue }
        lastHeld[role][member] = session
      }
    }
    var idle = Array(repeating: 0, count: present.count)
    for holders in history.suffix(present.count) {
      let held = Set(roles.compactMap { holders[$0] })
      for (member, name) in present.enumerated() where !held.contains(name) { idle[member] += 1 }
    }
    let threshold = present.count - roles.count
    due = idle.map { $0 >= threshold }

    for role in roles.indices {
      let last = lastHeld[role]
      let queue = present.indices.sorted {
        let a = last[$0] ?? -1
        let b = last[$1] ?? -1
        return a != b ? a < b : order[$0] < order[$1]
      }
      let refused = Set(declined[roles[role]] ?? [])
      let allowed = queue.filter { !refused.contains(present[$0]) }
      willing.append(allowed.isEmpty ? queue : allowed)
    }
  }

  /// Sessions since `member` last held `role`; nil if never.
  func wait(_ role: Int, _ member: Int) -> Int? {
    lastHeld[role][member].map { sessions - $0 }
  }

  /// Too few people for one role each: each role to the member with the fewest roles so far,
  /// first in line among them.
  func doubledUp() -> [Int] {
    var count = Array(repeating: 0, count: present.count)
    for case let member? in held { count[member] += 1 }
    return roles.indices.map { role in
      if let member = held[role] { return member }
      let member = willing[role].min { count[$0] < count[$1] }!
      count[member] += 1
      return member
    }
  }

  /// How good a choice of holders is; larger is better.
  struct Score: Comparable {
    var newcomers = 0
    var waited = 0
    var dueServed = 0

    static func < (a: Score, b: Score) -> Bool {
      (a.newcomers, a.waited, a.dueServed) < (b.newcomers, b.waited, b.dueServed)
    }

    func adding(_ other: Score) -> Score {
      Score(
        newcomers: newcomers + other.newcomers, waited: waited + other.waited,
        dueServed: dueServed + other.dueServed)
    }
  }

  /// The score of giving `role` to `member`.
  func score(_ role: Int, _ member: Int) -> Score {
    let wait = wait(role, member)
    return Score(
      newcomers: wait == nil ? 1 : 0, waited: wait ?? 0, dueServed: due[member] ? 1 : 0)
  }

  /// A different member for each open role, none of them holding a role already, the
  /// best-scoring choice, and among equals the first in role order, each role taking the earliest
  /// in its line; nil if too few people are present (or willing) for one role each.
  func oneEach() -> [Int]? {
    let holders = Set(held.compactMap { $0 })
    guard present.count - holders.count >= held.filter({ $0 == nil }).count else { return nil }
    // A role's holder in a best choice is among the first `roles.count` of its line that share
    // its kind (never held the role or not, due or not): otherwise an earlier one of that kind is
    // free, and taking them instead waits longer or keeps the line, scoring no worse.
    let candidates: [[Int]] = roles.indices.map { role in
      var taken: [Int: Int] = [:]
      return willing[role].filter { member in
        let kind = (wait(role, member) == nil ? 2 : 0) + (due[member] ? 1 : 0)
        taken[kind, default: 0] += 1
        return taken[kind]! <= roles.count
      }
    }
    // The most each role could still add, to stop searching choices that cannot win.
    let ceiling: [Score] = roles.indices.map { role in
      held[role] != nil
        ? Score()
        : candidates[role].reduce(into: Score()) { best, member in
          let s = score(role, member)
          best.newcomers = max(best.newcomers, s.newcomers)
          best.waited = max(best.waited, s.waited)
          best.dueServed = max(best.dueServed, s.dueServed)
        }
    }
    var remaining = Array(repeating: Score(), count: roles.count + 1)
    for role in roles.indices.reversed() {
      remaining[role] = remaining[role + 1].adding(ceiling[role])
    }

    var best: (score: Score, holders: [Int])?
    var chosen: [Int] = []
    var used = present.indices.map(holders.contains)
    // Choices are tried in role order, each role's candidates first in line first, so the first
    // choice reaching a score is the one the role order prefers: only a higher score replaces it.
    func search(_ role: Int, _ sofar: Score) {
      if let best, !(best.score < sofar.adding(remaining[role])) { return }
      guard role < roles.count else {
        best = (sofar, chosen)
        return
      }
      if let member = held[role] {
        chosen.append(member)
        search(role + 1, sofar)
        chosen.removeLast()
        return
      }
      for member in candidates[role] where !used[member] {
        used[member] = true
        chosen.append(member)
        search(role + 1, sofar.adding(score(role, member)))
        chosen.removeLast()
        used[member] = false
      }
    }
    search(0, Score())
    return best?.holders
  }
}
