import Foundation
import Testing

/// Seconds of `member`'s turns in item `item` of a `show --json` report.
func turns(_ report: [String: Any], item: Int) -> [(member: String, seconds: Double, passed: Bool)]
{
  let items = report["items"] as? [[String: Any]] ?? []
  guard items.indices.contains(item) else { return [] }
  return (items[item]["turns"] as? [[String: Any]] ?? []).map {
    ($0["member"] as? String ?? "", $0["seconds"] as? Double ?? -1, $0["passed"] as? Bool ?? false)
  }
}

@Suite(
  "End to end: the demo meeting in a real terminal", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct DemoMeetingTests {
  @Test("a whole demo meeting driven by keys: screen, transcript and JSON agree with the clock")
  func wholeMeeting() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let clock = try FileClock(home)
    let tmux = try Tmux.meeting(home, environment: clock.environment)
    try tmux.waitFor("How are you arriving?")

    try tmux.send("n")
    try tmux.waitFor("speaking")
    try clock.advance(by: 75)
    try tmux.waitFor("Ana · 1:15 of 2:00")
    try tmux.send("p")
    try tmux.waitFor("passed")
    try clock.advance(by: 42)
    try tmux.waitFor("Bo · 0:42 of 2:00")
    try tmux.send("i")
    try tmux.send("Feeling welcome — ça va 🌱", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("• Feeling welcome — ça va 🌱")
    try tmux.send("n")
    try tmux.waitFor("3 ▶ Chen")
    try clock.advance(by: 130)
    try tmux.waitFor("Chen · 2:10 of 2:00 · over time")
    try tmux.send("n")
    try tmux.waitFor("4 ▶ Dee")
    try tmux.waitFor("next, passed before")
    try tmux.send("n")
    try tmux.waitFor("1 ▶ Ana")
    try tmux.send("n")
    try tmux.waitFor("Round complete")
    try tmux.send("?")
    try tmux.waitFor("Ctrl-C")
    try tmux.send("Escape")
    try tmux.send("]")
    try tmux.waitFor("What has happened since we last met?")
    try tmux.send("d")
    try tmux.send("Next time at Bo's", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("◆ Decision: Next time at Bo's")
    try tmux.send("q")
    try tmux.waitFor("End the meeting?")
    try tmux.send("y")
    try tmux.leaveSummary()
    let screen = try tmux.waitFor("EXIT=0")
    #expect(screen.contains { $0.contains("Meeting ended. Transcript:") })

    let report = try home.latestJSON(HearthHome.demo)
    #expect(report["attendees"] as? [String] == ["Ana", "Bo", "Chen", "Dee"])
    #expect(report["started"] as? String == "2026-11-27T19:00:00Z")
    #expect(report["ended"] as? String == "2026-11-27T19:04:07Z")
    let arrival = turns(report, item: 0)
    #expect(arrival.map(\.member) == ["Ana", "Bo", "Chen", "Dee", "Ana"])
    #expect(arrival.map(\.passed) == [true, false, false, false, false])
    #expect(arrival.map(\.seconds) == [75, 42, 130, 0, 0], "as long as the clock moved")
    let items = report["items"] as? [[String: Any]] ?? []
    let notes = items.first?["notes"] as? [[String: Any]] ?? []
    #expect(notes.first?["text"] as? String == "Feeling welcome — ça va 🌱")
    let decisions = items.dropFirst().first?["notes"] as? [[String: Any]] ?? []
    #expect(decisions.first?["kind"] as? String == "decision")

    let transcript = try home.run(["show", "latest"] + HearthHome.demo).output
    #expect(transcript.contains("- Ana: passed"))
    #expect(transcript.contains("**Decision:** Next time at Bo's"))
    #expect(transcript.contains("| Bo | 42s |"))
  }

  @Test("open discussion: hands raised by number, a direct reply, then the queue resumes")
  func openDiscussion() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux.meeting(home)
    try tmux.send("]")
    try tmux.waitFor("What has happened since we last met?")
    try tmux.send("2", "4")
    try tmux.waitFor("Dee")
    try tmux.send("n")
    try tmux.waitFor("2 ▶ Bo")
    try tmux.send("r", "3")
    try tmux.waitFor("direct reply")
    try tmux.send("n")
    try tmux.waitFor("3 ▶ Chen")
    try tmux.send("n")
    try tmux.waitFor("4 ▶ Dee")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    let discussion = turns(try home.latestJSON(HearthHome.demo), item: 1)
    #expect(discussion.map(\.member) == ["Bo", "Chen", "Dee"])
  }

  @Test("kill -9 mid-turn, then resume: the turn keeps its time until the last heartbeat")
  func killAndResume() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let clock = try FileClock(home)
    do {
      let tmux = try Tmux.meeting(home, environment: clock.environment)
      try tmux.send("n", "n")
      try tmux.waitFor("2 ▶ Bo")
      try clock.advance(by: 30)
      try tmux.waitFor("Bo · 0:30")
      // No key for 4 more seconds: less than a heartbeat's interval, so those are lost.
      try clock.advance(by: 4)
      try tmux.waitFor("Bo · 0:34")
      kill(try tmux.hearthPID(), SIGKILL)
      try tmux.waitFor("EXIT=137")
    }
    // An hour passes before anyone resumes.
    try clock.advance(by: 3600)
    let tmux = try Tmux(home.shellLine("resume --pod demo-pod"), environment: clock.environment)
    let screen = try tmux.waitFor("speaking")
    #expect(screen.contains { $0.contains("▶ 1 Arrival round") })
    #expect(screen.contains { $0.contains("2 ▶ Bo") })
    #expect(screen.contains { $0.contains("1 ✓ Ana") })
    #expect(
      screen.contains { $0.contains("Bo · 0:30") },
      "the 30 s before the heartbeat stay Bo's; the 4 s after it and the hour away do not")
    try clock.advance(by: 20)
    try tmux.waitFor("Bo · 0:50")
    try tmux.send("q")
    try tmux.send("y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    let arrival = turns(try home.latestJSON(HearthHome.demo), item: 0)
    #expect(arrival.map(\.member) == ["Ana", "Bo"])
    #expect(
      arrival.last?.seconds == 50,
      "what no heartbeat saved before the kill, and the hour away, are not Bo's airtime")
  }

  @Test("resizing mid-turn redraws at the new size; too small says so; the turn keeps going")
  func resizeMidTurn() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let clock = try FileClock(home)
    let tmux = try Tmux.meeting(home, environment: clock.environment)
    try tmux.send("n")
    try tmux.waitFor("speaking")
    try tmux.resize(width: 64, height: 18)
    // tmux may capture while a frame is still arriving: wait for the whole new layout.
    try tmux.waitUntil("the layout redrawn at 64 columns, Ana still speaking") {
      $0.count >= 18 && $0[1].hasPrefix("╭─ Agenda") && $0[1].hasSuffix("╮") && $0[1].count == 64
        && $0.contains { $0.contains("1 ▶ Ana") }
    }
    try tmux.resize(width: 30, height: 8)
    try tmux.waitFor("too small")
    try clock.advance(by: 5)
    try tmux.resize(width: 120, height: 40)
    let large = try tmux.waitUntil("the layout redrawn at 120 columns, Ana's turn at 0:05") {
      $0.contains { $0.contains("Ana · 0:05") && $0.count == 120 }
    }
    #expect(large.contains { $0.contains("Talking stick") })
    try tmux.send("C-c")
    try tmux.waitFor("EXIT=0")
    #expect(try home.run(["sessions"] + HearthHome.demo).output.contains("open"))
  }

  @Test("SIGTERM restores the terminal, keeps the meeting, and resume continues it")
  func sigterm() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux.meeting(home)
    try tmux.send("n")
    try tmux.waitFor("speaking")
    kill(try tmux.hearthPID(), SIGTERM)
    let screen = try tmux.waitFor("EXIT=1")
    #expect(!screen.contains { $0.contains("Talking stick") }, "the full screen is gone")
    #expect(screen.contains { $0.contains("hearth resume") })
    let resumed = try Tmux(home.shellLine("resume --pod demo-pod"), environment: home.environment)
    try resumed.waitFor("▶ Ana")
    try resumed.send("q", "y")
    try resumed.leaveSummary()
    try resumed.waitFor("EXIT=0")
  }

  @Test("a terminal that goes away (window closed) leaves the meeting to resume; hearth ends")
  func hangUp() throws {
    let home = try HearthHome()
    defer { home.remove() }
    var pid: Int32 = 0
    do {
      let tmux = try Tmux.meeting(home)
      try tmux.send("n")
      try tmux.waitFor("speaking")
      pid = try tmux.hearthPID()
    }
    // The tmux server is gone with its window: the program must notice and end, not spin.
    func running() -> Bool {
      let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
      let state = stat.split(separator: ")").last?.split(separator: " ").first
      return state != nil && state != "Z" && state != "X"
    }
    #expect(poll { !running() }, "hearth still running after its terminal went away")
    #expect(try home.run(["sessions"] + HearthHome.demo).output.contains("open"))
  }
}

