import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The steps of a sync between committing here and sending: folding in what an earlier sync
/// could not send, sessions that arrived with the same id, and taking in the other facilitators'
/// changes (edits of the same file kept on both sides).
extension PodSync {
  /// Folds commits this home made but never sent (an earlier sync that could not finish) into
  /// the index, so what is sent is one commit on top of what the others shared.
  func squashUnsharedCommits(onto remoteHead: String?) throws {
    guard let remoteHead, let local = try git.head(), local != remoteHead,
      try !git.isAncestor(local, of: remoteHead)
    else { return }
    if let base = try git.mergeBase(local, remoteHead) {
      try git.check(["reset", "-q", "--soft", base])
    } else {
      try git.check(["update-ref", "-d", "HEAD"])
    }
  }

  // MARK: Sessions with the same id

  /// Renames this home's new sessions whose id another facilitator already shared for a
  /// different session, before they are committed.
  func renameCollisions(with remoteHead: String) throws -> [SyncReport.Renamed] {
    let local = try git.head()
    let base = try local.flatMap { try git.mergeBase($0, remoteHead) } ?? git.emptyTree()
    func newSessions(_ arguments: [String]) throws -> Set<String> {
      let added = try git.changes(["--diff-filter=A"] + arguments + ["--", PodLayout.sessions])
      return Set(added.compactMap { PodLayout.journalSession(of: $0.path) })
    }
    let ours = try newSessions(["--cached", base])
    let theirs = try newSessions([base, remoteHead])
    var renamed: [SyncReport.Renamed] = []
    for id in ours.intersection(theirs).sorted() {
      let file = PodLayout.journalFile(of: id)
      let mine = try git.check(["rev-parse", ":" + file]).text
      let other = try git.check(["rev-parse", "\(remoteHead):\(file)"]).text
      guard mine != other else { continue }
      let taken = try git.check([
        "ls-tree", "--name-only", "-z", remoteHead, PodLayout.sessions + "/",
      ]).output
        .split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
      var unavailable = Set(taken.map { ($0 as NSString).lastPathComponent })
      unavailable.formUnion(pod.sessionIDs())
      var number = 2
      while unavailable.contains("\(id)-\(number)") { number += 1 }
      let newID = "\(id)-\(number)"
      try pod.renameSession(id, to: newID)
      try git.check([
        "--literal-pathspecs", "add", "-A", "--", PodLayout.sessions + "/" + id,
        PodLayout.sessions + "/" + newID,
      ])
      renamed.append(SyncReport.Renamed(from: id, to: newID))
    }
    return renamed
  }

  /// An open meeting here whose id another facilitator shared would be overwritten by taking in
  /// theirs: stop, and say so.
  func refuseHeldBackCollisions(_ heldBack: [String], remoteHead: String) throws {
    for id in heldBack {
      let file = remoteHead + ":" + PodLayout.journalFile(of: id)
      guard try git.run(["cat-file", "-e", file]).status == 0 else { continue }
      throw SyncError(
        "The meeting \(id), still open here, has the same id as a session another facilitator "
          + "shared. Nothing was taken in yet. End the meeting (hearth resume, then q), then run "
          + "hearth sync again: Hearth will give yours a new id.")
    }
  }

  // MARK: Taking in the others' changes

  /// Brings the others' commits in: a fast-forward, else a rebase of this home's commit onto
  /// theirs, else (when files clash) a merge keeping both versions of each clashing file.
  func integrate(_ remoteHead: String, local: String?, report: inout SyncReport) throws {
    guard let local else {
      try git.check(["merge", "-q", "--ff-only", remoteHead])
      return
    }
    if try local == remoteHead || git.isAncestor(remoteHead, of: local) { return }
    if try git.isAncestor(local, of: remoteHead) {
      try git.check(["merge", "-q", "--ff-only", remoteHead])
      return
    }
    let rebased = try git.run(["rebase", "-q", remoteHead])
    if rebased.status == 0 { return }
    let clashing = try git.unmergedPaths()
    _ = try git.run(["rebase", "--abort"])
    guard !clashing.isEmpty else {
      throw SyncError("Could not take in the other facilitators' changes: \(rebased.reason).")
    }
    try mergeKeepingBoth(remoteHead, report: &report)
  }

