import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("Open actions closed between meetings, in review")
struct ClosedBetweenMeetingsTests: WeeklyMeetings {
  let fixture: PodFixture
  init() throws { fixture = try PodFixture() }

  /// One ended meeting that wrote two actions, the first carried once by a second meeting.
  func twoMeetings() throws -> [OpenAction] {
    let first = try start()
    try first.perform(.write(.action, "@Bo books the room"))
    try first.perform(.write(.action, "Send the notes"))
    try first.perform(.end)
    let second = try nextWeek()
    try second.perform(.reviewAction(1, .carried))
    try second.perform(.end)
    return pod.openActions()
  }

  @Test("done in review: the next meeting does not carry it, the ledger lists it closed")
  func closed() throws {
    let open = try twoMeetings()
    #expect(pod.actionLedger().carried[open[0].id] == 1, "carried once")
    clock.advance(by: 3600)
    try pod.closeBetweenMeetings(open[0].id, .done, at: clock.now())
    #expect(pod.openActions().map(\.text) == ["Send the notes"])
    #expect(pod.meetingHistory(withActions: true).openActions?.map(\.text) == ["Send the notes"])
    let ledger = pod.actionLedger()
    #expect(ledger.open.map(\.text) == ["Send the notes"])
    let closed = try #require(ledger.closed.last)
    #expect(closed.action.text == "books the room" && closed.status == .done)
    #expect(closed.isBetweenMeetings && closed.closed == clock.now())
    let next = try nextWeek()
    #expect(next.state.actionsToReview.map(\.text) == ["Send the notes"])
  }

  @Test("the file holds no words, is 0600 in a 0700 folder, and a damaged one is positioned")
  func file() throws {
    let open = try twoMeetings()
    try pod.closeBetweenMeetings(open[1].id, .dropped, at: clock.now())
    let path = pod.closedActionsPath + "/" + open[1].id + ".toml"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(!text.contains("notes"))
    #expect(text.contains("status = \"dropped\""))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let folder =
      try FileManager.default.attributesOfItem(atPath: pod.closedActionsPath)[
        .posixPermissions] as? Int
    #expect(folder == 0o700)
    try text.replacingOccurrences(of: "dropped", with: "maybe").write(
      toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: StoreError.self) { try pod.closedBetweenMeetings() }
    do {
      _ = try pod.closedBetweenMeetings()
    } catch {
      #expect("\(error)" == "\(path):3:1: status 'maybe' is not done or dropped")
    }
    #expect(throws: StoreError.self) {
      try pod.closeBetweenMeetings("../x", .done, at: clock.now())
    }
  }
}
