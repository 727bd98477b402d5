import Foundation

/// Airtime, attendance and roles over a run of sessions: the figures `hearth stats` prints and
/// the review's stats screen shows (laid out as text by HearthUI's `StatsLayout`). Pure: built
/// from value types.
public struct PodStats: Sendable, Equatable, Codable {
  /// One session as the stats see it. Also the input: build one per readable session.
  public struct Session: Sendable, Equatable, Codable {
    public var id: String
    public var started: Date
    /// When the meeting ended; nil while it is open or was interrupted.
    public var ended: Date?
    /// Meeting seconds, pauses excluded.
    public var seconds: Double
    public var attendees: [String]
    /// Role name to the member who held it.
    public var roles: [String: String]
    /// Member name to seconds holding the stick.
    public var airtime: [String: Double]

    public init(
      id: String, started: Date, ended: Date?, seconds: Double, attendees: [String],
      roles: [String: String], airtime: [String: Double]
    ) {
      self.id = id
      self.started = started
      self.ended = ended
      self.seconds = seconds
      self.attendees = attendees
      self.roles = roles
      self.airtime = airtime
    }

    /// The largest share of airtime over the smallest, among members who spoke (a second or
    /// more); nil when fewer than two did.
    public var balance: Double? { PodStats.balance(of: Array(airtime.values)) }

    private enum CodingKeys: String, CodingKey {
      case id, started, ended, seconds, attendees, roles, airtime, balance
    }

    public init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      id = try c.decode(String.self, forKey: .id)
      started = try c.decode(Date.self, forKey: .started)
      ended = try c.decodeIfPresent(Date.self, forKey: .ended)
      seconds = try c.decode(Double.self, forKey: .seconds)
      attendees = try c.decode([String].self, forKey: .attendees)
      roles = try c.decode([String: String].self, forKey: .roles)
      airtime = try c.decode([String: Double].self, forKey: .airtime)
    }

    /// Encodes every field and the balance, `ended` and `balance` as null when absent.
    public func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(id, forKey: .id)
      try c.encode(started, forKey: .started)
      try c.encode(ended, forKey: .ended)
      try c.encode(seconds, forKey: .seconds)
      try c.encode(attendees, forKey: .attendees)
      try c.encode(roles, forKey: .roles)
      try c.encode(airtime, forKey: .airtime)
      try c.encode(balance.map(PodStats.hundredths), forKey: .balance)
    }
  }

  /// One member's figures over the sessions.
  public struct Member: Sendable, Equatable, Codable {
    public var name: String
    /// Seconds holding the stick, over all the sessions.
    public var seconds: Double
    /// Their part of everyone's airtime, 0 to 1.
    public var share: Double
    /// How many of the sessions they attended.
    public var attended: Int
    /// Attendance per session, in the order of `PodStats.sessions` (oldest first).
    public var present: [Bool]
    /// Role name to how many of the sessions they held it in.
    public var roles: [String: Int]
  }

  /// The sessions counted, oldest first, names as members are called now.
  public var sessions: [Session]
  /// Everyone who attended one of the sessions or is an active member: roster order first.
  public var members: [Member]
  /// The roles held in the sessions: the pod's rotating roles first, in its order.
  public var roles: [String]
  /// Everyone's airtime together, in seconds.
  public var seconds: Double
  /// The largest member's share over the smallest, among members who spoke; nil when fewer than
  /// two did.
  public var balance: Double?

  /// The stats of the newest `last` sessions (all when nil) of `sessions`, in any order. Names
  /// are mapped to members' current names through `pod`, when there is one, so a renamed
  /// member's history stays theirs.
  public init(sessions: [Session], last: Int? = nil, pod: Pod? = nil) {
    let ordered = sessions.enumerated().sorted { a, b in
      a.element.started != b.element.started
        ? a.element.started < b.element.started : a.element.id < b.element.id
    }.map(\.element)
    let window = last.map { Array(ordered.suffix(max(0, $0))) } ?? ordered
    let name: (String) -> String = { pod?.currentName(for: $0) ?? $0 }
    self.sessions = window.map { session in
      var renamed = session
      renamed.attendees = Self.unique(session.attendees.map(name))
      renamed.roles = session.roles.mapValues(name)
      renamed.airtime = [:]
      for (member, seconds) in session.airtime {
        renamed.airtime[name(member), default: 0] += seconds
      }
      return renamed
    }

    var known = Set<String>()
    for session in self.sessions {
      known.formUnion(session.attendees)
      known.formUnion(session.airtime.keys)
    }
    let roster = (pod?.members ?? []).filter { $0.active || known.contains($0.name) }.map(\.name)
    let names = roster + known.subtracting(roster).sorted()

    let total = self.sessions.reduce(0) { $0 + $1.airtime.values.reduce(0, +) }
    seconds = Self.tenths(total)
    let counted = self.sessions
    members = names.map { member in
      let present = counted.map { $0.attendees.contains(member) }
      let spoken = counted.reduce(0) { $0 + ($1.airtime[member] ?? 0) }
      var held: [String: Int] = [:]
      for session in counted {
        for (role, holder) in session.roles where holder == member { held[role, default: 0] += 1 }
      }
      return Member(
        name: member, seconds: Self.tenths(spoken), share: total > 0 ? spoken / total : 0,
        attended: present.filter { $0 }.count, present: present, roles: held)
    }
    let podRoles = pod?.roles ?? []
    let heldRoles = Set(counted.flatMap(\.roles.keys))
    roles =
      podRoles.filter(heldRoles.contains) + heldRoles.subtracting(podRoles).sorted()
    balance = Self.balance(of: members.map(\.seconds))
  }

  /// The largest of `seconds` over the smallest, among those of a second or more; nil when fewer
  /// than two are.
  public static func balance(of seconds: [Double]) -> Double? {
    let spoken = seconds.filter { $0 >= 1 }
    guard spoken.count >= 2, let low = spoken.min(), let high = spoken.max() else { return nil }
    return high / low
  }

  private enum CodingKeys: String, CodingKey {
    case sessions, members, roles, seconds, balance
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    sessions = try c.decode([Session].self, forKey: .sessions)
    members = try c.decode([Member].self, forKey: .members)
    roles = try c.decode([String].self, forKey: .roles)
    seconds = try c.decode(Double.self, forKey: .seconds)
    balance = try c.decodeIfPresent(Double.self, forKey: .balance)
  }

  /// Encodes every figure, `balance` as null when there is none.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(sessions, forKey: .sessions)
    try c.encode(members, forKey: .members)
    try c.encode(roles, forKey: .roles)
    try c.encode(seconds, forKey: .seconds)
    try c.encode(balance.map(Self.hundredths), forKey: .balance)
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }

  static func tenths(_ seconds: Double) -> Double { (seconds * 10).rounded() / 10 }
  static func hundredths(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
