import Foundation

/// The clock of the `hearth` under test: a file holding the instant it takes as now
/// (`HEARTH_CLOCK_FILE`). A test moves time by `advance`, never by waiting for real seconds, so
/// a loaded machine cannot change what the program measures.
final class FileClock {
  let path: String
  /// The environment of `home` with this clock.
  let environment: [String: String]
  private(set) var now: Date

  /// A clock in `home`, at `start` (2026-11-27 19:00 UTC unless said).
  init(_ home: HearthHome, start: Date = Date(timeIntervalSince1970: 1_795_806_000)) throws {
    path = home.path + "/clock"
    var environment = home.environment
    environment["HEARTH_CLOCK_FILE"] = path
    self.environment = environment
    now = start
    try write()
  }

  /// Moves the clock `seconds` on.
  func advance(by seconds: Double) throws {
    now += seconds
    try write()
  }

  /// `2026-11-27T19:00:00.000Z`, as a journal writes instants.
  static func instant(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.string(from: date)
  }

  /// Replaces the file whole (a reader sees the old instant or the new), private to the user
  /// as hearth requires.
  private func write() throws {
    let temporary = path + ".new"
    guard
      FileManager.default.createFile(
        atPath: temporary, contents: Data((Self.instant(now) + "\n").utf8),
        attributes: [.posixPermissions: 0o600])
    else { throw E2EError("cannot write the clock file \(temporary)") }
    guard rename(temporary, path) == 0 else { throw E2EError("cannot move the clock file") }
  }
}
