import Foundation
import Testing

@testable import HearthCore

@Suite("A session's roles are listed in the pod's order, not by name")
struct RoleOrderTests {
  @Test("the order the start recorded leads the transcript's roles line; others follow by name")
  func recordedOrder() {
    let start = SessionStart(
      id: "order", pod: "Pod", format: Fixture.format, attendees: Fixture.members,
      roles: ["scribe": "Bo", "facilitator": "Ana", "host": "Dee", "greeter": "Chen"], seed: 1,
      priorSessions: 0)
    var ordered = start
    ordered.roleOrder = ["scribe", "facilitator"]
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let markdown = Transcript.markdown(.started(ordered, at: now), at: now, timeZone: .gmt)
    #expect(markdown.contains("**Roles:** scribe Bo, facilitator Ana, greeter Chen, host Dee"))
    let older = Transcript.markdown(.started(start, at: now), at: now, timeZone: .gmt)
    #expect(
      older.contains("**Roles:** facilitator Ana, scribe Bo, greeter Chen, host Dee"),
      "without a recorded order: the rotation's, then by name")
  }

  @Test("the recorded order survives the journal's JSON")
  func coded() throws {
    var start = SessionStart(
      id: "order", pod: "Pod", format: Fixture.format, attendees: Fixture.members,
      roles: ["scribe": "Bo"], seed: 1, priorSessions: 0)
    start.roleOrder = ["scribe", "facilitator"]
    let data = try JSONEncoder().encode(start)
    #expect(try JSONDecoder().decode(SessionStart.self, from: data).roleOrder == start.roleOrder)
  }
}
