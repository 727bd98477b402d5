import Foundation
import Testing

@testable import HearthCore

@Suite("The session report")
struct ReportTests {
  /// Arrival round: Ana 42.25 s, Bo passes after 3 s, Chen 61.04 s; stillness 2 min; closing
  /// round with Dee still speaking at the time of the report.
  static func meeting() -> Rig {
    var rig = Rig()
    rig.must(.next)
    rig.advance(42.25)
    rig.must(.next)
    rig.advance(3)
    rig.must(.pass)
    rig.advance(61.04)
    rig.must(.write(.decision, "We meet monthly"))
    rig.must(.write(.action, "@Dee books the room"))
    rig.must(.nextItem)
    rig.must(.write(.note, "Quiet"))
    rig.advance(120)
    rig.must(.nextItem)
    rig.must(.give(4))
    rig.advance(9.91)
    return rig
  }

  @Test("Turn, item and session seconds are reported to a tenth")
  func numbers() throws {
    let rig = Self.meeting()
    let report = try #require(rig.state.report(at: rig.now))
    #expect(report.id == "2026-11-27T1900-test")
    #expect(report.pod == "Test Pod")
    #expect(report.format == "test")
    #expect(report.started == Date(timeIntervalSince1970: 1_795_806_000))
    #expect(report.ended == nil)
    #expect(report.attendees == Fixture.members)
    #expect(report.roles == ["facilitator": "Ana", "scribe": "Bo"])
    #expect(report.items.map(\.title) == ["Arrival round", "Stillness", "Closing round"])
    #expect(report.items.map(\.kind) == [.round, .silence, .round])
    #expect(report.items.map(\.seconds) == [106.3, 120, 9.9])
    #expect(
      report.items[0].turns == [
        .init(member: "Ana", seconds: 42.3, passed: false),
        .init(member: "Bo", seconds: 3, passed: true),
        .init(member: "Chen", seconds: 61, passed: false),
      ])
    // The turn in progress is listed as it stands.
    #expect(report.items[2].turns == [.init(member: "Dee", seconds: 9.9, passed: false)])
    #expect(report.airtime == ["Ana": 42.3, "Bo": 3, "Chen": 61, "Dee": 9.9])
    #expect(report.seconds == 236.2)
  }

  @Test("Notes are reported under their item; actions are listed open with their owner")
  func notesAndActions() throws {
    let rig = Self.meeting()
    let report = try #require(rig.state.report(at: rig.now))
    #expect(
      report.items[0].notes == [
        .init(kind: .decision, text: "We meet monthly", member: "Chen", owner: nil),
        .init(kind: .action, text: "books the room", member: "Chen", owner: "Dee"),
      ])
    #expect(report.items[1].notes == [.init(kind: .note, text: "Quiet", member: nil, owner: nil)])
    #expect(report.actions == [.init(text: "books the room", owner: "Dee", status: "open")])
  }

  @Test("Reporting a live meeting does not end its turn")
  func reportLeavesStateAlone() throws {
    let rig = Self.meeting()
    let before = rig.state
    _ = try #require(rig.state.report(at: rig.now))
    #expect(rig.state == before)
    #expect(rig.state.holder == "Dee")
  }

  @Test("The ended time is reported, and time after the end does not count")
  func endedReport() throws {
    var rig = Self.meeting()
    rig.must(.end)
    let ended = rig.now
    rig.advance(3600)
    let report = try #require(rig.state.report(at: rig.now))
    #expect(report.ended == ended)
    #expect(report.seconds == 236.2)
    #expect(report.airtime["Dee"] == 9.9)
  }

  @Test("The JSON report has every documented field, ended null while open")
  func json() throws {
    let rig = Self.meeting()
    let report = try #require(rig.state.report(at: rig.now))
    let data = try JSONEncoder().encode(report)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in [
      "id", "pod", "format", "started", "ended", "attendees", "roles", "items", "airtime",
      "actions", "seconds",
    ] {
      #expect(object[key] != nil, "missing \(key)")
    }
    #expect(object["ended"] is NSNull)
    let items = try #require(object["items"] as? [[String: Any]])
    let note = try #require((items[1]["notes"] as? [[String: Any]])?.first)
    #expect(note["owner"] is NSNull)
    #expect(note["member"] is NSNull)
    #expect(note["kind"] as? String == "note")
    let action = try #require((object["actions"] as? [[String: Any]])?.first)
    #expect(action["status"] as? String == "open")
  }

  @Test("There is no report before the meeting starts")
  func noReport() {
    #expect(SessionState().report(at: Date()) == nil)
    #expect(Transcript.markdown(SessionState(), at: Date(), timeZone: .gmt).isEmpty)
  }
}
