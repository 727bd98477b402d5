#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A problem with a file on disk, positioned where the reader found it.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var line: Int?
  public var column: Int?
  public var message: String
  /// The system's error number, when a system call on the file failed.
  public var code: Int32?

  public init(
    path: String, line: Int? = nil, column: Int? = nil, message: String, code: Int32? = nil
  ) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.code = code
  }

  /// `file:line:column: message`, as compilers and editors expect.
  public var description: String {
    var place = path
    if let line { place += ":\(line)" }
    if let column { place += ":\(column)" }
    return "\(place): \(message)"
  }

  /// Whether the machine could not store what was written: a full disk or quota, a file-size
  /// limit, an I/O error. A failure at run time (exit 1), not a damaged file (exit 2).
  /// Whether another program holds the file (a meeting open in another terminal): a failure at
  /// run time (exit 1), to try again once it is free.
  public var isBusy: Bool { code == EWOULDBLOCK }

  /// Whether what was asked for is not there (no such pod or member, no pods yet): a failure
  /// at run time (exit 1), not a damaged file.
  public var isNotFound: Bool { code == ENOENT }

  /// Whether what was to be created is there already (a pod of that name).
  public var alreadyExists: Bool { code == EEXIST }

  /// Whether the file and the command were right but the run could not be done (exit 1): a
  /// storage failure, a busy file, something not there or there already.
  public var isRuntimeFailure: Bool { isStorageFailure || isBusy || isNotFound || alreadyExists }

  public var isStorageFailure: Bool {
    guard let code else { return false }
    return [ENOSPC, EDQUOT, EFBIG, EIO].contains(code)
  }

  /// What went wrong with the storage, in the facilitator's words, when it is a storage failure.
  public var storageProblem: String? {
    switch code {
    case ENOSPC?, EDQUOT?: "the disk is full"
    case EFBIG?: "the file-size limit is reached"
    case EIO?: "the disk failed to write (an I/O error)"
    default: nil
    }
  }
}
