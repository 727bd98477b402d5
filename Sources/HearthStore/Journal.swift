import Foundation
import HearthCore
import HearthSeal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What reading a journal found: the records, and warnings about what had to be dropped.
public struct JournalContents: Sendable {
  public var records: [EventRecord]
  public var warnings: [String]
  /// Bytes of the file up to the end of the last good line.
  public var goodLength: Int
  /// The bytes of a torn last line, if there was one.
  public var torn: [UInt8]?
}

/// The append-only event log of one session: `journal.jsonl`.
public enum Journal {
  public static let fileName = PodLayout.journal

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// One record as its line of JSON, without the newline.
  public static func line(for record: EventRecord) throws -> String {
    String(decoding: try encoder.encode(JournalLine(record)), as: UTF8.self)
  }

  /// One record as the bytes of its line, newline included: its JSON, or with `key` (a sealed
  /// pod's session) the JSON sealed as that session's line `record.sequence`.
  static func lineBytes(for record: EventRecord, key: SessionKey?) throws -> [UInt8] {
    let json = Array(try line(for: record).utf8)
    guard let key else { return json + [10] }
    return SealedLine.seal(json, sequence: record.sequence, key: key) + [10]
  }

  /// Reads a journal. A torn last line is dropped with a warning; anything wrong before it is an
  /// error naming the line and column. With `key`, every line must be sealed under it.
  public static func read(_ path: String, key: SessionKey? = nil) throws -> JournalContents {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw StoreError(path: path, message: "cannot read the journal: \(Files.errorText())")
    }
    return try parse([UInt8](data), path: path, key: key)
  }

  /// Parses journal bytes; `path` names the file in errors. With `key` (a sealed pod's
  /// session), each line is opened as the line of its expected sequence number: one that does
  /// not authenticate is torn when it is the last, else a positioned error.
  public static func parse(_ bytes: [UInt8], path: String, key: SessionKey? = nil) throws
    -> JournalContents
  {
    let decoder = JSONDecoder()
    var records: [EventRecord] = []
    var warnings: [String] = []
    var lineStart = 0
    var lineNumber = 0
    var goodLength = 0
    var torn: [UInt8]?
    while lineStart < bytes.count {
      lineNumber += 1
      let newline = bytes[lineStart...].firstIndex(of: 10)
      let lineEnd = newline ?? bytes.count
      let next = newline.map { $0 + 1 } ?? bytes.count
      let slice = bytes[lineStart..<lineEnd]
      defer { lineStart = next }
      if slice.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
        if torn == nil { goodLength = next }
        continue
      }
      let isLast = bytes[next...].allSatisfy { $0 == 10 || $0 == 32 || $0 == 9 || $0 == 13 }
      let expected = (records.last?.sequence ?? 0) + 1
      guard
        let json = try unseal(
          slice, sequence: expected, key: key, isLast: isLast, path: path, line: lineNumber)
      else {
        torn = Array(slice)
        warnings.append(tornWarning(path, lineNumber, slice.count))
        break
      }
      do {
        let line = try decoder.decode(JournalLine.self, from: Data(json))
        guard line.v <= JournalLine.version else {
          throw StoreError(
            path: path, line: lineNumber, column: 1,
            message: "written by a newer Hearth (format version \(line.v))")
        }
        let record = try line.record()
        guard record.sequence == expected else {
          throw StoreError(
            path: path, line: lineNumber, column: 1,
            message: "sequence number \(record.sequence) where \(expected) was expected")
        }
        if let problem = record.problem(after: records.first) {
          throw StoreError(path: path, line: lineNumber, column: 1, message: problem)
        }
        records.append(record)
        goodLength = next
      } catch let error as StoreError {
        throw error
      } catch {
        // A line this version cannot read may be one a newer version wrote: say so, never drop it.
        if let probe = try? decoder.decode(VersionProbe.self, from: Data(json)),
          probe.v > JournalLine.version
        {
          throw StoreError(
            path: path, line: lineNumber, column: 1,
            message: "written by a newer Hearth (format version \(probe.v))")
        }
        // A sealed line that authenticates was written whole: it is never torn.
        if isLast, key == nil {
          torn = Array(slice)
          warnings.append(tornWarning(path, lineNumber, slice.count))
          break
        }
        let (column, reason) = describe(error, in: json)
        throw StoreError(path: path, line: lineNumber, column: column, message: reason)
      }
    }
    return JournalContents(
      records: records, warnings: warnings, goodLength: goodLength, torn: torn)
  }

  /// The JSON of one line: the line itself in a plain journal, the line opened with `key` in a
  /// sealed one; nil when it is a sealed last line that does not open (torn). A plain line in
  /// a sealed journal, a sealed line in a plain one, or a sealed line failing before the end
  /// is an error at line `line`.
  private static func unseal(
    _ slice: ArraySlice<UInt8>, sequence: Int, key: SessionKey?, isLast: Bool, path: String,
    line: Int
  ) throws -> ArraySlice<UInt8>? {
    guard let key else {
      guard isLast || !SealedLine.isSealed(slice) else {
        throw StoreError(
          path: path, line: line, column: 1,
          message: "a sealed line: this journal belongs to a sealed pod, opened without its keys")
      }
      return slice
    }
    guard SealedLine.isSealed(slice) else {
      throw StoreError(
        path: path, line: line, column: 1,
        message: "a line in the clear in a sealed journal (not written by Hearth)")
    }
    do {
      return try SealedLine.open(slice, sequence: sequence, key: key)[...]
    } catch {
      if isLast { return nil }
      throw StoreError(
        path: path, line: line, column: 1,
        message: "damaged: the sealed line does not authenticate (changed, or moved from"
          + " another place or session)")
    }
  }

  /// The warning for a torn last line of `count` bytes, line `line` of the journal at `path`.
  private static func tornWarning(_ path: String, _ line: Int, _ count: Int) -> String {
    "\(path):\(line): the last line was cut off (\(count) bytes); dropped it"
  }

  /// A readable reason and the column it applies to, from a decoding error.
  private static func describe(_ error: Error, in slice: ArraySlice<UInt8>) -> (Int, String) {
    let text = String(describing: error)
    var column = 1
    if let range = text.range(of: "column ") {
      let digits = text[range.upperBound...].prefix { $0.isNumber }
      column = Int(digits) ?? 1
    }
    if column == 1, let position = syntaxColumn(in: slice) { column = position }
    if let decoding = error as? DecodingError {
      switch decoding {
      case .keyNotFound(let key, _):
        return (column, "missing field '\(key.stringValue)'")
      case .typeMismatch(_, let context), .valueNotFound(_, let context):
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return (column, "wrong type at '\(path)'")
      case .dataCorrupted(let context):
        if context.codingPath.isEmpty { return (column, "not valid JSON") }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return (column, "bad value at '\(path)': \(context.debugDescription)")
      @unknown default:
        return (column, "cannot read this line")
      }
    }
    return (column, "cannot read this line")
  }

  /// The 1-based character column of a JSON syntax error in `slice`, when JSONSerialization can
  /// place it (JSONDecoder's errors do not carry it on every platform).
  private static func syntaxColumn(in slice: ArraySlice<UInt8>) -> Int? {
    do {
      _ = try JSONSerialization.jsonObject(with: Data(slice))
      return nil
    } catch {
      let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
      if let range = text.range(of: "column ") {
        return Int(text[range.upperBound...].prefix { $0.isNumber })
      }
      guard let range = text.range(of: "character "),
        let offset = Int(text[range.upperBound...].prefix { $0.isNumber }), offset <= slice.count
      else { return nil }
      return String(decoding: slice.prefix(offset), as: UTF8.self).count + 1
    }
  }
}

