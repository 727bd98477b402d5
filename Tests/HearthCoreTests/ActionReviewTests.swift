import Foundation
import Testing

@testable import HearthCore

/// Sessions of a pod whose agenda reviews earlier actions, a week apart.
enum ActionFixture {
  /// Arrival round, action review, closing round.
  static let format = Fixture.format(
    Fixture.arrival, AgendaItem(title: "Action review", kind: .actions, timebox: 300),
    Fixture.closing)

  static let first = Date(timeIntervalSince1970: 1_795_806_000)

  static let room = OpenAction(
    id: "2026-11-13T1900-test#5", text: "@Bo books the room", owner: "Bo",
    session: "2026-11-13T1900-test", written: first.addingTimeInterval(-14 * 86_400 + 300))
  static let notes = OpenAction(
    id: "2026-11-20T1900-test#9", text: "Send the notes", owner: nil,
    session: "2026-11-20T1900-test", written: first.addingTimeInterval(-7 * 86_400 + 600))
  static let venue = OpenAction(
    id: "2026-11-20T1900-test#12", text: "Dee: ask about a new venue", owner: "Dee",
    session: "2026-11-20T1900-test", written: first.addingTimeInterval(-7 * 86_400 + 900))
}

extension Rig {
  /// A meeting `id` that begins `weeksLater` weeks after the usual start, with `openActions`
  /// carried into it, on its first item.
  init(
    session id: String, weeksLater: Int = 0, openActions: [OpenAction],
    format: Format = ActionFixture.format
  ) {
    self.init(format: format, enterFirstItem: false)
    advance(Double(weeksLater) * 7 * 86_400)
    state = SessionState()
    let start = SessionStart(
      id: id, pod: "Test Pod", format: format, attendees: Fixture.members,
      roles: ["facilitator": "Ana"], seed: 7, priorSessions: weeksLater, openActions: openActions)
    record([.started(start)])
    perform(.nextItem)
  }

  /// A meeting with the fixture's three open actions, in its action review.
  static func reviewing() -> Rig {
    var rig = Rig(
      session: "2026-11-27T1900-test",
      openActions: [ActionFixture.room, ActionFixture.notes, ActionFixture.venue])
    rig.must(.nextItem)
    return rig
  }
}

