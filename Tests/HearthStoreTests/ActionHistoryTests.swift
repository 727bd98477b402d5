import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

/// Tests that hold the demo pod's weekly meetings, with an action review.
protocol WeeklyMeetings: InPodFixture {}

extension WeeklyMeetings {
  /// A weekly meeting of the demo pod (arrival round, action review, closing round), begun now.
  func start(timeZone: TimeZone = .gmt) throws -> Meeting {
    try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: ActionHistoryTests.format,
      attendees: ["Ana", "Bo", "Chen", "Dee"], roles: ["facilitator": "Ana"], clock: clock,
      timeZone: timeZone, seed: 1)
  }

  /// A week later, a new meeting on its action review.
  func nextWeek() throws -> Meeting {
    clock.advance(by: 7 * 86_400)
    let meeting = try start()
    try meeting.perform(.nextItem)
    return meeting
  }
}

@Suite("Open actions carried from session to session")
struct ActionHistoryTests: WeeklyMeetings {
  let fixture: PodFixture
  init() throws { fixture = try PodFixture() }

  /// Arrival round, action review, closing round.
  static let format = Format(
    name: "weekly", title: "Weekly",
    items: [
      AgendaItem(title: "Arrival round", kind: .round, timebox: 300, order: .roster),
      AgendaItem(title: "Action review", kind: .actions, timebox: 300),
      AgendaItem(title: "Closing round", kind: .round, timebox: 300, order: .roster),
    ])

