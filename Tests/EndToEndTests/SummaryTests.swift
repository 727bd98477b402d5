import Foundation
import Testing

@Suite(
  "End to end: the summary after a meeting", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct SummaryTests {
  @Test("ending shows decisions, actions, airtime and next time's roles; r opens it in review")
  func summaryThenReview() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux(
      home.shellLine("demo"), width: 120, height: 40, environment: home.environment)
    try tmux.waitFor("How are you arriving?")
    try tmux.send("n")
    try tmux.send("d")
    try tmux.send("Next time at Bo's", literal: true)
    try tmux.send("Enter")
    try tmux.send("a")
    try tmux.send("@Chen book the room", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("book the room")
    try tmux.send("q", "y")
    let summary = try tmux.waitFor("r read it in review")
    for shown in [
      "Hearth · Demo Pod · meeting ended", "Decisions", "Next time at Bo's",
      "☐ book the room (Chen)", "Airtime", "Suggested for next time", "Transcript (or `hearth show",
    ] {
      #expect(summary.contains { $0.contains(shown) }, "the summary shows \(shown)")
    }
    #expect(!summary.contains { $0.contains("EXIT=") }, "the shell waits behind the summary")
    try tmux.send("r")
    try tmux.waitFor("Decision: Next time at Bo's")
    try tmux.send("q")
    try tmux.waitFor("Demo Pod · 1 session")
    try tmux.send("q")
    let after = try tmux.waitFor("EXIT=0")
    #expect(after.contains { $0.contains("Meeting ended. Transcript:") })
  }

  @Test("the summary suggests the focus person too; the transcript lists roles in the pod's order")
  func focusAndRoleOrder() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux(
      home.shellLine("demo"), width: 120, height: 40, environment: home.environment)
    try tmux.waitFor("How are you arriving?")
    try tmux.send("q", "y")
    let summary = try tmux.waitFor("r read it in review")
    let suggested = try #require(summary.firstIndex { $0.contains("Suggested for next time") })
    let roles = summary[(suggested + 1)...].prefix(4).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    #expect(
      roles.map { $0.split(separator: " ").first.map(String.init) ?? "" } == [
        "facilitator", "timekeeper", "scribe", "focus",
      ])
    try tmux.send("x")
    try tmux.waitFor("EXIT=0")
    let shown = try home.run(["show", "latest"] + HearthHome.demo).output
    let line = try #require(shown.split(separator: "\n").first { $0.contains("**Roles:**") })
    let named = ["facilitator", "timekeeper", "scribe"].compactMap {
      line.range(of: $0)?.lowerBound
    }
    #expect(named.count == 3 && named == named.sorted(), "in the pod's order: \(line)")
  }
}
