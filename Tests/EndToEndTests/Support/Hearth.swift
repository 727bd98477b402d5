import Foundation
import Testing

/// The built `hearth` binary and a private data home for one test.
struct HearthHome {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("hearth-e2e-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }

  /// The environment the program runs with: a UTF-8 locale and this home.
  var environment: [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "C.UTF-8"
    env["HEARTH_HOME"] = path
    // Empty rather than removed: a tmux server hands its own environment (the test runner's,
    // which may set NO_COLOR) to every pane, and only an explicit value overrides it.
    env["NO_COLOR"] = ""
    // Empty for the same reason: a light terminal's COLORFGBG would choose the light theme.
    env["COLORFGBG"] = ""
    // `show` on a terminal pages through $PAGER (less would wait for q); the tests that look at
    // paging set their own.
    env["PAGER"] = "cat"
    return env
  }

  /// The built executable: `HEARTH_BIN`, else beside the test bundle in the build folder.
  static var binary: String {
    if let explicit = ProcessInfo.processInfo.environment["HEARTH_BIN"] { return explicit }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("hearth").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return ".build/debug/hearth"
  }

  /// A shell line that runs hearth with `arguments`, then reports its exit status and waits,
  /// so the screen after the terminal is restored can be read.
  func shellLine(_ arguments: String) -> String {
    "\(Self.binary) \(arguments); echo \"EXIT=$?\"; sleep 600"
  }

  /// Runs hearth to completion without a terminal, with this home's environment unless given.
  func run(
    _ arguments: [String], input: FileHandle? = nil, environment: [String: String]? = nil
  ) throws -> (status: Int32, output: String, error: String) {
    try Tmux.run(Self.binary, arguments, environment: environment ?? self.environment, input: input)
  }

  /// `hearth init Crew` with `members`; fails unless it succeeds.
  func initCrew(_ members: String...) throws {
    let made = try run(["init", "Crew"] + members.flatMap { ["--member", $0] })
    guard made.status == 0 else { throw E2EError("init failed: \(made.error)") }
  }

  /// The options that choose the demo pod, which is never the default.
  static let demo = ["--pod", "demo-pod"]

  /// The list a `--json` output holds under `key` (`sessions`, `hits`, `members`, …), parsed;
  /// empty when it is not such an output.
  static func jsonList(_ output: String, _ key: String) -> [[String: Any]] {
    let object = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
    return object?[key] as? [[String: Any]] ?? []
  }

  /// `hearth show latest --json` of the default pod, or of the one `pod` chooses, parsed.
  func latestJSON(_ pod: [String] = []) throws -> [String: Any] {
    let result = try run(["show", "latest", "--json"] + pod)
    guard result.status == 0,
      let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        as? [String: Any]
    else { throw E2EError("show --json failed: \(result.error)") }
    return object
  }
}

/// End-to-end tests need tmux; on a user's machine without it they are skipped with this reason,
/// but under CI they run (and fail) so they can never be skipped silently there.
enum Requirement {
  static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
  static let tmux = Tmux.isAvailable || isCI
}