@Suite("Reviewing open actions")
struct ActionReviewTests {
  @Test(
    "x z c mark the chosen action done, dropped or carried",
    arguments: [ActionStatus.done, .dropped, .carried])
  func review(status: ActionStatus) {
    var rig = Rig.reviewing()
    let events = rig.must(.reviewAction(2, status))
    #expect(events == [.actionReviewed(id: ActionFixture.notes.id, status: status)])
    #expect(rig.state.actionStatus(of: ActionFixture.notes.id) == status)
    #expect(rig.state.actionStatus(of: ActionFixture.room.id) == .open)
    #expect(
      rig.state.reviewedActions == [ActionReview(action: ActionFixture.notes, status: status)])
  }

  @Test("A review can be changed to another status, not repeated")
  func changeOfMind() {
    var rig = Rig.reviewing()
    rig.must(.reviewAction(1, .done))
    #expect(rig.refused(.reviewAction(1, .done)) == "Action 1 is already marked done.")
    rig.must(.reviewAction(1, .carried))
    #expect(rig.state.actionStatus(of: ActionFixture.room.id) == .carried)
    #expect(rig.state.reviewedActions.count == 1)
  }

  @Test("u cancels the last review, and only it")
  func undoReview() {
    var rig = Rig.reviewing()
    rig.must(.reviewAction(1, .done))
    rig.must(.reviewAction(3, .dropped))
    let undone = rig.must(.undo)
    #expect(undone == [.undone(sequence: rig.state.lastSequence - 1)])
    #expect(rig.state.actionStatus(of: ActionFixture.venue.id) == .open)
    #expect(rig.state.actionStatus(of: ActionFixture.room.id) == .done)
    rig.must(.undo)
    #expect(rig.state.actionReviews.isEmpty)
    #expect(rig.state.currentItem?.item.kind == .actions)
  }

  @Test("Reviews are refused outside an actions item, with a reason")
  func refusedOutsideActionsItem() {
    var rig = Rig(session: "s", openActions: [ActionFixture.room])
    #expect(
      rig.refused(.reviewAction(1, .done))
        == "Open actions are reviewed in an actions item; x z c do nothing here.")
    rig.must(.nextItem)
    rig.must(.nextItem)
    #expect(rig.state.currentItem?.item.kind == .round)
    #expect(rig.refused(.reviewAction(1, .carried))?.contains("actions item") == true)
    #expect(rig.state.actionReviews.isEmpty)
  }

  @Test("In an actions item: no actions, a number past the list, and `open` are refused")
  func refusedInActionsItem() {
    var empty = Rig(session: "s", openActions: [])
    empty.must(.nextItem)
    #expect(
      empty.refused(.reviewAction(1, .done))
        == "Nothing carried over: no open actions from earlier sessions.")
    var rig = Rig.reviewing()
    #expect(rig.refused(.reviewAction(4, .done)) == "There is no action 4; the list has 3.")
    #expect(rig.refused(.reviewAction(0, .done)) == "There is no action 0; the list has 3.")
    #expect(rig.refused(.reviewAction(1, .open))?.contains("done, dropped or carried") == true)
  }

  @Test("An action written in this session is not reviewed in it")
  func writtenNotReviewed() {
    var rig = Rig.reviewing()
    rig.must(.write(.action, "@Chen prints the agenda"))
    #expect(rig.state.actionsToReview.count == 3)
    #expect(rig.refused(.reviewAction(4, .done)) == "There is no action 4; the list has 3.")
    var fresh = Rig(session: "s", openActions: [])
    fresh.must(.nextItem)
    fresh.must(.write(.action, "@Chen prints the agenda"))
    #expect(fresh.refused(.reviewAction(1, .done))?.hasPrefix("Nothing carried over") == true)
    #expect(
      ActionLedger.openActions(after: [fresh.state]).map(\.text) == ["prints the agenda"])
  }

  @Test("An action written is identified by its session and the sequence of its note")
  func writtenIdentity() throws {
    var rig = Rig(session: "2026-11-27T1900-test", openActions: [])
    rig.advance(90)
    rig.must(.give(2))
    rig.must(.write(.action, "Find a new venue"))
    let sequence = rig.state.lastSequence
    #expect(
      rig.state.writtenActions == [
        OpenAction(
          id: "2026-11-27T1900-test#\(sequence)", text: "Find a new venue", owner: "Bo",
          session: "2026-11-27T1900-test", written: ActionFixture.first.addingTimeInterval(90))
      ])
    rig.must(.undo)
    #expect(rig.state.writtenActions.isEmpty)
  }

  @Test("The next action to review is looked for after the chosen one, then from the top")
  func nextUnreviewed() {
    var rig = Rig.reviewing()
    #expect(rig.state.nextUnreviewedAction(after: nil) == 0)
    rig.must(.reviewAction(2, .carried))
    #expect(rig.state.nextUnreviewedAction(after: 0) == 2)
    #expect(rig.state.nextUnreviewedAction(after: 2) == 0)
    rig.must(.reviewAction(1, .done))
    rig.must(.reviewAction(3, .done))
    #expect(rig.state.nextUnreviewedAction(after: 0) == nil)
  }

  @Test("The report lists the reviews with their new status, then this session's actions")
  func report() throws {
    var rig = Rig.reviewing()
    rig.must(.reviewAction(1, .done))
    rig.must(.reviewAction(2, .dropped))
    rig.must(.reviewAction(3, .carried))
    rig.must(.write(.action, "@Chen prints the agenda"))
    let report = try #require(rig.state.report(at: rig.now))
    #expect(
      report.actions == [
        .init(text: "@Bo books the room", owner: "Bo", status: "done"),
        .init(text: "Send the notes", owner: nil, status: "dropped"),
        .init(text: "Dee: ask about a new venue", owner: "Dee", status: "carried"),
        .init(text: "prints the agenda", owner: "Chen", status: "open"),
      ])
    let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report))
    let actions = try #require((json as? [String: Any])?["actions"] as? [[String: Any]])
    #expect(actions.map { $0["status"] as? String } == ["done", "dropped", "carried", "open"])
    #expect(actions[1]["owner"] is NSNull)
    #expect(actions.allSatisfy { Set($0.keys) == ["text", "owner", "status"] })
  }

  @Test("A carried action not reviewed is not in the report")
  func unreviewedNotReported() throws {
    var rig = Rig.reviewing()
    rig.must(.reviewAction(3, .done))
    let report = try #require(rig.state.report(at: rig.now))
    #expect(report.actions.map(\.status) == ["done"])
  }

  @Test("The transcript lists the reviews, then the actions written")
  func transcript() {
    var rig = Rig.reviewing()
    rig.must(.reviewAction(1, .done))
    rig.must(.reviewAction(2, .carried))
    rig.must(.write(.action, "@Chen prints the agenda"))
    rig.must(.end)
    let markdown = Transcript.markdown(rig.state, at: rig.now, timeZone: .gmt)
    let expected = """
      ## Actions reviewed

      - **Done:** @Bo books the room (Bo), from 13 November 2026
      - **Carried:** Send the notes, from 20 November 2026

      _1 more open action was not reviewed; it stays open._

      ## Actions

      - [ ] prints the agenda (Chen)

      """
    #expect(markdown.hasSuffix(expected))
  }

  @Test("Without reviews the transcript has no review section")
  func transcriptWithoutReviews() {
    var rig = Rig.reviewing()
    rig.must(.end)
    let markdown = Transcript.markdown(rig.state, at: rig.now, timeZone: .gmt)
    #expect(!markdown.contains("Actions reviewed"))
    #expect(!markdown.contains("## Actions"))
  }
}

