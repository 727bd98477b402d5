import Foundation
import Testing

@Suite(
  "End to end: deleting a carried action's session, or a member's notes", .serialized,
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
    try first.leaveSummary()
    try first.waitFor("EXIT=0")

    let second = try Tmux.meeting(home)
    try second.send("]", "]")
    try second.waitFor("1 call the lawyer")
    try second.send("c")
    try second.waitUntil("the action is marked carried") {
      $0.contains { $0.contains("1 call the lawyer") && $0.contains("carried") }
    }
    try second.send("q", "y")
    try second.leaveSummary()
    try second.waitFor("EXIT=0")

    let listed = try home.run(["sessions", "--json"] + HearthHome.demo)
    let ids = HearthHome.jsonList(listed.output, "sessions").compactMap { $0["id"] as? String }
    try #require(ids.count == 2, "\(listed.output)")
    let (later, source) = (ids[0], ids[1])
    #expect(try TakingBackTests.filesHolding("custody", in: home.path).count > 1)
    let found = try home.run(["search", "custody"] + HearthHome.demo)
    #expect(found.error == "2 lines in 2 sessions.\n", "\(found.error)")

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

  @Test("members forget on a terminal says what of theirs it deletes, then none of it is left")
  func forgetWithNotes() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Zephyrine")
    let meeting = try Tmux(
      home.shellLine(
        "--plain meet --format check-in --present Ana,Zephyrine --role facilitator=Ana"),
      environment: home.environment)
    try meeting.waitFor("Keys: ")
    try meeting.send("2")
    try meeting.waitFor("Zephyrine has the stick")
    for (key, text) in [("i", "moves to Lisbon in spring"), ("a", "@Zephyrine sends the photos")] {
      try meeting.send(key)
      try meeting.send(text, literal: true)
      try meeting.send("Enter")
    }
    try meeting.waitFor("Action for Zephyrine: sends the photos")
    try meeting.send("q", "y")
    try meeting.leaveSummary()
    try meeting.waitFor("EXIT=0")
    #expect(try TakingBackTests.filesHolding("lisbon", in: home.path).isEmpty == false)

    let script = try home.run(["members", "forget", "Zephyrine", "--yes"])
    #expect(script.status == 2)
    #expect(script.error.contains("1 note and 1 action in 1 session"), "\(script.error)")
    #expect(script.error.contains("--delete-notes"))

    let asked = try Tmux(home.shellLine("members forget Zephyrine"), environment: home.environment)
    try asked.waitFor("Forget Zephyrine?")
    try asked.send("y", "Enter")
    try asked.waitFor(
      "Zephyrine wrote or owns 1 note and 1 action in 1 session. Delete those too? [y/N]")
    try asked.send("y", "Enter")
    try asked.waitFor("Deleted 1 note and 1 action in 1 session.")
    try asked.waitFor("EXIT=0")
    for word in ["zephyrine", "lisbon", "sends the photos"] {
      #expect(try TakingBackTests.filesHolding(word, in: home.path).isEmpty, "\(word)")
    }
    let found = try home.run(["search", "photos"])
    #expect(found.output.contains("Nothing found"), "\(found.output)")
  }
}
