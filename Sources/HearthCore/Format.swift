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
  public var plannedSeconds: Int { items.reduce(0) { $0 + ($1.timebox ?? 0) } }
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
  public var prompt: String?
  /// Turns and times are recorded, but no notes are kept.
  public var confidential: Bool

  public init(
    title: String, kind: ItemKind, timebox: Int? = nil, turnTimebox: Int? = nil,
    order: OrderPolicy = .roster, prompt: String? = nil, confidential: Bool = false
  ) {
    self.title = title
    self.kind = kind
    self.timebox = timebox
    self.turnTimebox = turnTimebox
    self.order = order
    self.prompt = prompt
    self.confidential = confidential
  }

  /// Whether the talking stick is passed around in this item.
  public var hasSpeakers: Bool { kind == .round }
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
