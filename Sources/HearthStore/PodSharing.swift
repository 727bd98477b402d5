import Foundation
import HearthCore

/// What a sync shares: every file `PodLayout` says travels, except meetings still open; and how
/// a commit of it is described.
extension PodSync {
  /// Whether `path` (relative to the pod) may ever be shared; see `PodLayout.travels`.
  static func isShareable(_ path: String) -> Bool { PodLayout.travels(path) }

  /// Stages every change of the pod except open meetings and files never shared; returns the
  /// open meetings held back.
  func stage() throws -> (heldBack: [String], staged: Int) {
    var paths: [String] = []
    var heldBack = Set<String>()
    var closed: [String: Bool] = [:]
    for path in try git.unstagedPaths() where PodLayout.travels(path) {
      if let (id, _) = PodLayout.sessionFile(of: path) {
        let isClosed = closed[id] ?? isClosedSession(id)
        closed[id] = isClosed
        if !isClosed {
          heldBack.insert(id)
          continue
        }
      }
      paths.append(path)
    }
    try git.stage(paths)
    return (heldBack.sorted(), paths.count)
  }

  /// Whether session `id` may be shared: its meeting has ended and no terminal has it open. A
  /// session directory that is gone was deleted, which is shared too.
  func isClosedSession(_ id: String) -> Bool {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: pod.sessionPath(id), isDirectory: &isDirectory)
    else { return true }
    guard isDirectory.boolValue else { return true }
    let journal = pod.journalPath(id)
    // A running meeting holds an exclusive lock on its journal.
    guard FileManager.default.isReadableFile(atPath: journal), !Journal.isHeldSteadily(journal)
    else {
      return false
    }
    if let loaded = try? pod.loadSession(id) { return loaded.state.isEnded }
    // A damaged journal: shared once its last line says the meeting ended.
    let text = (try? String(contentsOfFile: journal, encoding: .utf8)) ?? ""
    let last = text.split(separator: "\n").last.map(String.init) ?? ""
    return last.contains("\"type\":\"ended\"")
  }

  /// Commits what is staged; returns the message, or nil when nothing was.
  func commit() throws -> String? {
    let base = try git.head() ?? git.emptyTree()
    let summary = Self.summary(of: try git.changes(["--cached", base]))
    guard !summary.isEmpty else { return nil }
    let message = "Sync: " + summary.joined(separator: ", ")
    try git.check(["commit", "-q", "--no-verify", "-m", message])
    return message
  }

  /// `2 new sessions`, `1 deleted session`, `pod.toml`: what a commit holds, in words.
  static func summary(of changes: [(status: Character, path: String)]) -> [String] {
    var added = Set<String>()
    var deleted = Set<String>()
    var touched = Set<String>()
    var files: [String] = []
    for (status, path) in changes {
      if let (id, _) = PodLayout.sessionFile(of: path) {
        touched.insert(id)
        if PodLayout.journalSession(of: path) != nil {
          if status == "A" { added.insert(id) }
          if status == "D" { deleted.insert(id) }
        }
      } else if !files.contains(path) {
        files.append(path)
      }
    }
    let changed = touched.subtracting(added).subtracting(deleted)
    func count(_ n: Int, _ what: String) -> String {
      "\(n) \(what) session\(n == 1 ? "" : "s")"
    }
    var parts: [String] = []
    if !added.isEmpty { parts.append(count(added.count, "new")) }
    if !changed.isEmpty { parts.append(count(changed.count, "updated")) }
    if !deleted.isEmpty { parts.append(count(deleted.count, "deleted")) }
    if files.count > 4 {
      parts += files.prefix(3)
      parts.append("\(files.count - 3) more files")
    } else {
      parts += files
    }
    return parts
  }

  /// Reminders of versions kept from earlier clashes, which never travel.
  func leftoverWarnings() -> [(path: String, warning: String)] {
    var copies: [String] = []
    for folder in ["", PodLayout.formats + "/"] {
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: pod.path + "/" + folder)) ?? []
      copies += names.filter(PodLayout.isConflictCopy).map { folder + $0 }.sorted()
    }
    return copies.map {
      (
        $0,
        "\($0) still holds a version kept from a clash; delete it once you have copied what you "
          + "need from it"
      )
    }
  }
}
