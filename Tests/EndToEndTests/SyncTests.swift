import Foundation
import Testing

@Suite(
  "End to end: hearth sync", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct SyncEndToEndTests {
  /// The home's environment without anyone's git configuration.
  func environment(_ home: HearthHome, path: String? = nil) -> [String: String] {
    var environment = home.environment
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    if let path { environment["PATH"] = path }
    return environment
  }

  func hearth(_ home: HearthHome, _ arguments: [String], path: String? = nil) throws -> (
    status: Int32, output: String, error: String
  ) {
    try Tmux.run(HearthHome.binary, arguments, environment: environment(home, path: path))
  }

  @Test("init shares, a running meeting is held back until it ends, clone fetches; clear errors")
  func share() throws {
    let ana = try HearthHome()
    let bo = try HearthHome()
    defer {
      ana.remove()
      bo.remove()
    }
    let remote = ana.path + "/remote.git"
    let created = try Tmux.run(
      "/usr/bin/env", ["git", "init", "-q", "--bare", remote], environment: environment(ana))
    try #require(created.status == 0, "git init --bare failed: \(created.error)")
    try ana.initCrew("Ana", "Bo", "Chen")

    let notShared = try hearth(ana, ["sync"])
    #expect(notShared.status == 1)
    #expect(notShared.error.contains("hearth sync --init ADDRESS"))

    let shared = try hearth(ana, ["sync", "--init", remote])
    #expect(shared.status == 0, "\(shared.error)")
    #expect(shared.output.contains("Sharing Crew through \(remote)."))
    #expect(shared.output.contains("Sent to \(remote)."))

    let meeting = try Tmux.meeting(
      ana, "meet --format check-in --present Ana,Bo,Chen --role facilitator=Ana")
    let during = try hearth(ana, ["sync"])
    #expect(during.status == 0, "\(during.error)")
    #expect(during.output.contains("Not shared yet:") && during.output.contains("still open"))
    try meeting.send("q", "y")
    try meeting.leaveSummary()
    try meeting.waitFor("EXIT=0")
    let after = try hearth(ana, ["sync"])
    #expect(after.status == 0, "\(after.error)")
    #expect(after.output.contains("Shared from here: 1 new session."))
    #expect(!after.output.contains("Not shared yet"))

    let cloned = try hearth(bo, ["sync", "--clone", remote])
    #expect(cloned.status == 0, "\(cloned.error)")
    #expect(cloned.output.contains("Fetched Crew into \(bo.path)/pods/crew: 1 session."))
    let sessions = try bo.run(["sessions", "--json"])
    #expect(sessions.status == 0 && sessions.output.contains("\"ended\" : \"20"))
    #expect(try hearth(bo, ["sync"]).output.contains("Already in step with \(remote)."))

    let noGit = try hearth(bo, ["sync"], path: bo.path + "/no-such-folder")
    #expect(noGit.status == 1)
    #expect(noGit.error.contains("needs git"))

    try FileManager.default.moveItem(atPath: remote, toPath: remote + ".moved")
    let unreachable = try hearth(bo, ["sync"])
    #expect(unreachable.status == 1)
    #expect(unreachable.error.contains("Could not reach \(remote)"))
  }
}
