import Foundation

/// What a facilitator can ask of a live meeting.
public enum Command: Sendable, Equatable {
  case next
  case pass
  /// Member N (from 1) of the present list: in a round, they take the stick; in open discussion,
  /// their hand goes up into the queue, or down if it is up already.
  case give(Int)
  /// Member N (from 1) of the present list takes the direct-reply slot of an open discussion, or
  /// gives it up if they hold it already.
  case reply(Int)
  case togglePause
  /// Minutes more (or fewer, when negative) on the current turn, or the item when nobody speaks.
  case adjust(minutes: Int)
  case nextItem
  case previousItem
  /// The agenda item at this index (from 0) becomes current.
  case goToItem(Int)
  case write(Note.Kind, String)
  /// The note, decision or action written by record `sequence` of this meeting says this instead.
  case editNote(sequence: Int, String)
  /// The note, decision or action written by record `sequence` is taken back: erased, as undo
  /// erases it.
  case deleteNote(sequence: Int)
  /// In an actions item, action N (from 1) of those carried into the session is marked done,
  /// dropped or carried.
  case reviewAction(Int, ActionStatus)
  case undo
  case end
  case leave
  case recover
  /// Not a key: the run loop records that a turn is still running (see `nextHeartbeat`).
  case heartbeat
}

/// What `decide` says to a command: the events to record, or why not.
public enum Decision: Sendable, Equatable {
  case accept([Event])
  case refuse(String)
}

extension SessionState {
  /// Turns a command into the events that carry it out, or a refusal the facilitator can read.
  public func decide(_ command: Command) -> Decision {
    guard let start else { return .refuse("The meeting has not started.") }
    guard !isEnded else { return .refuse("The meeting has ended.") }
    if leftAt != nil, command != .recover, command != .end {
      return .refuse("The meeting was left; resume it first.")
    }
    switch command {
    case .recover:
      return .accept([.recovered])
    case .heartbeat:
      guard nextHeartbeat != nil else { return .refuse("Nobody is speaking.") }
      return .accept([.heartbeat])
    case .leave:
      return .accept([.left])
    case .end:
      return .accept([.ended])
    case .togglePause:
      return .accept([isPaused ? .resumed : .paused])
    case .undo:
      guard let target = undoTarget else { return .refuse("Nothing to undo.") }
      return .accept([.undone(sequence: target)])
    case .nextItem, .previousItem:
      let index = (currentIndex ?? -1) + (command == .nextItem ? 1 : -1)
      guard items.indices.contains(index) else {
        return .refuse(
          command == .nextItem
            ? "This is the last item; q ends the meeting." : "This is the first item.")
      }
      return .accept([enter(index, start: start)])
    case .goToItem(let index):
      guard items.indices.contains(index) else {
        return .refuse("There is no item \(index + 1); the agenda has \(items.count).")
      }
      guard index != currentIndex else { return .refuse("This item is already the current one.") }
      return .accept([enter(index, start: start)])
    case .next:
      guard let item = currentItem, item.item.hasSpeakers else {
        return .refuse("Nobody speaks in this item; ] moves to the next.")
      }
      if let next = nextSpeaker { return .accept([.stickGiven(member: next)]) }
      if holder != nil { return .accept([.stickReleased]) }
      if item.item.kind == .open { return .refuse("Nobody is in the queue; 1-9 raises a hand.") }
      return .refuse("The round is complete; ] moves to the next item.")
    case .pass:
      guard let holder else { return .refuse("Nobody holds the stick.") }
      return .accept([.passed(next: waitingSpeakers.first { $0 != holder })])
    case .give(let number):
      guard let item = currentItem, item.item.hasSpeakers else {
        return .refuse("Nobody speaks in this item.")
      }
      guard attendees.indices.contains(number - 1) else {
        return .refuse("There is no member \(number) present.")
      }
      let member = attendees[number - 1]
      if holder == member { return .refuse("\(member) already holds the stick.") }
      if item.item.kind == .open {
        return .accept([
          isQueued(member) ? .handLowered(member: member) : .handRaised(member: member)
        ])
      }
      if let reason = speakingRefusal(member, in: item) { return .refuse(reason) }
      return .accept([.stickGiven(member: member)])
    case .reply(let number):
      return decideReply(number)
    case .reviewAction(let number, let status):
      return decideReview(number, status)
    case .editNote(let sequence, let raw):
      return decideEdit(sequence, raw)
    case .deleteNote(let sequence):
      guard noteSequences.contains(sequence) else {
        return .refuse("That note is gone already.")
      }
      return .accept([.undone(sequence: sequence)])
    case .adjust(let minutes):
      return decideAdjust(minutes)
    case .write(let kind, let raw):
      let text = UserText.clean(raw)
      guard !text.isEmpty else { return .refuse("Nothing written.") }
      if let reason = noteRefusal { return .refuse(reason) }
      guard let index = currentIndex else { return .refuse("No agenda item is current.") }
      guard kind == .action else {
        return .accept([
          .noteAdded(Note(kind: kind, text: text, member: holder, owner: nil, item: index))
        ])
      }
      let named = ActionOwner.read(text, present: attendees)
      if let reason = named.refusal { return .refuse(reason) }
      let (owner, said) = named.owner(or: holder, text: text)
      return .accept([
        .noteAdded(Note(kind: kind, text: said, member: holder, owner: owner, item: index))
      ])
    }
  }

