import Foundation
import HearthCore

extension PodDirectory {
  /// What deleting the notes of the member called `name` (now or before a rename) would
  /// delete: their notes and actions (`MemberNotes`), and in how many sessions, to say before
  /// asking. A journal that cannot be read is an error, as forgetting refuses it.
  public func notesOfMember(named name: String) throws -> (notes: MemberNotes, sessions: Int) {
    let pod = try loadPod()
    let member = pod.members[try rosterIndex(of: name, in: pod)]
    var total = MemberNotes()
    var sessions = 0
    for id in sessionIDs() where FileManager.default.fileExists(atPath: journalPath(id)) {
      let state = SessionState(replaying: try readJournal(id).records)
      let theirs = state.notes(of: [member.name] + member.formerNames)
      if !theirs.isEmpty { sessions += 1 }
      total = total + theirs
    }
    return (total, sessions)
  }

  /// The ids of the actions that were in `before` and are tombstones in `after`.
  static func erasedActions(from before: [EventRecord], to after: [EventRecord]) -> [String] {
    guard case .started(let start)? = before.first?.event else { return [] }
    return zip(before, after).compactMap { old, new in
      guard case .noteAdded(let was) = old.event, was.kind == .action, !was.isTombstone,
        case .noteAdded(let now) = new.event, now.isTombstone
      else { return nil }
      return "\(start.id)#\(old.sequence)"
    }
  }

  /// Replaces the names `scrubber` forgets in the pod's formats (sealed ones opened and sealed
  /// again) and in this home's sides of clashes (`pod.toml.mine`, `formats/NAME.toml.mine`),
  /// each file rewritten atomically only when it named them.
  func scrubSideFiles(_ scrubber: NameScrubber) throws {
    let sealedFormat = ".toml" + PodLayout.sealedSuffix
    let formats = (try? FileManager.default.contentsOfDirectory(atPath: formatsPath)) ?? []
    for name in formats.sorted() where seal != nil && name.hasSuffix(sealedFormat) {
      let plain = formatsPath + "/" + String(name.dropLast(PodLayout.sealedSuffix.count))
      guard let text = try readPodText(plain) else { continue }
      let scrubbed = scrubber.scrub(text)
      if scrubbed != text { try writePodText(scrubbed, to: plain) }
    }
    var paths: [String] = []
    let root = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    for name in root where name.hasPrefix(PodLayout.podFile) && PodLayout.isConflictCopy(name) {
      paths.append(path + "/" + name)
    }
    for name in formats where name.hasSuffix(".toml") || PodLayout.isConflictCopy(name) {
      paths.append(formatsPath + "/" + name)
    }
    for file in paths.sorted() {
      guard let data = FileManager.default.contents(atPath: file) else { continue }
      let text = String(decoding: data, as: UTF8.self)
      let scrubbed = scrubber.scrub(text)
      guard scrubbed != text else { continue }
      try Files.writeAtomically(scrubbed, to: file, staging: path)
    }
  }
}
