import Foundation

/// Airtime, attendance and roles over a run of sessions: what `hearth stats` prints and the
/// review's stats screen shows. Pure: built from value types, rendered to text without a terminal.
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

// MARK: Text

extension PodStats {
  /// The eighths of a block, from one eighth to seven: the tip of a bar.
  private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// A horizontal bar of `fraction` (0 to 1) of `cells` columns, in eighths of a cell; anything
  /// above zero shows at least an eighth.
  public static func bar(_ fraction: Double, cells: Int) -> String {
    let clamped = min(1, max(0, fraction))
    var units = Bounds.whole(clamped * Double(cells * 8), .toNearestOrAwayFromZero)
    if clamped > 0, units == 0 { units = 1 }
    let (full, rest) = units.quotientAndRemainder(dividingBy: 8)
    return String(repeating: "█", count: full) + (rest > 0 ? String(eighths[rest - 1]) : "")
  }

  /// The stats as text at most `columns` wide: airtime as bars with each member's share and
  /// time, attendance as a grid of marks (● present, · absent; sessions as columns, the newest
  /// right, as many as fit), then who held which role in each session, with its balance.
  /// `width` gives the columns a name takes (wide characters take two); `timeZone` dates the
  /// sessions.
  public func text(
    columns: Int = 80, width: (String) -> Int = { $0.count }, timeZone: TimeZone = .current
  ) -> String {
    guard !sessions.isEmpty else { return "No sessions yet.\n" }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    func day(_ date: Date) -> String {
      let c = calendar.dateComponents([.year, .month, .day], from: date)
      func two(_ n: Int?) -> String { (n ?? 0) < 10 ? "0\(n ?? 0)" : "\(n ?? 0)" }
      return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))"
    }
    func pad(_ text: String, _ columns: Int) -> String {
      text + String(repeating: " ", count: max(0, columns - width(text)))
    }
    func padLeft(_ text: String, _ columns: Int) -> String {
      String(repeating: " ", count: max(0, columns - width(text))) + text
    }
    var lines: [String] = []
    let count = sessions.count
    let span =
      count == 1
      ? day(sessions[0].started)
      : "\(day(sessions[0].started)) to \(day(sessions[count - 1].started))"
    lines.append("\(count == 1 ? "1 session" : "\(count) sessions"), \(span)")
    lines.append("")

    // Airtime: bars scaled to the member who spoke most.
    let nameWidth = members.map { width($0.name) }.max() ?? 0
    let times = members.map { TimeText.spoken($0.seconds) }
    let timeWidth = times.map(\.count).max() ?? 0
    let most = members.map(\.share).max() ?? 0
    let cells = max(8, columns - 2 - nameWidth - 2 - 2 - 4 - 2 - timeWidth)
    var heading = "Airtime: \(TimeText.spoken(seconds))"
    if let balance { heading += ", balance \(String(format: "%.1f", balance))" }
    heading += " (largest share over smallest)"
    lines.append(heading)
    for (member, time) in zip(members, times) {
      let fraction = most > 0 ? member.share / most : 0
      let bar = pad(Self.bar(fraction, cells: cells), cells)
      let percent = padLeft("\(Bounds.whole(member.share * 100, .toNearestOrAwayFromZero))%", 4)
      lines.append(
        "  \(pad(member.name, nameWidth))  \(bar)  \(percent)  \(padLeft(time, timeWidth))")
    }
    lines.append("")

    // Attendance: one column a session, as many of the newest as fit.
    let countWidth = "\(count)/\(count)".count
    let fit = max(1, columns - 2 - nameWidth - 2 - 2 - countWidth)
    let shown = min(count, fit)
    let shownWidth = "\(shown)/\(shown)".count
    lines.append(
      shown == count
        ? "Attendance (oldest left, newest right)"
        : "Attendance, newest \(shown) of \(count) sessions (oldest left, newest right)")
    for member in members {
      let marks = member.present.suffix(shown).map { $0 ? "●" : "·" }.joined()
      let attended = member.present.suffix(shown).filter { $0 }.count
      lines.append(
        "  \(pad(member.name, nameWidth))  \(marks)  \(padLeft("\(attended)/\(shown)", shownWidth))"
      )
    }
    lines.append("")

    // Roles and balance per session, newest first.
    lines.append("Roles and balance per session (newest first)")
    let header = ["SESSION", "BALANCE"] + roles.map { $0.uppercased() }
    let rows = sessions.reversed().map { session in
      [session.id, session.balance.map { String(format: "%.1f", $0) } ?? "-"]
        + roles.map { session.roles[$0] ?? "-" }
    }
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { width($0[column]) }.max() ?? 0 }
    for row in all {
      let cells = row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : pad(cell, widths[column])
      }
      lines.append("  " + cells.joined(separator: "  "))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
