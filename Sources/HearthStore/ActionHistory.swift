import Foundation
import HearthCore

extension ActionLedger {
  /// The pod's action items followed through every readable session of `archive` (newest first,
  /// as `PodDirectory.archive(limit: nil, withActions: true)` gives it), in the order the
  /// meetings started; damaged sessions are left out.
  public init(archive: [ArchiveEntry]) {
    self.init()
    record(archive: archive)
  }

  /// A ledger whose open actions are `open` (oldest first): to follow them on through the
  /// sessions after the ones they were read from. It knows nothing closed or carried before.
  init(open: [OpenAction]) {
    self.init()
    record(ActionChanges(written: open), session: "", facilitator: nil)
  }

  /// Takes in the readable sessions of `archive` (newest first, with their actions), in the
  /// order the meetings started, after every session recorded so far.
  mutating func record(archive: [ArchiveEntry]) {
    // Newest first by recorded start: ids sort by local time, which the start overrules when
    // time zones differ.
    for entry in archive.reversed() where entry.damaged == nil {
      guard let actions = entry.actions else { continue }
      record(actions, session: entry.id, facilitator: entry.facilitator)
    }
  }
}

extension PodDirectory {
  /// The pod's action items: which are open (what the next meeting's actions item reviews), how
  /// often each was carried, and which were closed, when and by whom.
  ///
  /// Served from the archive's index, so it reads only the journals changed since the index was
  /// written.
  public func actionLedger() -> ActionLedger {
    var ledger = ActionLedger(archive: archive(limit: nil, withActions: true))
    ledger.record(closedBetweenMeetings: readableClosures())
    return ledger
  }

  /// The action items written in the pod's sessions and never marked done or dropped in a later
  /// one, oldest first: what the next meeting carries, as `meetingHistory` reads it.
  public func openActions() -> [OpenAction] { meetingHistory(withActions: true).openActions ?? [] }
}
