import Foundation
import HearthCore
import Testing

@testable import HearthStore

@Suite("Damaged journals")
struct JournalDamageTests {
  let scratch: Scratch
  let path: String
  let records = Array(Fixture.everyEvent.prefix(6))
  /// `records` as the journal gives them back.
  var read: [EventRecord] { Fixture.asRead(records) }

  init() throws {
    scratch = try Scratch()
    path = scratch.file(Journal.fileName)
  }

  /// Writes `lines` to the journal as they are.
  func write(_ lines: [String]) throws {
    try lines.joined().write(toFile: path, atomically: false, encoding: .utf8)
  }

  // MARK: A torn last line

  @Test("A torn last line is dropped with a warning; the records before it are kept")
  func tornLastLine() throws {
    try Fixture.writeJournal(records, to: path)
    let fragment = #"{"v":1,"seq":7,"at":"2026-11-27T19:0"#
    try appendRaw(fragment, to: path)
    let contents = try Journal.read(path)
    #expect(contents.records == read)
    #expect(contents.torn == Array(fragment.utf8))
    #expect(contents.warnings.count == 1)
    #expect(contents.warnings.first?.hasPrefix("\(path):7: the last line was cut off") == true)
  }

  @Test("Repairing cuts the torn line off, keeps it aside, and later appends read back")
  func repairTornLine() throws {
    try Fixture.writeJournal(records, to: path)
    let fragment = #"{"v":1,"seq":7,"at":"2026-11-27T19:0"#
    try appendRaw(fragment, to: path)
    let contents = try Journal.read(path)
    let writer = try JournalWriter(path: path, repairing: contents)
    let next = EventRecord(
      sequence: 7, time: Fixture.start.addingTimeInterval(900), event: .stickGiven(member: "Ana"))
    try writer.append(next)
    let repaired = try Journal.read(path)
    #expect(repaired.records == read + [next])
    #expect(repaired.warnings.isEmpty)
    let aside = try String(contentsOfFile: path + ".torn", encoding: .utf8)
    #expect(aside == fragment)
    #expect(try permissions(path + ".torn") == 0o600)
  }

  @Test("Without repair, a torn line would corrupt the journal once more is appended")
  func tornWithoutRepair() throws {
    try Fixture.writeJournal(records, to: path)
    try appendRaw(#"{"v":1,"seq":7"#, to: path)
    let writer = try JournalWriter(path: path)
    try writer.append(
      EventRecord(sequence: 7, time: Fixture.start.addingTimeInterval(900), event: .paused))
    let error = storeError { _ = try Journal.read(path) }
    #expect(error?.line == 7)
  }

  @Test("A torn line after blank lines is still the last line")
  func tornAfterBlankLine() throws {
    try write(try Fixture.lines(records) + ["\n", "  \n", #"{"v":1,"seq""#])
    let contents = try Journal.read(path)
    #expect(contents.records == read)
    #expect(contents.warnings.first?.contains(":9:") == true)
  }

  // MARK: Corruption before the last line

  @Test("A line that is not JSON, before the last, is an error at its line and column")
  func corruptMiddleLine() throws {
    var lines = try Fixture.lines(records)
    let broken =
      #"{"v":1,"seq":3,"at":"2026-11-27T19:02:03.250Z","event":{"type":"stickGiven","member":}}"#
    lines[2] = broken + "\n"
    try write(lines)
    let error = try #require(storeError { _ = try Journal.read(path) })
    #expect(error.path == path)
    #expect(error.line == 3)
    let column = try #require(error.column)
    #expect(
      column
        == broken.firstIndex(of: "}").map { broken.distance(from: broken.startIndex, to: $0) + 1 })
    #expect(error.message == "not valid JSON")
    #expect(error.description == "\(path):3:\(column): not valid JSON")
  }

  @Test("A line missing a field names the field")
  func missingField() throws {
    var lines = try Fixture.lines(records)
    lines[1] =
      #"{"v":1,"seq":2,"at":"2026-11-27T19:01:01.750Z","event":{"type":"stickGiven"}}"# + "\n"
    try write(lines)
    let error = try #require(storeError { _ = try Journal.read(path) })
    #expect(error.line == 2)
    #expect(error.message.contains("'member'"))
    #expect(error.description.hasPrefix("\(path):2:"))
  }

  @Test("A time that is not ISO 8601 is an error")
  func badTime() throws {
    var lines = try Fixture.lines(records)
    lines[3] = #"{"v":1,"seq":4,"at":"yesterday","event":{"type":"paused"}}"# + "\n"
    try write(lines)
    let error = try #require(storeError { _ = try Journal.read(path) })
    #expect(error.line == 4)
    #expect(error.message.contains("'yesterday' is not an ISO 8601 time"))
  }

  @Test("An unknown event type before the last line is an error")
  func unknownEvent() throws {
    var lines = try Fixture.lines(records)
    lines[1] = #"{"v":1,"seq":2,"at":"2026-11-27T19:01:01.750Z","event":{"type":"shrug"}}"# + "\n"
    try write(lines)
    let error = try #require(storeError { _ = try Journal.read(path) })
    #expect(error.line == 2)
    #expect(error.message.contains("event.type"))
  }

  // MARK: Sequence numbers and versions

  @Test("A sequence number out of order is an error, even on the last line")
  func wrongSequence() throws {
    var lines = try Fixture.lines(records)
    lines[5] =
      try Journal.line(
        for: EventRecord(sequence: 5, time: records[5].time, event: records[5].event)) + "\n"
    try write(lines)
    let error = try #require(storeError { _ = try Journal.read(path) })
    #expect(error.line == 6)
    #expect(error.message == "sequence number 5 where 6 was expected")
    #expect(error.description == "\(path):6:1: sequence number 5 where 6 was expected")
  }

  @Test("A journal must start at sequence number 1")
  func firstSequence() throws {
    let shifted = records.map {
      EventRecord(sequence: $0.sequence + 1, time: $0.time, event: $0.event)
    }
    try write(try Fixture.lines(shifted))
    let error = try #require(storeError { _ = try Journal.read(path) })
    #expect(error.line == 1)
    #expect(error.message == "sequence number 2 where 1 was expected")
  }

  @Test("A journal written by a newer Hearth is an error, not something to drop")
  func newerVersion() throws {
    var lines = try Fixture.lines(records)
    lines[2] = #"{"v":99,"seq":3,"at":"2026-11-27T19:02:03.250Z","event":{"type":"paused"}}"# + "\n"
    try write(lines)
    let error = try #require(storeError { _ = try Journal.read(path) })
    #expect(error.line == 3)
    #expect(error.message == "written by a newer Hearth (format version 99)")
  }

  @Test("A newer Hearth's last line with an event this one does not know is an error too")
  func newerVersionUnknownEventLast() throws {
    let lines =
      try Fixture.lines(records) + [
        #"{"v":99,"seq":7,"at":"2026-11-27T19:10:00.000Z","event":{"type":"handRaised","member":"Ana"}}"#
          + "\n"
      ]
    try write(lines)
    let error = try #require(storeError { _ = try Journal.read(path) })
    #expect(error.line == 7)
    #expect(error.message == "written by a newer Hearth (format version 99)")
  }
}
