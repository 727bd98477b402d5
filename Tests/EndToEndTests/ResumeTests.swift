import Foundation
import Testing

@Suite("Resuming open meetings", .enabled(if: Requirement.tmux, "needs tmux"))
struct ResumeTests {
  /// The pod's sessions as `sessions --json` lists them (newest first): id and whether open.
  private static func sessions(_ home: HearthHome) throws -> [(id: String, open: Bool)] {
    let listed = try home.run(["sessions", "--json"])
    return HearthHome.jsonList(listed.output, "sessions").map {
      ($0["id"] as? String ?? "", $0["ended"] is NSNull)
    }
  }

  @Test("two open meetings: without a terminal resume names both; on one it asks; resume ID")
  func severalOpen() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Bo", "Chen")
    let clock = try FileClock(home)
    // Each meeting is left (its input ends at once), so both stay open.
    #expect(try home.run(["--plain", "meet"], environment: clock.environment).status == 0)
    try clock.advance(by: 120)
    let second = try home.run(["--plain", "meet", "--new"], environment: clock.environment)
    #expect(second.status == 0)
    let open = try Self.sessions(home)
    #expect(open.count == 2 && open.allSatisfy(\.open))
    let (newer, older) = (open[0].id, open[1].id)

    let refused = try home.run(["resume"], environment: clock.environment)
    #expect(refused.status == 1)
    #expect(refused.error.contains("2 meetings of this pod are still open: \(newer), \(older)"))
    #expect(refused.error.contains("`hearth resume ID` continues one"))

    let asked = try Tmux(home.shellLine("resume"), environment: clock.environment)
    let list = try asked.waitFor("2 meetings of Crew are still open. Which one continues?")
    #expect(list.contains { $0.contains("1  \(newer)") })
    #expect(list.contains { $0.contains("2  \(older)") })
    try asked.send("2")
    try asked.waitFor("Welcome back")
    try asked.send("q")
    try asked.send("y")
    try asked.leaveSummary()
    try asked.waitFor("EXIT=0")
    let after = try Self.sessions(home)
    #expect(after.first { $0.id == older }?.open == false, "the chosen meeting ended")
    #expect(after.first { $0.id == newer }?.open == true, "the other is still open")

    let direct = try Tmux(home.shellLine("resume \(newer)"), environment: clock.environment)
    try direct.waitFor("Welcome back")
    try direct.send("q")
    try direct.send("y")
    try direct.leaveSummary()
    try direct.waitFor("EXIT=0")
    #expect(try Self.sessions(home).allSatisfy { !$0.open })

    let ended = try home.run(["resume", older], environment: clock.environment)
    #expect(ended.status == 1)
    #expect(ended.error.contains("\(older) has ended"))
    let unknown = try home.run(["resume", "2020-01-01T0000-nope"], environment: clock.environment)
    #expect(unknown.status == 1)
    #expect(unknown.error.contains("no such session"))
  }
}
