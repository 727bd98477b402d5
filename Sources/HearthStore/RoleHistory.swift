import Foundation
import HearthCore

/// Who held which rotating role in one past session, as its journal's start records it.
public struct RoleHistoryEntry: Sendable, Equatable, Codable {
  /// The session's id, its directory name under `sessions/`.
  public var session: String
  /// When the meeting started.
  public var started: Date
  /// Role name to member name.
  public var roles: [String: String]
  /// Role name to the members who declined it before the meeting.
  public var declined: [String: [String]]

  public init(
    session: String, started: Date, roles: [String: String], declined: [String: [String]] = [:]
  ) {
    self.session = session
    self.started = started
    self.roles = roles
    self.declined = declined
  }
}

extension RoleHistoryEntry {
  /// Who held each role in every session of `archive` (newest first, as
  /// `PodDirectory.archive()` gives it) whose start can be read, oldest first.
  public static func history(of archive: [ArchiveEntry]) -> [RoleHistoryEntry] {
    archive.reversed().compactMap {
      guard $0.hasStart else { return nil }
      return RoleHistoryEntry(
        session: $0.id, started: $0.started, roles: $0.roles, declined: $0.declined)
    }
  }
}

/// What starting a meeting needs from the archive, read once: who held the roles, which
/// meeting is still open, and the action items the new meeting carries.
public struct MeetingHistory: Sendable {
  /// Who held each role, oldest first: the input rotation is derived from.
  public var roles: [RoleHistoryEntry]
  /// The pod's meeting still open (running or interrupted), if any.
  public var openSession: String?
  /// The action items still open, oldest first; nil unless read `withActions`.
  public var openActions: [OpenAction]?
}

extension PodDirectory {
  /// Who held each role in every session whose start can be read, oldest first: the input
  /// rotation is derived from, as `meetingHistory` reads it.
  public func roleHistory() -> [RoleHistoryEntry] { meetingHistory(withActions: false).roles }

  /// The role history, the open meeting and (`withActions`) the open action items, from one
  /// reading of the archive's index; served from the derived history (`HistoryIndex`) while
  /// the sessions it was computed from are unchanged, the sessions added since folded in.
  public func meetingHistory(withActions: Bool) -> MeetingHistory {
    let ids = sessionIDs()
    let journals = JournalKeys(sessionsPath)
    // The keys are taken before any journal is read: a write in between leaves a stale key,
    // which only means computing the history again next time.
    let keys = ids.map(journals.key(of:))
    let cached = HistoryIndex.load(from: historyIndexPath, in: self)
    let added = cached?.added(ids, keys: keys)
    var history: MeetingHistory
    if let cached, added == [] {
      history = cached.history
    } else {
      history =
        added.flatMap {
          cached?.extended(with: entries($0, of: ids, withActions: true, withAirtime: false))
        } ?? Self.history(of: entries(ids, of: ids, withActions: true, withAirtime: false))
      try? HistoryIndex.write(history, ids: ids, keys: keys, to: historyIndexPath, in: self)
    }
    if withActions {
      // The derived history follows the journals; what was closed between meetings is not
      // carried (decision 0092).
      let closed = Set(readableClosures().map(\.id))
      if !closed.isEmpty { history.openActions?.removeAll { closed.contains($0.id) } }
    } else {
      history.openActions = nil
    }
    return history
  }

  /// The history of every session of `archive` (newest first, with their actions).
  private static func history(of archive: [ArchiveEntry]) -> MeetingHistory {
    MeetingHistory(
      roles: RoleHistoryEntry.history(of: archive), openSession: openSession(in: archive),
      openActions: ActionLedger(archive: archive).open)
  }

  /// The derived history of the pod: a cache, safe to delete.
  public var historyIndexPath: String { layout.historyIndexPath }
}
