/// An agenda template: the ordered items a meeting walks through.
public struct Format: Sendable, Equatable, Codable {
  public var name: String
  public var title: String
  public var items: [AgendaItem]

  public init(name: String, title: String, items: [AgendaItem]) {
    self.name = name
    self.title = title
    self.items = items
  }

  /// The planned length of the whole meeting, in seconds.
  public var plannedSeconds: Int { Bounds.sum(items.map { $0.timebox ?? 0 }) }
}

/// One step of a meeting's agenda.
public struct AgendaItem: Sendable, Equatable, Codable {
  public var title: String
  public var kind: ItemKind
  /// The item's timebox in seconds, if it has one.
  public var timebox: Int?
  /// Each turn's timebox in seconds, if turns are timed.
  public var turnTimebox: Int?
  public var order: OrderPolicy
  /// How an open discussion's hand-raise queue is ordered.
  public var queue: QueuePolicy
  public var prompt: String?
  /// Turns and times are recorded, but no notes are kept.
  public var confidential: Bool
  /// How the focus person of a peer-coaching format takes part, when the item says.
  public var focus: FocusRule?

  public init(
    title: String, kind: ItemKind, timebox: Int? = nil, turnTimebox: Int? = nil,
    order: OrderPolicy = .roster, queue: QueuePolicy = .fifo, prompt: String? = nil,
    confidential: Bool = false, focus: FocusRule? = nil
  ) {
    self.title = title
    self.kind = kind
    self.timebox = timebox
    self.turnTimebox = turnTimebox
    self.order = order
    self.queue = queue
    self.prompt = prompt
    self.confidential = confidential
    self.focus = focus
  }

  private enum CodingKeys: String, CodingKey {
    case title, kind, timebox, turnTimebox, order, queue, prompt, confidential, focus
  }

  /// Decodes an item; journals written before open discussion worked have no `queue`: `fifo`.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    title = try c.decode(String.self, forKey: .title)
    kind = try c.decode(ItemKind.self, forKey: .kind)
    timebox = try c.decodeIfPresent(Int.self, forKey: .timebox)
    turnTimebox = try c.decodeIfPresent(Int.self, forKey: .turnTimebox)
    order = try c.decode(OrderPolicy.self, forKey: .order)
    queue = try c.decodeIfPresent(QueuePolicy.self, forKey: .queue) ?? .fifo
    prompt = try c.decodeIfPresent(String.self, forKey: .prompt)
    confidential = try c.decode(Bool.self, forKey: .confidential)
    focus = try c.decodeIfPresent(FocusRule.self, forKey: .focus)
  }

  /// Whether the talking stick is passed around in this item: a round, a focus step or an open
  /// discussion.
  public var hasSpeakers: Bool { isRound || kind == .open }

  /// Whether the stick goes around in a fixed order: a round, or a focus step.
  public var isRound: Bool { kind == .round || kind == .focus }

  /// The focus rule in force: a `focus` item has the others respond unless it says otherwise.
  public var focusRule: FocusRule? { focus ?? (kind == .focus ? .excluded : nil) }
}

/// How the focus person takes part in an item of a peer-coaching format.
public enum FocusRule: String, Sendable, Equatable, Codable, CaseIterable {
  /// Only the focus person speaks (the case statement).
  case speaks
  /// Everyone but the focus person speaks (mirroring, responding).
  case excluded
  /// Everyone speaks; the focus person is marked.
  case included
}

extension Format {
  /// Whether some item involves a focus person, who is then chosen by rotation like a role.
  public var usesFocus: Bool { items.contains { $0.focusRule != nil } }

  /// The role name of the focus person among the session's roles.
  public static let focusRole = "focus"

  /// Role holders in the pod's order of roles (`order`, as the session's start recorded it),
  /// else the rotation's (focus, facilitator, timekeeper, scribe), then any other roles by
  /// name: how screens and transcripts list a session's roles.
  public static func inRotationOrder(_ roles: [String: String], order: [String]? = nil)
    -> [(key: String, value: String)]
  {
    let known = order ?? [focusRole] + Pod.defaultRoles
    let rank = { (role: String) in known.firstIndex(of: role) ?? known.count }
    return roles.sorted { (rank($0.key), $0.key) < (rank($1.key), $1.key) }
  }

  /// The roles a meeting with this format rotates: the pod's, plus the focus person if needed.
  public func roles(for pod: Pod) -> [String] {
    usesFocus && !pod.roles.contains(Self.focusRole) ? [Self.focusRole] + pod.roles : pod.roles
  }
}

/// The kinds of agenda item.
public enum ItemKind: String, Sendable, Equatable, Codable, CaseIterable {
  case round, open, focus, silence, `break`, actions
}

/// How a round's speaking order is chosen.
public enum OrderPolicy: String, Sendable, Equatable, Codable, CaseIterable {
  case roster, random, rotate
  case facilitatorFirst = "facilitator-first"
  case facilitatorLast = "facilitator-last"
}
