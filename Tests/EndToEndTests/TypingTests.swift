import Foundation
import Testing

/// A pod of three whose `case` format starts with a confidential round.
func confidentialPod() throws -> HearthHome {
  let home = try HearthHome()
  try home.initCrew("Ana", "Bo", "Chen")
  try """
  title = "Case"

  [[items]]
  title = "The case"
  kind = "round"
  turn = "2m"
  confidential = true

  [[items]]
  title = "Closing"
  kind = "round"
  """.write(toFile: home.path + "/pods/crew/formats/case.toml", atomically: true, encoding: .utf8)
  return home
}

extension HearthHome {
  /// The bytes of the pod's only session's journal.
  func journal() throws -> Data {
    let sessions = path + "/pods/crew/sessions"
    let ids = try FileManager.default.contentsOfDirectory(atPath: sessions)
    guard let id = ids.first, ids.count == 1 else {
      throw E2EError("expected one session, found \(ids)")
    }
    return try Data(contentsOf: URL(fileURLWithPath: "\(sessions)/\(id)/journal.jsonl"))
  }

  /// The journal's lines.
  func journalLines() throws -> [String] {
    String(decoding: try journal(), as: UTF8.self).split(separator: "\n").map(String.init)
  }

  /// The lines of the demo pod's only session's journal.
  func demoJournalLines() throws -> [String] {
    let sessions = path + "/pods/demo-pod/sessions"
    let ids = try FileManager.default.contentsOfDirectory(atPath: sessions)
    let text = try String(contentsOfFile: "\(sessions)/\(ids[0])/journal.jsonl", encoding: .utf8)
    return text.split(separator: "\n").map(String.init)
  }
}

extension Tmux {
  /// Pastes `text` as a terminal does (bracketed, when the program asked for it); line breaks
  /// arrive as Enter.
  func paste(_ text: String) throws {
    _ = try Self.run("/usr/bin/env", ["tmux", "-L", socket, "set-buffer", "-b", "paste", text])
    _ = try Self.run(
      "/usr/bin/env", ["tmux", "-L", socket, "paste-buffer", "-p", "-b", "paste", "-t", session])
  }
}

