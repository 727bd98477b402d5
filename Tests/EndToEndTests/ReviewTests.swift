import Foundation
import Testing

@Suite(
  "End to end: reviewing past sessions", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct ReviewEndToEndTests {
  /// Runs a short demo meeting that writes `note`, ending it, then moves the clock a day on.
  func meeting(_ home: HearthHome, _ clock: FileClock, note: String) throws {
    let tmux = try Tmux.meeting(home, environment: clock.environment)
    try tmux.send("i")
    try tmux.send(note, literal: true)
    try tmux.send("Enter", "q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    try clock.advance(by: 86_400)
  }

  @Test("open review, open a transcript, search it, go back, delete a session")
  func review() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let clock = try FileClock(home)
    try meeting(home, clock, note: "We planted the tomatoes")
    try meeting(home, clock, note: "The garden café is open")
    #expect(
      try home.run(["sessions"] + HearthHome.demo).output.components(separatedBy: "\n").count >= 3)
    let tmux = try Tmux(home.shellLine("review --pod demo-pod"), environment: home.environment)
    try tmux.waitFor("2 sessions")
    try tmux.send("Enter")
    try tmux.waitFor("Check-in: Demo Pod")
    try tmux.send("/")
    try tmux.send("cafe", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("“cafe”: 1 of 1")
    try tmux.send("q")
    try tmux.waitFor("2 sessions")
    try tmux.send("s")
    try tmux.waitFor("Attendance")
    try tmux.send("q")
    try tmux.waitFor("2 sessions")
    try tmux.send("d")
    try tmux.waitFor("Delete this session?")
    try tmux.send("y")
    try tmux.waitFor("Demo Pod · 1 session")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
    let remaining = try home.run(["show", "latest"] + HearthHome.demo).output
    #expect(remaining.contains("We planted the tomatoes"))
    #expect(!remaining.contains("café"))
    // Read out plain, as the review shows it: no Markdown marks.
    let plain = try home.run(["--plain", "show", "latest"] + HearthHome.demo).output
    #expect(plain.contains("   • We planted the tomatoes"))
    #expect(plain.contains("Present: "))
    #expect(!plain.contains("**") && !plain.contains("## "))
  }

  @Test("an action written in one meeting, closed in the next, shows in review as closed")
  func actions() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let clock = try FileClock(home)
    try Self.meetingWritingAnAction(home, clock)
    try clock.advance(by: 7 * 86_400)
    do {
      let tmux = try Tmux.meeting(home, environment: clock.environment)
      try tmux.send("]", "]")
      try tmux.waitFor("books the room")
      try tmux.send("x")
      try tmux.waitFor("done")
      try tmux.send("q", "y")
      try tmux.leaveSummary()
      try tmux.waitFor("EXIT=0")
    }
    let tmux = try Tmux(home.shellLine("review --pod demo-pod"), environment: home.environment)
    try tmux.waitFor("2 sessions")
    try tmux.send("a")
    let screen = try tmux.waitUntil("the closed action with who closed it") { lines in
      lines.contains { $0.contains("✓ books the room") }
        && lines.contains { $0.contains("Bo · marked done") && $0.contains("(recorded by ") }
    }
    #expect(screen[0].contains("0 open actions"))
    try tmux.send("q", "q")
    try tmux.waitFor("EXIT=0")
  }

  @Test(
    "x in review's open actions closes one between meetings: the next meeting does not carry it")
  func closeBetweenMeetings() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let clock = try FileClock(home)
    try Self.meetingWritingAnAction(home, clock)
    do {
      let tmux = try Tmux(
        home.shellLine("review --pod demo-pod"), environment: clock.environment)
      try tmux.waitFor("1 session")
      try tmux.send("a")
      try tmux.waitFor("1 open action")
      try tmux.send("x")
      try tmux.waitFor("Marked done: books the room")
      try tmux.waitFor("between meetings")
      try tmux.send("q", "q")
      try tmux.waitFor("EXIT=0")
    }
    try clock.advance(by: 7 * 86_400)
    let tmux = try Tmux.meeting(home, environment: clock.environment)
    try tmux.send("]", "]")
    try tmux.waitFor("Nothing carried")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
  }

  /// A demo meeting that writes "@Bo books the room" and ends.
  static func meetingWritingAnAction(_ home: HearthHome, _ clock: FileClock) throws {
    let tmux = try Tmux.meeting(home, environment: clock.environment)
    try tmux.send("a")
    try tmux.send("@Bo books the room", literal: true)
    try tmux.send("Enter", "q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
  }
}
