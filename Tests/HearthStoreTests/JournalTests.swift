import Foundation
import HearthCore
import Testing

@testable import HearthStore

@Suite("Writing and reading the journal")
struct JournalTests {
  let scratch: Scratch
  init() throws { scratch = try Scratch() }

  @Test("Every kind of event is in the round-trip fixture")
  func fixtureCoversEveryEvent() {
    let kinds = Set(Fixture.everyEvent.map { Fixture.kind($0.event) })
    #expect(kinds.count == Fixture.eventKindCount)
  }

  @Test("Every event written with JournalWriter reads back as it was written")
  func roundTrip() throws {
    let path = scratch.file(Journal.fileName)
    try Fixture.writeJournal(Fixture.everyEvent, to: path)
    let contents = try Journal.read(path)
    #expect(contents.records == Fixture.asRead(Fixture.everyEvent))
    #expect(contents.warnings.isEmpty)
    #expect(contents.torn == nil)
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)
    #expect(contents.goodLength == size.intValue)
    let replayed = SessionState(replaying: contents.records)
    #expect(replayed == SessionState(replaying: Fixture.asRead(Fixture.everyEvent)))
  }

  @Test("A journal opened again appends after what is there")
  func appendAfterReopen() throws {
    let path = scratch.file(Journal.fileName)
    let records = Fixture.everyEvent
    try Fixture.writeJournal(Array(records[..<5]), to: path)
    let writer = try JournalWriter(path: path, repairing: try Journal.read(path))
    for record in records[5...] { try writer.append(record) }
    #expect(try Journal.read(path).records == Fixture.asRead(records))
  }

  @Test("Each line carries the format version, sequence, UTC time and typed event")
  func lineShape() throws {
    let path = scratch.file(Journal.fileName)
    try Fixture.writeJournal(Fixture.everyEvent, to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasSuffix("\n"))
    let lines = text.split(separator: "\n")
    #expect(lines.count == Fixture.everyEvent.count)
    for (line, record) in zip(lines, Fixture.everyEvent) {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["v"] as? Int == 2)
      #expect(object["seq"] as? Int == record.sequence)
      #expect(object["at"] as? String == Timestamp.format(record.time))
      let event = try #require(object["event"] as? [String: Any])
      #expect(event["type"] as? String == Fixture.kind(record.event))
    }
    // Names stay readable in the file, not \u-escaped.
    #expect(lines[2].contains(#""member":"Zoë 🌱""#))
  }

  @Test("Unicode, quotes and backslashes in names and notes survive the journal")
  func unicodeText() throws {
    let path = scratch.file(Journal.fileName)
    try Fixture.writeJournal(Fixture.everyEvent, to: path)
    let records = try Journal.read(path).records
    guard case .started(let start) = records[0].event else {
      Issue.record("the first record is not a start")
      return
    }
    #expect(start.attendees == Fixture.members)
    #expect(start.pod == "Pod ☕️ \"Tuesday\"")
    #expect(start.seed == 0x1F_FFFF_FFFF_FFFF)
    guard case .noteAdded(let note) = records[11].event else {
      Issue.record("record 12 is not a note")
      return
    }
    #expect(note.text == "Tea ☕️ \"quoted\" \\ back / slash 👩‍👩‍👧 ünïcode")
  }

  @Test("A missing journal is an error naming the file")
  func missing() {
    let path = scratch.file("nowhere/journal.jsonl")
    let error = storeError { _ = try Journal.read(path) }
    #expect(error?.path == path)
  }

  @Test("An empty journal has no records")
  func empty() throws {
    let path = scratch.file(Journal.fileName)
    _ = try JournalWriter(path: path)
    let contents = try Journal.read(path)
    #expect(contents.records.isEmpty)
    #expect(contents.warnings.isEmpty)
  }
}
