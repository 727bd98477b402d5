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

  @Test("An ended session is searched in its transcript file, not its journal")
  func readsTranscripts() throws {
    let path = archive.pod.transcriptPath(archive.ids[1])
    try appendRaw("\n## 9. Extra\n\n- only in the transcript\n", to: path)
    let results = try archive.search("ONLY transcript")
    #expect(results.hits.map(\.item) == ["Extra"])
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
