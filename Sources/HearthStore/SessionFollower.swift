import Foundation
import HearthCore

/// Follows a pod's current meeting from outside it, for `hearth watch`: the journal is read
/// again only when its size or time changes, and the sessions folder is listed only when it
/// changes, so following costs a few `stat` calls a second.
public final class SessionFollower {
  public let directory: PodDirectory
  private var folderKey: ArchiveIndex.Key?
  private var journalKey: ArchiveIndex.Key?
  /// The session followed: the newest one left open, else the newest by its journal's start.
  public private(set) var id: String?
  /// The followed session as its journal last read whole.
  public private(set) var state: SessionState?
  /// False when the followed meeting is open (neither ended nor left) but no program holds its
  /// journal any more: it was killed or crashed, and waits for `hearth resume`.
  public private(set) var isAnswering = true

  public init(directory: PodDirectory) {
    self.directory = directory
  }

  /// Looks for changes; true when `state` or `isAnswering` changed. A journal caught mid-write
  /// keeps the state read before (its last line was cut: the next look reads it whole).
  @discardableResult
  public func poll() -> Bool {
    let changed = pollJournal()
    var answering = true
    if let state, let id, !state.isEnded, state.leftAt == nil {
      answering = Journal.isHeld(directory.journalPath(id))
    }
    defer { isAnswering = answering }
    return changed || answering != isAnswering
  }

  private func pollJournal() -> Bool {
    let folder = ArchiveIndex.key(of: directory.sessionsPath)
    if folder != folderKey {
      folderKey = folder
      let archive = directory.archive()
      let newest = PodDirectory.openSession(in: archive) ?? archive.first?.id
      if newest != id {
        id = newest
        journalKey = nil
        if newest == nil, state != nil {
          state = nil
          return true
        }
      }
    }
    guard let id else { return false }
    let key = ArchiveIndex.key(of: directory.journalPath(id))
    guard key != journalKey else { return false }
    guard let loaded = try? directory.loadSession(id), loaded.contents.torn == nil else {
      return false
    }
    journalKey = key
    let changed = loaded.state != state
    state = loaded.state
    return changed
  }
}
