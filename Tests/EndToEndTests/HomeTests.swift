import Foundation
import Testing

@Suite(
  "End to end: the home screen", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct HomeEndToEndTests {
  /// A fresh home at 80x24 whose "Create your pod" was chosen and each prompt, once it shows,
  /// answered (an empty answer: Enter alone).
  static func createPod(_ answers: [(prompt: String, answer: String)]) throws -> (HearthHome, Tmux)
  {
    let home = try HearthHome()
    let tmux = try Tmux(home.shellLine(""), width: 80, height: 24, environment: home.environment)
    try tmux.waitFor("Welcome to Hearth")
    try tmux.send("2")
    for (prompt, answer) in answers {
      try tmux.waitFor(prompt)
      if !answer.isEmpty { try tmux.send(answer, literal: true) }
      try tmux.send("Enter")
    }
    return (home, tmux)
  }

  @Test("hearth with no command welcomes, creates the pod, and starts its meeting from home")
  func firstRun() throws {
    let none = ""
    let (home, tmux) = try Self.createPod([
      ("Your pod's name ›", "Tuesday Crew"), ("A member's name ›", "Ana"), ("Ana's pronouns", none),
      ("Another member", "Bo"), ("Bo's pronouns", none), ("Another member", "Chen"),
      ("Chen's pronouns", none), ("Another member (Enter: done)", none),
      ("An agreement (Enter: skip)", none), ("How many sessions", none),
    ])
    defer { home.remove() }
    try tmux.waitFor("Seal the pod? y or n")
    try tmux.send("n")
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

  @Test("the home creates a sealed pod with pronouns, agreements and a commitment, then shows them")
  func createSealed() throws {
    let (home, tmux) = try Self.createPod([
      ("Your pod's name ›", "Tuesday Crew"), ("A member's name ›", "Quillfeather"),
      ("Quillfeather's pronouns", "they/them"), ("Another member", "Bo"), ("Bo's pronouns", ""),
      ("Another member", ""), ("An agreement (Enter: skip)", "Lanternlight stays here."),
      ("An agreement (Enter: done)", ""), ("How many sessions", "6"),
    ])
    defer { home.remove() }
    let question = try tmux.waitFor("Seal the pod? y or n")
    #expect(question.contains { $0.contains("passphrase and the history is gone") })
    try tmux.send("y")
    try tmux.waitFor("New passphrase for pod tuesday-crew:")
    try tmux.send(SealedPodTests.passphrase, literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("The same passphrase again:")
    try tmux.send(SealedPodTests.passphrase, literal: true)
    try tmux.send("Enter")
    let dashboard = try tmux.waitFor("Created Tuesday Crew (sealed)")
    #expect(dashboard.contains { $0.contains("next: session 1 of 6") })
    #expect(dashboard.contains { $0.contains("2 members · 0 sessions · 1 agreement · sealed") })
    #expect(dashboard.contains { $0.contains("Quillfeather (they/them)") })
    #expect(dashboard.contains { $0.contains("facilitator") })
    #expect(!dashboard.joined().contains(SealedPodTests.passphrase), "never echoed")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")

    let file = home.path + "/passphrase"
    try (SealedPodTests.passphrase + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let members = try home.run(["members", "--passphrase-file", file])
    #expect(members.output == "1. Quillfeather (they/them)\n2. Bo\n")
    #expect(try home.run(["members"], input: FileHandle.nullDevice).status == 2, "it is sealed")
    #expect(try SealedPodTests.filesHolding("Quillfeather", in: home.path).isEmpty)
    #expect(try SealedPodTests.filesHolding("Lanternlight", in: home.path).isEmpty)
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
