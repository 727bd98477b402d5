import Foundation

/// Everything that can happen in a session. The session's state is a fold over these.
public enum Event: Sendable, Equatable {
  /// The meeting began with these people, roles and agenda.
  case started(SessionStart)
  /// An agenda item became current; for rounds, `order` is its speaking order.
  case itemEntered(index: Int, order: [String])
  /// The stick went to `member`, ending the current turn.
  case stickGiven(member: String)
  /// The current holder passed; the stick went to `next`, or to nobody.
  case passed(next: String?)
  /// The current turn ended and nobody holds the stick.
  case stickReleased
  /// In open discussion, `member` joined the hand-raise queue.
  case handRaised(member: String)
  /// In open discussion, `member` left the hand-raise queue without speaking.
  case handLowered(member: String)
  /// In open discussion, `member` took the direct-reply slot: they answer the current speaker
  /// before the queue resumes.
  case replyClaimed(member: String)
  /// `member` gave the direct-reply slot up without using it.
  case replyWithdrawn(member: String)
  /// Every timer stopped.
  case paused
  /// Every timer runs again.
  case resumed
  /// Seconds added to (or taken from) the current turn's timebox.
  case turnExtended(seconds: Int)
  /// Seconds added to (or taken from) the current item's timebox.
  case itemExtended(seconds: Int)
  /// A note, decision or action item was written down.
  case noteAdded(Note)
  /// The note, decision or action written by the `noteAdded` record `sequence` now says `text`
  /// (an action: and belongs to `owner`). Undone, the words before it come back.
  case noteEdited(sequence: Int, text: String, owner: String?)
  /// In an actions item, the open action `id` (carried into this session) was reviewed: marked
  /// done, dropped, or carried on to a later session.
  case actionReviewed(id: String, status: ActionStatus)
  /// The event with this sequence number is cancelled.
  case undone(sequence: Int)
  /// The facilitator left without ending, to resume later.
  case left
  /// The meeting continues after being left or interrupted; the gap counts as paused.
  case recovered
  /// The meeting is over.
  case ended
  /// A turn was still running at this time. Written every few seconds while someone speaks,
  /// so that after a crash the speaking time until here stays the speaker's.
  case heartbeat

  /// Whether `u` may cancel this event.
  public var isUndoable: Bool {
    switch self {
    case .started, .undone, .left, .recovered, .ended, .heartbeat: false
    default: true
    }
  }
}

/// An event as written to the journal: its place in the session and when it happened.
public struct EventRecord: Sendable, Equatable {
  public var sequence: Int
  public var time: Date
  public var event: Event

  public init(sequence: Int, time: Date, event: Event) {
    self.sequence = sequence
    self.time = time
    self.event = event
  }
}

/// Who met, with which agenda, and the inputs that make turn orders reproducible.
public struct SessionStart: Sendable, Equatable, Codable {
  public var id: String
  public var pod: String
  public var format: Format
  public var attendees: [String]
  /// Role name to member name.
  public var roles: [String: String]
  /// Seeds the `random` order policy.
  public var seed: UInt64
  /// How many sessions the pod held before this one; drives the `rotate` order policy.
  public var priorSessions: Int
  /// Role → members who declined it before the meeting (skips), so history stays true.
  public var declined: [String: [String]]
  /// The pod's commitment in sessions when this one began, if it had one.
  public var commitment: Int?
  /// Which term of the commitment this session belongs to; nil for the first.
  public var term: CommitmentTerm?
  /// The action items of earlier sessions still open when this one began, oldest first: what an
  /// `actions` item reviews. The journal keeps only their ids (`carried`); read back, each is
  /// `OpenAction.fromDeletedSession` until the store finds its words in the session that wrote
  /// it. Journals of format version 1 copied every action whole (`openActions`).
  public var openActions: [OpenAction]
  /// The pod's warning threshold in seconds when this one began, if it set one.
  public var warning: Int?
  /// The roles this meeting rotated, in the pod's order: how its record lists them. Nil in
  /// sessions begun before it was recorded, which list them in the rotation's order.
  public var roleOrder: [String]?

  public init(
    id: String, pod: String, format: Format, attendees: [String], roles: [String: String],
    seed: UInt64, priorSessions: Int, declined: [String: [String]] = [:], commitment: Int? = nil,
    openActions: [OpenAction] = [], warning: Int? = nil
  ) {
    self.id = id
    self.pod = pod
    self.format = format
    self.attendees = attendees
    self.roles = roles
    self.seed = seed
    self.priorSessions = priorSessions
    self.declined = declined
    self.commitment = commitment
    self.openActions = openActions
    self.warning = warning
  }

  private enum CodingKeys: String, CodingKey {
    case id, pod, format, attendees, roles, seed, priorSessions, declined, commitment, openActions
    case warning, term, carried, roleOrder
  }

  /// Reads journals written before `declined`, `commitment`, `openActions` and `warning`
  /// existed, and those that copied carried actions whole (`openActions`), too.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    pod = try c.decode(String.self, forKey: .pod)
    format = try c.decode(Format.self, forKey: .format)
    attendees = try c.decode([String].self, forKey: .attendees)
    roles = try c.decode([String: String].self, forKey: .roles)
    seed = try c.decode(UInt64.self, forKey: .seed)
    priorSessions = try c.decode(Int.self, forKey: .priorSessions)
    declined = try c.decodeIfPresent([String: [String]].self, forKey: .declined) ?? [:]
    commitment = try c.decodeIfPresent(Int.self, forKey: .commitment)
    if let carried = try c.decodeIfPresent([String].self, forKey: .carried) {
      openActions = carried.map { OpenAction.fromDeletedSession(id: $0) }
    } else {
      openActions = try c.decodeIfPresent([OpenAction].self, forKey: .openActions) ?? []
    }
    warning = try c.decodeIfPresent(Int.self, forKey: .warning)
    term = try c.decodeIfPresent(CommitmentTerm.self, forKey: .term)
    roleOrder = try c.decodeIfPresent([String].self, forKey: .roleOrder)
  }

  /// Writes carried actions by reference (`carried`: their ids), never their words: those stay
  /// in the session that wrote them alone.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(pod, forKey: .pod)
    try c.encode(format, forKey: .format)
    try c.encode(attendees, forKey: .attendees)
    try c.encode(roles, forKey: .roles)
    try c.encode(seed, forKey: .seed)
    try c.encode(priorSessions, forKey: .priorSessions)
    try c.encode(declined, forKey: .declined)
    try c.encodeIfPresent(commitment, forKey: .commitment)
    try c.encode(openActions.map(\.id), forKey: .carried)
    try c.encodeIfPresent(warning, forKey: .warning)
    try c.encodeIfPresent(term, forKey: .term)
    try c.encodeIfPresent(roleOrder, forKey: .roleOrder)
  }
}

/// Something written down during a meeting.
public struct Note: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
    case note, decision, action
  }
  public var kind: Kind
  public var text: String
  /// Who held the stick when it was written, if anyone.
  public var member: String?
  /// For actions: who will do it.
  public var owner: String?
  /// The agenda item it belongs to.
  public var item: Int

  public init(kind: Kind, text: String, member: String?, owner: String?, item: Int) {
    self.kind = kind
    self.text = text
    self.member = member
    self.owner = owner
    self.item = item
  }
}
