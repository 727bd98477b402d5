import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every file under `pod`'s folder that holds `word`, ignoring case, as `grep -ril` finds them.
func filesHolding(_ word: String, in pod: PodDirectory) -> [String] {
  let enumerator = FileManager.default.enumerator(atPath: pod.path)
  var found: [String] = []
  while let name = enumerator?.nextObject() as? String {
    let data = FileManager.default.contents(atPath: pod.path + "/" + name) ?? Data()
    if String(decoding: data, as: UTF8.self).localizedCaseInsensitiveContains(word) {
      found.append(name)
    }
  }
  return found
}

@Suite("Undo of a note erases its words from the journal")
struct UndoErasureTests {
  let scratch: Scratch
  let pod: PodDirectory
  let clock = TestClock()

  init() throws {
    scratch = try Scratch()
    pod = try Home(path: scratch.file("home")).ensureDemoPod()
  }

  func journalText(_ id: String) throws -> String {
    try String(contentsOfFile: pod.journalPath(id), encoding: .utf8)
  }

  func filesHolding(_ word: String) -> [String] { HearthStoreTests.filesHolding(word, in: pod) }

  @Test("words the indexes took in while the meeting ran are dropped with the undo")
  func indexes() throws {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    try meeting.perform(.next)
    clock.advance(by: 40)
    try meeting.perform(.write(.action, "Ask about the custody hearing"))
    // Another terminal lists and searches the pod meanwhile: both indexes hold the words.
    _ = pod.archive(limit: nil, withActions: true)
    #expect(pod.search(try #require(SearchQuery("custody"))).hits.count == 1)
    #expect(
      Set(filesHolding("custody")).isSuperset(of: [".index/search.tsv", ".index/sessions.tsv"]))
    try meeting.perform(.undo)
    #expect(filesHolding("custody").isEmpty)
    #expect(pod.search(try #require(SearchQuery("custody"))).hits.isEmpty)
    #expect(pod.archive().map(\.id) == [meeting.id])
  }

  @Test("the undone note becomes a tombstone: the same sequence numbers, the same meeting")
  func tombstone() throws {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    try meeting.perform(.next)
    clock.advance(by: 40)
    try meeting.perform(.write(.note, "Bo's custody hearing went badly"))
    let before = meeting.state.records
    clock.advance(by: 5)
    try meeting.perform(.undo)
    let undo = try #require(meeting.state.records.last)
    #expect(undo.event == .undone(sequence: before.count))

    #expect(!(try journalText(meeting.id)).contains("custody"))
    #expect(filesHolding("custody").isEmpty)
    let journal = try Journal.read(pod.journalPath(meeting.id))
    #expect(journal.records.map(\.sequence) == Array(1...before.count + 1))
    #expect(journal.records == meeting.state.records)
    let tombstone = try #require(journal.records.first { $0.sequence == before.count })
    #expect(
      tombstone.event == .noteAdded(Note(kind: .note, text: "", member: nil, owner: nil, item: 0)))
    #expect(tombstone.time == before.last?.time)

    // Folding the erased journal gives what folding the words and their undo gave.
    let unerased = SessionState(replaying: before + [undo])
    let replayed = SessionState(replaying: journal.records)
    #expect(replayed.notes == unerased.notes)
    #expect(replayed.items == unerased.items)
    #expect(replayed.activeSeconds(at: clock.now()) == unerased.activeSeconds(at: clock.now()))
    #expect(
      Transcript.markdown(replayed, at: clock.now(), timeZone: .gmt)
        == Transcript.markdown(unerased, at: clock.now(), timeZone: .gmt))
    #expect(try permissions(pod.journalPath(meeting.id)) == 0o600)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: pod.path).allSatisfy {
        !$0.contains(".tmp-")
      })
  }

  @Test("after the rewrite the meeting still holds the journal's lock and appends to it")
  func appendsAfterRewrite() throws {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    try meeting.perform(.write(.action, "@Chen calls the lawyer"))
    try meeting.perform(.undo)
    let path = pod.journalPath(meeting.id)
    #expect(Journal.isHeld(path))
    #expect(throws: StoreError.self) { _ = try JournalWriter(path: path) }
    try meeting.perform(.write(.decision, "Meet on Friday"))
    clock.advance(by: 60)
    try meeting.perform(.end)
    _ = try meeting.writeTranscript(timeZone: .gmt)
    let loaded = try pod.loadSession(meeting.id)
    #expect(loaded.state.records == meeting.state.records)
    #expect(loaded.state.notes.map(\.text) == ["Meet on Friday"])
    #expect(loaded.state.writtenActions.isEmpty)
    #expect(filesHolding("lawyer").isEmpty)
  }

  @Test("a crash between the undo and the rewrite: resume erases the words, drops a torn line")
  func resumeErases() throws {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    let id = meeting.id
    try meeting.perform(.write(.note, "the secret word is marmalade"))
    let records = meeting.state.records
    _ = consume meeting
    // What the journal held before the rewrite: the note's words, then its undo, then half a line.
    let undo = EventRecord(
      sequence: records.count + 1, time: clock.now(), event: .undone(sequence: records.count))
    try FileManager.default.removeItem(atPath: pod.journalPath(id))
    try Fixture.writeJournal(records + [undo], to: pod.journalPath(id))
    try appendRaw(#"{"v":1,"seq":"#, to: pod.journalPath(id))

    clock.advance(by: 30)
    let resumed = try Meeting.resume(in: pod, id: id, clock: clock)
    #expect(!(try journalText(id)).contains("marmalade"))
    #expect(filesHolding("marmalade").isEmpty)
    #expect(resumed.warnings.contains { $0.contains("cut off") })
    let journal = try Journal.read(pod.journalPath(id))
    #expect(journal.torn == nil)
    #expect(journal.records == resumed.state.records)
    #expect(resumed.state.notes.isEmpty)
    #expect(Fixture.kind(journal.records.last!.event) == "recovered")
  }

  @Test("undo of anything else rewrites nothing")
  func otherUndo() throws {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    try meeting.perform(.write(.note, "kept"))
    try meeting.perform(.next)
    let path = pod.journalPath(meeting.id)
    var before = stat()
    stat(path, &before)
    try meeting.perform(.undo)
    var after = stat()
    stat(path, &after)
    #expect(before.st_ino == after.st_ino)
    #expect(try journalText(meeting.id).contains("kept"))
  }
}
