import Foundation
import Testing

@Suite(
  "End to end: deleting the session that wrote a carried action", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct CarriedActionDeletionTests {
  @Test("its words leave every file and search; the later review says the action was deleted")
  func deleteSource() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let first = try Tmux(home.shellLine("demo --plain"), environment: home.environment)
    try first.waitFor("Keys: ")
    try first.send("a")
    try first.send("@Ana call the lawyer about custody", literal: true)
    try first.send("Enter")
    try first.waitFor("Action for Ana: call the lawyer about custody")
    try first.send("q", "y")
    try first.waitFor("EXIT=0")

    let second = try Tmux.meeting(home)
    try second.send("]", "]")
    try second.waitFor("1 call the lawyer")
    try second.send("c")
    try second.waitUntil("the action is marked carried") {
      $0.contains { $0.contains("1 call the lawyer") && $0.contains("carried") }
    }
    try second.send("q", "y")
    try second.waitFor("EXIT=0")

    let listed = try home.run(["sessions", "--json"] + HearthHome.demo)
    let ids = try #require(
      try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]]
    ).compactMap { $0["id"] as? String }
    try #require(ids.count == 2, "\(listed.output)")
    let (later, source) = (ids[0], ids[1])
    #expect(try TakingBackTests.filesHolding("custody", in: home.path).count > 1)
    let found = try home.run(["search", "custody"] + HearthHome.demo)
    #expect(found.output.contains("2 lines in 2 sessions"), "\(found.output)")

    let deleted = try home.run(["sessions", "delete", source, "--yes"] + HearthHome.demo)
    #expect(deleted.status == 0, "\(deleted.error)")
    #expect(try TakingBackTests.filesHolding("custody", in: home.path).isEmpty)
    #expect(try TakingBackTests.filesHolding("lawyer", in: home.path).isEmpty)
    let none = try home.run(["search", "custody"] + HearthHome.demo)
    #expect(none.output.contains("Nothing found"), "\(none.output)")
    let shown = try home.run(["show", later] + HearthHome.demo)
    #expect(shown.status == 0, "\(shown.error)")
    #expect(
      shown.output.contains("**Carried:** an action from a deleted session"), "\(shown.output)")
    #expect(!shown.output.contains("lawyer"))
  }
}
