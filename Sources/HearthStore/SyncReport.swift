import Foundation

/// Why a sync could not be done, worded for a facilitator rather than a programmer.
///
/// `isUsage` marks a command line that asks what cannot be done here whatever the state (`--init`
/// with another address than the pod shares through, `--clone` of a pod this home holds): exit
/// code 2. Anything else (git missing, the pod not shared yet, a remote that cannot be reached,
/// a refused push) is a failure at run time: exit code 1.
public struct SyncError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var isUsage: Bool

  public init(_ message: String, isUsage: Bool = false) {
    self.message = message
    self.isUsage = isUsage
  }

  public var description: String { message }
}

/// What one `hearth sync` did, for the command to tell the facilitator.
public struct SyncReport: Sendable, Equatable {
  /// A session given a new id because another facilitator shared a different session with the
  /// same one (two meetings of the same format started in the same minute).
  public struct Renamed: Sendable, Equatable {
    public var from: String
    public var to: String
  }

  /// A file changed here and by another facilitator in clashing ways. The shared version stays
  /// in place; this home's version is kept beside it, never lost.
  public struct Conflict: Sendable, Equatable {
    /// The file, relative to the pod directory (`pod.toml`, `formats/weekly.toml`).
    public var path: String
    /// Where this home's version was kept, relative to the pod directory; nil when this home
    /// had deleted the file.
    public var keptAs: String?
  }

  /// The remote's address.
  public var remote: String
  /// The message of the commit made of this home's changes; nil when there were none.
  public var commit: String?
  /// Open meetings (running, or interrupted and resumable) left out of the commit.
  public var heldBack: [String] = []
  /// Sessions other facilitators shared, which arrived now.
  public var received: [String] = []
  /// Sessions other facilitators deleted, which are gone here now too.
  public var removed: [String] = []
  /// Other files (pod.toml, formats) other facilitators changed, updated here now.
  public var updated: [String] = []
  /// Sessions of this home renamed to keep them apart from another facilitator's.
  public var renamed: [Renamed] = []
  /// Clashing changes, each kept twice.
  public var conflicts: [Conflict] = []
  /// Whether this home's changes were sent to the remote.
  public var pushed = false
  /// What was noticed on the way that did not stop the sync.
  public var warnings: [String] = []

  public init(remote: String) { self.remote = remote }
}
