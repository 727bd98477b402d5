import Foundation
import HearthCore

/// The live meeting screen's model: the session as derived from its journal, plus what only the
/// screen knows (an overlay, a line being typed, the last message).
public struct MeetingModel: Sendable {
  /// What the screen is showing on top of the meeting.
  public enum Mode: Sendable, Equatable {
    case normal
    case help
    /// The pod's agreements, over the meeting until any key.
    case agreements
    case confirmEnd
    /// This meeting's notes, decisions and actions in full (`e`); `selected` indexes
    /// `session.notes`, the one Enter edits and `d` deletes.
    case notes(selected: Int)
    /// `d` in the notes list: `y` deletes the note `selected`, any other key goes back.
    case confirmDelete(selected: Int)
    case writing(Note.Kind, String)
    /// `i`, `d` or `a` was refused (a confidential item): the reason is shown and the line the
    /// scribe goes on typing is dropped, key by key, until Enter or Esc, so none of it runs as
    /// a meeting command.
    case refusedWriting(reason: String)
    case awaitingReply
    /// What `command` recorded could not be saved (`problem` says why and since when): only
    /// `r` (retry) and Ctrl-C (leave) do anything until it is.
    case unsaved(Command, problem: String)
  }

  /// A line for the status bar, until the next key.
  public struct Message: Sendable, Equatable {
    public var text: String
    public var isError: Bool
  }

  /// What the model asks of the program around it.
  public enum Intent: Sendable, Equatable {
    case perform(Command)
    /// Save again what `command` recorded and could not save.
    case retry(Command)
    case redraw
  }

  public private(set) var session: SessionState
  /// The pod's agreements, as pod.toml has them, for `g` to show.
  public let agreements: [String]
  public internal(set) var mode: Mode = .normal
  /// Whether the agreements are shown in the notes pane as the meeting opens: until the first
  /// key, which still does what it always does.
  public private(set) var showsAgreementsNotice = false
  public internal(set) var message: Message?
  /// Where the line being typed is edited: an index into its text, nil at its end.
  public internal(set) var cursor: String.Index?
  /// While the input line edits an earlier note: the sequence number of the record that wrote
  /// it; nil while it writes a new one.
  public internal(set) var editing: Int?
  /// In an actions item, the index in `session.actionsToReview` of the action `x` `z` `c` mark;
  /// nil when there is none to review.
  public private(set) var selectedAction: Int?
  private var cue = CueTracker()
  /// Whether the keys arriving are pasted (between the terminal's paste marks).
  private var isPasting = false

  /// A model showing `session`, with an optional first message for the status line; the pod's
  /// `agreements` are shown once in the notes pane, while the first item has not begun.
  public init(session: SessionState, notice: String? = nil, agreements: [String] = []) {
    self.session = session
    self.agreements = agreements
    message = notice.map { Message(text: $0, isError: false) }
    selectedAction = Self.firstSelection(in: session)
    showsAgreementsNotice = !agreements.isEmpty && Self.isAtFirstItemStart(session)
  }

  /// Whether nothing has happened yet in the first item: nobody spoke, nothing was written.
  private static func isAtFirstItemStart(_ session: SessionState) -> Bool {
    session.currentIndex == 0 && session.turn == nil && session.notes.isEmpty
      && session.items.first?.turns.isEmpty == true
  }

  /// While an action item is typed: who will own it, or why it would be refused, as the input
  /// line says it before Enter.
  public var ownerPreview: String? {
    guard case .writing(.action, let text) = mode else { return nil }
    switch ActionOwner.read(text, present: session.attendees) {
    case .unnamed:
      let owner = editing == nil ? session.holder : editedNote?.owner
      return owner.map { "→ owner: \($0)" } ?? "→ no owner"
    case .named(let member, _): return "→ owner: \(member)"
    case .nobody(let typed, _): return "→ \(typed) is nobody present"
    case .several(_, let members): return "→ " + members.joined(separator: " or ") + "?"
    }
  }

