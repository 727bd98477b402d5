import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#endif

/// The wall clock: the real one, or, for end-to-end tests, the instant written in the file that
/// `HEARTH_CLOCK_FILE` names, so a test moves a meeting's time by rewriting that file instead of
/// waiting for real seconds to pass.
struct SystemClock: Clock {
  func now() -> Date {
    guard case .success(let file?) = ClockFile.configured else { return Date() }
    return file.now()
  }

  /// Refuses to start when `HEARTH_CLOCK_FILE` is set but names no usable clock file, so a
  /// mistaken setting is said at once instead of quietly running on the real clock.
  static func check() throws {
    if case .failure(let failure) = ClockFile.configured { throw failure }
  }
}

/// A clock file: one instant as the journal writes it (`2026-11-27T19:00:00.000Z`), taken as
/// now. Guarded so that it cannot be used against the user: only a regular file of theirs that
/// nobody else may write is read (never through a link), and the clock it gives never goes back;
/// a read that fails keeps the last instant.
final class ClockFile: @unchecked Sendable {
  /// The environment variable naming the file.
  static let variable = "HEARTH_CLOCK_FILE"

  /// The file `HEARTH_CLOCK_FILE` names, checked once; nil when the variable is unset or empty.
  static let configured: Result<ClockFile?, Failure.Usage> = {
    guard let path = ProcessInfo.processInfo.environment[variable], !path.isEmpty else {
      return .success(nil)
    }
    do throws(Failure.Usage) {
      return .success(try ClockFile(path: path))
    } catch {
      return .failure(error)
    }
  }()

  private let path: String
  private let lock = NSLock()
  private var last: Date

  init(path: String) throws(Failure.Usage) {
    self.path = path
    last = try Self.instant(in: path)
  }

  /// The instant in the file; the last one read when that was later or the file cannot be read.
  func now() -> Date {
    let read = try? Self.instant(in: path)
    return lock.withLock {
      if let read, read > last { last = read }
      return last
    }
  }

  /// The instant in the file at `path`, after checking it is the user's own regular file that
  /// only they may write.
  static func instant(in path: String) throws(Failure.Usage) -> Date {
    func refuse(_ problem: String) -> Failure.Usage {
      Failure.Usage(description: "\(path): \(problem) (\(variable) names it as the clock)")
    }
    // Non-blocking, so a FIFO cannot hold the program up before it is refused.
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { throw refuse(String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      throw refuse("not a regular file")
    }
    guard info.st_uid == geteuid(), info.st_mode & 0o022 == 0 else {
      throw refuse("not your own file, or others may write it")
    }
    var bytes = [UInt8](repeating: 0, count: 64)
    let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    let text = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard let date = Timestamp.parse(text) else {
      throw Failure.Usage(
        description: "\(path):1:1: expected one instant such as 2026-11-27T19:00:00.000Z "
          + "(\(variable) names it as the clock)")
    }
    return date
  }
}
