import Foundation
import HearthCore
import HearthStore
import HearthTerminal
import HearthTesting
import HearthThemes
import HearthUI

/// `hearth-bench`: the figures that keep Hearth fast. Run it in a release build:
/// `swift run -c release hearth-bench`.
@main
enum Bench {
  static func main() throws {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "generate" {
      try Generate.run(Array(arguments.dropFirst()))
      return
    }
    if arguments == ["sealed"] {
      try Sealed.run(sessions: 10_000)
      return
    }
    guard arguments.isEmpty else {
      FileHandle.standardError.write(
        Data(
          ("usage: hearth-bench | hearth-bench sealed"
            + " | hearth-bench generate --home DIR --sessions N [--seed S] [--seal]\n").utf8))
      exit(2)
    }
    print("hearth-bench (build with -c release for real figures)")
    for (width, height) in [(80, 24), (200, 60)] {
      let micros = frameRender(width: width, height: height)
      let tick = frameRender(width: width, height: height, frames: MeetingFrames())
      print(
        String(
          format: "frame render %dx%d: %.1f µs per frame, %.1f µs per tick (MeetingFrames)",
          width, height, micros, tick))
    }
    for (width, height) in [(80, 24), (200, 60)] {
      let (first, perTick) = try tickBytes(width: width, height: height)
      print(
        String(
          format: "ncurses bytes %dx%d: first frame %d, steady one-second tick %.1f", width, height,
          first, perTick))
    }
    try TypingBench.run(characters: 10_000)
    let (events, millis) = try replay(events: 10_000)
    print(String(format: "replay %d-event journal (read + fold): %.1f ms", events, millis))
    for (what, text) in podFiles(bytes: 1_000_000) {
      let (pod, millis) = try time { try PodFile.parse(text, path: "pod.toml") }
      precondition(!pod.members.isEmpty)
      print(
        String(
          format: "load a %.1f MB pod.toml (%@): %.1f ms", Double(text.utf8.count) / 1_000_000,
          what, millis))
    }
    try archiveFigures(sessions: 10_000)
  }

  /// Pod files of about `bytes` bytes: one long agreement, and as many members as fit.
  static func podFiles(bytes: Int) -> [(String, String)] {
    let head = "name = \"Bench Pod\"\ncommitment = 6\n"
    let member = "\n[[members]]\nname = \"Member 00000\"\npronouns = \"they/them\"\n"
    let long = String(repeating: "We listen, we do not fix. ", count: bytes / 26)
    let many = (0..<bytes / member.utf8.count).map {
      "\n[[members]]\nname = \"Member \($0)\"\npronouns = \"they/them\"\n"
    }
    return [
      ("one 1 MB agreement", head + "agreements = [\"\(long)\"]\n" + member),
      ("\(many.count) members", head + many.joined()),
    ]
  }

  /// A figure of several runs: the median wall time, and the median CPU time of the process,
  /// which a shared machine inflates far less.
  struct Median: CustomStringConvertible {
    var wall: Double
    var cpu: Double
    var description: String { String(format: "%.1f ms (CPU %.1f ms)", wall, cpu) }
  }

  /// The median of `runs` runs of `body`, and what the last returned.
  static func median<T>(runs: Int = 7, _ body: () throws -> T) rethrows -> (T, Median) {
    var wall: [Double] = []
    var cpu: [Double] = []
    var value: T?
    for _ in 0..<runs {
      let before = cpuMillis()
      let (result, elapsed) = try time(body)
      cpu.append(cpuMillis() - before)
      value = result
      wall.append(elapsed)
    }
    return (value!, Median(wall: wall.sorted()[runs / 2], cpu: cpu.sorted()[runs / 2]))
  }