  /// Handles one key; returns what the program must do, if anything.
  public mutating func handle(_ key: Key) -> Intent? {
    if key == .pasteStart || key == .pasteEnd {
      // The marks change nothing on screen: what the paste said stays shown.
      isPasting = key == .pasteStart
      return nil
    }
    message = nil
    if key != .resize { showsAgreementsNotice = false }
    if key == .control("c") { return .perform(.leave) }
    if isPasting { return paste(key) }
    if key == .resize || key == .control("l") { return .redraw }
    switch mode {
    case .help, .agreements:
      mode = .normal
      return nil
    case .confirmEnd:
      mode = .normal
      if key == .character("y") || key == .character("Y") { return .perform(.end) }
      message = Message(text: "The meeting goes on.", isError: false)
      return nil
    case .notes(let selected):
      return listKey(key, selected: selected)
    case .confirmDelete(let selected):
      return confirmDeleteKey(key, selected: selected)
    case .awaitingReply:
      mode = .normal
      if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1 {
        return .perform(.reply(n))
      }
      message = Message(text: "No reply taken.", isError: false)
      return nil
    case .writing(let kind, var text):
      // The line leaves the mode while it is edited, so a key appends in place instead of
      // copying everything typed so far.
      mode = .normal
      return write(kind, &text, key)
    case .refusedWriting:
      guard key == .enter || key == .escape else { return nil }
      mode = .normal
      message = Message(text: "Nothing written.", isError: false)
      return nil
    case .unsaved(let command, _):
      return key == .character("r") ? .retry(command) : nil
    case .normal:
      return act(key)
    }
  }

  /// A pasted key: text in the note line, where a line break is a space; dropped anywhere
  /// else, so no pasted letter runs as a command.
  private mutating func paste(_ key: Key) -> Intent? {
    switch mode {
    case .writing(let kind, var text):
      mode = .normal
      switch key {
      case .enter, .tab: return write(kind, &text, .character(" "))
      case .escape:
        mode = .writing(kind, text)
        return nil
      default: return write(kind, &text, key)
      }
    case .refusedWriting, .unsaved:
      return nil
    default:
      message = Message(
        text: "Pasted text is not taken as keys: press i first to paste it into a note.",
        isError: true)
      return nil
    }
  }

  /// A key of the input line; the mode is `.normal` on entry and is set back to writing
  /// unless the key saves or cancels the line.
  private mutating func write(_ kind: Note.Kind, _ text: inout String, _ key: Key) -> Intent? {
    switch key {
    case .enter:
      if let editing { return .perform(.editNote(sequence: editing, text)) }
      return .perform(.write(kind, text))
    case .escape:
      message = Message(
        text: editing == nil ? "Nothing written." : "Nothing changed.", isError: false)
      editing = nil
      return nil
    default:
      _ = LineEditing.apply(key, to: &text, cursor: &cursor)
    }
    mode = .writing(kind, text)
    return nil
  }

  private mutating func act(_ key: Key) -> Intent? {
    // The only marked rows of the meeting screen are the agenda's items.
    if case .pick(let index) = key { return .perform(.goToItem(index)) }
    guard let action = Keymap.action(for: key) else { return nil }
    switch action {
    case .next: return .perform(.next)
    case .pass: return .perform(.pass)
    case .togglePause: return .perform(.togglePause)
    case .moreTime: return .perform(.adjust(minutes: 1))
    case .lessTime: return .perform(.adjust(minutes: -1))
    case .nextItem: return .perform(.nextItem)
    case .previousItem: return .perform(.previousItem)
    case .give(let n): return .perform(.give(n))
    case .undo: return .perform(.undo)
    case .nextAction: moveSelection(by: 1)
    case .previousAction: moveSelection(by: -1)
    case .reviewAction(let status):
      return .perform(.reviewAction((selectedAction ?? 0) + 1, status))
    case .leave: return .perform(.leave)
    case .redraw: return .redraw
    case .reply:
      mode = .awaitingReply
      message = Message(text: "Direct reply: press the member's number.", isError: false)
    case .write(let kind):
      if let reason = session.noteRefusal {
        mode = .refusedWriting(reason: reason)
      } else {
        mode = .writing(kind, "")
        cursor = nil
        editing = nil
      }
    case .earlierNotes: openNotesList()
    case .help: mode = .help
    case .agreements:
      if agreements.isEmpty {
        message = Message(
          text: "This pod has no agreements yet: add them to pod.toml.", isError: false)
      } else {
        mode = .agreements
      }
    case .end: mode = .confirmEnd
    }
    return nil
  }