@Suite(
  "End to end: typed letters never run as commands; a full disk keeps the meeting", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct TypingEndToEndTests {
  /// Words a scribe might type, full of meeting keys: n, p, u, q, y, digits, ], Space.
  static let words = "now pass it to 2, undo that ] quickly? yes"

  @Test("i in a confidential item, then typed words: the journal gains no event")
  func confidentialNote() throws {
    let home = try confidentialPod()
    defer { home.remove() }
    let tmux = try Tmux(
      home.shellLine("meet --format case --present Ana,Bo,Chen"), environment: home.environment)
    try tmux.waitFor("n gives the stick to Ana")
    try tmux.send("n")
    try tmux.waitFor("1 ▶ Ana")
    let before = try home.journalLines()
    try tmux.send("i")
    try tmux.waitFor("This item is confidential: no notes are kept. Typing is dropped")
    try tmux.send(Self.words, literal: true)
    try tmux.send("Enter")
    let screen = try tmux.waitFor("Nothing written.")
    #expect(screen.contains { $0.contains("1 ▶ Ana") }, "Ana still holds the stick")
    #expect(!screen.contains { $0.contains("Paused") })
    #expect(try home.journalLines() == before, "nothing typed reached the journal")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    let report = try home.latestJSON()
    #expect(turns(report, item: 0).map(\.member) == ["Ana"])
    let items = report["items"] as? [[String: Any]] ?? []
    #expect((items.first?["notes"] as? [Any])?.isEmpty == true)
  }

  @Test("the same with --plain: the reason is said, the typing neither echoed nor run")
  func confidentialNotePlain() throws {
    let home = try confidentialPod()
    defer { home.remove() }
    let plain = try LoggedRun(home, "meet --format case --present Ana,Bo,Chen --plain")
    let tmux = plain.tmux
    try plain.waitFor("Keys: ")
    try tmux.send("n")
    try plain.waitFor("Ana has the stick")
    let before = try home.journalLines()
    try tmux.send("i")
    try plain.waitFor(
      "This item is confidential: no notes are kept. What you type now is dropped; "
        + "Enter or Esc closes.")
    try tmux.send(Self.words, literal: true)
    try tmux.send("Enter")
    try plain.waitFor("Nothing written.")
    #expect(try home.journalLines() == before, "nothing typed reached the journal")
    #expect(!plain.text.contains("quickly"), "the dropped words are not echoed")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    #expect(turns(try home.latestJSON(), item: 0).map(\.member) == ["Ana"])
  }

  @Test("a 5,000-character paste is taken at once and saved whole while the turn runs")
  func longPaste() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux.meeting(home)
    try tmux.send("n")
    try tmux.waitFor("speaking")
    try tmux.send("i")
    try tmux.waitFor("Note ›")
    let words = ["we", "planted", "the", "garden", "ça", "pousse", "庭", "together"]
    var text = ""
    var n = 0
    while text.count < 4_995 {
      text += words[n % words.count] + " "
      n += 1
    }
    text = String(text.prefix(4_995)) + " end."
    #expect(text.count == 5_000)
    let start = Date()
    try tmux.send(text, literal: true)
    try tmux.waitFor("end.▏")
    let taken = Date().timeIntervalSince(start)
    // Not a timing test: the quadratic note line took minutes on this paste; a loaded CI
    // machine takes a few seconds at most. hearth-bench measures the real cost.
    #expect(taken < 30, "the paste took \(taken) s to show")
    try tmux.send("Enter")
    try tmux.waitFor("Note saved.")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    let items = try home.latestJSON(HearthHome.demo)["items"] as? [[String: Any]] ?? []
    let notes = items.first?["notes"] as? [[String: Any]] ?? []
    #expect(notes.first?["text"] as? String == text)
  }

  @Test("the note line edits in a real terminal: arrows, Home, End, Delete, Ctrl-W, CJK")
  func editing() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux.meeting(home)
    try tmux.send("i")
    try tmux.waitFor("Note ›")
    try tmux.send("hello 陈 world", literal: true)
    try tmux.send("Left", "Left", "Left", "Left", "Left")
    try tmux.send("big ", literal: true)
    try tmux.waitFor("Note › hello 陈 big ▏world")
    try tmux.send("Left", "Left", "Left", "Left", "Left")
    try tmux.send("BSpace")
    try tmux.waitFor("Note › hello ▏ big world")
    try tmux.send("Home", "DC", "End")
    try tmux.send(" now", literal: true)
    try tmux.send("C-w")
    try tmux.send("too", literal: true)
    try tmux.waitFor("Note › ello  big world too▏")
    try tmux.send("Enter")
    try tmux.waitFor("Note saved.")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    let items = try home.latestJSON(HearthHome.demo)["items"] as? [[String: Any]] ?? []
    let notes = items.first?["notes"] as? [[String: Any]] ?? []
    #expect(notes.first?["text"] as? String == "ello big world too", "spaces run together")
  }

  @Test("a multi-line paste into a note is one note; pasted outside a note it runs nothing")
  func bracketedPaste() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux.meeting(home)
    try tmux.send("n")
    try tmux.waitFor("1 ▶ Ana")
    let before = try home.demoJournalLines()
    try tmux.paste("n\np\nu\nq\ny\n")
    try tmux.waitFor("Pasted text is not taken as keys")
    #expect(try home.demoJournalLines() == before)
    try tmux.send("i")
    try tmux.paste("Rotate the venue\nn\nq\ny\nand bring tea")
    try tmux.waitFor("Rotate the venue n q y and bring tea▏")
    try tmux.send("Enter")
    try tmux.waitFor("Note saved.")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    let report = try home.latestJSON(HearthHome.demo)
    #expect(turns(report, item: 0).map(\.member) == ["Ana"])
    let items = report["items"] as? [[String: Any]] ?? []
    let notes = items.first?["notes"] as? [[String: Any]] ?? []
    #expect(notes.map { $0["text"] as? String } == ["Rotate the venue n q y and bring tea"])
  }

  /// A meeting of the crew whose writes fail past `bytes` bytes (a file-size limit, as a full
  /// disk makes them fail), its shell line ending with the exit status.
  static func limitedMeeting(_ home: HearthHome, bytes: Int) throws -> Tmux {
    try home.initCrew("Ana", "Bo", "Chen")
    return try Tmux(
      "prlimit --fsize=\(bytes): \(HearthHome.binary) meet --present Ana,Bo,Chen; "
        + "echo \"EXIT=$?\"; sleep 600", environment: home.environment)
  }

  /// A note longer than the room left under the limit.
  static let longNote = String(repeating: "The garden needs water and all of us. ", count: 260)

  @Test("a write that fails keeps the meeting up; keys do nothing; r saves once there is room")
  func fullDiskThenRetry() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Self.limitedMeeting(home, bytes: 8192)
    try tmux.waitFor("n gives the stick to Ana")
    try tmux.send("n")
    try tmux.waitFor("speaking")
    let saved = try home.journal()
    try tmux.send("i")
    try tmux.send(Self.longNote, literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("The file-size limit is reached: nothing after")
    try tmux.waitFor("Not saved · r retry · Ctrl-C leave")
    try tmux.send("n", "p", "u", "q", "y", "Space", "i", "Enter", "Escape")
    try tmux.send("typed after the failure", literal: true)
    usleep(500_000)
    let screen = try tmux.waitFor("Free space, then press r to retry.")
    #expect(!screen.contains { $0.contains("EXIT=") }, "hearth is still running")
    #expect(try home.journal() == saved, "the cut-off line was removed; nothing else written")
    _ = try Tmux.run(
      "/usr/bin/env", ["prlimit", "--pid", "\(try tmux.hearthPID())", "--fsize=unlimited"])
    try tmux.send("r")
    try tmux.waitFor("Note saved.")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    let report = try home.latestJSON()
    #expect(turns(report, item: 0).map(\.member) == ["Ana"], "no key ran while unsaved")
    let items = report["items"] as? [[String: Any]] ?? []
    let notes = items.first?["notes"] as? [[String: Any]] ?? []
    #expect(
      notes.map { $0["text"] as? String } == [Self.longNote.trimmingCharacters(in: .whitespaces)])
  }

  @Test("Ctrl-C while unsaved leaves with exit 1 and says what was lost; resume continues")
  func fullDiskThenLeave() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Self.limitedMeeting(home, bytes: 8192)
    try tmux.waitFor("n gives the stick to Ana")
    try tmux.send("i")
    try tmux.send(Self.longNote, literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("Not saved · r retry")
    try tmux.send("C-c")
    let screen = try tmux.waitFor("EXIT=1")
    #expect(
      screen.joined().contains("the file-size limit is reached: nothing after"),
      "the shell is told what was not saved")
    #expect(screen.joined().contains("`hearth resume` continues"))
    let resumed = try Tmux(home.shellLine("resume"), environment: home.environment)
    try resumed.waitFor("n gives the stick to Ana")
    try resumed.send("q", "y")
    try resumed.leaveSummary()
    try resumed.waitFor("EXIT=0")
    let items = try home.latestJSON()["items"] as? [[String: Any]] ?? []
    #expect((items.first?["notes"] as? [Any])?.isEmpty == true)
  }

  @Test("any command that cannot write for lack of room exits 1, not 2, and is not killed")
  func fullDiskExitCode() throws {
    let home = try HearthHome()
    defer { home.remove() }
    // Room for the error message on stderr (a file here), not for the pod file.
    let result = try Tmux.run(
      "/usr/bin/env",
      [
        "prlimit", "--fsize=300:", HearthHome.binary, "init", "Crew", "--member", "Ana",
        "--agreement", String(repeating: "What is said here stays here. ", count: 20),
      ],
      environment: home.environment)
    #expect(result.status == 1, "exit \(result.status): \(result.error)")
    #expect(result.error.contains("File too large"))
  }
}