@Suite("End to end: without a terminal, and with damaged files")
struct CommandLineTests {
  @Test("hearth demo without a terminal says it needs one, exits 1 and creates nothing")
  func noTerminal() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let result = try home.run(["demo"])
    #expect(result.status == 1)
    #expect(result.error.contains("needs a terminal"))
    let sessions = try? FileManager.default.contentsOfDirectory(
      atPath: home.path + "/pods/demo-pod/sessions")
    #expect((sessions ?? []).isEmpty)
  }

  @Test("a corrupted journal line is reported as file:line:column with exit code 2")
  func corruptedJournal() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let session = home.path + "/pods/demo-pod/sessions/2026-11-27T1900-check-in"
    try FileManager.default.createDirectory(atPath: session, withIntermediateDirectories: true)
    let good =
      #"{"v":1,"seq":1,"at":"2026-11-27T19:00:00.000Z","event":{"type":"started","session":{"id":"2026-11-27T1900-check-in","pod":"Demo Pod","format":{"name":"check-in","title":"Check-in","items":[{"title":"Arrival","kind":"round","order":"roster","confidential":false}]},"attendees":["Ana","Bo"],"roles":{},"seed":1,"priorSessions":0}}}"#
    let journal =
      good + "\n{\"v\":1,\"seq\":2,oops}\n"
      + good.replacingOccurrences(of: "\"seq\":1", with: "\"seq\":3") + "\n"
    try journal.write(toFile: session + "/journal.jsonl", atomically: true, encoding: .utf8)
    let result = try home.run(["show", "latest"] + HearthHome.demo)
    #expect(result.status == 2)
    #expect(result.error.contains(session + "/journal.jsonl:2:"))
  }

  @Test("a clock file that is not one instant, or that others may write, is refused with exit 2")
  func clockFile() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let clock = try FileClock(home)
    #expect(try home.run([], environment: clock.environment).status == 0)
    try "next Tuesday\n".write(toFile: clock.path, atomically: false, encoding: .utf8)
    let garbled = try home.run(["sessions"], environment: clock.environment)
    #expect(garbled.status == 2)
    #expect(garbled.error.contains("\(clock.path):1:1: expected one instant"))
    try clock.advance(by: 1)
    chmod(clock.path, 0o666)
    let shared = try home.run(["demo"], environment: clock.environment)
    #expect(shared.status == 2)
    #expect(shared.error.contains("\(clock.path): not your own file, or others may write it"))
    let link = home.path + "/clock-link"
    try clock.advance(by: 1)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: clock.path)
    var linked = clock.environment
    linked["HEARTH_CLOCK_FILE"] = link
    let followed = try home.run(["sessions"], environment: linked)
    #expect(followed.status == 2, "a link is not followed")
    #expect(followed.error.contains(link))
    let fifo = home.path + "/clock-fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    linked["HEARTH_CLOCK_FILE"] = fifo
    let piped = try home.run(["sessions"], environment: linked)
    #expect(piped.status == 2, "a FIFO is refused, not waited on")
    #expect(piped.error.contains("\(fifo): not a regular file"))
    let sessions = try? FileManager.default.contentsOfDirectory(
      atPath: home.path + "/pods/demo-pod/sessions")
    #expect((sessions ?? []).isEmpty, "nothing was started")
  }

  @Test("unknown options are usage errors with exit code 2")
  func badUsage() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let result = try home.run(["sessions", "--limit", "0"])
    #expect(result.status == 2)
    #expect(try home.run(["frobnicate"]).status == 2)
  }
}
