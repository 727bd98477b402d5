import Foundation
import Testing

/// A private tmux server running the built `hearth` in a real terminal, driven like a person.
final class Tmux {
  let socket = "hearth-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
  let session = "t"

  /// Whether end-to-end tests can run here; under CI they must.
  static var isAvailable: Bool { (try? run("/usr/bin/env", ["tmux", "-V"]).status) == 0 }

  /// Starts `command` (a shell line) in a `width`×`height` terminal with `environment`.
  init(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String]) throws
  {
    var arguments = [
      "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y",
      "\(height)",
    ]
    for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
      arguments += ["-e", "\(key)=\(value)"]
    }
    arguments.append(command)
    // The server this starts keeps inherited descriptors open, so its output goes nowhere.
    let status = try Self.run("/usr/bin/env", ["tmux"] + arguments, capture: false).status
    guard status == 0 else { throw E2EError("tmux new-session failed with status \(status)") }
  }

  deinit { _ = try? Self.run("/usr/bin/env", ["tmux", "-L", socket, "kill-server"]) }

  /// Sends keys by tmux name (`Enter`, `Space`, `C-c`) or literal text with `literal`.
  func send(_ keys: String..., literal: Bool = false) throws {
    let flags = literal ? ["-l"] : []
    _ = try Self.run(
      "/usr/bin/env", ["tmux", "-L", socket, "send-keys", "-t", session] + flags + keys)
  }

  /// Clicks the left mouse button on a cell (from 0): a press and a release, as a terminal
  /// reports them (X10).
  func click(x: Int, y: Int) throws {
    let cell = String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
    try send("\u{1B}[M " + cell + "\u{1B}[M#" + cell, literal: true)
  }

  /// Appends every byte the programs in the pane send to the terminal to the file at `path`
  /// (`pipe-pane`), from now on.
  func record(to path: String) throws {
    let quoted = "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    _ = try Self.run(
      "/usr/bin/env",
      ["tmux", "-L", socket, "pipe-pane", "-o", "-t", session, "cat >> \(quoted)"])
  }

  /// The screen as text with the escape sequences that style it (`capture-pane -e`).
  func styledScreen() throws -> String {
    try Self.run(
      "/usr/bin/env", ["tmux", "-L", socket, "capture-pane", "-e", "-p", "-t", session]
    ).output
  }

  /// The screen as text lines.
  func screen() throws -> [String] {
    let result = try Self.run(
      "/usr/bin/env", ["tmux", "-L", socket, "capture-pane", "-p", "-t", session])
    return result.output.components(separatedBy: "\n")
  }

  func resize(width: Int, height: Int) throws {
    _ = try Self.run(
      "/usr/bin/env",
      ["tmux", "-L", socket, "resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
  }

  /// The pid of the `hearth` process the pane's shell started.
  func hearthPID() throws -> Int32 {
    let shell = try panePID()
    let child = try Self.run("/usr/bin/env", ["pgrep", "-P", "\(shell)", "hearth"]).output
    guard let pid = Int32(child.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw E2EError("no hearth process under the pane's shell \(shell)")
    }
    return pid
  }

  /// The pid of the process running in the pane.
  func panePID() throws -> Int32 {
    let result = try Self.run(
      "/usr/bin/env", ["tmux", "-L", socket, "display-message", "-p", "-t", session, "#{pane_pid}"])
    return Int32(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  /// Waits until the screen shows `text` (a user looking at it would see it), or fails.
  @discardableResult
  func waitFor(
    _ text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [String] {
    try waitUntil(
      "the screen shows “\(text)”", timeout: timeout, sourceLocation: sourceLocation
    ) { $0.contains { $0.contains(text) } }
  }

  /// Waits until the screen's lines satisfy `condition`, or fails saying what was awaited.
  @discardableResult
  func waitUntil(
    _ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: ([String]) -> Bool
  ) throws -> [String] {
    var lines: [String] = []
    if try poll(
      timeout: timeout,
      until: {
        lines = try screen()
        return condition(lines)
      })
    {
      return lines
    }
    Issue.record(
      "never saw \(what); the screen was:\n\(lines.joined(separator: "\n"))",
      sourceLocation: sourceLocation)
    throw E2EError("timed out waiting until \(what)")
  }

  /// Starts `hearth ARGUMENTS` (the demo unless said) for `home`, with its environment unless
  /// given, and waits until the meeting is ready for the first speaker.
  static func meeting(
    _ home: HearthHome, _ arguments: String = "demo", environment: [String: String]? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Tmux {
    let tmux = try Tmux(home.shellLine(arguments), environment: environment ?? home.environment)
    try tmux.waitFor("n gives the stick to", sourceLocation: sourceLocation)
    return tmux
  }

  /// Runs a program to completion, returning its status, output and errors. Output goes through
  /// files, not pipes: a tmux server started here inherits descriptors and never closes them.
  @discardableResult
  static func run(
    _ path: String, _ arguments: [String], environment: [String: String]? = nil,
    input: FileHandle? = nil, capture: Bool = true
  ) throws -> (status: Int32, output: String, error: String) {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("hearth-run-\(UUID().uuidString)").path
    let (outPath, errPath) = (scratch + ".out", scratch + ".err")
    defer {
      unlink(outPath)
      unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let input {
      posix_spawn_file_actions_adddup2(&actions, input.fileDescriptor, 0)
    } else {
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    }
    posix_spawn_file_actions_addopen(
      &actions, 1, capture ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(
      &actions, 2, capture ? errPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    let argv = [path] + arguments
    // Test runner threads block signals; the programs started here must not inherit that.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let spawned = withCStrings(argv) { argvPointers in
      withCStrings(env) { envPointers in
        posix_spawn(&pid, path, &actions, &attributes, argvPointers, envPointers)
      }
    }
    guard spawned == 0 else { throw E2EError("cannot run \(path): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let read = { (file: String) in (try? String(contentsOfFile: file, encoding: .utf8)) ?? "" }
    return (exitStatus, capture ? read(outPath) : "", capture ? read(errPath) : "")
  }
}

/// Checks `condition` every 50 ms until it holds or `timeout` seconds have passed: whether it
/// held. The one wait of the end-to-end tests: they look for what they expect, never sleep.
func poll(timeout: Double = 10, until condition: () throws -> Bool) rethrows -> Bool {
  let deadline = Date().addingTimeInterval(timeout)
  while Date() < deadline {
    if try condition() { return true }
    usleep(50_000)
  }
  return try condition()
}

/// Calls `body` with a NULL-terminated C array of the strings.
private func withCStrings<R>(
  _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R
) -> R {
  let pointers = strings.map { strdup($0) } + [nil]
  defer { for pointer in pointers { free(pointer) } }
  return body(pointers)
}

struct E2EError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
