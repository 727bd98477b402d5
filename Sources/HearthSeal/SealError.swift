/// Why sealed bytes could not be opened or made.
public enum SealError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No key slot opens with the passphrase given.
  case wrongPassphrase
  /// The bytes are not what Hearth sealed there: cut off, changed, moved or unreadable.
  case damaged(String)
  /// Written by a newer Hearth (format version).
  case newerFormat(Int)
  /// A passphrase Hearth cannot use (empty), or key-slot parameters outside the accepted range.
  case refused(String)

  public var description: String {
    switch self {
    case .wrongPassphrase: return "wrong passphrase"
    case .damaged(let reason): return reason
    case .newerFormat(let version): return "written by a newer Hearth (format version \(version))"
    case .refused(let reason): return reason
    }
  }
}
