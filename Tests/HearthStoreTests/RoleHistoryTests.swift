import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("Role history read from the journals")
struct RoleHistoryTests: InPodFixture {
  let fixture: PodFixture

  static let week = 7.0 * 86_400

  init() throws { fixture = try PodFixture() }

  /// Starts a meeting with these roles now, runs a little of it and closes its journal.
  @discardableResult
  func meet(
    _ roles: [String: String], format: Format = BuiltIn.checkIn, timeZone: TimeZone = .gmt
  ) throws -> String {
    let meeting = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: format, attendees: ["Ana", "Bo", "Chen", "Dee"],
      roles: roles, clock: clock, timeZone: timeZone, seed: 1)
    try meeting.perform(.next)
    clock.advance(by: 90)
    try meeting.perform(.write(.note, "Something to keep"))
    try meeting.perform(.end)
    return meeting.id
  }

  /// Makes a session directory holding `journal` as its journal (or no journal at all).
  func damagedSession(_ id: String, journal: String?) throws {
    try pod.createSession(id)
    if let journal {
      try Files.writeAtomically(journal, to: pod.journalPath(id))
    }
  }

  @Test("every session's role holders and start time, oldest first")
  func oldestFirst() throws {
    let first = ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Chen"]
    let second = ["facilitator": "Bo", "timekeeper": "Chen", "scribe": "Dee"]
    let third = ["facilitator": "Chen", "scribe": "Ana"]
    let start = clock.now()
    let ids = [try meet(first)]
    clock.advance(by: Self.week)
    let secondID = try meet(second)
    clock.advance(by: Self.week)
    let thirdID = try meet(third)
    #expect(
      pod.roleHistory() == [
        RoleHistoryEntry(session: ids[0], started: start, roles: first),
        RoleHistoryEntry(session: secondID, started: start + Self.week + 90, roles: second),
        RoleHistoryEntry(session: thirdID, started: start + 2 * Self.week + 180, roles: third),
      ])
  }

  @Test("a pod without sessions has no history")
  func noSessions() {
    #expect(pod.roleHistory().isEmpty)
    #expect(PodDirectory(path: scratch.file("nowhere")).roleHistory().isEmpty)
  }

  @Test("a first line longer than one read (many KB of agenda) is read whole")
  func longFirstLine() throws {
    let prompt = String(repeating: "What are you carrying in with you today? ", count: 40)
    let items = (1...24).map { AgendaItem(title: "Round \($0) 🌅", kind: .round, prompt: prompt) }
    let format = Format(name: "long", title: "Long", items: items)
    let roles = ["facilitator": "Dee", "timekeeper": "Zoë 🌱", "scribe": "李雷"]
    let id = try meet(roles, format: format)
    let journal = try #require(FileManager.default.contents(atPath: pod.journalPath(id)))
    let firstLine = try #require(journal.split(separator: 10).first)
    #expect(firstLine.count > 3 * 8192, "the start line spans several reads")
    #expect(pod.roleHistory().map(\.roles) == [roles])
  }

  @Test("sessions whose first line cannot be read are left out; the others are listed")
  func unreadableSkipped() throws {
    let good = ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Chen"]
    try meet(good)
    try damagedSession("2026-11-01T1900-empty", journal: "")
    try damagedSession("2026-11-02T1900-no-journal", journal: nil)
    try damagedSession("2026-11-03T1900-garbage", journal: "not json at all\n{}\n")
    let start = try Journal.line(for: Fixture.everyEvent[0])
    try damagedSession("2026-11-04T1900-torn", journal: String(start.prefix(start.count / 2)))
    try damagedSession(
      "2026-11-05T1900-no-start", journal: Journal.line(for: Fixture.everyEvent[1]))
    let newer = start.replacingOccurrences(of: "\"v\":2", with: "\"v\":99")
    #expect(newer != start)
    try damagedSession("2026-11-06T1900-newer", journal: newer + "\n")
    let history = pod.roleHistory()
    #expect(history.map(\.roles) == [good])
  }

  @Test("only the start counts: a damaged rest of the journal does not hide the session")
  func damagedTail() throws {
    let start = try Journal.line(for: Fixture.everyEvent[0])
    try damagedSession(
      "2026-11-27T1900-every-kind", journal: start + "\n{\"v\":1,\"seq\":2,garbage\n")
    let history = pod.roleHistory()
    #expect(history.map(\.roles) == [Fixture.session.roles])
    #expect(history.map(\.session) == ["2026-11-27T1900-every-kind"])
    #expect(history.map(\.started) == [Fixture.everyEvent[0].time])
  }

  @Test("a journal of just its start line, without a newline, still counts")
  func startWithoutNewline() throws {
    let start = try Journal.line(for: Fixture.everyEvent[0])
    try damagedSession("2026-11-27T1900-every-kind", journal: start)
    #expect(pod.roleHistory().map(\.roles) == [Fixture.session.roles])
  }

  @Test("ordered by when meetings started, even when ids from other time zones sort otherwise")
  func orderedByStart() throws {
    let first = ["facilitator": "Ana"]
    let later = ["facilitator": "Bo"]
    let firstID = try meet(first, timeZone: .gmt)
    clock.advance(by: 3600)
    let laterID = try meet(later, timeZone: try #require(TimeZone(secondsFromGMT: -5 * 3600)))
    #expect(laterID < firstID, "the later meeting's local-time id sorts first")
    #expect(pod.roleHistory().map(\.session) == [firstID, laterID])
    #expect(pod.roleHistory().map(\.roles) == [first, later])
  }

  @Test("fed to the rotation, the history moves each role on to the next person")
  func drivesRotation() throws {
    let members = BuiltIn.demoPod.members.map(\.name)
    var held: [[String: String]] = []
    for _ in 0..<members.count {
      let roles = Rotation.suggest(
        roles: BuiltIn.demoPod.roles, present: members, roster: members,
        history: pod.roleHistory().map(\.roles))
      try meet(roles)
      held.append(roles)
      clock.advance(by: Self.week)
    }
    #expect(pod.roleHistory().map(\.roles) == held)
    for role in BuiltIn.demoPod.roles {
      #expect(held.compactMap { $0[role] }.sorted() == members.sorted(), "\(role)")
    }
  }
}
