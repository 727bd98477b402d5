import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a sync takes in the other facilitators' changes: sessions that arrived with the same id,
/// and edits of the same file kept on both sides.
extension PodSync {
  // MARK: Sessions with the same id

  /// Renames this home's new sessions whose id another facilitator already shared for a
  /// different session, before they are committed.
  func renameCollisions(with remoteHead: String) throws -> [SyncReport.Renamed] {
    let local = try head()
    let base = try local.flatMap { try mergeBase($0, remoteHead) } ?? emptyTree()
    func newSessions(_ arguments: [String]) throws -> Set<String> {
      let output = try git.check(
        ["diff", "--name-status", "-z", "--no-renames", "--diff-filter=A"] + arguments
          + ["--", "sessions"]
      ).output
      return Set(
        Self.nameStatus(output).compactMap { _, path in
          let parts = path.split(separator: "/")
          return parts.count == 3 && parts[2] == Substring(Journal.fileName)
            ? String(parts[1]) : nil
        })
    }
    let ours = try newSessions(["--cached", base])
    let theirs = try newSessions([base, remoteHead])
    var renamed: [SyncReport.Renamed] = []
    for id in ours.intersection(theirs).sorted() {
      let file = "sessions/\(id)/\(Journal.fileName)"
      let mine = try git.check(["rev-parse", ":" + file]).text
      let other = try git.check(["rev-parse", "\(remoteHead):\(file)"]).text
      guard mine != other else { continue }
      let taken = try git.check(["ls-tree", "--name-only", "-z", remoteHead, "sessions/"]).output
        .split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
      var unavailable = Set(taken.map { ($0 as NSString).lastPathComponent })
      unavailable.formUnion(pod.sessionIDs())
      var number = 2
      while unavailable.contains("\(id)-\(number)") { number += 1 }
      let newID = "\(id)-\(number)"
      try pod.renameSession(id, to: newID)
      try git.check([
        "--literal-pathspecs", "add", "-A", "--", "sessions/\(id)", "sessions/\(newID)",
      ])
      renamed.append(SyncReport.Renamed(from: id, to: newID))
    }
    return renamed
  }

  /// An open meeting here whose id another facilitator shared would be overwritten by taking in
  /// theirs: stop, and say so.
  func refuseHeldBackCollisions(_ heldBack: [String], remoteHead: String) throws {
    for id in heldBack {
      let file = "\(remoteHead):sessions/\(id)/\(Journal.fileName)"
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
    if try local == remoteHead || isAncestor(remoteHead, of: local) { return }
    if try isAncestor(local, of: remoteHead) {
      try git.check(["merge", "-q", "--ff-only", remoteHead])
      return
    }
    let rebased = try git.run(["rebase", "-q", remoteHead])
    if rebased.status == 0 { return }
    let clashing = try unmergedPaths()
    _ = try git.run(["rebase", "--abort"])
    guard !clashing.isEmpty else {
      throw SyncError("Could not take in the other facilitators' changes: \(rebased.reason).")
    }
    try mergeKeepingBoth(remoteHead, report: &report)
  }

  func unmergedPaths() throws -> [String] {
    let output = try git.check(["diff", "--name-only", "--diff-filter=U", "-z"]).output
    return Set(
      output.split(separator: 0, omittingEmptySubsequences: true)
        .map { String(decoding: $0, as: UTF8.self) }
    ).sorted()
  }

  /// Merges `remoteHead`; each clashing file keeps the shared version in place and this home's
  /// version beside it (`pod.toml.mine`). A session deleted on one side stays deleted.
  func mergeKeepingBoth(_ remoteHead: String, report: inout SyncReport) throws {
    let merged = try git.run([
      "merge", "-q", "--no-ff", "--no-edit", "--allow-unrelated-histories", remoteHead,
    ])
    if merged.status == 0 { return }
    let stages = try unmergedStages()
    guard !stages.isEmpty else {
      _ = try git.run(["merge", "--abort"])
      throw SyncError("Could not take in the other facilitators' changes: \(merged.reason).")
    }
    var conflicts: [SyncReport.Conflict] = []
    for (path, stage) in stages.sorted(by: { $0.key < $1.key }) {
      let ours = stage[2]
      let theirs = stage[3]
      if path.hasPrefix("sessions/") {
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
        let copy = freeConflictCopyName(for: path)
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
      "Sync from \(hostName): combined with the others; kept both versions of \(clashed)",
    ])
    report.conflicts += conflicts
  }

  /// Path → stage number (1 base, 2 ours, 3 theirs) → blob, for every unmerged path.
  func unmergedStages() throws -> [String: [Int: String]] {
    let output = try git.check(["ls-files", "-u", "-z"]).output
    var stages: [String: [Int: String]] = [:]
    for entry in output.split(separator: 0, omittingEmptySubsequences: true) {
      let text = String(decoding: entry, as: UTF8.self)
      guard let tab = text.firstIndex(of: "\t") else { continue }
      let fields = text[..<tab].split(separator: " ")
      guard fields.count == 3, let stage = Int(fields[2]) else { continue }
      stages[String(text[text.index(after: tab)...]), default: [:]][stage] = String(fields[1])
    }
    return stages
  }

  /// `pod.toml.mine`, else `pod.toml.mine-2`, … : never overwrites an earlier kept version.
  func freeConflictCopyName(for path: String) -> String {
    var name = path + ".mine"
    var number = 2
    while FileManager.default.fileExists(atPath: pod.path + "/" + name) {
      name = path + ".mine-\(number)"
      number += 1
    }
    return name
  }

  static func writePrivately(_ data: Data, to path: String) throws {
    try Files.makeDirectory((path as NSString).deletingLastPathComponent)
    try Files.writeAtomically(String(decoding: data, as: UTF8.self), to: path)
  }

  /// What the others' commits changed here: sessions that arrived or went, other files.
  func describeArrivals(from local: String?, report: inout SyncReport) throws {
    guard let now = try head(), now != local else { return }
    let before = try local ?? emptyTree()
    let output = try git.check(["diff", "--name-status", "-z", "--no-renames", before, now])
      .output
    var received = Set<String>()
    var removed = Set<String>()
    var updated: [String] = []
    for (status, path) in Self.nameStatus(output) {
      let parts = path.split(separator: "/")
      if parts.count >= 3, parts[0] == "sessions" {
        guard parts[2] == Substring(Journal.fileName) else { continue }
        if status == "A" { received.insert(String(parts[1])) }
        if status == "D" { removed.insert(String(parts[1])) }
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
    for id in report.removed where !id.isEmpty && !id.hasPrefix(".") {
      let directory = pod.sessionPath(id)
      guard !FileManager.default.fileExists(atPath: pod.journalPath(id)) else { continue }
      try? FileManager.default.removeItem(atPath: directory)
    }
    if !report.removed.isEmpty { pod.forgetInIndex() }
  }

  /// Reminders of versions kept from earlier clashes.
  func leftoverWarnings() -> [(path: String, warning: String)] {
    var copies: [String] = []
    for folder in ["", "formats/"] {
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: pod.path + "/" + folder)) ?? []
      copies += names.filter(Self.isConflictCopy).map { folder + $0 }.sorted()
    }
    return copies.map {
      (
        $0,
        "\($0) still holds a version kept from a clash; delete it once you have copied what you "
          + "need from it"
      )
    }
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