  /// Moves the action selection `step` rows, staying within the list.
  private mutating func moveSelection(by step: Int) {
    guard session.currentItem?.item.kind == .actions else {
      message = Message(text: "j and k choose an action in an actions item.", isError: true)
      return
    }
    let count = session.actionsToReview.count
    guard count > 0 else {
      message = Message(
        text: "Nothing carried over: no open actions from earlier sessions.", isError: false)
      return
    }
    selectedAction = min(count - 1, max(0, (selectedAction ?? 0) + step))
  }

  /// The first action still to review, else the first action, else none.
  private static func firstSelection(in session: SessionState) -> Int? {
    guard !session.actionsToReview.isEmpty else { return nil }
    return session.nextUnreviewedAction(after: nil) ?? 0
  }

  /// Takes the outcome of a command: the new session, or the refusal to show.
  public mutating func apply(_ decision: Decision, session: SessionState, for command: Command) {
    let previousItem = self.session.currentIndex
    self.session = session
    if case .unsaved = mode { mode = .normal }
    if session.currentIndex != previousItem, session.currentItem?.item.kind == .actions {
      selectedAction = Self.firstSelection(in: session)
    }
    if case .accept = decision, case .reviewAction(let number, _) = command {
      selectedAction = session.nextUnreviewedAction(after: number - 1) ?? number - 1
    }
    switch decision {
    case .refuse(let reason):
      message = Message(text: reason, isError: true)
      // A refused line stays open with what was typed, to be put right.
      if case .write(let kind, let text) = command, !UserText.clean(text).isEmpty {
        mode = .writing(kind, text)
        cursor = nil
      }
      reopenRefusedEdit(command)
    case .accept:
      if case .editNote = command { editing = nil }
      message = Self.confirmation(for: command, in: session).map {
        Message(text: $0, isError: false)
      }
    }
  }

  private static func confirmation(for command: Command, in session: SessionState) -> String? {
    switch command {
    case .undo: return Narration.undone(in: session)
    case .reviewAction(let number, let status):
      let done: String
      switch status {
      case .done: done = "Action \(number) done."
      case .dropped: done = "Action \(number) dropped."
      case .carried: done = "Action \(number) carried forward."
      case .open: done = "Action \(number) open."
      }
      guard session.nextUnreviewedAction(after: nil) == nil else { return done }
      return done + " Every action is reviewed; ] moves on."
    case .editNote(let sequence, _): return noteEdited(sequence, in: session)
    case .deleteNote: return noteDeleted(in: session)
    case .write(let kind, _):
      switch kind {
      case .note: return "Note saved."
      case .decision: return "Decision saved."
      case .action: return "Action item saved."
      }
    case .togglePause: return session.isPaused ? "Paused. Space resumes." : nil
    case .adjust(let minutes):
      return minutes > 0 ? "One minute more." : "One minute less."
    case .give(let number):
      guard session.currentItem?.item.kind == .open, let member = member(number, in: session)
      else { return nil }
      guard let place = session.waitingSpeakers.firstIndex(of: member) else {
        return "\(member) left the queue."
      }
      return "\(member) is in the queue, \(place + 1) of \(session.waitingSpeakers.count)."
    case .reply(let number):
      guard let member = member(number, in: session) else { return nil }
      guard session.replySlot == member else { return "\(member) gave the direct reply up." }
      return "\(member) replies to \(session.holder ?? "the speaker") next."
    default: return nil
    }
  }

  private static func member(_ number: Int, in session: SessionState) -> String? {
    session.attendees.indices.contains(number - 1) ? session.attendees[number - 1] : nil
  }

  /// Shows that what `command` recorded could not be saved, and why (`problem`).
  public mutating func failedToSave(_ command: Command, problem: String) {
    mode = .unsaved(command, problem: problem)
  }

  /// Takes the state after an event the run loop recorded by itself (a heartbeat): nothing
  /// the facilitator sees changes, so the status line keeps what it says.
  public mutating func follow(_ session: SessionState) { self.session = session }

  /// Notes the passage of time; returns the timer cue that fired since the last call, once:
  /// the warning as it starts, zero when the bell should ring.
  public mutating func tick(at now: Date) -> Cue? {
    cue.observe(session, at: now)
  }
}