@Suite("Open actions across sessions")
struct ActionLedgerTests {
  @Test("Written in 1, carried in 2, done in 3: not open in 4; dropped is closed too")
  func threeSessions() throws {
    var one = Rig(session: "one", openActions: [])
    one.must(.write(.action, "@Bo books the room"))
    one.must(.write(.action, "Dee: ask about a venue"))
    one.must(.write(.action, "@Ana calls the printer"))
    one.must(.write(.action, "Typo"))
    one.must(.undo)
    one.must(.end)
    let afterOne = ActionLedger.openActions(after: [one.state])
    #expect(
      afterOne.map(\.text) == ["books the room", "ask about a venue", "calls the printer"])
    #expect(afterOne.map(\.owner) == ["Bo", "Dee", "Ana"])
    #expect(afterOne.map(\.session) == ["one", "one", "one"])

    var two = Rig(session: "two", weeksLater: 1, openActions: afterOne)
    two.must(.nextItem)
    two.must(.reviewAction(1, .carried))
    two.must(.reviewAction(2, .dropped))
    two.must(.write(.action, "Chen: writes the summary"))
    two.must(.end)
    let afterTwo = ActionLedger.openActions(after: [one.state, two.state])
    #expect(
      afterTwo.map(\.text) == ["books the room", "calls the printer", "writes the summary"])

    var three = Rig(session: "three", weeksLater: 2, openActions: afterTwo)
    three.must(.nextItem)
    three.must(.reviewAction(1, .done))
    three.must(.reviewAction(3, .carried))
    three.must(.end)
    let afterThree = ActionLedger.openActions(after: [one.state, two.state, three.state])
    #expect(afterThree.map(\.text) == ["calls the printer", "writes the summary"])
    #expect(afterThree[1].id.hasPrefix("two#"))
    #expect(afterThree[1].written == ActionFixture.first.addingTimeInterval(7 * 86_400))

    let four = Rig(session: "four", weeksLater: 3, openActions: afterThree)
    #expect(!four.state.actionsToReview.contains { $0.text == "books the room" })
  }

  @Test("The ledger can be fed one session at a time")
  func incremental() {
    var one = Rig(session: "one", openActions: [])
    one.must(.write(.action, "A"))
    var ledger = ActionLedger()
    ledger.record(one.state)
    var two = Rig(session: "two", weeksLater: 1, openActions: ledger.open)
    two.must(.nextItem)
    two.must(.reviewAction(1, .dropped))
    ledger.record(two.state)
    #expect(ledger.open.isEmpty)
  }
}

