import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

/// Three sessions a week apart: two ended with transcripts, the newest still open (no transcript).
struct SearchArchive: InPodFixture {
  let fixture: PodFixture
  var ids: [String] = []

  init() throws {
    fixture = try PodFixture()
    let notes: [[(Note.Kind, String)]] = [
      [(.note, "Coffee with José at the Café"), (.action, "@Bo books the café")],
      [(.decision, "Meet at the cafe monthly"), (.note, "Jose is away in March")],
      [(.note, "CAFÉ again, said josé")],
    ]
    for (index, written) in notes.enumerated() {
      let meeting = try Fixture.startDemo(in: pod, clock: clock)
      try meeting.perform(.next)
      clock.advance(by: 30)
      for (kind, text) in written { try meeting.perform(.write(kind, text)) }
      if index < 2 {
        try meeting.perform(.end)
        _ = try meeting.writeTranscript(timeZone: .gmt)
      }
      ids.append(meeting.id)
      clock.advance(by: 7 * 86_400)
    }
  }

  /// Makes every journal an hour old, so the index may trust what it read of them.
  func age() throws {
    for id in ids {
      try FileManager.default.setAttributes(
        [.modificationDate: Date() - 3600], ofItemAtPath: pod.journalPath(id))
    }
  }

  /// Makes the search index look written well after the journals last changed.
  func ageIndex() throws {
    try FileManager.default.setAttributes(
      [.modificationDate: Date() - 60], ofItemAtPath: pod.searchIndexPath)
  }

  func search(_ text: String) throws -> SearchResults {
    pod.search(try #require(SearchQuery(text)))
  }
}

@Suite("Searching a pod's sessions")
struct SearchStoreTests {
  let archive: SearchArchive

  init() throws { archive = try SearchArchive() }

  @Test("Accents and case are ignored; the newest session comes first, the open one included")
  func accents() throws {
    let results = try archive.search("jose")
    let notes = results.hits.filter { $0.kind == .note }
    #expect(
      notes.map(\.text) == [
        "CAFÉ again, said josé", "Jose is away in March", "Coffee with José at the Café",
      ])
    #expect(notes.map(\.session) == archive.ids.reversed())
    #expect(results.sessions == 3)
    #expect(results.warnings.isEmpty)
  }

  @Test("Every word must be in the same line")
  func severalWords() throws {
    let results = try archive.search("CAFE meet")
    #expect(results.hits.map(\.text) == ["Meet at the cafe monthly"])
    #expect(results.hits.first?.kind == .decision)
    #expect(results.hits.first?.item == "Arrival round")
    #expect(try archive.search("cafe march").hits.isEmpty)
  }

  @Test("Hits say when the session began, what kind of line it is and whom it is about")
  func context() throws {
    let hit = try #require(try archive.search("books").hits.first)
    #expect(hit.session == archive.ids[0])
    #expect(hit.started == Date(timeIntervalSince1970: 1_795_806_000))
    #expect(hit.kind == .action)
    #expect(hit.member == "Bo")
    let names = try archive.search("chen").hits
    #expect(names.allSatisfy { $0.member == "Chen" })
    #expect(Set(names.map(\.kind)) == [.member, .role])
  }

  @Test("Search reads what the journals say, never a transcript file")
  func ignoresTranscripts() throws {
    let queries = ["jose", "cafe", "books", "chen", "arrival", "how are you", "zzz"]
    let before = try queries.map { try archive.search($0).hits }
    #expect(before[1].count >= 4)
    // Transcripts worded differently (as a changed Markdown renderer would write them), and one
    // with a line only it holds: search answers as before.
    for id in archive.ids {
      let path = archive.pod.transcriptPath(id)
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      let reworded = text.replacingOccurrences(of: "## ", with: "### Part ")
        .replacingOccurrences(of: "**Decision:**", with: "Decided:")
        .replacingOccurrences(of: "- **Present:**", with: "Here:")
      try Files.writeAtomically(reworded + "\n- only in the transcript\n", to: path)
    }
    try FileManager.default.removeItem(atPath: archive.pod.searchIndexPath)
    #expect(try queries.map { try archive.search($0).hits } == before)
    #expect(try archive.search("ONLY transcript").hits.isEmpty)
    for id in archive.ids {
      try? FileManager.default.removeItem(atPath: archive.pod.transcriptPath(id))
    }
    try FileManager.default.removeItem(atPath: archive.pod.searchIndexPath)
    #expect(try queries.map { try archive.search($0).hits } == before)
  }

  @Test(
    "The search index is derived: written 0600, used while journals stand, read again when one changes"
  )
  func index() throws {
    try archive.age()
    let first = try archive.search("cafe")
    let path = archive.pod.searchIndexPath
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    // The index answers while the journals are as they were: a word only it holds is found.
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try Files.writeAtomically(text.replacingOccurrences(of: "monthly", with: "nightly"), to: path)
    try archive.ageIndex()
    #expect(try archive.search("nightly").hits.map(\.text) == ["Meet at the cafe nightly"])
    // A journal that grows is read again.
    let later = TestClock(Date(timeIntervalSince1970: 1_795_806_000 + 14 * 86_400 + 600))
    let meeting = try Meeting.resume(in: archive.pod, id: archive.ids[2], clock: later)
    try meeting.perform(.write(.note, "Café once more"))
    #expect(try archive.search("cafe").hits.count == first.hits.count + 1)
    // A damaged index is rebuilt from the journals, with the same answers.
    try Files.writeAtomically("hearth search index\t1\nS\tnonsense\n", to: path)
    #expect(try archive.search("cafe").hits.count == first.hits.count + 1)
    #expect(try archive.search("nightly").hits.isEmpty)
  }

  @Test("The index finds exactly what reading every session's record finds")
  func indexAgreesWithRecords() throws {
    try archive.age()
    let queries = [
      "jose", "JOSÉ", "cafe", "café meet", "books", "chen", "ana", "arrival", "round", "a",
      "é", "march jose", "@bo", "zzz", "cafe\\",
    ]
    let fresh = try queries.map { try archive.search($0).hits }
    try archive.ageIndex()
    let indexed = try queries.map { try archive.search($0).hits }
    #expect(indexed == fresh)
    #expect(fresh[0].count >= 3)
  }

  @Test("A deleted session's words are gone from the search index too")
  func deletion() throws {
    _ = try archive.search("cafe")
    try archive.pod.deleteSession(archive.ids[0])
    let text = try String(contentsOfFile: archive.pod.searchIndexPath, encoding: .utf8)
    #expect(!text.contains("Coffee with José"))
    #expect(text.contains("Jose is away in March"))
  }

  @Test("A damaged session is reported and the others are still searched")
  func damaged() throws {
    let broken = archive.pod.sessionPath("2026-12-31T1900-check-in")
    try Files.makeDirectory(broken)
    try Files.writeAtomically("not json\n{}\n", to: broken + "/journal.jsonl")
    let results = try archive.search("cafe")
    #expect(results.warnings.count == 1)
    #expect(results.sessions == 3)
  }
}
