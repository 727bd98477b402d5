import Foundation
import Testing

@Suite(
  "End to end: watching a meeting from a second terminal", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct WatchEndToEndTests {
  @Test("watch waits, follows the stick as the facilitator moves it, and shows the end")
  func watch() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Bo", "Chen")
    let clock = try FileClock(home)
    let watcher = try Tmux(
      home.shellLine("watch"), width: 80, height: 24, environment: clock.environment)
    try watcher.waitFor("No meeting is running in Crew yet.")
    let meeting = try Tmux.meeting(
      home, "meet --format check-in --present Ana,Bo,Chen --role facilitator=Ana",
      environment: clock.environment)
    try watcher.waitFor("Watching Crew, read-only")
    try meeting.send("n")
    try meeting.waitFor("Ana · 0:0")
    try watcher.waitUntil("the watcher shows Ana holding the stick") { lines in
      lines.contains { $0.contains("Ana · 0:") && $0.contains("of 2:00") }
    }
    try watcher.send("n", "p", "q")
    try watcher.waitFor("EXIT=0")
    let again = try Tmux(
      home.shellLine("watch --big"), width: 120, height: 40, environment: clock.environment)
    try again.waitUntil("the big timer") { lines in
      lines.filter { $0.contains("██████") }.count >= 10
        && lines.contains { $0.contains("b all panes") }
    }
    try meeting.send("q", "y")
    try meeting.leaveSummary()
    try meeting.waitFor("EXIT=0")
    try again.waitFor("The meeting has ended")
    let ended = try again.waitFor("Waiting for the next one")
    #expect(!ended.contains { $0.contains("left") && $0.contains("Arrival round") })
    #expect(ended.filter { $0.contains("██████") }.isEmpty, "no frozen countdown")
    try again.send("q")
    try again.waitFor("EXIT=0")
    let sessions = try home.run(["sessions", "--json"]).output
    #expect(
      sessions.contains("\"ended\" : \"20"),
      "the watcher changed nothing: the meeting ended normally")
  }

  @Test("plain watch says the warning and time up once, as the --plain meeting does")
  func plainWatchCues() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Bo")
    try """
    title = "Short"

    [[items]]
    title = "Arrival"
    kind = "round"
    turn = "6s"
    """.write(
      toFile: home.path + "/pods/crew/formats/short.toml", atomically: true, encoding: .utf8)
    let clock = try FileClock(home)
    let meeting = try Tmux(
      home.shellLine("meet --plain --format short --present Ana,Bo --role facilitator=Ana"),
      width: 100, height: 30, environment: clock.environment)
    try meeting.waitFor("Keys: ")
    let watcher = try Tmux(
      home.shellLine("watch --plain"), width: 100, height: 30, environment: clock.environment)
    try watcher.waitFor("Item 1 of 1: Arrival")
    try meeting.send("n")
    try watcher.waitFor("Ana has the stick for 6 seconds.")
    // A 6-second turn warns in its last 20 % (1.2 seconds); each cue comes once.
    try clock.advance(by: 5)
    for screen in [watcher, meeting] { try screen.waitFor("1 second left for Ana.") }
    try clock.advance(by: 2)
    for screen in [watcher, meeting] {
      let lines = try screen.waitFor("Time is up for Ana.")
      let cues = lines.filter { $0.contains("left for Ana") || $0.contains("Time is up") }
      #expect(cues == ["1 second left for Ana.", "Time is up for Ana."])
    }
    try watcher.send("q")
    try watcher.waitFor("EXIT=0")
    try meeting.send("q", "y")
    try meeting.leaveSummary()
    try meeting.waitFor("EXIT=0")
  }

  @Test("plain watch with no live meeting says the last one ended and waits for the next")
  func plainWatchAfterEnd() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Bo")
    let clock = try FileClock(home)
    let meeting = try Tmux.meeting(
      home, "meet --format check-in --present Ana,Bo --role facilitator=Ana",
      environment: clock.environment)
    try clock.advance(by: 90)
    try meeting.send("q", "y")
    try meeting.leaveSummary()
    try meeting.waitFor("EXIT=0")
    let watcher = try Tmux(
      home.shellLine("watch --plain"), width: 100, height: 30, environment: clock.environment)
    let lines = try watcher.waitFor("Waiting for the next one")
    #expect(
      lines.contains {
        $0 == "The last meeting, Check-in, ended after 1:30."
      })
    #expect(
      !lines.contains { $0.contains("Item 1 of 4") }, "the ended meeting is not told as current")
    try watcher.send("q")
    try watcher.waitFor("EXIT=0")
  }
}
