import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension PodDirectory {
  /// Removes session `id` entirely: its journal, transcript and anything else in its directory.
  ///
  /// Refuses while the meeting is open in another terminal (its journal is locked). The directory
  /// is first renamed to a hidden name in the pod's folder, which no listing shows, and only then
  /// removed, so an interrupted deletion never leaves half a session behind; leftovers of earlier
  /// interrupted deletions are removed too. Later sessions hold the actions it wrote by
  /// reference only: those that reviewed one have their transcripts rendered again (in
  /// `timeZone`) and their search lines read again, so its words are nowhere left.
  public func deleteSession(_ id: String, timeZone: TimeZone = .current) throws {
    let directory = sessionPath(id)
    var isDirectory: ObjCBool = false
    guard PodLayout.isListed(id), !id.contains("/"),
      FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw StoreError(path: directory, message: "no such session: \(id)")
    }
    // Hold the journal's lock from the check until the directory has its hidden name.
    let fd = open(journalPath(id), O_RDONLY | O_CLOEXEC)
    defer { if fd >= 0 { close(fd) } }
    if fd >= 0, flock(fd, LOCK_EX | LOCK_NB) != 0 {
      throw StoreError(
        path: journalPath(id),
        message: "this meeting is open in another terminal; end it there before deleting it",
        code: EWOULDBLOCK)
    }
    // Found while the archive's index still matches the sessions, so reading it writes nothing:
    // the index is rewritten once, below, without this session.
    let reviewing = sessionsReviewing(actionsOf: id).filter { $0 != id }
    let hidden = layout.deletingPath(id, pid: getpid())
    guard rename(directory, hidden) == 0 else {
      throw StoreError(path: directory, message: "cannot delete: \(Files.errorText())")
    }
    Files.syncDirectory(of: directory)
    Files.syncDirectory(of: hidden)
    // In a sealed pod the session's key goes first: every copy of its journal is then shut.
    try seal?.destroySessionKey(id)
    do {
      try FileManager.default.removeItem(atPath: hidden)
    } catch {
      throw StoreError(
        path: hidden, message: "cannot finish deleting: \(error.localizedDescription)")
    }
    removeDeletionLeftovers()
    forgetInIndex(changed: Set(reviewing))
    for later in reviewing { try rewriteTranscript(of: later, timeZone: timeZone) }
  }

  /// Drops deleted sessions from the derived indexes too: what someone took back must not linger
  /// there (names, roles, airtime, what was said). Without an index there is nothing to do.
  /// With `changed`, also what they hold of those sessions, whose words were erased (an undone
  /// note): they are read again from their journals when next asked for.
  func forgetInIndex(changed: Set<String> = []) {
    forgetInSearchIndex(changed: changed)
    // The derived history holds open actions' words: removed, to be computed again.
    try? FileManager.default.removeItem(atPath: historyIndexPath)
    guard FileManager.default.fileExists(atPath: indexPath) else { return }
    // Lines are copied as they are, unread; sessions left out of the order are dropped.
    let index = ArchiveIndex.load(from: indexPath, in: self)
    do {
      try index.write(
        to: indexPath, order: sessionIDs().filter { !changed.contains($0) }, in: self)
    } catch {
      try? FileManager.default.removeItem(atPath: indexPath)
    }
  }

  /// Removes what interrupted deletions (and writes) left under a hidden name, in the pod's
  /// folder and in `sessions/`, where earlier versions put half-deleted sessions.
  func removeDeletionLeftovers() {
    for folder in [path, sessionsPath] { Leftovers.sweep(folder, now: Date()) }
  }
}
