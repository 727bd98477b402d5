import Foundation
import Testing

@Suite(
  "End to end: one order everywhere, by the start each journal records", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct TimeZoneOrderTests {
  /// 19:00 in London (UTC) is the older meeting; the newer, an hour later, is held in New York,
  /// where the clock read 15:00, so its id sorts first.
  static let older = "2026-11-27T1900-check-in"
  static let newer = "2026-11-27T1500-check-in"

  /// Holds a short meeting with `--plain` in `timeZone` at the clock's time, deciding `decision`.
  static func hold(
    _ home: HearthHome, _ clock: FileClock, timeZone: String, decision: String
  ) throws {
    var environment = clock.environment
    environment["TZ"] = timeZone
    let meeting = try LoggedRun(
      home, "meet --plain --present Ana,Bo --role facilitator=Ana", environment: environment)
    try meeting.waitFor("Keys: ")
    try meeting.tmux.send("d")
    try meeting.tmux.send(decision, literal: true)
    try meeting.tmux.send("Enter")
    try meeting.waitFor("Decision: " + decision)
    try meeting.tmux.send("q", "y")
    try meeting.tmux.waitFor("EXIT=0")
  }

  @Test("a later meeting held further west is the newest for show, sessions, stats and search")
  func acrossTimeZones() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Bo")
    let clock = try FileClock(home)
    try Self.hold(home, clock, timeZone: "UTC", decision: "Garden in London")
    try clock.advance(by: 3600)
    try Self.hold(home, clock, timeZone: "America/New_York", decision: "Garden in New York")
    var environment = home.environment
    environment["TZ"] = "UTC"
    let run = { (arguments: [String]) in try home.run(arguments, environment: environment) }

    let listed = try run(["sessions", "--json"])
    let all = HearthHome.jsonList(listed.output, "sessions")
    #expect(all.map { $0["id"] as? String } == [Self.newer, Self.older], "both were held")

    let latest = try run(["show", "latest", "--json"])
    #expect(latest.status == 0, "\(latest.error)")
    let report = try JSONSerialization.jsonObject(with: Data(latest.output.utf8)) as? [String: Any]
    #expect(report?["id"] as? String == Self.newer)

    let one = try run(["sessions", "--limit", "1", "--json"])
    let limited = HearthHome.jsonList(one.output, "sessions")
    #expect(limited.map { $0["id"] as? String } == [Self.newer])

    let stats = try run(["stats", "--last", "1", "--json"])
    #expect(stats.status == 0, "\(stats.error)")
    let counted = try JSONSerialization.jsonObject(with: Data(stats.output.utf8)) as? [String: Any]
    let sessions = counted?["sessions"] as? [[String: Any]]
    #expect(sessions?.map { $0["id"] as? String } == [Self.newer])

    let found = try run(["search", "garden"])
    #expect(found.status == 0, "\(found.error)")
    let headings = found.output.split(separator: "\n").filter { !$0.hasPrefix(" ") }
    // Times from the journal's start, read in UTC here: 20:00, not the id's 15:00.
    #expect(
      headings == [
        "\(Self.newer)  2026-11-27 20:00", "\(Self.older)  2026-11-27 19:00",
      ])
  }
}
