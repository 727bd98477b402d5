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
    // A sealed session's lines are bound to its id: renaming one would seal them all again.
    guard !isSealed else {
      throw StoreError(path: sessionPath(id), message: "a sealed pod's sessions are not renamed")
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
}
