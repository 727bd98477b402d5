import Foundation
import Testing

@Suite("End to end: pods, members, formats and roles from the command line")
struct PodCommandTests {
  @Test("members add, remove, rename keep pod.toml right; one no session names is deleted")
  func members() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let created = try home.run([
      "init", "Tuesday Crew", "--member", "Ana", "--member", "Bo", "--member", "陳美玲",
      "--commitment", "6",
    ])
    #expect(created.status == 0, "\(created.error)")
    #expect(try home.run(["members", "add", "Dee", "--pronouns", "she/her"]).status == 0)
    #expect(try home.run(["members", "add", "Zed"]).status == 0)
    let clock = try FileClock(home)
    let meeting = try home.run(
      ["--plain", "meet", "--present", "Ana,Bo,Dee"], environment: clock.environment)
    #expect(meeting.status == 0, "\(meeting.error)")
    let bo = try home.run(["members", "remove", "Bo"])
    #expect(bo.output == "Removed Bo; past sessions still show them.\n")
    let zed = try home.run(["members", "remove", "Zed"])
    #expect(zed.output == "Removed Zed: no session names them, so they are gone from the pod.\n")
    #expect(try home.run(["members", "rename", "Ana", "Anna"]).status == 0)
    let list = try home.run(["members"]).output
    #expect(list.contains("1. Anna  formerly Ana"))
    #expect(list.contains("2. Bo  [removed]"))
    #expect(list.contains("3. 陳美玲"))
    #expect(list.contains("4. Dee (she/her)"))
    #expect(!list.contains("Zed"), "added by mistake, named by no session: gone")
    let again = try home.run(["init", "Tuesday Crew", "--member", "X"])
    #expect(again.status == 1)
    #expect(again.error.contains("exists"))
  }

  @Test("roles lines up columns after a CJK name and shows the focus person")
  func rolesTable() throws {
    let home = try HearthHome()
    defer { home.remove() }
    _ = try home.run(["init", "Crew", "--member", "Ana", "--member", "Chen 陈", "--member", "Bo"])
    let clock = try FileClock(home)
    let meeting = try home.run(
      ["--plain", "meet", "--format", "case-clinic", "--role", "facilitator=Chen 陈"],
      environment: clock.environment)
    #expect(meeting.status == 0, "\(meeting.error)")
    let lines = try home.run(["roles"]).output.split(separator: "\n").map(String.init)
    #expect(lines.contains("  focus        Chen 陈  (in a case clinic)"))
    let header = try #require(lines.firstIndex { $0.hasPrefix("SESSION") })
    // "Chen 陈" is seven cells wide: six spaces after it, as after an eleven-cell heading less
    // its own width, so TIMEKEEPER and Bo start in the same column.
    #expect(lines[header] == "SESSION                      FACILITATOR  TIMEKEEPER  SCRIBE  FOCUS")
    #expect(lines[header + 1].hasSuffix("-case-clinic  Chen 陈      Bo          Ana     Ana"))
  }

  @Test("init --member NAME:PRONOUNS stores pronouns as pod.toml does; bad ones exit 2")
  func initWithPronouns() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let created = try home.run([
      "init", "Crew", "--member", "Ana:she/her", "--member", "Bo", "--member", "Chen 陈: they/them",
    ])
    #expect(created.status == 0, "\(created.error)")
    let list = try home.run(["members"]).output
    #expect(list.contains("1. Ana (she/her)"))
    #expect(list.contains("2. Bo\n"))
    #expect(list.contains("3. Chen 陈 (they/them)"))
    let empty = try home.run(["init", "Other", "--member", "Dee:"])
    #expect(empty.status == 2)
    #expect(empty.error.contains("member '\"Dee:\"': pronouns cannot be empty"))
    let control = try home.run(["init", "Other", "--member", "Dee:she\u{1B}[31m"])
    #expect(control.status == 2)
    #expect(control.error.contains("pronouns cannot contain control characters"))
    let twice = try home.run(["init", "Other", "--member", "Dee:she/her", "--member", "dee"])
    #expect(twice.status == 2)
    #expect(twice.error.contains("'dee' is named twice"))
  }

  @Test("names with control characters and duplicate members are refused with exit 2")
  func badNames() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let control = try home.run(["init", "Crew", "--member", "Ana\u{1B}[31m"])
    #expect(control.status == 2)
    #expect(control.error.contains("control characters"))
    let twice = try home.run(["init", "Crew", "--member", "Ana", "--member", "ana"])
    #expect(twice.status == 2)
    #expect(twice.error.contains("named twice"))
  }

  @Test("formats list shows the built-ins and the pod's own; check names line and column")
  func formats() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Bo")
    let own = home.path + "/pods/crew/formats/short.toml"
    try """
    title = "Short"

    [[items]]
    title = "Arrival"
    kind = "round"
    turn = "30s"
    """.write(toFile: own, atomically: true, encoding: .utf8)
    let list = try home.run(["formats"]).output
    for name in ["check-in", "retrospective", "short"] { #expect(list.contains(name)) }
    let shown = try home.run(["formats", "show", "short"])
    #expect(shown.output.contains("turn = \"30s\""))
    let broken = home.path + "/broken.toml"
    try "title = \"B\"\n\n[[items]]\ntitle = \"X\"\nkind = \"round\"\nturn = \"2 minutes\"\n"
      .write(toFile: broken, atomically: true, encoding: .utf8)
    let checked = try home.run(["formats", "check", broken])
    #expect(checked.status == 2)
    #expect(checked.error.contains("\(broken):6:1:"))
    #expect(checked.error.contains("90s, 2m or 1h30m"))
  }

  @Test("meet refuses a role for someone absent (exit 2) and unknown members (exit 1)")
  func meetValidation() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Bo", "Chen")
    let absent = try home.run(["meet", "--present", "Ana,Chen", "--role", "facilitator=Bo"])
    #expect(absent.status == 2)
    #expect(absent.error.contains("Bo is not present"))
    let stranger = try home.run(["meet", "--present", "Ana,Zed"])
    #expect(stranger.status == 1)
    #expect(stranger.error.contains("'Zed' is not a member"))
  }
}

