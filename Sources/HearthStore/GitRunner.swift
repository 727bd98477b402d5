import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one git command did.
struct GitResult {
  var status: Int32
  var output: Data
  var error: String

  var text: String { String(decoding: output, as: UTF8.self) }

  /// Git's own explanation, first line, without its `fatal:` or `error:` prefix.
  var reason: String {
    let lines = error.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    for prefix in ["fatal: ", "error: ", "ERROR: "] {
      if let line = lines.first(where: { $0.hasPrefix(prefix) }) {
        return String(line.dropFirst(prefix.count))
      }
    }
    return lines.first(where: { !$0.isEmpty && !$0.hasPrefix("hint:") })
      ?? "git stopped with status \(status)"
  }
}

/// Runs git as an external program (found on `PATH`, arguments as an array, never a shell), in
/// one directory, never asking on the terminal, creating files for the owner alone (unless
/// `isPrivate` is off: a shared remote's own permissions then stand).
struct GitRunner: Sendable {
  let executable: String
  let directory: String
  let environment: [String: String]
  var isPrivate = true

  /// Serialises the umask change around starting git: the umask is the whole process's.
  private static let spawnLock = NSLock()

  init(executable: String, directory: String, environment: [String: String]) {
    self.executable = executable
    self.directory = directory
    self.environment = environment
  }

  /// Finds git on `environment`'s `PATH`; `ceiling` stops git from looking above the pod for
  /// an enclosing repository. Every commit is `author`'s, author and committer alike, whatever
  /// the facilitator's own git configuration or environment says.
  init(
    directory: String, environment: [String: String], ceiling: String?,
    author: SyncAuthor = .hearth
  ) throws {
    guard let executable = Self.locate(in: environment) else {
      throw SyncError(
        "hearth sync needs git, which was not found (it is not on PATH). Install git (on "
          + "Debian or Ubuntu: sudo apt-get install git; on a Mac: xcode-select --install), "
          + "then try again.")
    }
    var environment = environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["GIT_EDITOR"] = "true"
    environment["GIT_MERGE_AUTOEDIT"] = "no"
    environment["LC_ALL"] = "C"
    environment["LANGUAGE"] = "C"
    for role in ["AUTHOR", "COMMITTER"] {
      environment["GIT_\(role)_NAME"] = author.name
      environment["GIT_\(role)_EMAIL"] = author.address
    }
    if let ceiling { environment["GIT_CEILING_DIRECTORIES"] = ceiling }
    self.init(executable: executable, directory: directory, environment: environment)
  }

  /// The first executable `git` in the `PATH` of `environment`.
  static func locate(in environment: [String: String]) -> String? {
    let path = environment["PATH"] ?? ""
    for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
      let candidate = String(folder) + "/git"
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory),
        !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate)
      {
        return candidate
      }
    }
    return nil
  }

  /// Runs git and fails unless it succeeds.
  @discardableResult
  func check(_ arguments: [String], input: Data? = nil) throws -> GitResult {
    let result = try run(arguments, input: input)
    guard result.status == 0 else {
      let command = arguments.first { !$0.hasPrefix("-") } ?? "git"
      throw SyncError("git \(command) failed: \(result.reason)")
    }
    return result
  }

  /// Runs git with `arguments`, `input` on its standard input.
  func run(_ arguments: [String], input: Data? = nil) throws -> GitResult {
    let output = try Self.anonymousFile()
    let error = try Self.anonymousFile()
    var source: FileHandle?
    if let input {
      source = try Self.anonymousFile()
      try source?.write(contentsOf: input)
    }
    // Starting a process can fail for a moment when the machine is busy (Foundation reports
    // it without a reason): try again twice before saying git cannot be run.
    var attempt = 0
    var process: Process
    while true {
      process = Process()
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = Self.unsigned(arguments) + arguments
      process.currentDirectoryURL = URL(fileURLWithPath: directory)
      process.environment = environment
      process.standardOutput = output
      process.standardError = error
      try source?.seek(toOffset: 0)
      process.standardInput = source ?? FileHandle.nullDevice
      do {
        try Self.spawnLock.withLock {
          let previous = umask(0o077)
          if !isPrivate { umask(previous) }
          defer { umask(previous) }
          try process.run()
        }
        break
      } catch {
        attempt += 1
        guard attempt < 3 else {
          throw SyncError("could not run git at \(executable): \(error.localizedDescription)")
        }
        usleep(50_000)
      }
    }
    process.waitUntilExit()
    try output.seek(toOffset: 0)
    try error.seek(toOffset: 0)
    let outputData = try output.readToEnd() ?? Data()
    let errorData = try error.readToEnd() ?? Data()
    return GitResult(
      status: process.terminationStatus, output: outputData,
      error: String(decoding: errorData, as: UTF8.self))
  }

  /// `-c commit.gpgsign=false` for commands that commit, so no passphrase is ever asked for
  /// and no personal key signs the pod's history.
  private static func unsigned(_ arguments: [String]) -> [String] {
    let committing: Set<String> = ["commit", "commit-tree", "merge", "rebase"]
    guard let command = arguments.first(where: { !$0.hasPrefix("-") }),
      committing.contains(command)
    else { return [] }
    return ["-c", "commit.gpgsign=false"]
  }

  /// A private temporary file already unlinked: it vanishes when closed.
  private static func anonymousFile() throws -> FileHandle {
    let path = NSTemporaryDirectory() + "/hearth-git-\(UUID().uuidString)"
    let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw SyncError("could not make a temporary file for git: \(Files.errorText())")
    }
    unlink(path)
    return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
  }
}
