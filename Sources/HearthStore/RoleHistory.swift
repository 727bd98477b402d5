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
  /// rotation is derived from. Served from the archive's index.
  public func roleHistory() -> [RoleHistoryEntry] { meetingHistory(withActions: false).roles }

  /// The role history, the open meeting and (`withActions`) the open action items, from one
  /// reading of the archive's index.
  public func meetingHistory(withActions: Bool) -> MeetingHistory {
    let archive = archive(limit: nil, withActions: withActions, withAirtime: false)
    return MeetingHistory(
      roles: RoleHistoryEntry.history(of: archive), openSession: Self.openSession(in: archive),
      openActions: withActions ? ActionLedger(archive: archive).open : nil)
  }
}