  /// An edit keeps the note's kind and item; an action's `@name` names a new owner, and without
  /// one the owner stays.
  private func decideEdit(_ sequence: Int, _ raw: String) -> Decision {
    guard let index = noteSequences.firstIndex(of: sequence) else {
      return .refuse("That note is gone already.")
    }
    let note = notes[index]
    let text = UserText.clean(raw)
    guard !text.isEmpty else { return .refuse("An edit needs words; d deletes the note.") }
    guard note.kind == .action else {
      guard text != note.text else { return .refuse("Nothing changed.") }
      return .accept([.noteEdited(sequence: sequence, text: text, owner: nil)])
    }
    let named = ActionOwner.read(text, present: attendees)
    if let reason = named.refusal { return .refuse(reason) }
    let (owner, said) = named.owner(or: note.owner, text: text)
    guard said != note.text || owner != note.owner else { return .refuse("Nothing changed.") }
    return .accept([.noteEdited(sequence: sequence, text: said, owner: owner)])
  }

  /// `+` and `-`: a turn (or an item, when nobody speaks) keeps at least a minute and gets at
  /// most 24 hours.
  private func decideAdjust(_ minutes: Int) -> Decision {
    let most = Bounds.longestDuration
    guard minutes.magnitude <= most / 60 else { return .refuse("A timebox is at most 24 hours.") }
    let seconds = minutes * 60
    if let turn, let box = items[turn.item].item.turnTimebox {
      let now = Bounds.sum(box, turn.extra)
      let after = Bounds.sum(now, seconds)
      guard after > 0 else { return .refuse("A turn keeps at least one minute.") }
      guard seconds < 0 || after <= most else {
        return .refuse("A turn is at most 24 hours; it has \(TimeText.clock(now)).")
      }
      return .accept([.turnExtended(seconds: seconds)])
    }
    guard let index = currentIndex, let box = items[index].timebox else {
      return .refuse("This item has no timebox.")
    }
    let after = Bounds.sum(box, seconds)
    guard after > 0 else { return .refuse("An item keeps at least one minute.") }
    guard seconds < 0 || after <= most else {
      return .refuse("An item is at most 24 hours; it has \(TimeText.clock(box)).")
    }
    return .accept([.itemExtended(seconds: seconds)])
  }

  /// Why no note, decision or action item can be written now (no item is current, or it is
  /// confidential); nil when one can. Asked before the scribe starts typing, so a line that
  /// would be refused is never taken as meeting keys.
  public var noteRefusal: String? {
    guard let index = currentIndex else { return "No agenda item is current." }
    if items[index].item.confidential { return "This item is confidential: no notes are kept." }
    return nil
  }

  /// Why `member` may not take the stick in a round of this item: the focus person alone speaks
  /// in it, or the focus person listens to it; nil when they may.
  private func speakingRefusal(_ member: String, in item: ItemState) -> String? {
    guard !currentOrder.contains(member) else { return nil }
    let focus = start?.roles[Format.focusRole]
    switch item.item.focusRule {
    case .speaks?:
      return "Only the focus person, \(focus ?? "?"), speaks in “\(item.item.title)”."
    case .excluded? where member == focus:
      return "\(member) is the focus person and listens in “\(item.item.title)”."
    default:
      return "\(member) does not speak in “\(item.item.title)”."
    }
  }

  private func decideReply(_ number: Int) -> Decision {
    guard let item = currentItem, item.item.kind == .open else {
      if currentItem?.item.isRound == true {
        return .refuse(
          "Direct replies belong to open discussion; in a round, \(number) gives the stick.")
      }
      return .refuse("Direct replies belong to open discussion.")
    }
    guard attendees.indices.contains(number - 1) else {
      return .refuse("There is no member \(number) present.")
    }
    let member = attendees[number - 1]
    if item.reply == member { return .accept([.replyWithdrawn(member: member)]) }
    guard let holder else { return .refuse("Nobody is speaking, so there is nothing to reply to.") }
    if holder == member { return .refuse("\(member) holds the stick; a reply answers them.") }
    if isReplyTurn {
      return .refuse("\(holder) is replying already; 1-9 puts \(member) in the queue.")
    }
    if let taken = item.reply, let other = attendees.firstIndex(of: taken) {
      return .refuse("\(taken) has the direct reply; r \(other + 1) frees it.")
    }
    return .accept([.replyClaimed(member: member)])
  }

  private func enter(_ index: Int, start: SessionStart) -> Event {
    let item = items[index]
    guard item.item.isRound, !item.visited else {
      return .itemEntered(index: index, order: item.order)
    }
    let order = RoundOrder.order(
      item.item.order, attendees: start.attendees, start: start, itemIndex: index)
    guard let rule = item.item.focusRule, let focus = start.roles[Format.focusRole],
      order.contains(focus)
    else { return .itemEntered(index: index, order: order) }
    switch rule {
    case .speaks: return .itemEntered(index: index, order: [focus])
    case .excluded: return .itemEntered(index: index, order: order.filter { $0 != focus })
    case .included: return .itemEntered(index: index, order: order)
    }
  }
}
