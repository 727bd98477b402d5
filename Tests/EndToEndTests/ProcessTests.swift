import Foundation
import Testing

/// An interactive bash in tmux, as a facilitator's terminal is: jobs, `fg`, the shell's prompt;
/// the meetings started there run on `clock`, so their timers read what the test expects.
private func shell(_ home: HearthHome, clock: FileClock) throws -> Tmux {
  var environment = clock.environment
  environment["XDG_STATE_HOME"] = home.path + "/state"
  let tmux = try Tmux("bash --norc --noprofile -i", environment: environment)
  try tmux.waitFor("bash")
  // The test runner's own backtrace settings reach the pane through tmux's environment.
  try type(tmux, "unset SWIFT_BACKTRACE")
  return tmux
}

/// Types `line` and Enter.
private func type(_ tmux: Tmux, _ line: String) throws {
  try tmux.send(line, literal: true)
  try tmux.send("Enter")
}

/// The pane's terminal is cooked again: canonical input and echo on (asked of `stty` there).
private func expectCooked(_ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
  try type(
    tmux, "stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | paste -sd, -")
  try tmux.waitFor("icanon,echo", sourceLocation: sourceLocation)
}

private let meet = "meet --format check-in --present Ana,Bo,Chen --role facilitator=Ana"

@Suite(
  "End to end: crashes, signals, leftovers and a second meeting", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct ProcessEndToEndTests {
  func crew() throws -> HearthHome {
    let home = try HearthHome()
    try home.initCrew("Ana", "Bo", "Chen")
    return home
  }

  @Test("a crash mid-meeting restores the terminal at once and says where the report is")
  func crash() throws {
    let home = try crew()
    defer { home.remove() }
    let tmux = try shell(home, clock: try FileClock(home))
    try type(tmux, "\(HearthHome.binary) \(meet)")
    try tmux.waitFor("n gives the stick to")
    try tmux.send("n")
    try tmux.waitFor("Ana · 0:0")
    let pid = try tmux.hearthPID()
    kill(pid, SIGSEGV)
    // Before, the backtracer held the screen for ~30 s; 10 s leaves room for a loaded machine.
    let screen = try tmux.waitFor("hearth crashed: the terminal is restored", timeout: 10)
    #expect(!screen.contains { $0.contains("Agenda") }, "the alternate screen was left")
    let folder = home.path + "/state/hearth/crashes"
    let said = "the report is being written to \(folder)/hearth-\(pid)-*.log"
    try tmux.waitUntil("the screen says where the report is") { $0.joined().contains(said) }
    try tmux.waitFor("`hearth resume` continues it")
    try expectCooked(tmux)
    var report: String?
    _ = poll(timeout: 20) {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      report = names.first { $0.hasPrefix("hearth-\(pid)-") }.map { folder + "/" + $0 }
      if let path = report, ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").isEmpty {
        report = nil
      }
      return report != nil
    }
    let path = try #require(report, "the backtrace was written to the crash folder")
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("crashed"))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    try type(tmux, "\(HearthHome.binary) resume")
    try tmux.waitFor("Welcome back")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("Meeting ended")
  }

  @Test("Ctrl-Z suspends with the terminal restored, fg redraws; Ctrl-\\ leaves, resumable")
  func suspendAndQuit() throws {
    let home = try crew()
    defer { home.remove() }
    let tmux = try shell(home, clock: try FileClock(home))
    try type(tmux, "\(HearthHome.binary) \(meet)")
    try tmux.waitFor("n gives the stick to")
    try tmux.send("n")
    try tmux.waitFor("Ana · 0:0")
    try tmux.send("C-z")
    let stopped = try tmux.waitFor("Stopped")
    #expect(!stopped.contains { $0.contains("Agenda") })
    try expectCooked(tmux)
    try type(tmux, "fg")
    let back = try tmux.waitUntil("the meeting drawn whole again") { lines in
      lines.contains { $0.contains("Hearth · Crew") } && lines.contains { $0.contains("Agenda") }
        && lines.contains { $0.contains("Ana · 0:") }
    }
    #expect(!back.contains { $0.contains("Stopped") })
    try tmux.send("n")
    try tmux.waitFor("Bo · 0:0")
    try tmux.send("C-\\")
    try tmux.waitFor("stopped by signal 3; the meeting is saved: `hearth resume` continues it.")
    try expectCooked(tmux)
    try type(tmux, "\(HearthHome.binary) resume")
    try tmux.waitFor("Welcome back")
    try tmux.waitFor("Bo · 0:")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("Meeting ended")
  }

  @Test("a killed meeting: watch says it stopped answering; a second meet offers to resume it")
  func secondMeeting() throws {
    let home = try crew()
    defer { home.remove() }
    let clock = try FileClock(home)
    let first = try Tmux.meeting(home, meet, environment: clock.environment)
    try first.send("n")
    try first.waitFor("Ana · 0:0")
    let second = try Tmux(home.shellLine("meet"), environment: clock.environment)
    try second.waitFor("It is running in another terminal, so it cannot be resumed from here.")
    try second.waitFor("n start another meeting anyway · q cancel")
    try second.send("r")
    try second.send("q")
    try second.waitFor("No meeting started.")
    let refused = try home.run(meet.split(separator: " ").map(String.init))
    #expect(refused.status == 1)
    #expect(refused.error.contains("is running in another terminal"))
    let watcher = try Tmux(home.shellLine("watch"), environment: clock.environment)
    try watcher.waitFor("Watching Crew, read-only")
    let plain = try Tmux(home.shellLine("--plain watch"), environment: clock.environment)
    try plain.waitFor("Ana has the stick")
    kill(try first.hearthPID(), SIGKILL)
    try first.waitFor("EXIT=137")
    try watcher.waitFor("The meeting stopped answering · `hearth resume` continues it · q quit")
    try plain.waitFor(
      "The meeting stopped answering (its program is gone): `hearth resume` continues it.")
    let frozen = try watcher.screen().filter { $0.contains("Ana · 0:") }
    // A watcher that kept ticking would show Ana at 1:30 by now.
    try clock.advance(by: 90)
    sleep(2)
    #expect(try watcher.screen().filter { $0.contains("Ana · 0:") } == frozen, "not ticking")
    let left = try home.run(meet.split(separator: " ").map(String.init))
    #expect(left.status == 1)
    #expect(left.error.contains("`hearth resume` continues it, or `hearth meet --new`"))
    let third = try Tmux(home.shellLine("meet"), environment: clock.environment)
    try third.waitFor("It was left or interrupted; resuming continues it where it stopped.")
    try third.send("r")
    try third.waitFor("Ana · 0:")
    try watcher.waitFor("Watching Crew, read-only")
    try third.send("q", "y")
    try third.leaveSummary()
    try third.waitFor("EXIT=0")
    let sessions = try home.run(["sessions", "--json"]).output
    #expect(sessions.components(separatedBy: "\"id\"").count == 2, "one meeting, resumed")
    let another = try Tmux(home.shellLine("meet --new"), environment: clock.environment)
    try another.waitFor("before the meeting")
    try another.send("Escape")
  }

  @Test("a piped command ends quietly when the reader stops, even with SIGPIPE ignored")
  func piped() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let bench = (HearthHome.binary as NSString).deletingLastPathComponent + "/hearth-bench"
    let generated = try Tmux.run(bench, ["generate", "--home", home.path, "--sessions", "300"])
    try #require(generated.status == 0, "\(generated.error)")
    for command in ["search the", "sessions", "show latest"] {
      for ignoring in ["", "trap '' PIPE; "] {
        let line =
          "\(ignoring)\(HearthHome.binary) \(command) | head -1 >/dev/null; "
          + "echo \"status=${PIPESTATUS[0]}\""
        let result = try Tmux.run("/bin/bash", ["-c", line], environment: home.environment)
        let status = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(["status=0", "status=141"].contains(status), "\(ignoring)\(command): \(status)")
        #expect(result.error.isEmpty, "\(ignoring)\(command) said: \(result.error)")
        // Its 150 KB of hits overflow the pipe: it must stop at once, as git does.
        if command == "search the" { #expect(status == "status=141", "\(command) stops early") }
      }
    }
  }

  @Test("a temporary file a killed process left is gone after the next command; a live one stays")
  func leftovers() throws {
    let home = try crew()
    defer { home.remove() }
    let index = home.path + "/pods/crew/.index"
    try FileManager.default.createDirectory(atPath: index, withIntermediateDirectories: true)
    let dead = index + "/sessions.tsv.tmp-2147483000"
    let live = index + "/sessions.tsv.tmp-\(getpid())"
    for path in [dead, live] {
      #expect(FileManager.default.createFile(atPath: path, contents: Data("deleted rows".utf8)))
    }
    #expect(try home.run(["sessions"]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: dead))
    #expect(FileManager.default.fileExists(atPath: live), "its writer is still running")
  }
}
