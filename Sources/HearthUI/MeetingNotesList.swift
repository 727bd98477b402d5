import HearthCore

/// The list of this meeting's notes, decisions and actions (`e`): read in full, edited in the
/// input line (Enter), deleted after a question (`d`, then `y`).
extension MeetingModel {
  /// The note the input line edits, as the session has it now.
  var editedNote: Note? {
    guard let editing, let index = session.noteSequences.firstIndex(of: editing) else {
      return nil
    }
    return session.notes[index]
  }

  /// `e`: the list opens on the newest note, or says there is none.
  mutating func openNotesList() {
    guard !session.notes.isEmpty else {
      message = Message(
        text: "Nothing written yet in this meeting: i note · d decision · a action.",
        isError: false)
      return
    }
    mode = .notes(selected: session.notes.count - 1)
  }

  /// A key while the list is shown.
  mutating func listKey(_ key: Key, selected: Int) -> Intent? {
    let last = session.notes.count - 1
    guard last >= 0 else {
      mode = .normal
      return nil
    }
    let selected = min(selected, last)
    switch Keymap.notesListAction(for: key) {
    case .previous?: mode = .notes(selected: max(0, selected - 1))
    case .next?: mode = .notes(selected: min(last, selected + 1))
    case .edit?:
      let note = session.notes[selected]
      editing = session.noteSequences[selected]
      mode = .writing(note.kind, note.text)
      cursor = nil
    case .delete?: mode = .confirmDelete(selected: selected)
    case .close?: mode = .normal
    case nil: mode = .notes(selected: selected)
    }
    return nil
  }

  /// A key while the list asks whether to delete the note `selected`.
  mutating func confirmDeleteKey(_ key: Key, selected: Int) -> Intent? {
    guard key == .character("y") || key == .character("Y"),
      session.noteSequences.indices.contains(selected)
    else {
      mode = .notes(selected: selected)
      message = Message(text: "Nothing deleted.", isError: false)
      return nil
    }
    // The list stays open on the note that takes its place, or closes when none is left.
    let left = session.notes.count - 1
    mode = left > 0 ? .notes(selected: min(selected, left - 1)) : .normal
    return .perform(.deleteNote(sequence: session.noteSequences[selected]))
  }

  /// A refused edit stays open with what was typed, to be put right.
  mutating func reopenRefusedEdit(_ command: Command) {
    guard case .editNote(let sequence, let text) = command,
      let index = session.noteSequences.firstIndex(of: sequence)
    else { return }
    editing = sequence
    mode = .writing(session.notes[index].kind, text)
    cursor = nil
  }

  /// "Decision edited."
  static func noteEdited(_ sequence: Int, in session: SessionState) -> String {
    guard let index = session.noteSequences.firstIndex(of: sequence) else { return "Edited." }
    return Self.name(of: session.notes[index].kind) + " edited."
  }

  /// "Action item deleted.", from the undo that erased it.
  static func noteDeleted(in session: SessionState) -> String {
    guard case .undone(let sequence)? = session.records.last?.event,
      case .noteAdded(let note)? = session.records.first(where: { $0.sequence == sequence })?
        .event
    else { return "Deleted." }
    return Self.name(of: note.kind) + " deleted."
  }

  /// "Note", "Decision", "Action item".
  static func name(of kind: Note.Kind) -> String {
    switch kind {
    case .note: "Note"
    case .decision: "Decision"
    case .action: "Action item"
    }
  }
}

/// The notes list in words, for `--plain` and the list's own question.
public enum NotesListText {
  /// `Note 2 of 3: ◆ Decision: we meet monthly (item 2). ↑ ↓ choose · Enter edit · …`
  public static func line(_ selected: Int, in session: SessionState) -> String {
    guard session.notes.indices.contains(selected) else { return "Nothing written yet." }
    let note = session.notes[selected]
    return "\(selected + 1) of \(session.notes.count): \(NotesPane.line(for: note).0)"
      + " (item \(note.item + 1)). \(NotesList.keys)"
  }

  /// `Delete this decision? y deletes it for good · any other key keeps it`
  public static func question(_ selected: Int, in session: SessionState) -> String {
    let kind = session.notes.indices.contains(selected) ? session.notes[selected].kind : .note
    return "Delete this \(MeetingModel.name(of: kind).lowercased())? y deletes it for good"
      + " · any other key keeps it"
  }
}
