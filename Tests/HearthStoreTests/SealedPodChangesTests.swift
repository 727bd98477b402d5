import Foundation
import HearthCore
import HearthSeal
import HearthTesting
import Testing

@testable import HearthStore

@Suite("A sealed pod changed: formats added and scrubbed, sessions renamed, journals migrated")
struct SealedPodChangesTests {
  /// The sealed pod "Tuesday Crew" of `SealedPodTests`, its home and clock.
  let sealed: SealedPodTests
  var scratch: Scratch { sealed.scratch }

  init() throws { sealed = try SealedPodTests() }

  func makePod() throws -> PodDirectory { try sealed.makePod() }

  /// An ended meeting; the clock then moves on a week.
  func meet(in directory: PodDirectory) throws -> String {
    let meeting = try sealed.meet(in: directory)
    try meeting.perform(.end)
    sealed.clock.advance(by: 7 * 24 * 3600)
    return meeting.id
  }

  func reopened(_ directory: PodDirectory) throws -> PodDirectory {
    try PodDirectory(path: directory.path).unlocked(with: Secret(SealedPodTests.passphrase))
  }

  func bytes(_ path: String) -> [UInt8] {
    Array(FileManager.default.contents(atPath: path) ?? Data())
  }

  @Test("formats add seals the format; it reads back, and forgetting a member scrubs it")
  func addedFormatIsSealed() throws {
    let directory = try makePod()
    let file = scratch.file("crew.toml")
    try """
    title = "Crew with Marisol"

    [[items]]
    title = "Arrival"
    kind = "round"
    prompt = "Marisol asks: how are you arriving?"
    """.write(toFile: file, atomically: true, encoding: .utf8)
    let added = try directory.addFormat(from: file)
    #expect(added.name == "crew")
    let sealed = directory.formatsPath + "/crew.toml.sealed"
    #expect(!String(decoding: bytes(sealed), as: UTF8.self).contains("Marisol"))
    #expect(!FileManager.default.fileExists(atPath: directory.formatsPath + "/crew.toml"))
    #expect(try reopened(directory).format(named: "crew").title == "Crew with Marisol")
    let again = storeError { _ = try directory.addFormat(from: file) }
    #expect(again?.message.contains("--replace") == true)

    _ = try directory.forgetMember(named: "Marisol", timeZone: .gmt)
    let format = try reopened(directory).format(named: "crew")
    #expect(format.title == "Crew with Former member 1")
    #expect(format.items.first?.prompt == "Former member 1 asks: how are you arriving?")
  }

  @Test("A sealed session renamed reads under its new id; the old folder and key are gone")
  func renamed() throws {
    let directory = try makePod()
    let id = try meet(in: directory)
    let records = try directory.readJournal(id).records
    let oldCopy = bytes(directory.journalPath(id))
    let newID = id + "-2"
    try directory.renameSession(id, to: newID)
    let pod = try reopened(directory)
    #expect(pod.sessionIDs() == [newID])
    let read = try pod.readJournal(newID).records
    #expect(read.count == records.count)
    guard case .started(let start)? = read.first?.event else {
      Issue.record("no start")
      return
    }
    #expect(start.id == newID)
    #expect(Array(read.dropFirst()) == Array(records.dropFirst()))
    #expect(pod.seal?.sessionKey(id) == nil)
    #expect(!String(decoding: bytes(pod.journalPath(newID)), as: UTF8.self).contains("lighthouse"))
    #expect(pod.archive().map(\.id) == [newID])
    // The old journal, kept aside, opens under no key the pod has.
    try Files.makeDirectory(pod.sessionPath(id))
    try Data(oldCopy).write(to: URL(fileURLWithPath: pod.journalPath(id)))
    #expect(storeError { _ = try pod.readJournal(id) } != nil)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: pod.path)
    #expect(!leftovers.contains { $0.hasPrefix(".") && $0 != ".seal" && $0 != ".index" })
  }

