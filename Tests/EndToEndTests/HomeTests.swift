import Foundation
import Testing

@Suite(
  "End to end: the home screen", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct HomeEndToEndTests {
  @Test("hearth with no command welcomes, creates the pod, and starts its meeting from home")
  func firstRun() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux(home.shellLine(""), width: 80, height: 24, environment: home.environment)
    try tmux.waitFor("Welcome to Hearth")
    try tmux.send("2")
    try tmux.waitFor("Your pod's name ›")
    try tmux.send("Tuesday Crew", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("Members of Tuesday Crew")
    try tmux.send("Ana, Bo, Chen", literal: true)
    try tmux.send("Enter")
    try tmux.waitUntil("the pod's home") { lines in
      lines.contains { $0.contains("3 members · 0 sessions") }
        && lines.contains { $0.contains("Created Tuesday Crew") }
    }
    let members = try home.run(["members", "list"]).output
    #expect(members.contains("Ana") && members.contains("Chen"))
    try tmux.send("Enter")
    try tmux.waitFor("before the meeting")
    try tmux.send("Enter")
    try tmux.waitFor("n gives the stick to")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitUntil("home again, the meeting counted") { lines in
      lines.contains { $0.contains("3 members · 1 session") }
    }
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
  }

  @Test("a mouse click chooses a row, a second click goes")
  func click() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux(home.shellLine(""), width: 80, height: 24, environment: home.environment)
    let screen = try tmux.waitFor("Create your pod")
    let y = try #require(screen.firstIndex { $0.contains("Create your pod") })
    try tmux.click(x: 12, y: y)
    try tmux.waitFor("▶ 2  Create your pod")
    try tmux.click(x: 12, y: y)
    try tmux.waitFor("Your pod's name ›")
    try tmux.send("Escape", "q")
    try tmux.waitFor("EXIT=0")
  }

  @Test("the demo never becomes the pod: after it, the home still offers to create one")
  func demoStaysApart() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux(home.shellLine(""), width: 80, height: 24, environment: home.environment)
    try tmux.waitFor("▶ 1  Try the demo")
    try tmux.send("Enter")
    try tmux.waitFor("n gives the stick to")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitUntil("the welcome again, after the demo") { lines in
      lines.contains { $0.contains("Welcome to Hearth") }
        && lines.contains { $0.contains("2  Create your pod") }
    }
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    let sessions = try home.run(["sessions"])
    #expect(sessions.status == 1)
    #expect(sessions.error.contains("no pod of yours yet"))
    #expect(try home.run(["sessions", "--pod", "demo-pod"]).output.contains("ended"))
    #expect(!FileManager.default.fileExists(atPath: home.path + "/last-pod"))

    try home.initCrew("Ana", "Bo")
    let demo = try Tmux.meeting(home)
    try demo.send("q", "y")
    try demo.leaveSummary()
    try demo.waitFor("EXIT=0")
    #expect(
      try home.run(["sessions"]).output == "No sessions yet.\n", "the user's pod, not the demo")
  }

  @Test("with two pods of the user's, p on the home switches between them")
  func switchPods() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Bo")
    #expect(try home.run(["init", "Friday", "--member", "Chen", "--member", "Dee"]).status == 0)
    let tmux = try Tmux(home.shellLine(""), width: 80, height: 24, environment: home.environment)
    let first = try tmux.waitFor("p switch pod")
    #expect(first.contains { $0.contains("Friday") })
    try tmux.send("p")
    try tmux.waitUntil("Crew's home") { lines in
      lines.contains { $0.contains("Crew") } && !lines.contains { $0.contains("Friday") }
    }
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    #expect(try home.run(["members"]).output.contains("Ana"), "the pod switched to is the default")
  }
}