@Suite("Open actions in the session start")
struct OpenActionCodingTests {
  @Test("A start keeps carried actions by id only: none of their words, owners or times")
  func byReference() throws {
    let start = try #require(Rig.reviewing().state.start)
    let data = try JSONEncoder().encode(start)
    let text = String(decoding: data, as: UTF8.self)
    for action in start.openActions {
      #expect(text.contains("\"\(action.id)\""))
      #expect(!text.contains(action.text))
    }
    #expect(!text.contains("Bo books") && !text.contains("Dee:") && !text.contains("written"))
    let decoded = try JSONDecoder().decode(SessionStart.self, from: data)
    #expect(decoded.openActions.map(\.id) == start.openActions.map(\.id))
    #expect(decoded.openActions.allSatisfy { $0.isFromDeletedSession })
    #expect(decoded.openActions.allSatisfy { $0.text == OpenAction.deletedText && $0.owner == nil })
    #expect(decoded.openActions.map(\.session) == start.openActions.map(\.session))
    var rest = decoded
    rest.openActions = start.openActions
    #expect(rest == start)
  }

  @Test("A start of format version 1, which copied carried actions whole, reads with its words")
  func copiedWhole() throws {
    let start = try #require(Rig.reviewing().state.start)
    var object = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(start)) as? [String: Any])
    object["carried"] = nil
    object["openActions"] = [
      [
        "id": "2026-11-13T1900-test#5", "text": "@Bo books the room", "owner": "Bo",
        "session": "2026-11-13T1900-test", "written": "2026-11-13T19:05:00.000Z",
      ]
    ]
    let data = try JSONSerialization.data(withJSONObject: object)
    let decoded = try JSONDecoder().decode(SessionStart.self, from: data)
    #expect(decoded.openActions == [ActionFixture.room])
  }

  @Test("A start written before open actions existed reads with none")
  func oldJournals() throws {
    let start = try #require(Rig.reviewing().state.start)
    var object = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(start)) as? [String: Any])
    object["carried"] = nil
    let data = try JSONSerialization.data(withJSONObject: object)
    let decoded = try JSONDecoder().decode(SessionStart.self, from: data)
    #expect(decoded.openActions.isEmpty)
    #expect(decoded.attendees == start.attendees)
  }

  @Test("A written time that is not ISO 8601 is an error", arguments: ["yesterday", "2026-11-13"])
  func badTime(text: String) {
    let json = #"{"id":"a#1","text":"t","owner":null,"session":"a","written":"\#(text)"}"#
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(OpenAction.self, from: Data(json.utf8))
    }
  }

  @Test("Times keep their milliseconds", arguments: [0.123, 0.5, 0.999, 0.0004])
  func milliseconds(fraction: Double) throws {
    let whole = 1_795_806_000.0
    let date = Date(timeIntervalSince1970: whole + fraction)
    let text = Timestamp.format(date)
    let back = try #require(Timestamp.parse(text))
    let millis = (fraction * 1000).rounded()
    #expect(back == Date(timeIntervalSince1970: whole + millis / 1000))
    #expect(text.hasPrefix("2026-11-27T19:00:00."))
  }
}
