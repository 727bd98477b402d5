/// Undo takes words back completely: an undone note, decision or action keeps its place in the
/// journal as a tombstone (its kind and agenda item, so sequence numbers and the fold stay the
/// same) and loses its text, its owner and who held the stick.
extension Note {
  /// What stays of this note once it is undone: no words and no names.
  public var tombstone: Note { Note(kind: kind, text: "", member: nil, owner: nil, item: item) }

  /// Whether this is what an undone note leaves: no Hearth writes a note without text.
  public var isTombstone: Bool { text.isEmpty && member == nil && owner == nil }
}

extension SessionState {
  /// Whether a note that was undone (or deleted, or an edit undone) still holds its words in
  /// `records`.
  public var holdsUndoneWords: Bool { records != erasingUndoneWords }

  /// `records` with every undone note replaced by its tombstone, and every edit of one, or edit
  /// undone, by an edit without words; every other record as it was. Folding the result gives
  /// the same meeting: undone notes and edits are never folded in, and an edit without words
  /// changes nothing.
  public var erasingUndoneWords: [EventRecord] {
    let cancelled = Self.cancelledSequences(in: records)
    return records.map { $0.erased(cancelled.contains) }
  }
}

extension EventRecord {
  /// This record without words when it is a note, or an edit of one, that `erases` names by
  /// sequence number (an edit also when its note is named); else itself.
  func erased(_ erases: (Int) -> Bool) -> EventRecord {
    switch event {
    case .noteAdded(let note) where erases(sequence) && !note.isTombstone:
      return EventRecord(sequence: sequence, time: time, event: .noteAdded(note.tombstone))
    case .noteEdited(let target, let text, _)
    where (erases(sequence) || erases(target)) && !text.isEmpty:
      return EventRecord(
        sequence: sequence, time: time, event: .noteEdited(sequence: target, text: "", owner: nil))
    default:
      return self
    }
  }
}

/// A member's notes, decisions and actions in one session, found to be erased.
public struct MemberNotes: Sendable, Equatable {
  /// Their notes and decisions.
  public var notes = 0
  /// Their actions.
  public var actions = 0

  public init(notes: Int = 0, actions: Int = 0) {
    self.notes = notes
    self.actions = actions
  }

  /// Whether there is nothing of theirs.
  public var isEmpty: Bool { notes == 0 && actions == 0 }

  /// The sum of two counts.
  public static func + (a: MemberNotes, b: MemberNotes) -> MemberNotes {
    MemberNotes(notes: a.notes + b.notes, actions: a.actions + b.actions)
  }
}

extension SessionState {
  /// The notes and decisions written while one of `names` held the stick, and the actions
  /// written then or owned by one of them, that the session still shows (undone ones are gone
  /// already). Names are compared without regard to case.
  public func notes(of names: [String]) -> MemberNotes {
    theirs(names).values.reduce(into: MemberNotes()) { count, note in
      if note.kind == .action { count.actions += 1 } else { count.notes += 1 }
    }
  }

  /// `records` with each of `names`' notes, decisions and actions (as `notes(of:)` counts them)
  /// replaced by its tombstone, as undo leaves them; every sequence number and every other
  /// record as it was.
  public func erasingNotes(of names: [String]) -> [EventRecord] {
    let erased = theirs(names)
    return records.map { $0.erased { erased[$0] != nil } }
  }

  /// The notes of `names` that the session still shows, as edited, by the sequence number of
  /// the record that wrote them.
  private func theirs(_ names: [String]) -> [Int: Note] {
    let folded = Set(names.map { $0.lowercased() })
    var found: [Int: Note] = [:]
    for (sequence, note) in zip(noteSequences, notes) where Self.belongs(note, to: folded) {
      found[sequence] = note
    }
    return found
  }

  /// Whether `note` is one of the members' whose names, lower case, are `names`.
  private static func belongs(_ note: Note, to names: Set<String>) -> Bool {
    guard !note.isTombstone else { return false }
    if let member = note.member, names.contains(member.lowercased()) { return true }
    guard note.kind == .action, let owner = note.owner else { return false }
    return names.contains(owner.lowercased())
  }
}
