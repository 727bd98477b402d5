import Foundation
import HearthCore
import HearthSeal
import HearthTesting
import Testing

@testable import HearthStore

@Suite("A sealed pod on disk: read like a plain one once unlocked, unreadable without it")
struct SealedPodTests {
  let scratch: Scratch
  let home: Home
  let clock = TestClock()
  static let passphrase = "ember lantern 47"
  /// Words that must never be found on disk in a sealed pod.
  static let secrets = ["Quillfeather", "Marisol", "Tuesday Crew", "lighthouse", "custody"]

  init() throws {
    scratch = try Scratch()
    home = Home(path: scratch.file("home"))
  }

  func makePod() throws -> PodDirectory {
    let pod = Pod(
      name: "Tuesday Crew", members: ["Quillfeather", "Marisol", "Bo"].map { Member(name: $0) },
      roles: Pod.defaultRoles, agreements: ["What is said here stays here"])
    return try home.createPod(
      pod, seal: (Secret(Self.passphrase), "Quillfeather's"), cost: .cheapest)
  }

  func meet(in directory: PodDirectory) throws -> Meeting {
    let meeting = try Meeting.start(
      in: directory, pod: try directory.loadPod(), format: BuiltIn.checkIn,
      attendees: ["Quillfeather", "Marisol", "Bo"],
      roles: ["facilitator": "Quillfeather", "timekeeper": "Marisol", "scribe": "Bo"],
      clock: clock, timeZone: .gmt, seed: 7)
    try meeting.perform(.next)
    clock.advance(by: 40)
    try meeting.perform(.write(.note, "Marisol found the lighthouse keeper"))
    try meeting.perform(.write(.action, "@Quillfeather call the lawyer about custody"))
    try meeting.perform(.next)
    return meeting
  }

