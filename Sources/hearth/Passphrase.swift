import CHearthSignals
import Foundation
import HearthSeal
import HearthStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a sealed pod's passphrase comes from, once per command or meeting, before any full
/// screen starts: `--passphrase-file`, else `HEARTH_PASSPHRASE_FILE`, else the first line of
/// what `HEARTH_PASSPHRASE_COMMAND` prints, else asked on the terminal with echo off. Never in
/// argv, never stored, never logged.
enum Passphrase {
  static let fileVariable = "HEARTH_PASSPHRASE_FILE"
  static let commandVariable = "HEARTH_PASSPHRASE_COMMAND"

  /// The passphrase for `pod` from the first source there is; a usage error naming the options
  /// when there is none (no terminal, nothing given).
  static func obtain(for pod: String, file: String?) throws -> Secret {
    noCoreDumps()
    let environment = ProcessInfo.processInfo.environment
    if let file { return try fromFile(file) }
    if let file = environment[fileVariable], !file.isEmpty { return try fromFile(file) }
    if let command = environment[commandVariable], !command.isEmpty {
      return try fromCommand(command)
    }
    if let typed = try ask("Passphrase for pod \(pod): ") { return typed }
    throw Failure.Runtime(description: noWayToAsk(pod))
  }

  /// A new passphrase: from `file`, else (`fromEnvironment`, for a new pod) from the
  /// variables as `obtain` finds it, else typed twice on the terminal (they must match).
  static func choose(for pod: String, file: String?, fromEnvironment: Bool = true) throws
    -> Secret
  {
    noCoreDumps()
    if let file { return try fromFile(file) }
    let environment = ProcessInfo.processInfo.environment
    if fromEnvironment,
      environment[fileVariable]?.isEmpty == false
        || environment[commandVariable]?.isEmpty == false
    {
      return try obtain(for: pod, file: nil)
    }
    guard let first = try ask("New passphrase for pod \(pod): ") else {
      throw Failure.Runtime(description: noWayToAsk(pod))
    }
    guard let again = try ask("The same passphrase again: ") else {
      throw Failure.Runtime(description: noWayToAsk(pod))
    }
    let same = first.withBytes { a in again.withBytes { b in a == b } }
    again.wipe()
    guard same else {
      first.wipe()
      throw Failure.Usage(description: "the two passphrases differ; nothing was created")
    }
    return first
  }

  /// From here on the process leaves no core dump that could hold the passphrase or the keys.
  private static func noCoreDumps() {
    var none = rlimit(rlim_cur: 0, rlim_max: 0)
    #if canImport(Glibc)
      setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none)
    #else
      setrlimit(RLIMIT_CORE, &none)
    #endif
  }

  private static func noWayToAsk(_ pod: String) -> String {
    "pod \(pod) is sealed and there is no terminal to ask its passphrase on: give it with"
      + " --passphrase-file FILE, \(fileVariable)=FILE or \(commandVariable)=COMMAND"
  }

  /// The first line of the file at `path`; an empty one is refused.
  static func fromFile(_ path: String) throws -> Secret {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw Failure.Usage(description: "\(path): cannot read the passphrase file")
    }
    defer { try? handle.close() }
    var read = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
    var bytes = [UInt8](read)
    defer {
      wipe(&read)
      wipe(&bytes)
    }
    return try firstLine(of: bytes, from: path)
  }

  /// The first line `command` prints, run with /bin/sh -c; it must exit 0.
  static func fromCommand(_ command: String) throws -> Secret {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw Failure.Runtime(description: "\(commandVariable): cannot run: \(error)")
    }
    var printed = output.fileHandleForReading.readDataToEndOfFile()
    var bytes = [UInt8](printed)
    defer {
      wipe(&printed)
      wipe(&bytes)
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure.Runtime(
        description: "\(commandVariable): the command exited with \(process.terminationStatus)")
    }
    return try firstLine(of: bytes, from: commandVariable)
  }

  private static func firstLine(of bytes: [UInt8], from source: String) throws -> Secret {
    var line = Array(bytes.prefix { $0 != 10 })
    if line.last == 13 { line.removeLast() }
    guard !line.isEmpty else {
      throw Failure.Usage(description: "\(source): the passphrase is empty")
    }
    return Secret(bytes: line)
  }

  /// Asks on /dev/tty with echo off; nil when there is no terminal. The terminal is restored on
  /// every way out: Enter, Ctrl-C and Ctrl-D (which cancel, exit status 130), and errors.
  static func ask(_ prompt: String) throws -> Secret? {
    let fd = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var saved = termios()
    guard tcgetattr(fd, &saved) == 0 else { return nil }
    var quiet = saved
    // No echo, no line editing, and Ctrl-C arrives as a byte: nothing can leave echo off.
    quiet.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
    withUnsafeMutableBytes(of: &quiet.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    _ = Array(prompt.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    // A kill while echo is off (SIGTERM, SIGHUP, SIGINT sent to us) puts the terminal back too.
    hearth_prompt_guard(fd, &saved)
    guard tcsetattr(fd, TCSAFLUSH, &quiet) == 0 else {
      hearth_prompt_unguard()
      return nil
    }
    defer {
      tcsetattr(fd, TCSAFLUSH, &saved)
      hearth_prompt_unguard()
      _ = write(fd, "\n", 1)
    }
    // Room for the longest passphrase taken, so the buffer never grows: growing would leave
    // copies of what was typed in freed memory.
    var typed: [UInt8] = []
    typed.reserveCapacity(Self.longest)
    var byte: UInt8 = 0
    while true {
      let n = read(fd, &byte, 1)
      if n < 0, errno == EINTR { continue }
      guard n == 1 else { break }
      switch byte {
      case 10, 13:
        return Secret(bytes: typed)
      case 3,
        4 where typed.isEmpty:
        wipe(&typed)
        throw Cancelled()
      case 8, 127:
        if !typed.isEmpty { typed.removeLast() }
      case 21:
        wipe(&typed)
        typed.removeAll(keepingCapacity: true)
      default:
        if typed.count < Self.longest { typed.append(byte) }
      }
    }
    wipe(&typed)
    throw Cancelled()
  }

  /// The passphrase prompt was left with Ctrl-C or Ctrl-D.
  struct Cancelled: Error {}

  /// The most bytes of a passphrase typed on the terminal that are kept.
  static let longest = 1024

  private static func wipe(_ bytes: inout [UInt8]) {
    for index in bytes.indices { bytes[index] = 0 }
  }

  private static func wipe(_ data: inout Data) {
    data.resetBytes(in: data.startIndex..<data.endIndex)
  }
}
