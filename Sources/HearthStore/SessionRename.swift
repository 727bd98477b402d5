import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension PodDirectory {
  /// Moves session `id` to `newID`, and makes its journal's start (and its transcript) say so.
  func renameSession(_ id: String, to newID: String) throws {
    if seal != nil { return try renameSealedSession(id, to: newID) }
    guard !isSealed else {
      throw StoreError(
        path: sessionPath(id), message: "this pod is sealed: it needs its passphrase")
    }
    guard rename(sessionPath(id), sessionPath(newID)) == 0 else {
      throw StoreError(path: sessionPath(id), message: "cannot rename: \(Files.errorText())")
    }
    Files.syncDirectory(of: sessionPath(newID))
    let journal = journalPath(newID)
    if let data = FileManager.default.contents(atPath: journal),
      let contents = try? Journal.parse([UInt8](data), path: journal),
      let first = contents.records.first, case .started(var start) = first.event
    {
      start.id = newID
      let line = try Journal.line(
        for: EventRecord(sequence: first.sequence, time: first.time, event: .started(start)))
      let bytes = [UInt8](data)
      let rest = bytes.firstIndex(of: 10).map { Array(bytes[$0...]) } ?? [10]
      try Files.writeAtomically(
        line + String(decoding: rest, as: UTF8.self), to: journal, staging: path)
    }
    let transcript = transcriptPath(newID)
    if let text = try? String(contentsOfFile: transcript, encoding: .utf8) {
      try Files.writeAtomically(
        text.replacingOccurrences(of: "`\(id)`", with: "`\(newID)`"), to: transcript,
        staging: path)
    }
  }

  /// A sealed session's lines are bound to its id, so renaming one seals its journal again,
  /// under a new key for `newID`: the new folder is made whole under a hidden name in the pod's
  /// root (where `Leftovers` sweeps what a kill leaves), moved into `sessions/` in one rename,
  /// and only then is the old folder removed and its key destroyed. A crash leaves the old
  /// session, or both, each readable; never neither.
  private func renameSealedSession(_ id: String, to newID: String) throws {
    guard let seal else { return }
    var records = try readJournal(id).records
    if let first = records.first, case .started(var start) = first.event {
      start.id = newID
      records[0] = EventRecord(sequence: first.sequence, time: first.time, event: .started(start))
    }
    let staged = path + "/" + PodLayout.temporaryName("." + newID, pid: getpid())
    try? FileManager.default.removeItem(atPath: staged)
    try Files.makeDirectory(staged)
    let old = sessionPath(id)
    // Whatever else the folder holds comes along; a torn line was sealed under the old id.
    let names = (try? FileManager.default.contentsOfDirectory(atPath: old)) ?? []
    for name in names where name != PodLayout.journal && !name.hasSuffix(PodLayout.tornSuffix) {
      guard let bytes = Files.readAll(old + "/" + name) else { continue }
      try Files.writeAtomically(bytes: bytes, to: staged + "/" + name)
    }
    let key = try seal.makeSessionKey(newID)
    var bytes: [UInt8] = []
    for record in records { bytes += try Journal.lineBytes(for: record, key: key) }
    try Files.writeAtomically(bytes: bytes, to: staged + "/" + PodLayout.journal)
    guard rename(staged, sessionPath(newID)) == 0 else {
      let error = Files.errorText()
      try? FileManager.default.removeItem(atPath: staged)
      throw StoreError(path: sessionPath(newID), message: "cannot rename: \(error)")
    }
    Files.syncDirectory(of: sessionPath(newID))
    let hidden = layout.deletingPath(id, pid: getpid())
    guard rename(old, hidden) == 0 else {
      throw StoreError(path: old, message: "cannot rename: \(Files.errorText())")
    }
    Files.syncDirectory(of: old)
    try seal.destroySessionKey(id)
    try? FileManager.default.removeItem(atPath: hidden)
  }
}
