import Foundation
import HearthTesting
import Testing

@testable import HearthCore

/// Agendas and people the tests meet with.
enum Fixture {
  static let members = ["Ana", "Bo", "Chen", "Dee"]

  static let arrival = AgendaItem(
    title: "Arrival round", kind: .round, timebox: 600, turnTimebox: 120, order: .roster,
    prompt: "How are you arriving?")
  static let stillness = AgendaItem(title: "Stillness", kind: .silence, timebox: 120)
  static let tea = AgendaItem(title: "Tea", kind: .break, timebox: 300)
  static let closing = AgendaItem(
    title: "Closing round", kind: .round, timebox: 300, turnTimebox: 60, order: .roster)
  static let untimed = AgendaItem(title: "Open floor", kind: .round)

  /// Arrival round, stillness, closing round.
  static let format = Format(name: "test", title: "Test", items: [arrival, stillness, closing])

  static func format(_ items: AgendaItem...) -> Format {
    Format(name: "test", title: "Test", items: items)
  }
}

/// A meeting driven the way the live screen drives it: each command is decided against the state,
/// stamped with the next sequence number and the test clock's time, then applied.
struct Rig {
  let clock = TestClock()
  var state = SessionState()

  /// Starts a meeting and, unless told otherwise, enters its first item (as `Meeting.start` does).
  init(
    format: Format = Fixture.format, attendees: [String] = Fixture.members,
    roles: [String: String] = ["facilitator": "Ana", "scribe": "Bo"], pod: String = "Test Pod",
    seed: UInt64 = 7, priorSessions: Int = 0, enterFirstItem: Bool = true
  ) {
    let start = SessionStart(
      id: "2026-11-27T1900-test", pod: pod, format: format, attendees: attendees,
      roles: roles, seed: seed, priorSessions: priorSessions)
    record([.started(start)])
    if enterFirstItem { perform(.nextItem) }
  }

  var now: Date { clock.now() }

  func advance(_ seconds: Double) { clock.advance(by: seconds) }

  /// Decides `command` now and applies its events if accepted.
  @discardableResult
  mutating func perform(_ command: Command) -> Decision {
    let decision = state.decide(command)
    if case .accept(let events) = decision { record(events) }
    return decision
  }

  /// Performs `command`, which must be accepted; returns the events it recorded.
  @discardableResult
  mutating func must(
    _ command: Command, sourceLocation: SourceLocation = #_sourceLocation
  ) -> [Event] {
    let decision = perform(command)
    guard case .accept(let events) = decision else {
      Issue.record("\(command) was refused: \(decision)", sourceLocation: sourceLocation)
      return []
    }
    return events
  }

  /// Performs `command`, which must be refused; returns the reason.
  @discardableResult
  mutating func refused(
    _ command: Command, sourceLocation: SourceLocation = #_sourceLocation
  ) -> String? {
    let decision = perform(command)
    guard case .refuse(let reason) = decision else {
      Issue.record("\(command) was accepted: \(decision)", sourceLocation: sourceLocation)
      return nil
    }
    return reason
  }

  /// Records events as if they happened now.
  mutating func record(_ events: [Event]) {
    for event in events {
      state.apply(EventRecord(sequence: state.lastSequence + 1, time: now, event: event))
    }
  }

  /// Gives the stick around: each member in turn speaks for `seconds`.
  mutating func speak(_ seconds: Double, times: Int) {
    for _ in 0..<times {
      must(.next)
      advance(seconds)
    }
  }

  /// The finished turns of item `index` as (member, seconds, passed).
  func turns(_ index: Int) -> [TurnSummary] {
    state.items[index].turns.map { TurnSummary($0.member, $0.seconds, $0.passed) }
  }
}

/// A finished turn, compared without its start time.
struct TurnSummary: Equatable, CustomStringConvertible {
  var member: String
  var seconds: Double
  var passed: Bool

  init(_ member: String, _ seconds: Double, _ passed: Bool = false) {
    self.member = member
    self.seconds = seconds
    self.passed = passed
  }

  var description: String { "\(member) \(seconds)s\(passed ? " passed" : "")" }
}

extension SessionState {
  /// Everything the facilitator sees, without the raw records and the last event's time.
  var derived: SessionState {
    var copy = self
    copy.records = []
    copy.lastEventAt = nil
    return copy
  }
}
