import Foundation
import Testing

/// The mode bits of the file at `path`.
private func mode(_ path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
}

@Suite("End to end: what Hearth writes stays private, and what is taken back is gone")
struct PrivacyTests {
  @Test("show --output writes Markdown, HTML or JSON readable by its owner alone, atomically")
  func showOutput() throws {
    let home = try SearchCommandTests.archive()
    defer { home.remove() }
    let id = SearchCommandTests.ids[0]
    for (flags, name) in [([], "session.md"), (["--html"], "session.html"), (["--json"], "s.json")]
    {
      let path = home.path + "/" + name
      // An older copy that anyone could read is replaced, not left as it was.
      try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
      let saved = try home.run(["show", id] + flags + ["--output", path])
      #expect(saved.status == 0, "\(saved.error)")
      #expect(saved.output.contains("Saved \(id) to \(path)"))
      let printed = try home.run(["show", id] + flags)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == printed.output)
      #expect(try mode(path) == 0o600)
    }
    let folder = try home.run(["show", id, "--output", home.path])
    #expect(folder.status == 2)
    #expect(folder.error.contains("\(home.path): is a folder"))
    let nowhere = try home.run(["show", id, "--output", home.path + "/no/such/x.md"])
    #expect(nowhere.status == 2)
    #expect(nowhere.error.contains("there is no folder \(home.path)/no/such"))
    let empty = try home.run(["show", id, "--output", ""])
    #expect(empty.status == 2)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.path)
    #expect(!leftovers.contains { $0.contains(".tmp-") })
  }
}

extension PrivacyTests {
  @Test("members forget asks (or takes --yes), then the name is in no file of the home")
  func forgetMember() throws {
    let home = try SearchCommandTests.archive()
    defer { home.remove() }
    _ = try home.run(["search", "coffee"])  // builds the derived index, which names José too
    let asked = try home.run(["members", "forget", "José"])
    #expect(asked.status == 2)
    #expect(asked.error.contains("--yes"))
    let unknown = try home.run(["members", "forget", "Nobody", "--yes"])
    #expect(unknown.status == 1)
    let forgot = try home.run(["members", "forget", "José", "--yes"])
    #expect(forgot.status == 0, "\(forgot.error)")
    #expect(forgot.output.contains("Former member 1"))
    let grep = try Tmux.run("/usr/bin/env", ["grep", "-rl", "--", "José", home.path])
    #expect(grep.output.isEmpty, "still named in \(grep.output)")
    #expect(grep.status == 1)
    let members = try home.run(["members"])
    #expect(members.output.contains("Former member 1  [removed]"))
    #expect(try home.run(["search", "coffee"]).output.contains("Coffee with Former member 1"))
  }
}

@Suite(
  "End to end: taking back in a real terminal", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct TakingBackTests {
  /// The files under `home` that hold `word`, ignoring case, as `grep -ril` finds them.
  static func filesHolding(_ word: String, in home: String) throws -> [String] {
    let found = try Tmux.run("/usr/bin/env", ["grep", "-ril", "--", word, home])
    return found.output.split(separator: "\n").map(String.init)
  }

  @Test("a note written and undone in a meeting is in no file of the home afterwards")
  func undoneNote() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux(home.shellLine("demo"), environment: home.environment)
    try tmux.waitFor("n gives the stick to")
    try tmux.send("n")
    try tmux.waitFor("speaking")
    try tmux.send("i")
    try tmux.send("Marmalade custody papers", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("• Marmalade custody papers")
    #expect(try Self.filesHolding("marmalade", in: home.path).isEmpty == false)
    try tmux.send("u")
    try tmux.waitUntil("the note is gone from the screen") {
      !$0.contains { $0.contains("Marmalade") }
    }
    #expect(try Self.filesHolding("marmalade", in: home.path).isEmpty)
    try tmux.send("i")
    try tmux.send("Kept words", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("• Kept words")
    try tmux.send("q")
    try tmux.waitFor("End the meeting?")
    try tmux.send("y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    #expect(try Self.filesHolding("marmalade", in: home.path).isEmpty)
    let report = try home.latestJSON(HearthHome.demo)
    let notes = (report["items"] as? [[String: Any]])?.flatMap {
      ($0["notes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }
    #expect(notes == ["Kept words"])
  }

  @Test("deleting a session of a pod that syncs says git history still holds it")
  func deleteNotice() throws {
    let home = try SearchCommandTests.archive()
    defer { home.remove() }
    let plain = try home.run(["sessions", "delete", SearchCommandTests.ids[0], "--yes"])
    #expect(plain.status == 0, "\(plain.error)")
    #expect(!plain.output.contains("git"))
    let remote = home.path + "/remote.git"
    #expect(try Tmux.run("/usr/bin/env", ["git", "init", "-q", "--bare", remote]).status == 0)
    let shared = try home.run(["sync", "--init", remote])
    #expect(shared.status == 0, "\(shared.error)")
    let deleted = try home.run(["sessions", "delete", SearchCommandTests.ids[1], "--yes"])
    #expect(deleted.status == 0, "\(deleted.error)")
    #expect(deleted.output.contains("git history still holds it, on the remote it syncs with"))
    #expect(deleted.output.contains("Sealed pods"))
  }
}
