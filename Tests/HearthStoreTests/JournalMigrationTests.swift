import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("Journals of format version 1 are migrated once")
struct JournalMigrationTests: InPodFixture {
  let fixture: PodFixture
  /// The hand-made sessions of `Fixtures/v1-sessions`: the first writes the custody action and
  /// keeps an undone note's words, the second copies the action whole and reviews it.
  let ids = ["2026-11-20T1900-weekly", "2026-11-27T1900-weekly"]

  init() throws {
    fixture = try PodFixture()
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/v1-sessions").path
    for id in ids {
      try FileManager.default.createDirectory(
        atPath: fixture.pod.sessionPath(id), withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: source + "/" + id + "/" + Journal.fileName, toPath: fixture.pod.journalPath(id))
    }
  }

  func journal(_ id: String) throws -> String {
    try String(contentsOfFile: pod.journalPath(id), encoding: .utf8)
  }

  /// Each session's report, as `show --json` gives it.
  func reports() throws -> [SessionReport?] {
    try ids.map { id in
      let state = try pod.loadSession(id).state
      return state.report(at: state.endedAt ?? Date())
    }
  }

  /// Each session's records: their sequence numbers, times and kinds of event.
  func shapes() throws -> [[String]] {
    try ids.map { id in
      try Journal.read(pod.journalPath(id)).records.map {
        "\($0.sequence) \(Timestamp.format($0.time)) \(String(describing: $0.event).prefix(12))"
      }
    }
  }

  @Test("the copied action becomes a reference, the undone note a tombstone; nothing else changes")
  func migrates() throws {
    #expect(try journal(ids[0]).contains("marmalade"))
    #expect(try journal(ids[1]).contains("custody"))
    let before = try reports()
    let shapesBefore = try shapes()
    #expect(before[1]?.actions.first?.text == "call the lawyer about custody")
    let migration = pod.migrateJournals(timeZone: .gmt)
    #expect(migration.rewritten == ids)
    #expect(migration.skipped.isEmpty)
    #expect(pod.sessionIDs() == ids)
    #expect(try shapes() == shapesBefore)
    #expect(try reports() == before)
    #expect(try !journal(ids[0]).contains("marmalade"))
    #expect(try journal(ids[0]).contains("custody"), "the session that wrote it keeps it")
    #expect(try !journal(ids[1]).contains("custody"))
    #expect(try journal(ids[1]).contains("Bo is moving in spring"))
    #expect(try journal(ids[1]).contains(#""carried":["2026-11-20T1900-weekly#6"]"#))
    #expect(filesHolding("marmalade", in: pod).isEmpty)
  }

  @Test("migrating again changes no byte")
  func idempotent() throws {
    _ = pod.migrateJournals(timeZone: .gmt)
    let once = try ids.map(journal)
    #expect(pod.migrateJournals(timeZone: .gmt) == PodDirectory.Migration())
    #expect(try ids.map(journal) == once)
  }

  @Test("once migrated, deleting the source leaves the words nowhere, and the review says so")
  func thenDeleted() throws {
    pod.migrateJournalsOnce(timeZone: .gmt)
    #expect(pod.search(try #require(SearchQuery("custody"))).sessions == 2)
    try pod.deleteSession(ids[0], timeZone: .gmt)
    #expect(filesHolding("custody", in: pod).isEmpty)
    #expect(pod.search(try #require(SearchQuery("custody"))).hits.isEmpty)
    let report = try pod.loadSession(ids[1]).state.report(at: Date())
    #expect(report?.actions.map(\.text) == [OpenAction.deletedText])
  }

  @Test("a journal a running meeting holds is skipped and migrated the next time")
  func heldJournalWaits() throws {
    let bytes = try journal(ids[1])
    var meeting: JournalWriter? = try JournalWriter(path: pod.journalPath(ids[1]))
    let first = pod.migrateJournalsOnce(timeZone: .gmt)
    #expect(meeting != nil)
    #expect(first.rewritten == [ids[0]])
    #expect(first.skipped == [ids[1]])
    #expect(try journal(ids[1]) == bytes)
    #expect(!FileManager.default.fileExists(atPath: pod.migrationMarkerPath))
    meeting = nil
    let second = pod.migrateJournalsOnce(timeZone: .gmt)
    #expect(second.rewritten == [ids[1]])
    #expect(try !journal(ids[1]).contains("custody"))
    #expect(FileManager.default.fileExists(atPath: pod.migrationMarkerPath))
  }

  @Test("the first open of the pod migrates it, and records that it did")
  func onOpen() throws {
    _ = try home.selectPod(named: BuiltIn.demoPod.name)
    #expect(try !journal(ids[1]).contains("custody"))
    #expect(FileManager.default.fileExists(atPath: pod.migrationMarkerPath))
    #expect(pod.migrateJournalsOnce() == PodDirectory.Migration())
  }

  @Test("a meeting of this version running, an undo in it, does not keep the marker away")
  func currentMeetingRuns() throws {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    try meeting.perform(.write(.note, "Secret marmalade recipe"))
    try meeting.perform(.undo)
    let migration = pod.migrateJournalsOnce(timeZone: .gmt)
    #expect(migration.rewritten == ids)
    #expect(migration.skipped.isEmpty)
    #expect(FileManager.default.fileExists(atPath: pod.migrationMarkerPath))
    try meeting.perform(.end)
  }

  @Test("a journal of version 1 that arrives after the marker (by sync) is migrated too")
  func arrivesLater() throws {
    pod.migrateJournalsOnce(timeZone: .gmt)
    #expect(FileManager.default.fileExists(atPath: pod.migrationMarkerPath))
    let late = "2026-12-04T1900-weekly"
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/v1-sessions/" + ids[1] + "/" + Journal.fileName).path
    try FileManager.default.createDirectory(
      atPath: pod.sessionPath(late), withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: source, toPath: pod.journalPath(late))
    #expect(try journal(late).contains("custody"))
    let migration = pod.migrateJournalsOnce(timeZone: .gmt)
    #expect(migration.rewritten == [late])
    #expect(try !journal(late).contains("custody"))
  }

  @Test("a migration that takes long says how far it is, and when it is done")
  func progress() throws {
    let told = Collected<String>(count: 100)
    let count = Counter()
    let migration = pod.migrateJournalsOnce(
      timeZone: .gmt,
      progress: { done, total in told.store("\(done) of \(total)", at: count.next()) },
      patience: 0)
    #expect(migration.rewritten == ids)
    #expect(told.parts.last == "2 of 2")
    try FileManager.default.removeItem(atPath: pod.migrationMarkerPath)
    let quiet = Counter()
    pod.migrateJournalsOnce(progress: { _, _ in _ = quiet.next() }, patience: 60)
    #expect(quiet.next() == 0, "a quick one says nothing")
  }
}

/// Counts calls from several threads.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func next() -> Int {
    lock.withLock {
      defer { value += 1 }
      return value
    }
  }
}
