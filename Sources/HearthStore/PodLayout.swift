import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every name in a pod's directory, and every name Hearth leaves beside them: the one place
/// that builds or recognises them.
///
/// A pod is `pod.toml`, `formats/NAME.toml` and `sessions/ID/` (`journal.jsonl`, its
/// `transcript.md`, a torn last line kept as `journal.jsonl.torn`), with the derived index in
/// `.index/` and, once shared, `.git/`. A sealed pod keeps `pod.toml.sealed` and
/// `formats/NAME.toml.sealed` instead, no transcripts, and its key slots and keyring in `.seal/`. Beside them stand what a write or a sync leaves for a
/// moment or on purpose: `NAME.tmp-PID` (an atomic write; a session's files are staged in the
/// pod's root as `.SESSION.NAME.tmp-PID`), `.deleting-ID-PID` (a session being removed),
/// `.cloning-PID-TAG` (a clone not yet in place, in the home's `pods/`) and `NAME.mine`,
/// `NAME.mine-2` (this home's side of a clash). A running meeting's lock is the `flock` on its
/// journal, never a file of its own.
public struct PodLayout: Sendable, Equatable {
  /// The pod's directory.
  public let root: String

  public init(root: String) { self.root = root }

  // MARK: Names

  static let podFile = "pod.toml"
  static let sessions = "sessions"
  static let formats = "formats"
  static let index = ".index"
  static let indexFile = "sessions.tsv"
  static let searchIndexFile = "search.tsv"
  static let historyIndexFile = "history.tsv"
  static let journal = "journal.jsonl"
  static let transcript = "transcript.md"
  static let git = ".git"
  /// A sealed pod's keys: `.seal/slots/ID` (one per passphrase) and `.seal/keyring`. They
  /// never travel in the pod's git history (a key committed once could never be taken back):
  /// a sync shares them as the one parentless commit of `keyringRef`, replaced each time.
  static let seal = ".seal"
  static let slots = "slots"
  static let keyring = "keyring"
  /// The git ref holding the shared keys (a tree of `keyring` and `slots/ID`), never a branch.
  static let keyringRef = "refs/hearth/keyring"
  /// In `.git/`: says a sync still has to prune what an old keyring left (it was interrupted).
  static let prunePending = "hearth-prune-pending"
  /// What a file sealed whole is named after: `pod.toml.sealed`.
  static let sealedSuffix = ".sealed"
  /// What marks a journal's torn last line, moved aside: `journal.jsonl.torn`.
  static let tornSuffix = ".torn"
  /// What names a temporary file, before the PID of the process writing it.
  static let temporaryMarker = ".tmp-"
  /// What names this home's side of a clash: `pod.toml.mine`, `pod.toml.mine-2`.
  static let conflictSuffix = ".mine"
  /// The prefix of the hidden name a session's directory is renamed to while it is removed.
  static let deletingPrefix = ".deleting-"
  /// The prefix of the hidden name a clone is made under in `pods/`, before it is moved in.
  static let cloningPrefix = ".cloning-"
  /// In the home: the folder of pods, and the file naming the pod used last.
  static let pods = "pods"
  static let lastPod = "last-pod"
  /// What `.index/.gitignore` says: the derived index is never shared.
  static let indexIgnore = (
    name: ".gitignore",
    text: "# Hearth's derived index, rebuilt from the journals: never shared.\n*\n"
  )

  // MARK: Paths

  var podFilePath: String { root + "/" + Self.podFile }
  var sessionsPath: String { root + "/" + Self.sessions }
  var formatsPath: String { root + "/" + Self.formats }
  var indexFolderPath: String { root + "/" + Self.index }
  var indexPath: String { indexFolderPath + "/" + Self.indexFile }
  var searchIndexPath: String { indexFolderPath + "/" + Self.searchIndexFile }
  var historyIndexPath: String { indexFolderPath + "/" + Self.historyIndexFile }
  var gitPath: String { root + "/" + Self.git }
  var sealPath: String { root + "/" + Self.seal }
  var slotsPath: String { sealPath + "/" + Self.slots }
  var keyringPath: String { sealPath + "/" + Self.keyring }
  var prunePendingPath: String { gitPath + "/" + Self.prunePending }
  func slotPath(_ id: String) -> String { slotsPath + "/" + id }
  func sessionPath(_ id: String) -> String { sessionsPath + "/" + id }
  func journalPath(_ id: String) -> String { sessionPath(id) + "/" + Self.journal }
  func transcriptPath(_ id: String) -> String { sessionPath(id) + "/" + Self.transcript }

  /// The folders leftovers can be in: the root (where session files are staged and sessions
  /// are moved to be deleted), `formats/` and `.index/`. Never `sessions/`, which may be huge.
  var leftoverFolders: [String] { [root, formatsPath, indexFolderPath, sealPath, slotsPath] }

  /// Where session `id` is moved to by process `pid` while it is removed.
  func deletingPath(_ id: String, pid: pid_t) -> String {
    root + "/" + Self.deletingPrefix + id + "-\(pid)"
  }