  /// Merges `remoteHead`; each clashing file keeps the shared version in place and this home's
  /// version beside it (`pod.toml.mine`). A session deleted on one side stays deleted.
  func mergeKeepingBoth(_ remoteHead: String, report: inout SyncReport) throws {
    let merged = try git.run([
      "merge", "-q", "--no-ff", "--no-edit", "--allow-unrelated-histories", remoteHead,
    ])
    if merged.status == 0 { return }
    let stages = try git.unmergedStages()
    guard !stages.isEmpty else {
      _ = try git.run(["merge", "--abort"])
      throw SyncError("Could not take in the other facilitators' changes: \(merged.reason).")
    }
    var conflicts: [SyncReport.Conflict] = []
    for (path, stage) in stages.sorted(by: { $0.key < $1.key }) {
      let ours = stage[2]
      let theirs = stage[3]
      if path.hasPrefix(PodLayout.sessions + "/") {
        // Someone took the session back: their deletion stands.
        guard ours == nil || theirs == nil else {
          _ = try git.run(["merge", "--abort"])
          throw SyncError(
            "The session \(path.split(separator: "/")[1]) differs here and in \(report.remote), "
              + "and Hearth cannot tell which is right. Nothing was changed here; ask someone "
              + "who knows git to look at \(pod.path).")
        }
        try git.check(["--literal-pathspecs", "rm", "-q", "-f", "--", path])
        continue
      }
      var keptAs: String?
      if let ours {
        let copy = pod.layout.freeConflictCopyName(for: path)
        let data = try git.check(["cat-file", "blob", ours]).output
        try Self.writePrivately(data, to: pod.path + "/" + copy)
        keptAs = copy
      }
      if let theirs {
        let data = try git.check(["cat-file", "blob", theirs]).output
        try Self.writePrivately(data, to: pod.path + "/" + path)
        try git.check(["--literal-pathspecs", "add", "--", path])
      } else {
        try git.check(["--literal-pathspecs", "rm", "-q", "-f", "--", path])
      }
      conflicts.append(SyncReport.Conflict(path: path, keptAs: keptAs))
    }
    let clashed = conflicts.map(\.path).joined(separator: ", ")
    try git.check([
      "commit", "-q", "--no-verify", "-m",
      "Sync: combined with the others; kept both versions of \(clashed)",
    ])
    report.conflicts += conflicts
  }

  static func writePrivately(_ data: Data, to path: String) throws {
    try Files.makeDirectory((path as NSString).deletingLastPathComponent)
    try Files.writeAtomically(String(decoding: data, as: UTF8.self), to: path)
  }

  /// What the others' commits changed here: sessions that arrived or went, other files.
  func describeArrivals(from local: String?, report: inout SyncReport) throws {
    guard let now = try git.head(), now != local else { return }
    let before = try local ?? git.emptyTree()
    var received = Set<String>()
    var removed = Set<String>()
    var updated: [String] = []
    for (status, path) in try git.changes([before, now]) {
      if PodLayout.sessionFile(of: path) != nil {
        guard let id = PodLayout.journalSession(of: path) else { continue }
        if status == "A" { received.insert(id) }
        if status == "D" { removed.insert(id) }
      } else if !updated.contains(path) {
        updated.append(path)
      }
    }
    report.received = Array(Set(report.received).union(received)).sorted()
    report.removed = Array(Set(report.removed).union(removed)).sorted()
    for path in updated where !report.updated.contains(path) { report.updated.append(path) }
  }

  /// Removes what is left of sessions the others deleted, and drops them from the index.
  func tidyAfterArrivals(_ report: SyncReport) {
    for id in report.removed where PodLayout.isListed(id) {
      let directory = pod.sessionPath(id)
      guard !FileManager.default.fileExists(atPath: pod.journalPath(id)) else { continue }
      try? FileManager.default.removeItem(atPath: directory)
    }
    if !report.removed.isEmpty { pod.forgetInIndex() }
  }

  func podFileProblem() -> String? {
    do {
      _ = try pod.loadPod()
      return nil
    } catch {
      return "pod.toml cannot be read after the sync: \(error)"
    }
  }
}
