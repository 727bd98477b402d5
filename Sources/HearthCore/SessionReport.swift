import Foundation

/// A session as `hearth show --json` prints it: everything derived, nothing raw.
public struct SessionReport: Sendable, Equatable, Codable {
  public var id: String
  public var pod: String
  public var format: String
  public var started: Date
  public var ended: Date?
  public var attendees: [String]
  public var roles: [String: String]
  public var items: [Item]
  public var airtime: [String: Double]
  public var actions: [Action]
  /// Meeting seconds, pauses excluded.
  public var seconds: Double

  private enum CodingKeys: String, CodingKey {
    case id, pod, format, started, ended, attendees, roles, items, airtime, actions, seconds
  }

  /// Encodes every field, `ended` as null while the session is open.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(pod, forKey: .pod)
    try c.encode(format, forKey: .format)
    try c.encode(started, forKey: .started)
    try c.encode(ended, forKey: .ended)
    try c.encode(attendees, forKey: .attendees)
    try c.encode(roles, forKey: .roles)
    try c.encode(items, forKey: .items)
    try c.encode(airtime, forKey: .airtime)
    try c.encode(actions, forKey: .actions)
    try c.encode(seconds, forKey: .seconds)
  }

  /// One agenda item's record.
  public struct Item: Sendable, Equatable, Codable {
    public var title: String
    public var kind: ItemKind
    public var seconds: Double
    public var turns: [TurnRecord]
    public var notes: [NoteRecord]
  }

  /// One turn: who, how long, and whether they passed.
  public struct TurnRecord: Sendable, Equatable, Codable {
    public var member: String
    public var seconds: Double
    public var passed: Bool
  }

  /// One thing written down.
  public struct NoteRecord: Sendable, Equatable, Codable {
    public var kind: Note.Kind
    public var text: String
    public var member: String?
    public var owner: String?

    public func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(kind, forKey: .kind)
      try c.encode(text, forKey: .text)
      try c.encode(member, forKey: .member)
      try c.encode(owner, forKey: .owner)
    }
  }

  /// An action item and where it stands: `open` when written in this session; `done`,
  /// `dropped` or `carried` when an earlier session's action was reviewed in this one.
  public struct Action: Sendable, Equatable, Codable {
    public var text: String
    public var owner: String?
    public var status: String

    public func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(text, forKey: .text)
      try c.encode(owner, forKey: .owner)
      try c.encode(status, forKey: .status)
    }
  }
}

extension SessionState {
  /// The report of this session as it stands at `now` (use the last event's time for a session
  /// that is not running).
  public func report(at now: Date) -> SessionReport? {
    guard let start, let startedAt else { return nil }
    var state = self
    state.closeTurnForReport(at: now)
    let items = state.items.enumerated().map { index, item in
      SessionReport.Item(
        title: item.item.title, kind: item.item.kind,
        seconds: Self.tenths(state.itemSeconds(index, at: now)),
        turns: item.turns.map {
          SessionReport.TurnRecord(
            member: $0.member, seconds: Self.tenths($0.seconds), passed: $0.passed)
        },
        notes: notes.filter { $0.item == index }.map {
          SessionReport.NoteRecord(kind: $0.kind, text: $0.text, member: $0.member, owner: $0.owner)
        })
    }
    return SessionReport(
      id: start.id, pod: start.pod, format: start.format.name, started: startedAt, ended: endedAt,
      attendees: start.attendees, roles: start.roles, items: items,
      airtime: airtime(at: now).mapValues(Self.tenths),
      actions: reportedActions,
      seconds: Self.tenths(activeSeconds(at: now)))
  }

  /// The carried actions this session reviewed, with their new status, then the actions written
  /// in it, open.
  private var reportedActions: [SessionReport.Action] {
    let reviewed = reviewedActions.map {
      SessionReport.Action(
        text: $0.action.text, owner: $0.action.owner, status: $0.status.rawValue)
    }
    let written = writtenActions.map {
      SessionReport.Action(text: $0.text, owner: $0.owner, status: ActionStatus.open.rawValue)
    }
    return reviewed + written
  }

  /// Precise seconds spent in item `index` at `now`.
  public func itemSeconds(_ index: Int, at now: Date) -> Double {
    let item = items[index]
    let current = item.enteredActive.map { max(0, activeSeconds(at: now) - $0) } ?? 0
    return item.elapsedBefore + current
  }

  /// Moves a turn in progress into its item's finished turns, so reports list it.
  private mutating func closeTurnForReport(at now: Date) {
    guard let live = turn else { return }
    let seconds = turnElapsed(at: now)
    items[live.item].turns.append(
      Turn(member: live.member, seconds: seconds, passed: false, startTime: live.startTime))
  }

  private static func tenths(_ seconds: Double) -> Double { (seconds * 10).rounded() / 10 }
}
