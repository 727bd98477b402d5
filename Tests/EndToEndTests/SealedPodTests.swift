import Foundation
import Testing

@Suite(
  "End to end: a sealed pod", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct SealedPodTests {
  static let passphrase = "ember lantern 47"
  /// Words of names, notes and actions that must be in no file of the home.
  static let secrets = ["Quillfeather", "Marisol", "lighthouse", "custody", "Tuesday Crew"]

  /// A home with a sealed pod "Tuesday Crew" and a passphrase file (0600) beside it.
  static func sealedHome() throws -> (home: HearthHome, file: String) {
    let home = try HearthHome()
    let file = home.path + "/passphrase"
    try (passphrase + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    chmod(file, 0o600)
    let made = try home.run(
      [
        "init", "Tuesday Crew", "--seal", "--passphrase-file", file, "--member", "Quillfeather",
        "--member", "Marisol", "--member", "Bo",
      ])
    guard made.status == 0 else { throw E2EError("init --seal failed: \(made.error)") }
    #expect(made.output.contains("(sealed)"))
    return (home, file)
  }

  /// The files under `home` holding `word` (ignoring case), but the passphrase file.
  static func filesHolding(_ word: String, in home: String) throws -> [String] {
    try TakingBackTests.filesHolding(word, in: home).filter { !$0.hasSuffix("/passphrase") }
  }

  @Test("after a meeting, grep -r of the home finds no name, note or action; hearth reads them")
  func nothingOnDisk() throws {
    let (home, file) = try Self.sealedHome()
    defer { home.remove() }
    let tmux = try Tmux.meeting(
      home,
      "meet --format check-in --present Quillfeather,Marisol,Bo --role facilitator=Quillfeather"
        + " --passphrase-file \(file)")
    try tmux.send("n")
    try tmux.waitFor("speaking")
    try tmux.send("i")
    try tmux.send("Marisol saw the lighthouse", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("• Marisol saw the lighthouse")
    try tmux.send("a")
    try tmux.send("@Quillfeather call the lawyer about custody", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("call the lawyer about custody")
    try tmux.send("q")
    try tmux.waitFor("End the meeting?")
    try tmux.send("y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    try tmux.waitFor("The pod is sealed")
    let unlock = ["--passphrase-file", file]
    let found = try home.run(["search", "lighthouse"] + unlock)
    #expect(found.status == 0, "\(found.error)")
    #expect(found.output.contains("Marisol saw the lighthouse"))
    let shown = try home.run(["show", "latest"] + unlock)
    #expect(shown.output.contains("call the lawyer about custody"))
    #expect(try home.run(["sessions"] + unlock).output.contains("check-in"))
    #expect(try home.run(["stats"] + unlock).status == 0)
    #expect(try home.run(["members"] + unlock).output.contains("Quillfeather"))
    for word in Self.secrets {
      #expect(try Self.filesHolding(word, in: home.path).isEmpty, "\(word) is on disk")
    }
    #expect(try Self.filesHolding(Self.passphrase, in: home.path).isEmpty)
  }

  @Test("formats add seals a format in a sealed pod: listed, shown, and its words not on disk")
  func formatsAdd() throws {
    let (home, file) = try Self.sealedHome()
    defer { home.remove() }
    let unlock = ["--passphrase-file", file]
    let format = home.path + "/crew.toml"
    try """
    title = "Lighthouse crew"

    [[items]]
    prompt = "Marisol asks how you arrive"
    kind = "round"
    title = "Arrival"
    """.write(toFile: format, atomically: true, encoding: .utf8)
    let added = try home.run(["formats", "add", format] + unlock)
    #expect(added.status == 0, "\(added.error)")
    #expect(added.output.contains("added crew: Lighthouse crew with 1 items"))
    try FileManager.default.removeItem(atPath: format)
    #expect(try home.run(["formats", "list"] + unlock).output.contains("Lighthouse crew"))
    #expect(try home.run(["formats", "show", "crew"] + unlock).output.contains("Marisol asks"))
    for word in ["Lighthouse", "Marisol"] {
      #expect(try Self.filesHolding(word, in: home.path).isEmpty, "\(word) is on disk")
    }
    try "title = \"Broken\"\n".write(toFile: format, atomically: true, encoding: .utf8)
    let broken = try home.run(["formats", "add", format] + unlock)
    #expect(broken.status == 2)
    #expect(broken.error.contains(format + ":"))
  }

  @Test("a wrong passphrase, or none and no terminal, exits 2 saying so and writes nothing")
  func wrongOrNone() throws {
    let (home, _) = try Self.sealedHome()
    defer { home.remove() }
    let wrong = home.path + "/wrong"
    try "ember lantern 48\n".write(toFile: wrong, atomically: true, encoding: .utf8)
    let before = try FileManager.default.subpathsOfDirectory(atPath: home.path).sorted()
    let refused = try home.run(["sessions", "--passphrase-file", wrong])
    #expect(refused.status == 2)
    #expect(refused.error.contains("wrong passphrase for pod tuesday-crew"))
    var environment = home.environment
    environment["HEARTH_PASSPHRASE_FILE"] = wrong
    #expect(try home.run(["sessions"], environment: environment).status == 2)
    // setsid: no controlling terminal to ask on.
    let none = try Tmux.run(
      "/usr/bin/setsid", ["-w", HearthHome.binary, "sessions"], environment: home.environment)
    #expect(none.status == 1)
    #expect(none.error.contains("--passphrase-file"))
    #expect(none.error.contains("HEARTH_PASSPHRASE_COMMAND"))
    let sync = try home.run(["sync", "--passphrase-file", wrong])
    #expect(sync.status == 2)
    #expect(sync.error.contains("wrong passphrase for pod tuesday-crew"))
    let after = try FileManager.default.subpathsOfDirectory(atPath: home.path).sorted()
    #expect(after == before)
    environment["HEARTH_PASSPHRASE_FILE"] = nil
    environment["HEARTH_PASSPHRASE_COMMAND"] = "echo '\(Self.passphrase)'"
    let command = try home.run(["sessions"], environment: environment)
    #expect(command.status == 0, "\(command.error)")
    environment["HEARTH_PASSPHRASE_COMMAND"] = "exit 3"
    let failing = try home.run(["sessions"], environment: environment)
    #expect(failing.status == 1)
    #expect(failing.error.contains("exited with 3"))
  }

  /// `hearth sessions` in tmux, at its passphrase prompt; the shell then says how it exited
  /// and whether echo is on (a line `echo`, else `-echo`).
  static func prompting(in home: HearthHome) throws -> Tmux {
    let report = "echo \"EXIT=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -x -- '-*echo'; sleep 600"
    let tmux = try Tmux(
      "\(HearthHome.binary) sessions; \(report)", environment: home.environment)
    try tmux.waitFor("Passphrase for pod tuesday-crew:")
    return tmux
  }

  @Test("asked on the terminal, the passphrase is not echoed, and Ctrl-C leaves echo on")
  func askedOnTheTerminal() throws {
    let (home, _) = try Self.sealedHome()
    defer { home.remove() }
    let asked = try Self.prompting(in: home)
    try asked.send(Self.passphrase, literal: true)
    #expect(try !asked.screen().contains { $0.contains("lantern") })
    try asked.send("Enter")
    try asked.waitFor("EXIT=0")
    try asked.waitUntil("echo is on again") { $0.contains { $0 == "echo" } }
    let cancelled = try Self.prompting(in: home)
    try cancelled.send("ember")
    try cancelled.send("C-c")
    try cancelled.waitFor("EXIT=130")
    try cancelled.waitUntil("echo is on again") { $0.contains { $0 == "echo" } }
  }

  @Test(
    "killed while the passphrase is asked (SIGTERM, SIGHUP, SIGINT), the terminal echoes again",
    arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)])
  func killedAtThePrompt(signal: Int32, status: Int) throws {
    let (home, _) = try Self.sealedHome()
    defer { home.remove() }
    let asked = try Self.prompting(in: home)
    try asked.send("ember")
    #expect(kill(try asked.hearthPID(), signal) == 0)
    try asked.waitFor("EXIT=\(status)")
    try asked.waitUntil("echo is on again") { $0.contains { $0 == "echo" } }
  }

  @Test("keys add, add --recovery, list and remove; the last key cannot be removed")
  func keys() throws {
    let (home, file) = try Self.sealedHome()
    defer { home.remove() }
    let bo = home.path + "/bo"
    try "bo's own words\n".write(toFile: bo, atomically: true, encoding: .utf8)
    let added = try home.run(
      ["keys", "add", "--label", "Bo", "--new-passphrase-file", bo, "--passphrase-file", file])
    #expect(added.status == 0, "\(added.error)")
    let recovery = try home.run(["keys", "add", "--recovery", "--passphrase-file", file])
    let code = try #require(
      recovery.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .first { $0.count == 35 && $0.split(separator: "-").count == 6 })
    let codeFile = home.path + "/code"
    try (code.lowercased() + "\n").write(toFile: codeFile, atomically: true, encoding: .utf8)
    let listed = try home.run(["keys", "list", "--passphrase-file", codeFile])
    #expect(listed.status == 0, "\(listed.error)")
    #expect(listed.output.contains("Bo"))
    #expect(listed.output.contains("first passphrase"))
    #expect(listed.output.contains("[recovery code]  [unlocked with]"))
    let lines = listed.output.split(separator: "\n")
    let inUse = try #require(lines.first { $0.contains("[unlocked with]") }).prefix(16)
    for line in lines where !line.contains("[unlocked with]") {
      let removed = try home.run([
        "keys", "remove", String(line.prefix(16)), "--passphrase-file", codeFile,
      ])
      #expect(removed.status == 0, "\(removed.error)")
    }
    let last = try home.run(["keys", "remove", String(inUse), "--passphrase-file", codeFile])
    #expect(last.status == 2)
    #expect(last.error.contains("last key slot"))
    #expect(try home.run(["sessions", "--passphrase-file", file]).status == 2)
    #expect(try home.run(["sessions", "--passphrase-file", codeFile]).status == 0)
  }

  @Test("hearth seal seals a plain pod in place; a sealed one is refused")
  func sealInPlace() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Quillfeather", "Marisol")
    let file = home.path + "/passphrase"
    try (Self.passphrase + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let sealed = try home.run(["seal", "--passphrase-file", file])
    #expect(sealed.status == 0, "\(sealed.error)")
    #expect(sealed.output.contains("Sealed crew"))
    for word in ["Quillfeather", "Marisol"] {
      #expect(try Self.filesHolding(word, in: home.path).isEmpty, "\(word) is on disk")
    }
    let members = try home.run(["members", "--passphrase-file", file])
    #expect(members.output.contains("Quillfeather"), "\(members.error)")
    let again = try home.run(["seal", "--passphrase-file", file])
    #expect(again.status == 1)
    #expect(again.error.contains("sealed already"))
  }
}