  /// Every regular file under `path`, with its bytes.
  func files(under path: String) -> [(String, [UInt8])] {
    let enumerator = FileManager.default.enumerator(atPath: path)
    var found: [(String, [UInt8])] = []
    while let name = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let full = path + "/" + name
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        found.append((name, Array(FileManager.default.contents(atPath: full) ?? Data())))
      }
    }
    return found
  }

  @Test("After a meeting, search and the archive, no name, note or action is on disk")
  func nothingInTheClear() throws {
    let directory = try makePod()
    let meeting = try meet(in: directory)
    #expect(try meeting.writeTranscript(timeZone: .gmt) == nil)
    let reopened = try PodDirectory(path: directory.path).unlocked(with: Secret(Self.passphrase))
    #expect(reopened.archive().count == 1)
    let hits = reopened.search(try #require(SearchQuery("lighthouse"))).hits
    #expect(hits.count == 1)
    let all = files(under: home.path)
    #expect(all.contains { $0.0.hasSuffix(".index/search.tsv") })
    #expect(all.contains { $0.0.hasSuffix("pod.toml.sealed") })
    #expect(!all.contains { $0.0.hasSuffix("pod.toml") || $0.0.hasSuffix("transcript.md") })
    for (name, bytes) in all {
      let text = String(decoding: bytes, as: UTF8.self)
      for word in Self.secrets + ["ember lantern"] {
        #expect(!text.localizedCaseInsensitiveContains(word), "\(word) in \(name)")
      }
    }
  }

  @Test("Unlocked again, the pod, its formats and the session read as they were written")
  func readsBack() throws {
    let directory = try makePod()
    let meeting = try meet(in: directory)
    let reopened = try PodDirectory(path: directory.path).unlocked(with: Secret(Self.passphrase))
    #expect(try reopened.loadPod().members.map(\.name) == ["Quillfeather", "Marisol", "Bo"])
    #expect(try reopened.loadSession(meeting.id).state.records == meeting.state.records)
    #expect(try reopened.formats().map(\.name) == BuiltIn.formats.map(\.name))
    #expect(reopened.archive().first?.attendees == ["Quillfeather", "Marisol", "Bo"])
  }

  @Test("A wrong passphrase says so and writes nothing")
  func wrongPassphrase() throws {
    let directory = try makePod()
    _ = try meet(in: directory)
    let before = files(under: home.path).map { $0.0 }.sorted()
    let error = storeError {
      _ = try PodDirectory(path: directory.path).unlocked(with: Secret("ember lantern 48"))
    }
    #expect(error?.message == "wrong passphrase for pod tuesday-crew")
    #expect(files(under: home.path).map { $0.0 }.sorted() == before)
  }

  @Test("Locked, a sealed pod gives errors and damaged entries, never a plain index")
  func lockedPod() throws {
    let directory = try makePod()
    let meeting = try meet(in: directory)
    try? FileManager.default.removeItem(atPath: directory.layout.indexFolderPath)
    let locked = PodDirectory(path: directory.path)
    #expect(locked.isSealed)
    #expect(storeError { _ = try locked.loadPod() } != nil)
    #expect(storeError { _ = try locked.loadSession(meeting.id) } != nil)
    #expect(locked.archive().first?.damaged != nil)
    #expect(!FileManager.default.fileExists(atPath: directory.indexPath))
  }

  @Test("A changed line in the middle is a positioned error; a cut-off last line is torn")
  func tamperedAndTorn() throws {
    let directory = try makePod()
    let meeting = try meet(in: directory)
    let path = directory.journalPath(meeting.id)
    let original = try #require(FileManager.default.contents(atPath: path))
    var lines = String(decoding: original, as: UTF8.self).split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.hasPrefix("~") })

    var changed = lines
    var third = Array(changed[2].utf8)
    third[10] = third[10] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
    changed[2] = String(decoding: third, as: UTF8.self)
    try (changed.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let damaged = storeError { _ = try directory.readJournal(meeting.id) }
    #expect(damaged?.line == 3)
    #expect(damaged?.column == 1)
    #expect(damaged?.description.hasPrefix(path + ":3:1: ") == true)

    lines.swapAt(2, 3)
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    #expect(storeError { _ = try directory.readJournal(meeting.id) }?.line == 3)

    let whole = [UInt8](original)
    try Data(whole.dropLast(12)).write(to: URL(fileURLWithPath: path))
    let torn = try directory.readJournal(meeting.id)
    #expect(torn.records.count == meeting.state.records.count - 1)
    #expect(torn.torn != nil)
    #expect(torn.warnings.count == 1)
  }

  @Test("A journal copied into another session's folder does not open there")
  func movedJournal() throws {
    let directory = try makePod()
    let first = try meet(in: directory)
    try first.perform(.end)
    clock.advance(by: 7 * 24 * 3600)
    let second = try meet(in: directory)
    let copy = try #require(FileManager.default.contents(atPath: directory.journalPath(first.id)))
    try copy.write(to: URL(fileURLWithPath: directory.journalPath(second.id)))
    #expect(storeError { _ = try directory.readJournal(second.id) }?.line == 1)
  }

  @Test("A rewrite (an undo's erasure) seals every line again, each with a fresh nonce")
  func rewriteReseals() throws {
    let directory = try makePod()
    let (id, records) = try {
      let meeting = try meet(in: directory)
      return (meeting.id, meeting.state.records)
    }()
    let path = directory.journalPath(id)
    let before = String(
      decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
    let writer = try directory.journalWriter(id)
    try writer.replace(with: records)
    let after = String(
      decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
    let old = Set(before.split(separator: "\n"))
    let new = after.split(separator: "\n")
    #expect(new.count == old.count)
    #expect(new.allSatisfy { !old.contains($0) })
    #expect(try directory.readJournal(id).records == records)
  }

  @Test("Deleting a session destroys its key: a copy kept aside no longer opens")
  func deleteShreds() throws {
    let directory = try makePod()
    let id = try {
      let meeting = try meet(in: directory)
      try meeting.perform(.end)
      return meeting.id
    }()
    let copy = try #require(FileManager.default.contents(atPath: directory.journalPath(id)))
    try directory.deleteSession(id)
    let reopened = try PodDirectory(path: directory.path).unlocked(with: Secret(Self.passphrase))
    #expect(reopened.seal?.sessionKey(id) == nil)
    try Files.makeDirectory(reopened.sessionPath(id))
    try copy.write(to: URL(fileURLWithPath: reopened.journalPath(id)))
    let error = storeError { _ = try reopened.readJournal(id) }
    #expect(error?.message.contains("not in the pod's keyring") == true)
  }

  @Test("The keys never travel through sync: .seal/ is kept out of the shared files")
  func keysStayHome() {
    #expect(!PodLayout.travels(".seal/keyring"))
    #expect(!PodLayout.travels(".seal/slots/0123456789abcdef"))
    #expect(PodLayout.travels("pod.toml.sealed"))
    #expect(PodLayout.travels("sessions/2026-11-27T1900-check-in/journal.jsonl"))
  }
}

@Suite("A sealed pod's key slots: one passphrase per facilitator, a recovery code")
struct SealedPodKeyTests {
  let scratch: Scratch
  let home: Home

  init() throws {
    scratch = try Scratch()
    home = Home(path: scratch.file("home"))
  }

  @Test("An added passphrase and a recovery code open the pod; a removed one no longer does")
  func addAndRemove() throws {
    let pod = Pod(name: "Crew", members: [Member(name: "Ana")], roles: Pod.defaultRoles)
    let first = try home.createPod(pod, seal: (Secret("first words"), "Ana"), cost: .cheapest)
    let bo = try first.addKeySlot(label: "Bo", passphrase: Secret("bo's words"), cost: .cheapest)
    let code = RecoveryCode.generate()
    _ = try first.addKeySlot(
      label: "recovery", kind: .recovery, passphrase: code.secret, cost: .cheapest)
    let locked = PodDirectory(path: first.path)
    let asBo = try locked.unlocked(with: Secret("bo's words"))
    #expect(try asBo.loadPod().name == "Crew")
    #expect(try locked.unlocked(with: Secret(code.text.lowercased())).seal?.slot.kind == .recovery)
    let summaries = try asBo.keySlotSummaries()
    #expect(Set(summaries.map(\.label)) == ["Ana", "Bo", "recovery"])
    #expect(summaries.filter(\.isInUse).map(\.id) == [bo.id])

    #expect(storeError { _ = try asBo.removeKeySlot(bo.id) }?.message.contains("unlocked") == true)
    let asAna = try locked.unlocked(with: Secret("first words"))
    #expect(try asAna.removeKeySlot(String(bo.id.prefix(6))).id == bo.id)
    let refused = storeError { _ = try locked.unlocked(with: Secret("bo's words")) }
    #expect(refused?.message == "wrong passphrase for pod crew")
    #expect(
      storeError { _ = try asAna.removeKeySlot("zz") }?.message.contains("no key slot") == true)
  }

  @Test("The last key slot cannot be removed")
  func lastSlot() throws {
    let pod = Pod(name: "Crew", members: [Member(name: "Ana")], roles: Pod.defaultRoles)
    let only = try home.createPod(pod, seal: (Secret("only words"), "Ana"), cost: .cheapest)
    let slot = try #require(only.seal?.slot)
    let error = storeError { _ = try only.removeKeySlot(slot.id) }
    #expect(error?.message.contains("last key slot") == true)
    #expect(FileManager.default.fileExists(atPath: only.layout.slotPath(slot.id)))
  }
}
