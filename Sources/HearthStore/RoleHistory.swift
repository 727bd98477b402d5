import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  /// Who held each role in every session, oldest first: the input rotation is derived from.
  ///
  /// Reads only the first line of each journal (the `started` event), so it stays fast with
  /// thousands of sessions. A session whose first line cannot be read is left out.
  public func roleHistory() -> [RoleHistoryEntry] {
    let decoder = JSONDecoder()
    var entries: [RoleHistoryEntry] = []
    for id in sessionIDs() {
      guard let line = Self.firstLine(of: journalPath(id)),
        let journalLine = try? decoder.decode(JournalLine.self, from: Data(line)),
        journalLine.v <= JournalLine.version,
        let record = try? journalLine.record(),
        case .started(let start) = record.event
      else { continue }
      entries.append(
        RoleHistoryEntry(
          session: id, started: record.time, roles: start.roles, declined: start.declined))
    }
    // Ids sort by local time; the recorded start is the truth when time zones differ.
    return entries.enumerated().sorted { a, b in
      a.element.started != b.element.started
        ? a.element.started < b.element.started : a.offset < b.offset
    }.map(\.element)
  }

  /// The bytes of a file up to its first newline (or its end), read in chunks; nil if the file
  /// cannot be read or is empty.
  static func firstLine(of path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    let chunk = 8192
    return withUnsafeTemporaryAllocation(byteCount: chunk, alignment: 1) { buffer in
      var line: [UInt8] = []
      while true {
        let count = read(fd, buffer.baseAddress, chunk)
        if count < 0, errno == EINTR { continue }
        guard count >= 0 else { return nil }
        let bytes = UnsafeRawBufferPointer(rebasing: buffer[..<count])
        if let start = buffer.baseAddress, let newline = memchr(start, 10, count) {
          let length = UnsafeRawPointer(start).distance(to: UnsafeRawPointer(newline))
          line.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[..<length]))
          break
        }
        line.append(contentsOf: bytes)
        if count == 0 { break }
      }
      return line.isEmpty ? nil : line
    }
  }
}
