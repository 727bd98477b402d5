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
  /// Whether a note that was undone still holds its words in `records`.
  public var holdsUndoneWords: Bool {
    let cancelled = Self.cancelledSequences(in: records)
    return records.contains {
      guard case .noteAdded(let note) = $0.event else { return false }
      return cancelled.contains($0.sequence) && !note.isTombstone
    }
  }

  /// `records` with every undone note replaced by its tombstone, every other record as it was.
  /// Folding the result gives the same meeting: undone notes are never folded in.
  public var erasingUndoneWords: [EventRecord] {
    let cancelled = Self.cancelledSequences(in: records)
    return records.map { record in
      guard case .noteAdded(let note) = record.event, cancelled.contains(record.sequence) else {
        return record
      }
      return EventRecord(
        sequence: record.sequence, time: record.time, event: .noteAdded(note.tombstone))
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
    return records.map { record in
      guard let note = erased[record.sequence] else { return record }
      return EventRecord(
        sequence: record.sequence, time: record.time, event: .noteAdded(note.tombstone))
    }
  }

  /// The notes of `names` that the session still shows, by sequence number.
  private func theirs(_ names: [String]) -> [Int: Note] {
    let cancelled = Self.cancelledSequences(in: records)
    let folded = Set(names.map { $0.lowercased() })
    var found: [Int: Note] = [:]
    for record in records {
      guard case .noteAdded(let note) = record.event, !cancelled.contains(record.sequence),
        Self.belongs(note, to: folded)
      else { continue }
      found[record.sequence] = note
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