/// Just the format version of a journal line, to recognise lines from a newer Hearth.
private struct VersionProbe: Decodable {
  var v: Int
}

extension Journal {
  /// Whether a running meeting holds the journal at `path` (its exclusive lock is taken). A
  /// journal nobody can open is not held.
  public static func isHeld(_ path: String) -> Bool {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    guard flock(fd, LOCK_SH | LOCK_NB) == 0 else { return errno == EWOULDBLOCK }
    flock(fd, LOCK_UN)
    return false
  }

  /// Whether a running meeting holds the journal at `path`, seen on every look over about a
  /// tenth of a second: what a refusal rests on. A lock seen once may be a closed journal's
  /// descriptor still copied into a child process another thread is starting (between fork and
  /// exec); a meeting holds its lock for as long as it runs.
  public static func isHeldSteadily(_ path: String) -> Bool {
    for _ in 0..<5 {
      guard isHeld(path) else { return false }
      usleep(20_000)
    }
    return true
  }
}

/// Appends records to a journal, one write and one fsync each, holding an exclusive lock so two
/// terminals never run the same meeting.
public final class JournalWriter {
  public let path: String
  /// The open journal; `replace` swaps it for the file that took the journal's place.
  private var fd: Int32
  /// Bytes of the journal up to the end of the last line saved whole.
  private var length: off_t = 0
  /// Whether a failed append may have left part of a line after `length`.
  private var isTorn = false
  /// Writes every byte to a descriptor; replaced in tests to fail as a full disk does.
  var writeBytes: (Int32, [UInt8]) -> Bool = Files.writeAll
  /// The session's key in a sealed pod: every line written is sealed under it.
  private let key: SessionKey?