@Suite(
  "End to end: meetings of a real pod", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct PodMeetingTests {
  @Test("hearth meet shows the pre-meeting screen; a skip there is honoured and recorded")
  func preMeeting() throws {
    let home = try HearthHome()
    defer { home.remove() }
    _ = try home.run([
      "init", "Crew", "--member", "Ana", "--member", "Bo", "--member", "Chen",
      "--agreement", "What is said here stays here.", "--commitment", "6",
    ])
    let tmux = try Tmux(home.shellLine("meet"), environment: home.environment)
    try tmux.waitFor("What is said here stays here.")
    let screen = try tmux.waitFor("session 1 of 6")
    #expect(screen.contains { $0.contains("facilitator  Ana") })
    try tmux.send("Tab", "s")
    try tmux.waitFor("Ana passes on facilitator")
    try tmux.send("Enter")
    try tmux.waitFor("How are you arriving?")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    let report = try home.latestJSON()
    let roles = try #require(report["roles"] as? [String: String])
    #expect(roles["facilitator"] != "Ana")
    #expect(Set(roles.values).count == 3)
    let history = try home.run(["roles"]).output
    #expect(history.contains("(Ana declined)"), "the roles history shows the skip:\n\(history)")
  }

  @Test("a complete commitment is renewed on the pre-meeting screen: pod.toml and the header")
  func renewCommitment() throws {
    let home = try HearthHome()
    defer { home.remove() }
    _ = try home.run(["init", "Crew", "--member", "Ana", "--member", "Bo", "--commitment", "1"])
    let first = try Tmux(home.shellLine("meet --present Ana,Bo"), environment: home.environment)
    try first.waitFor("session 1 of 1")
    try first.send("q", "y")
    try first.leaveSummary()
    try first.waitFor("EXIT=0")
    let tmux = try Tmux(home.shellLine("meet"), environment: home.environment)
    try tmux.waitFor("session 2 · commitment done")
    try tmux.waitFor("The commitment of 1 session is complete")
    try tmux.send("+", "+")
    try tmux.waitFor("session 1 of 2, second term")
    try tmux.send("Enter")
    let meeting = try tmux.waitFor("How are you arriving?")
    #expect(meeting[0].contains("· session 1 of 2, second term"))
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    let pod = try String(
      contentsOfFile: home.path + "/pods/crew/pod.toml", encoding: .utf8)
    #expect(pod.contains("commitment = 2\ncommitment_term = 2\ncommitment_from = 2\n"))
  }

  @Test("three short meetings rotate the facilitator, as roles --json shows")
  func rotation() throws {
    let home = try HearthHome()
    defer { home.remove() }
    _ = try home.run([
      "init", "Crew", "--member", "Ana", "--member", "Bo", "--member", "Chen", "--member", "Dee",
    ])
    for _ in 0..<3 {
      let tmux = try Tmux(
        home.shellLine("meet --present Ana,Bo,Chen"), environment: home.environment)
      try tmux.waitFor("How are you arriving?")
      try tmux.send("q", "y")
      try tmux.leaveSummary()
      try tmux.waitFor("EXIT=0")
    }
    let result = try home.run(["roles", "--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let history = try #require(object["history"] as? [[String: Any]])
    #expect(history.count == 3)
    let facilitators = history.compactMap { ($0["roles"] as? [String: String])?["facilitator"] }
    #expect(Set(facilitators) == ["Ana", "Bo", "Chen"])
    let next = try #require(object["next"] as? [String: String])
    #expect(next["facilitator"] == "Dee", "Dee, never a facilitator, is next")
    for entry in history { #expect(entry["session"] is String && entry["started"] is String) }
  }
}
