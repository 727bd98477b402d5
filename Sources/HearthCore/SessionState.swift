import Foundation

/// A meeting as derived from its events: agenda progress, the stick, timers, airtime and notes.
public struct SessionState: Sendable, Equatable {
  /// Every record folded so far, cancelled ones included: undo re-folds from these.
  public internal(set) var records: [EventRecord] = []
  public internal(set) var start: SessionStart?
  public internal(set) var items: [ItemState] = []
  public internal(set) var currentIndex: Int?
  public internal(set) var notes: [Note] = []
  /// The sequence number of the `noteAdded` record that wrote each of `notes`, in the same order:
  /// what an edit or a delete names.
  public internal(set) var noteSequences: [Int] = []
  /// The action items written in this session (undone ones excepted), as a later session's
  /// actions item will review them.
  public internal(set) var writtenActions: [OpenAction] = []
  /// How this session's actions item left each reviewed action carried into it, by action id.
  public internal(set) var actionReviews: [String: ActionStatus] = [:]
  /// When each action in `actionReviews` was last reviewed, by action id.
  public internal(set) var actionReviewedAt: [String: Date] = [:]
  /// The turn in progress, if someone holds the stick.
  public internal(set) var turn: LiveTurn?
  public internal(set) var startedAt: Date?
  public internal(set) var endedAt: Date?
  /// When the timers stopped, while paused.
  public internal(set) var pausedSince: Date?
  /// Seconds spent paused (and interrupted) before `pausedSince`.
  public internal(set) var pausedTotal: Double = 0
  /// The time of the latest event.
  public internal(set) var lastEventAt: Date?
  /// When the facilitator left, until the meeting is resumed.
  public internal(set) var leftAt: Date?

  public init() {}

  /// Folds the records of a journal into a state.
  public init(replaying records: some Sequence<EventRecord>) {
    for record in records { apply(record) }
  }

  public var isPaused: Bool { pausedSince != nil }
  public var isEnded: Bool { endedAt != nil }
  public var attendees: [String] { start?.attendees ?? [] }
  public var currentItem: ItemState? { currentIndex.map { items[$0] } }
  public var holder: String? { turn?.member }
  public var lastSequence: Int { records.last?.sequence ?? 0 }

  /// Meeting time in seconds at `now`: wall time since the start, less every pause and gap.
  public func activeSeconds(at now: Date) -> Double {
    guard let startedAt else { return 0 }
    let end = min(now, endedAt ?? leftAt ?? now)
    let pausedNow = pausedSince.map { max(0, end.timeIntervalSince($0)) } ?? 0
    return max(0, end.timeIntervalSince(startedAt) - pausedTotal - pausedNow)
  }

  /// The sequence number `u` would cancel, if any.
  public var undoTarget: Int? {
    let cancelled = Self.cancelledSequences(in: records)
    return records.last { $0.event.isUndoable && !cancelled.contains($0.sequence) }?.sequence
  }

  // MARK: Folding

  /// Applies one record. An undo re-folds every record but the cancelled ones.
  public mutating func apply(_ record: EventRecord) {
    if case .undone = record.event {
      let all = records + [record]
      let cancelled = Self.cancelledSequences(in: all)
      var refolded = SessionState()
      for earlier in all {
        let isUndo = if case .undone = earlier.event { true } else { false }
        if isUndo || cancelled.contains(earlier.sequence) {
          // It still happened: a later `recovered` pauses only the gap after it.
          refolded.lastEventAt = earlier.time
        } else {
          refolded.fold(earlier)
        }
      }
      refolded.records = all
      refolded.lastEventAt = record.time
      self = refolded
      return
    }
    fold(record)
    records.append(record)
  }

  static func cancelledSequences(in records: [EventRecord]) -> Set<Int> {
    var cancelled = Set<Int>()
    for record in records {
      if case .undone(let sequence) = record.event { cancelled.insert(sequence) }
    }
    return cancelled
  }

