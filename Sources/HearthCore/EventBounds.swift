import Foundation

extension EventRecord {
  /// Why this record holds a number no Hearth writes now (a hand edit, or an older Hearth that
  /// let a huge timebox through), worded as the reason a journal is damaged; nil when every
  /// number is in range. `start` is the session's `started` record, nil for that record itself.
  public func problem(after start: EventRecord?) -> String? {
    if let problem = timeProblem(after: start) { return problem }
    if case .started(let session) = event { return session.problem }
    // Without a start before it the journal is damaged anyway, and says so.
    guard case .started(let session)? = start?.event else { return nil }
    let items = session.format.items.count
    switch event {
    case .itemEntered(let index, _) where !(0..<items).contains(index):
      return "it enters item \(Self.counted(index)) of an agenda of \(items)"
    case .noteAdded(let note) where !(0..<items).contains(note.item):
      return "a note belongs to item \(Self.counted(note.item)) of an agenda of \(items)"
    case .turnExtended(let seconds) where seconds.magnitude > Bounds.longestDuration,
      .itemExtended(let seconds) where seconds.magnitude > Bounds.longestDuration:
      return "a timebox changes by \(seconds) seconds; 24 hours (86400) at most"
    case .undone(let target) where !(1..<sequence).contains(target):
      return "event \(sequence) undoes event \(target), which does not come before it"
    case .noteEdited(let target, _, _) where !(1..<sequence).contains(target):
      return "event \(sequence) edits event \(target), which does not come before it"
    default:
      return nil
    }
  }

  /// `index + 1`, which cannot overflow.
  private static func counted(_ index: Int) -> String {
    index >= 0 ? "\(index.magnitude + 1)" : "\(index + 1)"
  }

  private func timeProblem(after start: EventRecord?) -> String? {
    guard let start else {
      guard time.timeIntervalSince1970 >= 0 else {
        return "the meeting starts before 1970 (\(time))"
      }
      return nil
    }
    let offset = time.timeIntervalSince(start.time)
    if offset < -Bounds.earliestBeforeStart {
      return "event \(sequence) is dated a day or more before the meeting began (\(time))"
    }
    if offset > Bounds.latestAfterStart {
      return "event \(sequence) is dated ten years or more after the meeting began (\(time))"
    }
    return nil
  }
}

extension SessionStart {
  /// Why this start holds a number no Hearth writes now; nil when every one is in range.
  public var problem: String? {
    for (index, item) in format.items.enumerated() {
      for (name, value) in [("timebox", item.timebox), ("turn", item.turnTimebox)] {
        if let value, let problem = Bounds.durationProblem(value) {
          return "the format's item \(index + 1): its \(name) \(problem)"
        }
      }
    }
    if let warning, let problem = Bounds.durationProblem(warning) {
      return "the pod's warning \(problem)"
    }
    if let commitment, !(1...Bounds.mostSessions).contains(commitment) {
      return "the commitment of \(commitment) sessions is not from 1 to \(Bounds.mostSessions)"
    }
    if let term, let problem = term.problem {
      return "the commitment's \(problem)"
    }
    if !(0...Bounds.mostPriorSessions).contains(priorSessions) {
      return "\(priorSessions) earlier sessions is not from 0 to \(Bounds.mostPriorSessions)"
    }
    return nil
  }
}
