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

extension PodDirectory {
  /// Who held each role in every session whose start can be read, oldest first: the input
  /// rotation is derived from. Served from the archive's index.
  public func roleHistory() -> [RoleHistoryEntry] {
    archive(limit: nil, withActions: false, withAirtime: false).reversed().filter(\.hasStart).map {
      RoleHistoryEntry(session: $0.id, started: $0.started, roles: $0.roles, declined: $0.declined)
    }
  }
}
