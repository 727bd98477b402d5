import Foundation
import Testing

@testable import HearthCore

@Suite("Numbers from files are bounded; time arithmetic cannot trap")
struct BoundsTests {
  @Test("A duration is at most 24 hours, however many digits it is written with")
  func durationText() throws {
    #expect(try DurationText.seconds(in: "24h") == 86_400)
    #expect(try DurationText.seconds(in: "23h59m60s") == 86_400)
    for text in ["9999999999999999h", "24h1s", "1441m", "86401s", "99999999999999999999999s"] {
      #expect(
        throws: DurationText.Problem(message: "'\(text)' is longer than 24 hours (24h at most)")
      ) {
        try DurationText.seconds(in: text)
      }
    }
  }

  @Test("+ past 24 hours is refused with a reason, on a turn and on an item")
  func adjustCeiling() throws {
    let long = AgendaItem(
      title: "Long", kind: .round, timebox: 86_340, turnTimebox: 86_340, order: .roster)
    var rig = Rig(format: Fixture.format(long))
    rig.must(.adjust(minutes: 1))
    #expect(rig.refused(.adjust(minutes: 1)) == "An item is at most 24 hours; it has 24:00:00.")
    rig.must(.next)
    rig.must(.adjust(minutes: 1))
    #expect(rig.refused(.adjust(minutes: 1)) == "A turn is at most 24 hours; it has 24:00:00.")
    #expect(rig.state.turnTimer(at: rig.now)?.timebox == 86_400)
    #expect(rig.refused(.adjust(minutes: .max)) == "A timebox is at most 24 hours.")
    #expect(rig.refused(.adjust(minutes: .min)) == "A timebox is at most 24 hours.")
    rig.must(.adjust(minutes: -1))
  }

  @Test("A session holding the largest numbers still gives timers, reports and transcripts")
  func hugeValuesDoNotTrap() throws {
    let huge = AgendaItem(
      title: "Huge", kind: .round, timebox: .max, turnTimebox: .max, order: .roster)
    var rig = Rig(format: Fixture.format(huge, huge))
    rig.must(.next)
    rig.record([.turnExtended(seconds: .max), .itemExtended(seconds: .max)])
    let later = rig.now.addingTimeInterval(1e15)
    let turn = try #require(rig.state.turnTimer(at: later))
    #expect(turn.timebox == .max)
    #expect(turn.elapsed == 1_000_000_000_000)
    #expect(rig.state.sessionTimer(at: later).timebox == .max)
    #expect(rig.state.start?.format.plannedSeconds == .max)
    #expect(
      rig.refused(.adjust(minutes: 1))
        == "A turn is at most 24 hours; it has 2562047788015215:30:07.")
    rig.record([.turnExtended(seconds: .min), .turnExtended(seconds: .min)])
    #expect(rig.state.turnTimer(at: later)?.timebox == 0)
    #expect(rig.state.report(at: later) != nil)
    #expect(Transcript.markdown(rig.state, at: later, timeZone: .gmt).contains("Huge"))
    #expect(TranscriptHTML.page(rig.state, at: later, timeZone: .gmt).contains("Huge"))
  }

  @Test("Timer text takes any whole number, and any double, without trapping")
  func timeText() {
    #expect(TimeText.clock(.min) == "-2562047788015215:30:08")
    #expect(TimeText.countdown(.min) == "+2562047788015215:30:08")
    #expect(TimeText.countdown(-12) == "+0:12")
    #expect(TimeText.words(.min).hasPrefix("2562047788015215 hours"))
    #expect(TimeText.spoken(.nan) == "0s")
    #expect(TimeText.spoken(.infinity) == "277777777h 46m")
    #expect(TimeText.spoken(-.infinity) == "-1000000000000s")
    #expect(Bounds.whole(.nan) == 0)
    #expect(Bounds.whole(1e300) == 1_000_000_000_000)
    #expect(Bounds.sum(.max, 1) == .max)
    #expect(Bounds.sum(.min, -1) == .min)
  }

  @Test("A journal record with a number no Hearth writes says which and why")
  func recordProblems() {
    let time = Date(timeIntervalSince1970: 1_795_806_000)
    var format = Fixture.format
    format.items[0].timebox = .max
    func start(_ change: (inout SessionStart) -> Void = { _ in }) -> EventRecord {
      var session = SessionStart(
        id: "s", pod: "p", format: Fixture.format, attendees: ["Ana"], roles: [:], seed: 1,
        priorSessions: 0)
      change(&session)
      return EventRecord(sequence: 1, time: time, event: .started(session))
    }
    #expect(start().problem(after: nil) == nil)
    #expect(
      start { $0.format = format }.problem(after: nil)
        == "the format's item 1: its timebox must be at most 24 hours (86400 seconds), not "
        + "9223372036854775807 seconds")
    #expect(
      start { $0.warning = 0 }.problem(after: nil)
        == "the pod's warning must be longer than 0 seconds")
    #expect(start { $0.commitment = 1001 }.problem(after: nil) != nil)
    #expect(start { $0.priorSessions = -1 }.problem(after: nil) != nil)
    func later(_ event: Event, seconds: Double = 60, sequence: Int = 5) -> String? {
      EventRecord(sequence: sequence, time: time.addingTimeInterval(seconds), event: event)
        .problem(after: start())
    }
    #expect(later(.turnExtended(seconds: 86_400)) == nil)
    #expect(
      later(.itemExtended(seconds: -86_401))
        == "a timebox changes by -86401 seconds; 24 hours (86400) at most")
    #expect(later(.itemEntered(index: 2, order: [])) == nil)
    #expect(later(.itemEntered(index: 3, order: [])) == "it enters item 4 of an agenda of 3")
    #expect(later(.undone(sequence: 4)) == nil)
    #expect(later(.undone(sequence: 5)) == "event 5 undoes event 5, which does not come before it")
    #expect(later(.paused, seconds: 3 * 365 * 86_400) == nil)
    #expect(
      later(.paused, seconds: -2 * 86_400)?.hasPrefix("event 5 is dated a day or more before")
        == true)
    #expect(
      later(.paused, seconds: 11 * 366 * 86_400)?.hasPrefix("event 5 is dated ten years") == true)
  }
}
