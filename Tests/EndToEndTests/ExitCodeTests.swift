import Foundation
import Testing

/// One row of the exit-code table: a command line, the keys it reads (for `--plain`), the
/// status it must end with, and words its stderr must hold.
struct ExitCase: CustomStringConvertible {
  var arguments: [String]
  var status: Int32
  var keys: String?
  var says: String?

  init(_ arguments: [String], _ status: Int32, keys: String? = nil, says: String? = nil) {
    self.arguments = arguments
    self.status = status
    self.keys = keys
    self.says = says
  }

  var description: String { "hearth " + arguments.joined(separator: " ") }
}

@Suite(
  "End to end: one table of exit codes for every command", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct ExitCodeTests {
  /// Runs `cases` in order against `home`, each with its keys on standard input.
  func check(_ cases: [ExitCase], in home: HearthHome, environment: [String: String]) throws {
    for row in cases {
      var input: FileHandle?
      if let keys = row.keys {
        let path = home.path + "/keys"
        try keys.write(toFile: path, atomically: true, encoding: .utf8)
        input = FileHandle(forReadingAtPath: path)
      }
      defer { try? input?.close() }
      let result = try Tmux.run(
        HearthHome.binary, row.arguments, environment: environment, input: input)
      #expect(result.status == row.status, "\(row): \(result.error)")
      if let says = row.says { #expect(result.error.contains(says), "\(row): \(result.error)") }
    }
  }

  @Test("0 success; 1 nothing found or could not be done; 2 bad usage or a damaged file")
  func table() throws {
    let home = try HearthHome()
    defer { home.remove() }
    var environment = home.environment
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    let broken = home.path + "/broken.toml"
    try "title = \"B\"\n[[items]]\ntitle = 3\n".write(
      toFile: broken, atomically: true, encoding: .utf8)
    let passphrase = home.path + "/passphrase"
    try "ember lantern 47 quiet\n".write(toFile: passphrase, atomically: true, encoding: .utf8)
    let remote = home.path + "/remote.git"
    let git = try Tmux.run(
      "/usr/bin/env", ["git", "init", "-q", "--bare", remote], environment: environment)
    try #require(git.status == 0, "\(git.error)")
    let empty = home.path + "/empty-home"
    let sealed = ["--passphrase-file", passphrase]
    let other = home.path + "/other-home"

    try check(
      [
        // Before any pod: nothing found.
        ExitCase(["--home", empty, "sessions"], 1, says: "no pods yet"),
        ExitCase(["--home", empty, "stats"], 1, says: "no pods yet"),
        ExitCase([], 0),
        ExitCase(["--version"], 0),
        ExitCase(["frobnicate"], 2),
        ExitCase(["init"], 2),
        ExitCase(["init", "Crew", "--member", "Ana", "--member", "Bo", "--member", "Chen"], 0),
        ExitCase(["init", "Crew", "--member", "X"], 1, says: "exists"),
        ExitCase(["members"], 0),
        ExitCase(["members", "add", "Dee"], 0),
        ExitCase(["members", "add", "Ana"], 1, says: "already a member"),
        ExitCase(["members", "rename", "Dee", "Dana"], 0),
        ExitCase(["members", "remove", "Dana"], 0),
        ExitCase(["members", "remove", "Nobody"], 1, says: "no member named 'Nobody'"),
        ExitCase(["members", "remove"], 2),
        ExitCase(["members", "forget", "Nobody", "--yes"], 1),
        ExitCase(["formats"], 0),
        ExitCase(["formats", "show", "check-in"], 0),
        ExitCase(["formats", "show", "nosuch"], 1, says: "no format named 'nosuch'"),
        ExitCase(["formats", "show"], 2),
        ExitCase(["formats", "check", broken], 2, says: broken + ":2:"),
        ExitCase(["roles"], 0),
        ExitCase(["roles", "--pod", "nosuch"], 1, says: "no pod named 'nosuch'"),
        ExitCase(["roles", "extra"], 2),
        ExitCase(["resume"], 1),
        ExitCase(["resume", "--bogus"], 2),
        ExitCase(["meet", "--present", "Ana,Zed"], 1, says: "'Zed' is not a member"),
        ExitCase(["meet", "--role", "nonsense"], 2, says: "ROLE=NAME"),
        ExitCase(["meet", "--plain", "--present", "Ana,Bo"], 0, keys: "nicoffee\rqy"),
        ExitCase(["sessions"], 0),
        ExitCase(["sessions", "--limit", "0"], 2),
        ExitCase(["show", "latest"], 0),
        ExitCase(["show", "nosuch"], 1, says: "no session 'nosuch'"),
        ExitCase(["show"], 2),
        ExitCase(["search", "coffee"], 0),
        ExitCase(["search", "zebra"], 1),
        ExitCase(["search"], 2),
        ExitCase(["stats"], 0),
        ExitCase(["stats", "--last", "0"], 2),
        // A meeting left open (its input ended, as a script's does), then resumed and ended.
        ExitCase(["meet", "--plain", "--present", "Ana,Bo"], 0, keys: "n"),
        ExitCase(["resume", "--plain"], 0, keys: "qy"),
        ExitCase(["demo"], 1, says: "needs a terminal"),
        ExitCase(["demo", "--bogus"], 2),
        ExitCase(["review"], 1, says: "needs a terminal"),
        ExitCase(["review", "--plain"], 2),
        ExitCase(["watch"], 1, says: "needs a terminal"),
        ExitCase(["watch", "--plain"], 0, keys: "q"),
        ExitCase(["watch", "--bogus"], 2),
        ExitCase(["themes"], 0),
        ExitCase(["themes", "check", broken], 2),
        ExitCase(["themes", "--bogus"], 2),
        ExitCase(["sync"], 1, says: "not shared yet"),
        ExitCase(["sync", "--init", remote, "--clone", remote], 2),
        ExitCase(["sync", "--init", remote], 0),
        ExitCase(["sync"], 0),
        ExitCase(["sessions", "delete", "nosuch", "--yes"], 1, says: "no session 'nosuch'"),
        ExitCase(["sessions", "delete"], 2),
        // Sealing in a home of its own: a pod that syncs is not sealed.
        ExitCase(["--home", other, "init", "Other", "--member", "Ana"], 0),
        ExitCase(["--home", other, "keys"], 1, says: "not sealed"),
        ExitCase(["--home", other, "keys", "--bogus"], 2),
        ExitCase(["--home", other, "seal", "--bogus"], 2),
        ExitCase(["--home", other, "seal"] + sealed, 0),
        ExitCase(["--home", other, "seal"] + sealed, 1, says: "sealed already"),
        ExitCase(["--home", other, "keys"] + sealed, 0),
      ], in: home, environment: environment)
  }
}
