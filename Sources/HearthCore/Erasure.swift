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