  /// The CPU time the process has used, in milliseconds.
  static func cpuMillis() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1_000_000
  }

  /// Milliseconds `body` takes, and what it returned.
  static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
  }

  /// The archive of `sessions` generated sessions: listing it without and with the index, the
  /// first screenful, stats over the last 52 sessions, and what the index costs on disk. Set
  /// `HEARTH_BENCH_ARCHIVE=DIR` to keep the generated archive in DIR and reuse it next time.
  static func archiveFigures(sessions: Int) throws {
    let kept = ProcessInfo.processInfo.environment["HEARTH_BENCH_ARCHIVE"]
    let home = kept ?? NSTemporaryDirectory() + "hearth-bench-archive-\(getpid())"
    defer { if kept == nil { try? FileManager.default.removeItem(atPath: home) } }
    let existing = Home(path: home).pod(named: "Bench Pod")
    let pod: PodDirectory
    if existing.sessionIDs().count == sessions {
      pod = existing
    } else {
      try? FileManager.default.removeItem(atPath: existing.path)
      let (written, millis) = try time {
        try Generate.write(home: home, sessions: sessions, transcripts: true)
      }
      print(String(format: "generate %d sessions: %.1f s", sessions, millis / 1000))
      pod = written
    }
    let index = (pod.indexPath as NSString).deletingLastPathComponent
    try? FileManager.default.removeItem(atPath: index)
    let (cold, coldMillis) = time { pod.archive() }
    precondition(cold.count == sessions && cold.allSatisfy { $0.damaged == nil })
    print(
      String(format: "archive() of %d sessions, cold (no index): %.1f ms", sessions, coldMillis))
    let (warm, warmMillis) = median { pod.archive() }
    precondition(warm == cold, "the index must give what the journals give")
    print(
      String(
        format: "archive() of %d sessions, warm (hearth sessions, all of them): %@", sessions,
        warmMillis.description))
    let (_, sweepMillis) = time { Leftovers.remove(under: Home(path: home)) }
    print(
      String(
        format: "leftover temporary files looked for at each command's start: %.2f ms",
        sweepMillis))
    // What each command computes before it prints, as a warm run gives it: the median of
    // several, so one slow run on a shared machine does not make the figure.
    let (ledger, ledgerMillis) = median { pod.actionLedger() }
    print(
      String(
        format: "action ledger over the warm index (review's actions): "
          + "%@, %d open, %d closed", ledgerMillis.description, ledger.open.count,
        ledger.closed.count))
    let (history, rolesMillis) = median { pod.roleHistory() }
    precondition(history.count == sessions)
    print("role history from the warm index (hearth roles): \(rolesMillis)")
    let (start, startMillis) = median { pod.meetingHistory(withActions: true) }
    precondition(start.roles == history && start.openActions == ledger.open)
    print("meeting start (role history, open meeting, open actions): \(startMillis)")
    let (_, rebuildMillis) = median {
      try? FileManager.default.removeItem(atPath: pod.historyIndexPath)
      return pod.meetingHistory(withActions: true)
    }
    print("  the same without .index/history.tsv (computed from the warm index): \(rebuildMillis)")
    print(
      "  the same with one meeting more than .index/history.tsv holds (folded in): "
        + "\(try oneMoreMeeting(pod, after: sessions))")
    let (_, threeMillis) = median { (pod.roleHistory(), pod.openSessionID(), pod.openActions()) }
    print("  the same as three readings of the archive, as it was done: \(threeMillis)")
    let (_, screenful) = median { pod.archive(limit: 20) }
    print("archive(limit: 20), warm (hearth sessions, first screenful): \(screenful)")
    try? FileManager.default.removeItem(atPath: index)
    let (_, coldScreenful) = time { pod.archive(limit: 20) }
    print(String(format: "archive(limit: 20), cold: %.1f ms", coldScreenful))
    _ = pod.archive()
    let (text, statsMillis) = median {
      // As `hearth stats --last 52` does it: the newest 52 from the index, then the figures.
      let entries = pod.archive(limit: 52)
      let stats = PodStats(
        sessions: entries.compactMap(\.statsSession), last: 52, pod: try? pod.loadPod())
      return StatsLayout.text(stats, columns: 80)
    }
    precondition(text.contains("52 sessions"))
    print("stats --last 52 (archive(limit: 52) + figures + text): \(statsMillis)")
    let (_, wholeMillis) = time {
      let stats = PodStats(sessions: pod.archive().compactMap(\.statsSession), last: 52)
      return StatsLayout.text(stats, columns: 80)
    }
    print(String(format: "stats --last 52 over the whole warm archive: %.1f ms", wholeMillis))
    let (stats, figuresMillis) = time {
      PodStats(sessions: cold.compactMap(\.statsSession), last: 52)
    }
    precondition(stats.sessions.count == 52)
    print(
      String(format: "stats figures alone over the last 52 of %d: %.2f ms", sessions, figuresMillis)
    )
    SearchBench.run(home: home, pod: pod)
    let bytes = fileSize(pod.indexPath)
    print(
      String(
        format: "index on disk: %.1f MB for %d sessions (%.0f bytes a session)",
        Double(bytes) / 1_048_576, sessions, Double(bytes) / Double(sessions)))
  }

  /// Meeting start as the next meeting finds it: one session more than the derived history
  /// holds, which folds it in. The session is deleted again after.
  static func oneMoreMeeting(_ pod: PodDirectory, after count: Int) throws -> Median {
    let last = pod.meetingHistory(withActions: true)
    let held = FileManager.default.contents(atPath: pod.historyIndexPath) ?? Data()
    var random = SplitMix64(seed: 7)
    let session = Generate.makeSession(
      count, pod: try pod.loadPod(), at: (last.roles.last?.started ?? Date()) + 7 * 86_400,
      openActions: last.openActions ?? [], random: &random)
    let id = session.start!.id
    try pod.createSession(id)
    let text = try session.records.map { try Journal.line(for: $0) + "\n" }.joined()
    try Files.writeAtomically(text, to: pod.journalPath(id))
    try FileManager.default.setAttributes(
      [.modificationDate: Date() - 3600], ofItemAtPath: pod.journalPath(id))
    defer { try? pod.deleteSession(id) }
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<7 {
      try Files.writeAtomically(bytes: [UInt8](held), to: pod.historyIndexPath)
      let before = cpuMillis()
      let (history, elapsed) = time { pod.meetingHistory(withActions: true) }
      cpu.append(cpuMillis() - before)
      wall.append(elapsed)
      precondition(history.roles.count == last.roles.count + 1)
    }
    return Median(wall: wall.sorted()[3], cpu: cpu.sorted()[3])
  }

  /// A meeting in full swing: a turn running, passes, notes.
  static func busyMeeting(_ clock: TestClock) -> SessionState {
    var session = SessionState.demo(at: clock.now())
    for command: Command in [.next, .pass, .next, .next] {
      clock.advance(by: 47)
      session.perform(command, at: clock.now())
    }
    for n in 0..<12 {
      session.perform(
        .write(n % 3 == 0 ? .decision : .note, "Note number \(n) about the garden"), at: clock.now()
      )
    }
    return session
  }

  /// Mean microseconds to render the meeting screen into a grid, a second later each time:
  /// the whole screen, or with `frames` as the run loop draws a tick.
  static func frameRender(width: Int, height: Int, frames: MeetingFrames? = nil) -> Double {
    let clock = TestClock()
    let model = MeetingModel(session: busyMeeting(clock))
    var frames = frames
    let rounds = 2_000
    var checksum = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for n in 0..<rounds {
      let now = clock.now().addingTimeInterval(Double(n))
      let grid =
        frames?.render(model, at: now, width: width, height: height)
        ?? MeetingScreen.render(model, at: now, width: width, height: height)
      checksum &+= grid.cells.count
    }
    let elapsed = DispatchTime.now().uptimeNanoseconds - start
    precondition(checksum > 0)
    return Double(elapsed) / Double(rounds) / 1000
  }

  /// Bytes ncurses writes for the first frame and, on average, for each one-second tick after.
  static func tickBytes(width: Int, height: Int) throws -> (Int, Double) {
    let path = NSTemporaryDirectory() + "hearth-bench-\(getpid()).out"
    defer { unlink(path) }
    setenv("COLUMNS", "\(width)", 1)
    setenv("LINES", "\(height)", 1)
    let terminal = try Terminal(
      output: .file(path: path, term: "xterm-256color"),
      theme: try ThemeCatalog(userDirectory: "/nonexistent").theme(ThemeCatalog.defaultName),
      color: true)
    let clock = TestClock()
    let model = MeetingModel(session: busyMeeting(clock))
    var frames = MeetingFrames()
    terminal.present(frames.render(model, at: clock.now(), width: width, height: height))
    let first = fileSize(path)
    let ticks = 60
    for _ in 0..<ticks {
      clock.advance(by: 1)
      let frame = frames.render(model, at: clock.now(), width: width, height: height)
      terminal.present(frame, changed: frames.changed)
    }
    let total = fileSize(path) - first
    terminal.stop()
    return (first, Double(total) / Double(ticks))
  }

  private static func fileSize(_ path: String) -> Int {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  }

  /// Milliseconds to read and fold a journal of about `events` events.
  static func replay(events: Int) throws -> (Int, Double) {
    let clock = TestClock()
    var session = SessionState.demo(at: clock.now())
    var n = 0
    while session.records.count < events {
      clock.advance(by: 3)
      let command: Command =
        switch n % 7 {
        case 0: .give(n % 4 + 1)
        case 1: .write(.note, "A note with some words in it, number \(n)")
        case 2: .togglePause
        case 3: .togglePause
        case 4: .adjust(minutes: 1)
        case 5: .pass
        default: .next
        }
      if case .refuse = session.perform(command, at: clock.now()) {
        session.perform(n % 2 == 0 ? .nextItem : .previousItem, at: clock.now())
      }
      n += 1
    }
    let directory = NSTemporaryDirectory() + "hearth-bench-\(getpid())"
    try Files.makeDirectory(directory)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/" + Journal.fileName
    let text = try session.records.map { try Journal.line(for: $0) + "\n" }.joined()
    try Files.writeAtomically(text, to: path)
    let start = DispatchTime.now().uptimeNanoseconds
    let contents = try Journal.read(path)
    let replayed = SessionState(replaying: contents.records)
    let elapsed = DispatchTime.now().uptimeNanoseconds - start
    precondition(replayed == session, "replay must rebuild the same state")
    return (contents.records.count, Double(elapsed) / 1_000_000)
  }
}
