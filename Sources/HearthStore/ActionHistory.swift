import Foundation
import HearthCore

extension PodDirectory {
  /// The action items written in the pod's sessions and never marked done or dropped in a later
  /// one, oldest first: what the next meeting's actions item reviews.
  ///
  /// Reads every journal whole, in the order the meetings started; a journal that cannot be read
  /// (missing, damaged before its last line, or without a start) is left out.
  public func openActions() -> [OpenAction] {
    var sessions: [(started: Date, state: SessionState)] = []
    for id in sessionIDs() {
      guard let loaded = try? loadSession(id), let started = loaded.state.startedAt else {
        continue
      }
      sessions.append((started, loaded.state))
    }
    // Ids sort by local time; the recorded start is the truth when time zones differ.
    let ordered = sessions.enumerated().sorted { a, b in
      a.element.started != b.element.started
        ? a.element.started < b.element.started : a.offset < b.offset
    }
    return ActionLedger.openActions(after: ordered.map(\.element.state))
  }
}
