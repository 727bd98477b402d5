import Foundation

/// Where an action item stands. It is `open` from the session that wrote it until a later
/// session's actions item marks it `done` or `dropped`; `carried` keeps it open and says it was
/// looked at.
public enum ActionStatus: String, Sendable, Equatable, Codable, CaseIterable {
  /// Not reviewed (yet) in this session.
  case open
  /// Finished with: it happened.
  case done
  /// Finished with: it will not happen.
  case dropped
  /// Looked at and kept open for a later session.
  case carried

  /// Whether a review with this status closes the action for good.
  public var closes: Bool { self == .done || self == .dropped }
}

/// An action item written in an earlier session and still open when a session began: what the
/// session's actions item reviews.
///
/// A later session's journal holds it by reference (its `id` only); its words are read from the
/// session that wrote it, so deleting that session takes them back everywhere.
public struct OpenAction: Sendable, Equatable, Codable, Identifiable {
  /// Stable across sessions: `<session id>#<sequence of the noteAdded record that wrote it>`.
  public var id: String
  public var text: String
  /// Who will do it, if anyone was named.
  public var owner: String?
  /// The id of the session it was written in.
  public var session: String
  /// When it was written.
  public var written: Date
  /// Whether the session that wrote it is gone (deleted, or its action taken back): `text` then
  /// says so and holds none of its words.
  public var isFromDeletedSession: Bool

  public init(
    id: String, text: String, owner: String?, session: String, written: Date,
    isFromDeletedSession: Bool = false
  ) {
    self.id = id
    self.text = text
    self.owner = owner
    self.session = session
    self.written = written
    self.isFromDeletedSession = isFromDeletedSession
  }

  /// What stands for an action whose words cannot be read from the session that wrote it, in
  /// the place it was reviewed.
  public static let deletedText = "an action from a deleted session"

  /// The action `id` as a journal's reference leaves it until its words are read from the
  /// session that wrote it: no words, no owner; `written` is when that session started, as far
  /// as `started` can tell (the epoch when nil).
  public static func fromDeletedSession(id: String, started: Date? = nil) -> OpenAction {
    OpenAction(
      id: id, text: deletedText, owner: nil, session: session(of: id),
      written: started ?? Date(timeIntervalSince1970: 0), isFromDeletedSession: true)
  }

  /// The id of the session that wrote the action `id`: everything before its last `#`.
  public static func session(of id: String) -> String {
    guard let mark = id.lastIndex(of: "#") else { return id }
    return String(id[..<mark])
  }

  private enum CodingKeys: String, CodingKey {
    case id, text, owner, session, written
  }

  /// Reads an action as the journal stores it, `written` as UTC ISO 8601 text.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    text = try c.decode(String.self, forKey: .text)
    owner = try c.decodeIfPresent(String.self, forKey: .owner)
    session = try c.decode(String.self, forKey: .session)
    written = try Timestamp.decode(
      c.decode(String.self, forKey: .written), at: c.codingPath + [CodingKeys.written])
    isFromDeletedSession = false
  }

  /// Writes `written` as UTC ISO 8601 text with milliseconds, as journal times are written.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(text, forKey: .text)
    try c.encode(owner, forKey: .owner)
    try c.encode(session, forKey: .session)
    try c.encode(Timestamp.format(written), forKey: .written)
  }
}

/// One action carried into a session and how this session's review left it.
public struct ActionReview: Sendable, Equatable {
  public var action: OpenAction
  public var status: ActionStatus

  public init(action: OpenAction, status: ActionStatus) {
    self.action = action
    self.status = status
  }
}

extension SessionState {
  /// The actions carried into this session from earlier ones, oldest first; the actions item
  /// numbers them from 1 in this order.
  public var actionsToReview: [OpenAction] { start?.openActions ?? [] }

  /// How this session's reviews left the carried action `id`: `open` until it is reviewed.
  public func actionStatus(of id: String) -> ActionStatus { actionReviews[id] ?? .open }

  /// The carried actions this session reviewed, in the order they are listed, with their status.
  public var reviewedActions: [ActionReview] {
    actionsToReview.compactMap { action in
      actionReviews[action.id].map { ActionReview(action: action, status: $0) }
    }
  }

  /// The index in `actionsToReview` of the next action not yet reviewed, looking after `index`
  /// and then from the top; nil when every action has been reviewed.
  public func nextUnreviewedAction(after index: Int?) -> Int? {
    let actions = actionsToReview
    guard !actions.isEmpty else { return nil }
    let first = (index ?? -1) + 1
    let order = Array(first..<actions.count) + Array(0..<min(first, actions.count))
    return order.first { actionStatus(of: actions[$0].id) == .open }
  }

