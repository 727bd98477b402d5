import Foundation
import HearthCore

/// The meeting told as lines of text, one for each thing that happens: what `--plain` prints
/// for screen readers and logs ("Ana has the stick for 2 minutes.", "Ana passed", "Item 2 of
/// 4: Updates and asks, 20 minutes."). Times are said in words, as a person says them, never
/// as a clock's digits. Lines never carry elapsed times, so a scripted meeting reads the same
/// every time.
public enum Narration {
  /// The lines for `records`, newly folded into a session that was `before`.
  public static func lines(for records: some Sequence<EventRecord>, after before: SessionState)
    -> [String]
  {
    var state = before
    var lines: [String] = []
    for record in records {
      let previous = state
      state.apply(record)
      lines += line(for: record.event, before: previous, after: state)
    }
    return lines
  }

  /// What the session looks like now, said in a few lines: for the start, a resume, or `?`.
  public static func summary(of state: SessionState) -> [String] {
    guard let start = state.start else { return [] }
    var lines = [
      "\(start.format.title) of \(start.pod): \(start.attendees.joined(separator: ", ")) present."
    ]
    let roles = Format.inRotationOrder(start.roles).map { "\($0.key) \($0.value)" }
    if !roles.isEmpty { lines.append("Roles: " + roles.joined(separator: ", ") + ".") }
    if let index = state.currentIndex { lines += item(index, in: state) }
    if let holder = state.holder { lines.append(stick(holder, in: state)) }
    return lines
  }

  /// A timer cue said: "30 seconds left for Ana." as the warning starts, "Time is up for Ana."
  /// at zero.
  public static func line(for cue: Cue, holder: String?) -> String {
    let who = holder.map { " for \($0)" } ?? ""
    switch cue {
    case .warning(let remaining): return "\(TimeText.words(remaining)) left\(who)."
    case .zero: return "Time is up\(who)."
    }
  }

  private static func line(for event: Event, before: SessionState, after: SessionState)
    -> [String]
  {
    switch event {
    case .started:
      return summary(of: after)
    case .itemEntered(let index, _):
      return item(index, in: after)
    case .stickGiven(let member):
      return [stick(member, in: after)]
    case .passed(let next):
      let passed = (before.holder ?? "The speaker") + " passed."
      return [passed] + (next.map { [stick($0, in: after)] } ?? [nobodyNext(after)])
    case .stickReleased:
      return [nobodyNext(after)]
    case .handRaised(let member):
      return ["\(member) raised a hand; waiting: \(after.waitingSpeakers.joined(separator: ", "))."]
    case .handLowered(let member):
      return ["\(member) lowered their hand."]
    case .replyClaimed(let member):
      return ["\(member) will reply to \(after.holder ?? "the speaker")."]
    case .replyWithdrawn(let member):
      return ["\(member) gave the reply up."]
    case .paused:
      return ["Paused."]
    case .resumed, .recovered:
      return ["Timers running again."]
    case .turnExtended(let seconds):
      let box = after.turnTimer(at: after.lastEventAt ?? Date())?.timebox
      return [
        change(seconds) + " for \(after.holder ?? "the turn")"
          + (box.map { ", now \(TimeText.words($0))" } ?? "") + "."
      ]
    case .itemExtended(let seconds):
      let title = after.currentItem?.item.title ?? "the item"
      return [change(seconds) + " for \(title)."]
    case .noteAdded(let note):
      switch note.kind {
      case .note: return ["Note: \(note.text)"]
      case .decision: return ["Decision: \(note.text)"]
      case .action: return ["Action" + (note.owner.map { " for \($0)" } ?? "") + ": \(note.text)"]
      }
    case .actionReviewed(let id, let status):
      let text = after.actionsToReview.first { $0.id == id }?.text ?? "an action"
      return ["\(status.rawValue.capitalized): \(text)"]
    case .undone:
      var lines = [undone(in: after)]
      if let index = after.currentIndex, index != before.currentIndex {
        lines += item(index, in: after)
      }
      return lines + (after.holder.map { [stick($0, in: after)] } ?? [])
    case .left:
      return ["The facilitator left; hearth resume continues."]
    case .ended:
      return ["The meeting has ended."]
    case .heartbeat:
      return []
    }
  }

  /// `Item 2 of 4: Updates and asks, 20 minutes.` and its prompt.
  private static func item(_ index: Int, in state: SessionState) -> [String] {
    let item = state.items[index].item
    var line = "Item \(index + 1) of \(state.items.count): \(item.title)"
    if let box = item.timebox { line += ", \(TimeText.words(box))" }
    var lines = [line + "."]
    if item.confidential { lines.append("This item is confidential: no notes are kept.") }
    if let prompt = item.prompt { lines.append("Prompt: \(prompt)") }
    if item.isRound, state.holder == nil, state.items[index].turns.isEmpty,
      let first = state.nextSpeaker
    {
      lines.append("\(first) speaks first.")
    }
    return lines
  }

  /// `Ana has the stick for 2 minutes.`
  private static func stick(_ member: String, in state: SessionState) -> String {
    let box = state.turnTimer(at: state.lastEventAt ?? Date())?.timebox
    let doing = state.isReplyTurn ? " replies" : " has the stick"
    return member + doing + (box.map { " for \(TimeText.words($0))" } ?? "") + "."
  }

  private static func nobodyNext(_ state: SessionState) -> String {
    if state.isRoundComplete { return "Round complete." }
    if let next = state.nextSpeaker { return "Nobody has the stick; \(next) is next." }
    return "Nobody has the stick."
  }

  private static func change(_ seconds: Int) -> String {
    let minutes = abs(seconds) / 60
    let amount = minutes == 1 ? "One minute" : "\(minutes) minutes"
    return seconds >= 0 ? "\(amount) more" : "\(amount) less"
  }

  /// What the last undo took back, without the words of a note: "Undone: Bo took the stick."
  static func undone(in session: SessionState) -> String {
    guard case .undone(let sequence)? = session.records.last?.event,
      let target = session.records.first(where: { $0.sequence == sequence })?.event
    else { return "Undone." }
    let what: String
    switch target {
    case .itemEntered(let index, _): what = "the move to item \(index + 1)"
    case .stickGiven(let member): what = "\(member) taking the stick"
    case .passed: what = "the pass"
    case .stickReleased: what = "the end of the turn"
    case .handRaised(let member): what = "\(member)'s raised hand"
    case .handLowered(let member): what = "\(member) lowering their hand"
    case .replyClaimed(let member): what = "\(member)'s direct reply"
    case .replyWithdrawn(let member): what = "\(member) giving the reply up"
    case .paused: what = "the pause"
    case .resumed: what = "the resume"
    case .turnExtended(let seconds), .itemExtended(let seconds):
      what = seconds > 0 ? "the minute more" : "the minute less"
    case .noteAdded(let note):
      switch note.kind {
      case .note: what = "the note"
      case .decision: what = "the decision"
      case .action: what = "the action item"
      }
    case .actionReviewed(_, let status): what = "marking the action \(status.rawValue)"
    default: return "Undone."
    }
    return "Undone: \(what)."
  }
}