  @Test("The first meeting has nothing to review; its actions are open for the next")
  func firstMeeting() throws {
    #expect(pod.openActions().isEmpty)
    let meeting = try start()
    #expect(meeting.state.actionsToReview.isEmpty)
    try meeting.perform(.write(.action, "@Bo books the room 🏠"))
    let sequence = meeting.state.lastSequence
    try meeting.perform(.write(.action, "Send the notes"))
    try meeting.perform(.end)
    #expect(
      pod.openActions() == [
        OpenAction(
          id: "\(meeting.id)#\(sequence)", text: "books the room 🏠", owner: "Bo",
          session: meeting.id, written: clock.now()),
        OpenAction(
          id: "\(meeting.id)#\(sequence + 1)", text: "Send the notes", owner: nil,
          session: meeting.id, written: clock.now()),
      ])
  }

  @Test("Meeting.start carries the open actions of earlier sessions into the new one")
  func startPicksUpOpenActions() throws {
    let first = try start()
    try first.perform(.write(.action, "@Bo books the room"))
    try first.perform(.write(.action, "Dee: asks about a venue"))
    try first.perform(.write(.action, "@Chen prints the agenda"))
    try first.perform(.end)

    let second = try nextWeek()
    #expect(
      second.state.actionsToReview.map(\.text) == [
        "books the room", "asks about a venue", "prints the agenda",
      ])
    #expect(second.state.actionsToReview.allSatisfy { $0.session == first.id })
    try second.perform(.reviewAction(1, .carried))
    try second.perform(.reviewAction(2, .dropped))
    try second.perform(.write(.action, "@Ana writes the summary"))
    try second.perform(.end)

    let third = try nextWeek()
    #expect(
      third.state.actionsToReview.map(\.text) == [
        "books the room", "prints the agenda", "writes the summary",
      ])
    try third.perform(.reviewAction(1, .done))
    try third.perform(.end)

    let fourth = try nextWeek()
    #expect(
      fourth.state.actionsToReview.map(\.text) == [
        "prints the agenda", "writes the summary",
      ])
    // The start on disk carries them too.
    let loaded = try pod.loadSession(fourth.id)
    #expect(loaded.state.actionsToReview == fourth.state.actionsToReview)
  }

  @Test("Reviews are written to the journal and a resumed meeting keeps them")
  func resumeKeepsReviews() throws {
    do {
      let first = try start()
      try first.perform(.write(.action, "@Bo books the room"))
      try first.perform(.end)
    }
    let before: SessionState
    let id: String
    do {
      let second = try nextWeek()
      try second.perform(.reviewAction(1, .done))
      try second.perform(.leave)
      before = second.state
      id = second.id
    }
    let line = try #require(
      try String(contentsOfFile: pod.journalPath(id), encoding: .utf8)
        .split(separator: "\n").first { $0.contains("actionReviewed") })
    let event = try #require(
      (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["event"]
        as? [String: Any])
    #expect(event["type"] as? String == "actionReviewed")
    #expect(event["action"] as? String == before.actionsToReview[0].id)
    #expect(event["status"] as? String == "done")
    let resumed = try Meeting.resume(in: pod, id: id, clock: clock)
    #expect(resumed.state.actionsToReview == before.actionsToReview)
    #expect(resumed.state.actionStatus(of: before.actionsToReview[0].id) == .done)
    #expect(pod.openActions().isEmpty)
  }

  @Test("A damaged journal, or a session without one, is left out")
  func damagedSkipped() throws {
    let first = try start()
    try first.perform(.write(.action, "@Bo books the room"))
    try first.perform(.end)
    try pod.createSession("2026-11-28T1900-weekly")
    try Files.writeAtomically(
      "not json\n" + (try Journal.line(for: first.state.records[0])) + "\n",
      to: pod.journalPath("2026-11-28T1900-weekly"))
    try pod.createSession("2026-11-29T1900-weekly")
    #expect(pod.openActions().map(\.text) == ["books the room"])
  }

  @Test("Sessions are taken in the order they started, whatever their ids' time zones")
  func startOrder() throws {
    // Started first, far east: its id sorts after the next meeting's.
    let east = try start(timeZone: TimeZone(secondsFromGMT: 14 * 3600) ?? .gmt)
    try east.perform(.write(.action, "@Bo books the room"))
    try east.perform(.end)
    clock.advance(by: 2 * 3600)
    let later = try start()
    #expect(later.id < east.id)
    try later.perform(.nextItem)
    try later.perform(.reviewAction(1, .done))
    try later.perform(.end)
    #expect(pod.openActions().isEmpty)
  }

  @Test("Closing an action records when, in which session and by whom; carrying counts")
  func closedActions() throws {
    let first = try start()
    try first.perform(.write(.action, "@Bo books the room"))
    try first.perform(.write(.action, "@Chen prints the agenda"))
    try first.perform(.end)

    let second = try nextWeek()
    try second.perform(.reviewAction(2, .carried))
    clock.advance(by: 90)
    let closedAt = clock.now()
    try second.perform(.reviewAction(1, .done))
    try second.perform(.end)

    let ledger = pod.actionLedger()
    #expect(ledger.open.map(\.text) == ["prints the agenda"])
    #expect(ledger.carried == [ledger.open[0].id: 1])
    let closed = try #require(ledger.closed.first)
    #expect(ledger.closed.count == 1)
    #expect(closed.action.text == "books the room")
    #expect(closed.status == .done)
    #expect(closed.closed == closedAt)
    #expect(closed.session == second.id)
    #expect(closed.by == "Ana")
  }

  @Test("The ledger read through the index is the one the journals give")
  func servedFromIndex() throws {
    let first = try start()
    try first.perform(.write(.action, "@Bo books the room\twith a tab"))
    try first.perform(.write(.action, "Send the notes"))
    try first.perform(.end)
    let second = try nextWeek()
    try second.perform(.reviewAction(1, .dropped))
    try second.perform(.reviewAction(2, .carried))
    try second.perform(.end)

    let fromJournals = pod.actionLedger()
    // Age the journals so the index trusts them, write it, then blank every journal behind its
    // back (same size, same time): only the index can still tell the actions.
    let old = Date(timeIntervalSinceNow: -3600)
    for id in pod.sessionIDs() {
      try FileManager.default.setAttributes(
        [.modificationDate: old], ofItemAtPath: pod.journalPath(id))
    }
    _ = pod.archive()
    // A read without actions that rebuilds one entry writes the other's line back untouched.
    try FileManager.default.setAttributes(
      [.modificationDate: old - 60], ofItemAtPath: pod.journalPath(second.id))
    _ = pod.archive()
    for id in pod.sessionIDs() {
      let path = pod.journalPath(id)
      let size = try #require(FileManager.default.contents(atPath: path)).count
      try Files.writeAtomically(String(repeating: " ", count: size), to: path)
      let time = id == second.id ? old - 60 : old
      try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: path)
    }
    #expect(fromJournals.open.map(\.text) == ["Send the notes"])
    #expect(pod.actionLedger() == fromJournals)
  }

  @Test("What a meeting's start reads at once is what each reader gives on its own")
  func meetingHistory() throws {
    let first = try start()
    try first.perform(.write(.action, "@Bo books the room"))
    try first.perform(.write(.action, "Send the notes"))
    try first.perform(.end)
    let second = try nextWeek()
    try second.perform(.reviewAction(1, .done))
    try second.perform(.write(.action, "@Ana writes the summary"))
    // The second meeting is left open: the one `hearth meet` asks about.
    let past = pod.meetingHistory(withActions: true)
    #expect(past.openSession == second.id && past.openSession == pod.openSessionID())
    #expect(past.roles == pod.roleHistory() && past.roles.count == 2)
    #expect(past.openActions == pod.openActions())
    #expect(past.openActions?.map(\.text) == ["Send the notes", "writes the summary"])
    #expect(pod.meetingHistory(withActions: false).openActions == nil)
    // Handed to the next meeting, they are what it carries, as if it had read them itself.
    try second.perform(.end)
    clock.advance(by: 7 * 86_400)
    let given = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: Self.format, attendees: ["Ana", "Bo"],
      roles: [:], clock: clock, timeZone: .gmt, seed: 1,
      openActions: pod.meetingHistory(withActions: true).openActions)
    #expect(
      given.state.actionsToReview.map(\.text) == ["Send the notes", "writes the summary"])
  }
}