  /// Opens (creating with mode 0600) the journal at `path` for appending. A torn last line found
  /// by `contents` is moved aside to `journal.jsonl.torn` and cut off first. With `key`, every
  /// line is sealed on its own.
  public init(path: String, repairing contents: JournalContents? = nil, key: SessionKey? = nil)
    throws
  {
    self.path = path
    self.key = key
    fd = try Self.openLocked(path)
    if let contents, let torn = contents.torn {
      try? Files.writeAtomically(
        String(decoding: torn, as: UTF8.self), to: PodLayout.tornPath(of: path),
        staging: podFolder)
      guard ftruncate(fd, off_t(contents.goodLength)) == 0 else {
        close(fd)
        throw StoreError(path: path, message: "cannot repair the journal: \(Files.errorText())")
      }
    }
    let size = lseek(fd, 0, SEEK_END)
    if size > 0, let last = try? Self.lastByte(of: path), last != 10 {
      _ = Files.writeAll(fd, [10])
    }
    length = lseek(fd, 0, SEEK_END)
    Files.syncDirectory(of: path)
  }

  deinit { close(fd) }

  /// The pod's folder: what replaces a file of the session is staged there, where `Leftovers`
  /// looks, not in the session's own folder.
  private var podFolder: String {
    let session = (path as NSString).deletingLastPathComponent
    return ((session as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
  }

  /// Opens the journal at `path` for appending and takes its lock. A journal replaced (by
  /// `replace`, in another process) while this waited for the lock is opened again, so the lock
  /// is always the one on the file that `path` names.
  private static func openLocked(_ path: String) throws -> Int32 {
    for _ in 0..<3 {
      let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
      guard fd >= 0 else {
        throw StoreError(path: path, message: "cannot open the journal: \(Files.errorText())")
      }
      guard lock(fd) else {
        close(fd)
        throw StoreError(
          path: path, message: "this meeting is open in another terminal", code: EWOULDBLOCK)
      }
      var opened = stat()
      var named = stat()
      if fstat(fd, &opened) == 0, stat(path, &named) == 0, opened.st_ino == named.st_ino,
        opened.st_dev == named.st_dev
      {
        return fd
      }
      close(fd)
    }
    throw StoreError(path: path, message: "the journal kept being replaced while opening it")
  }

  /// Replaces the whole journal with `records` (the same sequence numbers, some words erased):
  /// written to a temporary file and synced, locked, then renamed over the journal, so a reader
  /// or a crash finds the old journal or the new one, never half of one. The lock is held
  /// throughout, and appends go on to the new file. In a sealed pod every line is sealed again,
  /// each with a fresh nonce.
  public func replace(with records: [EventRecord]) throws {
    var bytes: [UInt8] = []
    for record in records { bytes += try Journal.lineBytes(for: record, key: key) }
    let temporary = Files.temporaryPath(for: path, staging: podFolder)
    let replacement = try Files.writeTemporary(bytes, at: temporary, for: path)
    guard flock(replacement, LOCK_EX | LOCK_NB) == 0 else {
      close(replacement)
      unlink(temporary)
      throw Files.failure(path, "cannot lock the rewritten journal")
    }
    do {
      try Files.place(temporary, at: path)
    } catch {
      close(replacement)
      throw error
    }
    Files.syncDirectory(of: temporary)
    close(fd)
    fd = replacement
    length = off_t(bytes.count)
    isTorn = false
  }

  /// Takes the journal's exclusive lock, waiting up to 0.3 s: a lock can outlive its holder for
  /// a moment (a process exiting, or a child process started elsewhere that has not yet
  /// closed what it inherited).
  private static func lock(_ fd: Int32) -> Bool {
    for _ in 0..<30 {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
      guard errno == EWOULDBLOCK || errno == EINTR else { return false }
      usleep(10_000)
    }
    return false
  }

  /// Appends one record durably. When the write or its fsync fails (a full disk), whatever
  /// part of the line reached the file is cut off again, so the journal still ends with a whole
  /// line and the same record can be appended once there is room.
  public func append(_ record: EventRecord) throws {
    let bytes = try Journal.lineBytes(for: record, key: key)
    if isTorn {
      guard ftruncate(fd, length) == 0 else {
        throw Files.failure(path, "cannot repair the journal")
      }
      isTorn = false
    }
    guard writeBytes(fd, bytes), fsync(fd) == 0 else {
      let error = Files.failure(path, "cannot write the journal")
      isTorn = ftruncate(fd, length) != 0
      throw error
    }
    length += off_t(bytes.count)
  }

  private static func lastByte(of path: String) throws -> UInt8? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    let end = try handle.seekToEnd()
    guard end > 0 else { return nil }
    try handle.seek(toOffset: end - 1)
    return try handle.read(upToCount: 1)?.first
  }
}