  @Test("A sealed index opens only the chunks a screenful needs, and keeps the rest when written")
  func indexInChunks() throws {
    let directory = try makePod()
    var ids: [String] = []
    for _ in 1...5 { ids.append(try meet(in: directory)) }
    let old = Date(timeIntervalSinceNow: -3600)
    for id in ids {
      try FileManager.default.setAttributes(
        [.modificationDate: old], ofItemAtPath: directory.journalPath(id))
    }
    _ = directory.archive()
    var index = ArchiveIndex.load(from: directory.indexPath, in: directory)
    index.chunkLines = 2
    try index.write(to: directory.indexPath, order: directory.sessionIDs(), in: directory)
    let all = directory.archive()
    #expect(all.map(\.id) == ids.reversed())

    // The oldest chunk (the first two sessions) damaged: a screenful never opens it.
    let whole = bytes(directory.indexPath)
    var damaged = whole
    let header = try #require(whole.firstIndex(of: 10))
    let tableLength = try #require(
      Int(String(decoding: whole[..<header], as: UTF8.self).split(separator: " ").last ?? ""))
    damaged[header + 1 + tableLength + 20] ^= 0xFF
    try Data(damaged).write(to: URL(fileURLWithPath: directory.indexPath))
    #expect(directory.archive(limit: 1) == Array(all.prefix(1)))
    #expect(bytes(directory.indexPath) == damaged, "read in part, not written again")

    // Whole again, the newest session changed: written again, the chunks not read kept.
    try Data(whole).write(to: URL(fileURLWithPath: directory.indexPath))
    try FileManager.default.setAttributes(
      [.modificationDate: old + 60], ofItemAtPath: directory.journalPath(ids[4]))
    #expect(directory.archive(limit: 1).map(\.id) == [ids[4]])
    #expect(bytes(directory.indexPath) != whole)
    #expect(ArchiveIndex.load(from: directory.indexPath, in: directory).count == 5)
    #expect(directory.archive() == all)
  }

  @Test("A hostile sealed index (a length past its end) is rebuilt, never read past the file")
  func hostileIndex() throws {
    let directory = try makePod()
    let id = try meet(in: directory)
    let header = "HEARTH-SEALED-CHUNKS-1 9223372036854775000\n"
    try Files.makeDirectory(directory.layout.indexFolderPath)
    try Data((header + String(repeating: "x", count: 100)).utf8).write(
      to: URL(fileURLWithPath: directory.indexPath))
    #expect(directory.archive(limit: 1).map(\.id) == [id])
    #expect(directory.archive().map(\.id) == [id])
    #expect(SealedChunks.isChunked(bytes(directory.indexPath)))
  }

  @Test("A version 1 journal arriving in a sealed pod after its marker is migrated once unlocked")
  func lateV1Journal() throws {
    let directory = try makePod()
    #expect(FileManager.default.fileExists(atPath: directory.migrationMarkerPath))
    let id = "2026-11-27T1900-weekly"
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/v1-sessions/" + id + "/" + Journal.fileName).path
    let lines = String(decoding: bytes(source), as: UTF8.self).split(separator: "\n")
    try directory.makeSessionKeys([id])
    let key = try #require(directory.seal?.sessionKey(id))
    var sealed: [UInt8] = []
    for (position, line) in lines.enumerated() {
      sealed += SealedLine.seal(Array(line.utf8), sequence: position + 1, key: key) + [10]
    }
    try Files.makeDirectory(directory.sessionPath(id))
    try Files.writeAtomically(bytes: sealed, to: directory.journalPath(id))
    #expect(PodDirectory(path: directory.path).migrateJournalsOnce() == PodDirectory.Migration())
    let migration = try reopened(directory).migrateJournalsOnce(timeZone: .gmt)
    #expect(migration.rewritten == [id])
    let records = try reopened(directory).readJournal(id).records
    #expect(try Journal.line(for: records[0]).contains(#""carried":"#))
    #expect(try reopened(directory).migrateJournalsOnce() == PodDirectory.Migration())
  }
}
