import Foundation
import HearthCore

extension PodDirectory {
  /// Where the member called `name` (now or before a rename) stands in `pod`'s roster; a name
  /// nobody has is "no member named …", a failure at run time.
  func rosterIndex(of name: String, in pod: Pod) throws -> Int {
    guard let member = pod.member(named: name), let index = pod.members.firstIndex(of: member)
    else {
      throw StoreError(path: podFilePath, message: "no member named '\(name)'", code: ENOENT)
    }
    return index
  }

  /// Whether any session names `member` (now or before a rename): present, holding a role,
  /// owning an action, or in what was written. A journal that cannot be read counts as naming
  /// them, so a damaged session never loses its people.
  func hasHistory(_ member: Member) throws -> Bool {
    let scrubber = try NameScrubber(
      names: [member.name] + member.formerNames, pseudonym: "Former member")
    for id in sessionIDs() where FileManager.default.fileExists(atPath: journalPath(id)) {
      guard let records = try? readJournal(id).records,
        let scrubbed = try? records.map(scrubber.scrub)
      else { return true }
      if scrubbed != records { return true }
    }
    return false
  }

  /// Takes the member called `name` off the roster. Someone no session names was added by
  /// mistake and leaves pod.toml whole (true); anyone else is marked removed, and the sessions
  /// they were part of keep them (false).
  public func removeMember(named name: String) throws -> Bool {
    var pod = try loadPod()
    let index = try rosterIndex(of: name, in: pod)
    let deleting = try !hasHistory(pod.members[index])
    if deleting {
      pod.members.remove(at: index)
    } else {
      pod.members[index].active = false
    }
    try savePod(pod)
    return deleting
  }
}
