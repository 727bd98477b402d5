import Foundation
import HearthCore

extension PodDirectory {
  /// `records` with the actions carried into the session (which its journal holds by id only)
  /// given their words, read from the sessions that wrote them; an action whose session is gone,
  /// or no longer holds it, stays `OpenAction.fromDeletedSession`, dated by that session's id.
  /// Records without a start, or whose start carries nothing by reference, are returned as
  /// they are. `written`, when given, holds every action of the pod by session (as
  /// `actionsWritten()` gives them), so no journal is read for them.
  func resolvingCarried(
    _ records: [EventRecord], written known: [String: [String: OpenAction]]? = nil
  ) -> [EventRecord] {
    guard let first = records.first, case .started(var start) = first.event,
      start.openActions.contains(where: \.isFromDeletedSession)
    else { return records }
    var written = known ?? [:]
    start.openActions = start.openActions.map { action in
      guard action.isFromDeletedSession else { return action }
      let source = OpenAction.session(of: action.id)
      if known == nil, written[source] == nil { written[source] = actionsWritten(in: source) }
      return written[source]?[action.id]
        ?? .fromDeletedSession(id: action.id, started: SessionID(source)?.start(in: .current))
    }
    var resolved = records
    resolved[0] = EventRecord(sequence: first.sequence, time: first.time, event: .started(start))
    return resolved
  }

  /// `records` with the carried actions' words read again from their sessions, whatever the
  /// start held: a meeting that began with them must not write words that were deleted since.
  func rereadingCarried(_ records: [EventRecord]) -> [EventRecord] {
    guard let first = records.first, case .started(var start) = first.event else { return records }
    start.openActions = start.openActions.map { .fromDeletedSession(id: $0.id) }
    var references = records
    references[0] = EventRecord(sequence: first.sequence, time: first.time, event: .started(start))
    return resolvingCarried(references)
  }

  /// The actions session `id` wrote (and did not undo), by action id; empty when it is gone or
  /// cannot be read.
  private func actionsWritten(in id: String) -> [String: OpenAction] {
    guard PodLayout.isListed(id), !id.contains("/"),
      let contents = try? readJournal(id)
    else { return [:] }
    let actions = SessionState(replaying: contents.records).writtenActions
    return Dictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Every action written in the pod's readable sessions, by session and action id: read from
  /// the archive's index, for resolving the carried actions of many sessions at once.
  func actionsWritten() -> [String: [String: OpenAction]] {
    var written: [String: [String: OpenAction]] = [:]
    for entry in archive(limit: nil, withActions: true) where entry.damaged == nil {
      guard let actions = entry.actions?.written, !actions.isEmpty else { continue }
      written[entry.id] = Dictionary(
        actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
    return written
  }

  /// The sessions whose review of carried actions names an action session `id` wrote: what they
  /// show of it (transcripts, search lines) depends on that session.
  func sessionsReviewing(actionsOf id: String) -> [String] {
    let prefix = id + "#"
    return archive(limit: nil, withActions: true).compactMap { entry in
      let reviews = entry.actions?.reviewed ?? []
      return reviews.contains { $0.id.hasPrefix(prefix) } ? entry.id : nil
    }
  }
}