  private mutating func fold(_ record: EventRecord) {
    let now = record.time
    defer { lastEventAt = now }
    switch record.event {
    case .started(let start):
      self.start = start
      startedAt = now
      items = start.format.items.map { ItemState(item: $0) }
    case .itemEntered(let index, let order):
      guard items.indices.contains(index) else { return }
      let active = activeSeconds(at: now)
      endTurn(at: active, passed: false)
      leaveCurrentItem(at: active)
      // A direct reply answers the turn in progress, which has just ended.
      if let left = currentIndex { items[left].reply = nil }
      currentIndex = index
      if !items[index].visited { items[index].order = order }
      items[index].visited = true
      items[index].enteredActive = active
    case .stickGiven(let member):
      let active = activeSeconds(at: now)
      endTurn(at: active, passed: false)
      beginTurn(member, at: active, wall: now)
    case .passed(let next):
      let active = activeSeconds(at: now)
      endTurn(at: active, passed: true)
      if let next { beginTurn(next, at: active, wall: now) }
    case .stickReleased:
      endTurn(at: activeSeconds(at: now), passed: false)
    case .handRaised(let member):
      guard let index = currentIndex, !items[index].raisedHands.contains(member) else { return }
      items[index].raisedHands.append(member)
    case .handLowered(let member):
      guard let index = currentIndex else { return }
      items[index].raisedHands.removeAll { $0 == member }
    case .replyClaimed(let member):
      guard let index = currentIndex else { return }
      items[index].reply = member
    case .replyWithdrawn(let member):
      guard let index = currentIndex, items[index].reply == member else { return }
      items[index].reply = nil
    case .paused:
      if pausedSince == nil { pausedSince = now }
    case .resumed:
      if let since = pausedSince {
        pausedTotal += now.timeIntervalSince(since)
        pausedSince = nil
      }
    case .turnExtended(let seconds):
      if let extra = turn?.extra { turn?.extra = Bounds.sum(extra, seconds) }
    case .itemExtended(let seconds):
      if let index = currentIndex { items[index].extra = Bounds.sum(items[index].extra, seconds) }
    case .noteAdded(let note):
      // What a deleted note leaves (a forgotten member's): it was taken back, as if undone.
      guard !note.isTombstone else { break }
      notes.append(note)
      noteSequences.append(record.sequence)
      if note.kind == .action, let start {
        writtenActions.append(
          OpenAction(
            id: "\(start.id)#\(record.sequence)", text: note.text, owner: note.owner,
            session: start.id, written: now))
      }
    case .noteEdited(let sequence, let text, let owner):
      edit(sequence, text: text, owner: owner)
    case .actionReviewed(let id, let status):
      actionReviews[id] = status == .open ? nil : status
      actionReviewedAt[id] = status == .open ? nil : now
    case .undone, .heartbeat:
      break
    case .left:
      leftAt = now
    case .recovered:
      leftAt = nil
      if pausedSince == nil, let last = lastEventAt {
        pausedTotal += max(0, now.timeIntervalSince(last))
      }
    case .ended:
      let active = activeSeconds(at: now)
      endTurn(at: active, passed: false)
      leaveCurrentItem(at: active)
      if let since = pausedSince {
        pausedTotal += now.timeIntervalSince(since)
        pausedSince = nil
      } else if let left = leftAt {
        // Ended without resuming: the time away is not meeting time.
        pausedTotal += max(0, now.timeIntervalSince(left))
      }
      endedAt = now
    }
  }

  /// Gives the note written by record `sequence` its edited words (and, an action, its owner),
  /// here and among the actions written. An edit of a deleted note, or an erased edit, is none.
  private mutating func edit(_ sequence: Int, text: String, owner: String?) {
    guard !text.isEmpty, let index = noteSequences.firstIndex(of: sequence) else { return }
    notes[index].text = text
    guard notes[index].kind == .action else { return }
    notes[index].owner = owner
    let id = start.map { "\($0.id)#\(sequence)" }
    if let written = writtenActions.firstIndex(where: { $0.id == id }) {
      writtenActions[written].text = text
      writtenActions[written].owner = owner
    }
  }

  /// Starts `member`'s turn. Whoever takes the stick leaves the queue; the reply slot's holder
  /// uses it up.
  private mutating func beginTurn(_ member: String, at active: Double, wall: Date) {
    guard let index = currentIndex else { return }
    let isReply = items[index].reply == member
    if isReply { items[index].reply = nil }
    items[index].raisedHands.removeAll { $0 == member }
    turn = LiveTurn(
      member: member, item: index, startActive: active, startTime: wall, isReply: isReply)
  }

  private mutating func endTurn(at active: Double, passed: Bool) {
    guard let live = turn else { return }
    turn = nil
    // Who passes did not speak: the seconds before a pass are nobody's airtime.
    let seconds = passed ? 0 : max(0, active - live.startActive)
    items[live.item].turns.append(
      Turn(member: live.member, seconds: seconds, passed: passed, startTime: live.startTime))
  }

  private mutating func leaveCurrentItem(at active: Double) {
    guard let index = currentIndex, let entered = items[index].enteredActive else { return }
    items[index].elapsedBefore += max(0, active - entered)
    items[index].enteredActive = nil
  }
}

/// A turn in progress.
public struct LiveTurn: Sendable, Equatable {
  public var member: String
  public var item: Int
  /// Meeting time when the turn began.
  public var startActive: Double
  public var startTime: Date
  /// Seconds added to the turn's timebox with `+` and `-`.
  public var extra: Int = 0
  /// Whether the turn came from the direct-reply slot of an open discussion.
  public var isReply = false
}

/// A finished turn: who spoke, for how long, and whether they passed.
public struct Turn: Sendable, Equatable {
  public var member: String
  public var seconds: Double
  public var passed: Bool
  public var startTime: Date
}

/// One agenda item's progress within a session.
public struct ItemState: Sendable, Equatable {
  public let item: AgendaItem
  /// The speaking order, fixed when the item is first entered.
  public internal(set) var order: [String] = []
  public internal(set) var turns: [Turn] = []
  public internal(set) var visited = false
  /// Meeting time spent in earlier visits.
  public internal(set) var elapsedBefore: Double = 0
  /// Meeting time when the current visit began, while current.
  public internal(set) var enteredActive: Double?
  /// Seconds added to the timebox with `+` and `-`.
  public internal(set) var extra = 0
  /// In open discussion, who has a hand up, in the order they raised it.
  public internal(set) var raisedHands: [String] = []
  /// In open discussion, who holds the direct-reply slot: they speak before the queue.
  public internal(set) var reply: String?

  init(item: AgendaItem) { self.item = item }

  /// How many times `member` has passed in this item.
  public func passes(of member: String) -> Int {
    turns.reduce(0) { $0 + ($1.member == member && $1.passed ? 1 : 0) }
  }

  /// Whether `member` has taken a turn without passing.
  public func hasSpoken(_ member: String) -> Bool {
    turns.contains { $0.member == member && !$0.passed }
  }

  /// The timebox with adjustments, if the item has one.
  public var timebox: Int? { item.timebox.map { max(0, Bounds.sum($0, extra)) } }
}
