import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Private files and directories: 0700 folders, 0600 files, written durably.
public enum Files {
  /// Creates `path` and any missing parents with mode 0700.
  public static func makeDirectory(_ path: String) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw StoreError(path: path, message: "exists and is not a directory")
      }
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path { try makeDirectory(parent) }
    if mkdir(path, 0o700) != 0, errno != EEXIST {
      throw failure(path, "cannot create directory")
    }
  }

  /// Replaces `path` with `contents`: written to a temporary file, synced, then renamed, so a
  /// reader sees the old file or the new one, never half of one. The temporary file is
  /// `NAME.tmp-PID` beside `path`, or, with `staging`, a hidden `.FOLDER.NAME.tmp-PID` in that
  /// folder (on the same file system), where `Leftovers` looks for what a kill left.
  public static func writeAtomically(
    _ contents: String, to path: String, staging: String? = nil
  ) throws {
    try writeAtomically(bytes: Array(contents.utf8), to: path, staging: staging)
  }

  /// `writeAtomically(_:to:staging:)` for bytes already encoded.
  public static func writeAtomically(
    bytes: [UInt8], to path: String, staging: String? = nil
  ) throws {
    let temporary = temporaryPath(for: path, staging: staging)
    close(try writeTemporary(bytes, at: temporary, for: path))
    try place(temporary, at: path)
    if staging != nil { syncDirectory(of: temporary) }
  }

  /// `NAME.tmp-PID` beside `path`, or with `staging` `.FOLDER.NAME.tmp-PID` in that folder.
  static func temporaryPath(for path: String, staging: String?) -> String {
    let name = (path as NSString).lastPathComponent
    let base =
      staging.map { folder in
        let parent = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        return folder + "/" + PodLayout.stagedName(name, of: parent)
      } ?? path
    return PodLayout.temporaryName(base, pid: getpid())
  }

  /// Writes `bytes` to a new file `temporary` (0600) and syncs it; returns a descriptor left
  /// open for appending to it, for `place` to put it at `path` (named in errors). Nothing is
  /// left behind when it fails.
  static func writeTemporary(_ bytes: [UInt8], at temporary: String, for path: String) throws
    -> Int32
  {
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw failure(path, "cannot write") }
    guard writeAll(fd, bytes), fsync(fd) == 0 else {
      let error = failure(path, "cannot write")
      close(fd)
      unlink(temporary)
      throw error
    }
    return fd
  }

  /// Renames `temporary` over `path`, durably; removes `temporary` when it cannot.
  static func place(_ temporary: String, at path: String) throws {
    guard rename(temporary, path) == 0 else {
      let error = failure(path, "cannot write")
      unlink(temporary)
      throw error
    }
    syncDirectory(of: path)
  }

  /// Writes a document the user asked for (`show --output FILE`) to `path`, readable by its
  /// owner alone (0600), atomically: an existing file is replaced whole, never half-written.
  /// Refuses a directory, and a folder that does not exist, by name.
  public static func export(_ contents: String, to path: String) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw StoreError(
        path: path, message: "is a folder; give the name of a file to write, inside it or elsewhere"
      )
    }
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty,
      !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory)
        || !isDirectory.boolValue
    {
      throw StoreError(path: path, message: "cannot write: there is no folder \(folder)")
    }
    try writeAtomically(contents, to: path)
  }

  /// Writes every byte, retrying short writes.
  /// The whole file at `path`, read into one buffer of its size; nil when it cannot be read.
  static func readAll(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_size >= 0 else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var count = 0
    while count < bytes.count {
      let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { break }
      count += n
    }
    // A file that shrank while it was read ends where reading did.
    return count == bytes.count ? bytes : Array(bytes[..<count])
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }

  /// Makes a new directory entry durable.
  static func syncDirectory(of path: String) {
    let fd = open((path as NSString).deletingLastPathComponent, O_RDONLY)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  public static func errorText() -> String { String(cString: strerror(errno)) }

  /// The error for a system call on `path` that just failed: `what` it was doing, the reason
  /// and the error number `errno` holds now (which marks a full disk as a storage failure).
  static func failure(_ path: String, _ what: String) -> StoreError {
    let code = errno
    return StoreError(
      path: path, message: "\(what): \(String(cString: strerror(code)))", code: code)
  }
}