  /// Where this home's side of a clash of `path` (relative to the root) is kept: the first of
  /// `path.mine`, `path.mine-2`, … not taken yet.
  func freeConflictCopyName(for path: String) -> String {
    var number = 1
    while FileManager.default.fileExists(atPath: root + "/" + Self.conflictCopy(of: path, number)) {
      number += 1
    }
    return Self.conflictCopy(of: path, number)
  }

  // MARK: Names built

  /// `NAME.tmp-PID`: the temporary file an atomic write of `base` goes through.
  static func temporaryName(_ base: String, pid: pid_t) -> String {
    base + temporaryMarker + "\(pid)"
  }

  /// `.SESSION.NAME`: the hidden name in the pod's root under which the file `name` of the
  /// folder `parent` (a session's) is staged, so that `Leftovers` finds what a kill left.
  static func stagedName(_ name: String, of parent: String) -> String {
    "." + parent + "." + name
  }

  /// `journal.jsonl.torn`: where a torn last line of the journal at `path` is kept.
  static func tornPath(of journal: String) -> String { journal + tornSuffix }

  /// `.cloning-PID-TAG`: the hidden name a clone is made under.
  static func cloningName(pid: pid_t, tag: String) -> String {
    cloningPrefix + "\(pid)-\(tag)"
  }

  /// `path.mine` (number 1), `path.mine-2`, …
  static func conflictCopy(of path: String, _ number: Int) -> String {
    path + conflictSuffix + (number == 1 ? "" : "-\(number)")
  }

  // MARK: Names recognised

  /// The PID that wrote `name`, when it names a leftover: a temporary file, a session being
  /// deleted or a clone being made.
  static func writer(of name: String) -> pid_t? {
    if let range = name.range(of: temporaryMarker, options: .backwards) {
      return number(name[range.upperBound...])
    }
    if name.hasPrefix(deletingPrefix), let dash = name.lastIndex(of: "-") {
      return number(name[name.index(after: dash)...])
    }
    if name.hasPrefix(cloningPrefix) {
      return number(name.dropFirst(cloningPrefix.count).prefix { $0 != "-" })
    }
    return nil
  }

  /// Whether `name` is hidden: what Hearth stages, deletes or clones under, never a pod's or a
  /// session's own name.
  static func isHidden<S: StringProtocol>(_ name: S) -> Bool { name.hasPrefix(".") }

  /// Whether `name` may name a session (or a pod) in a listing: not empty, not hidden.
  static func isListed(_ name: String) -> Bool { !name.isEmpty && !isHidden(name) }

  /// Whether `name` is what an interrupted write, deletion or clone leaves behind.
  static func isLeftover(_ name: String) -> Bool { writer(of: name) != nil }

  /// `pod.toml.mine`, `pod.toml.mine-2`: this home's side of a clash, kept only here.
  static func isConflictCopy(_ name: String) -> Bool {
    if name.hasSuffix(conflictSuffix) { return true }
    guard let range = name.range(of: conflictSuffix + "-", options: .backwards) else {
      return false
    }
    return isDigits(name[range.upperBound...])
  }

  /// Whether `path` (relative to the root) travels through sync: not git's own files, not the
  /// derived index, not what a deletion, an atomic write, a journal repair or a clash leaves.
  static func travels(_ path: String) -> Bool {
    let parts = path.split(separator: "/")
    guard let name = parts.last else { return false }
    if parts.first == Substring(index) || parts.first == Substring(git) { return false }
    if parts.first == Substring(seal) { return false }
    if parts.contains(where: { $0.hasPrefix(deletingPrefix) }) { return false }
    if parts.count >= 2, parts[0] == Substring(sessions), isHidden(parts[1]) { return false }
    if name == ".DS_Store" || name.hasSuffix(tornSuffix) { return false }
    if let range = name.range(of: temporaryMarker, options: .backwards),
      isDigits(name[range.upperBound...])
    {
      return false
    }
    return !isConflictCopy(String(name))
  }

  /// The session and the file within it of `path` (relative to the root), when it lies in a
  /// session's directory: `sessions/ID/journal.jsonl` → (`ID`, `journal.jsonl`).
  static func sessionFile(of path: String) -> (id: String, file: String)? {
    let parts = path.split(separator: "/")
    guard parts.count >= 3, parts[0] == Substring(sessions) else { return nil }
    return (String(parts[1]), parts[2...].joined(separator: "/"))
  }

  /// The session whose journal `path` (relative to the root) is, if it is one.
  static func journalSession(of path: String) -> String? {
    guard let (id, file) = sessionFile(of: path), file == journal else { return nil }
    return id
  }

  /// `path` of the journal of session `id`, relative to the root.
  static func journalFile(of id: String) -> String { sessions + "/" + id + "/" + journal }

  /// A PID written in ASCII digits.
  private static func number<S: StringProtocol>(_ text: S) -> pid_t? {
    guard isDigits(text), text.allSatisfy(\.isASCII) else { return nil }
    return pid_t(text)
  }

  /// Whether `text` is a number: what follows `.tmp-` or `.mine-` in a name Hearth made.
  private static func isDigits<S: StringProtocol>(_ text: S) -> Bool {
    !text.isEmpty && text.allSatisfy(\.isNumber)
  }
}