  /// Decides reviewing action `number` (from 1) of `actionsToReview` with `status`.
  func decideReview(_ number: Int, _ status: ActionStatus) -> Decision {
    guard let item = currentItem, item.item.kind == .actions else {
      return .refuse("Open actions are reviewed in an actions item; x z c do nothing here.")
    }
    let actions = actionsToReview
    guard !actions.isEmpty else {
      return .refuse("Nothing carried over: no open actions from earlier sessions.")
    }
    guard actions.indices.contains(number - 1) else {
      return .refuse("There is no action \(number); the list has \(actions.count).")
    }
    guard status != .open else {
      return .refuse("An action is reviewed as done, dropped or carried; u undoes a review.")
    }
    let action = actions[number - 1]
    guard actionStatus(of: action.id) != status else {
      return .refuse("Action \(number) is already marked \(status.rawValue).")
    }
    return .accept([.actionReviewed(id: action.id, status: status)])
  }
}

/// How one session's review left one carried action, and when it was marked.
public struct ActionOutcome: Sendable, Equatable {
  /// The action's id.
  public var id: String
  public var status: ActionStatus
  public var at: Date

  public init(id: String, status: ActionStatus, at: Date) {
    self.id = id
    self.status = status
    self.at = at
  }
}

/// What one session did to the pod's action items: the ones it wrote and how it reviewed the
/// ones carried into it. All the archive needs to follow actions from session to session.
public struct ActionChanges: Sendable, Equatable {
  /// The actions written in the session (undone ones excepted), in the order written.
  public var written: [OpenAction]
  /// The session's reviews, in the order they were made.
  public var reviewed: [ActionOutcome]

  public init(written: [OpenAction] = [], reviewed: [ActionOutcome] = []) {
    self.written = written
    self.reviewed = reviewed
  }
}

/// An action that a later session finished with: what it was, how and when it was closed, in
/// which session and by whom.
public struct ClosedAction: Sendable, Equatable {
  public var action: OpenAction
  /// `done` or `dropped`.
  public var status: ActionStatus
  /// When it was marked.
  public var closed: Date
  /// The id of the session whose review closed it.
  public var session: String
  /// Who closed it: the facilitator of that session, when it had one.
  public var by: String?

  public init(
    action: OpenAction, status: ActionStatus, closed: Date, session: String, by: String?
  ) {
    self.action = action
    self.status = status
    self.closed = closed
    self.session = session
    self.by = by
  }
}

extension SessionState {
  /// What this session did to the pod's action items.
  public var actionChanges: ActionChanges {
    let reviewed = actionReviews.map { id, status in
      ActionOutcome(id: id, status: status, at: actionReviewedAt[id] ?? lastEventAt ?? .distantPast)
    }
    return ActionChanges(
      written: writtenActions,
      reviewed: reviewed.sorted { $0.at != $1.at ? $0.at < $1.at : $0.id < $1.id })
  }
}

/// Follows action items from session to session: which are still open after each one, how often
/// each was carried, and which were closed, when and by whom.
///
/// An action is open from the session that wrote it until a later session's review marks it done
/// or dropped; a `carried` review keeps it open.
public struct ActionLedger: Sendable, Equatable {
  /// Open actions by id.
  private var byID: [String: OpenAction] = [:]
  /// Ids in the order the actions were written; closed ones are skipped when read.
  private var order: [String] = []
  /// How many reviews carried each open action forward, by id.
  public private(set) var carried: [String: Int] = [:]
  /// The actions finished with, in the order they were closed.
  public private(set) var closed: [ClosedAction] = []

  public init() {}

  /// The actions open after every session recorded so far, oldest first.
  public var open: [OpenAction] { order.compactMap { byID[$0] } }

  /// Takes in one session, after every earlier one: its reviews close or carry actions, and the
  /// actions written in it are open.
  public mutating func record(_ changes: ActionChanges, session: String, facilitator: String?) {
    // Each id is hashed once where it can be: 10,000 sessions write some 50,000 actions.
    for outcome in changes.reviewed {
      if outcome.status.closes {
        guard let action = byID.removeValue(forKey: outcome.id) else { continue }
        if !carried.isEmpty { carried[outcome.id] = nil }
        closed.append(
          ClosedAction(
            action: action, status: outcome.status, closed: outcome.at, session: session,
            by: facilitator))
      } else if outcome.status == .carried, byID[outcome.id] != nil {
        carried[outcome.id, default: 0] += 1
      }
    }
    for action in changes.written {
      if let earlier = byID.updateValue(action, forKey: action.id) {
        byID[action.id] = earlier
      } else {
        order.append(action.id)
      }
    }
    if order.count > 2 * byID.count + 64 { order = order.filter { byID[$0] != nil } }
  }

  /// Takes in one session, after every earlier one.
  public mutating func record(_ session: SessionState) {
    record(
      session.actionChanges, session: session.start?.id ?? "",
      facilitator: session.start?.roles["facilitator"])
  }

  /// The actions still open after `sessions`, given oldest first: written in one of them and
  /// never marked done or dropped in a later one.
  public static func openActions(after sessions: some Sequence<SessionState>) -> [OpenAction] {
    var ledger = ActionLedger()
    for session in sessions { ledger.record(session) }
    return ledger.open
  }
}
