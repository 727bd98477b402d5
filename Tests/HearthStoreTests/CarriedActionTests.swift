import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("Carried actions are held by reference: deleting their session takes their words back")
struct CarriedActionTests: InPodFixture {
  let fixture: PodFixture
  init() throws { fixture = try PodFixture() }

  /// Two sessions a week apart: the first writes the custody action and another, the second
  /// reviews both (carried, done) and has its transcript written.
  func twoWeeks() throws -> (first: String, second: String) {
    let first = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: ActionHistoryTests.format,
      attendees: ["Ana", "Bo"], roles: ["facilitator": "Ana"], clock: clock, timeZone: .gmt,
      seed: 1)
    try first.perform(.write(.action, "@Ana call the lawyer about custody"))
    try first.perform(.write(.action, "Bring the biscuits"))
    try first.perform(.end)
    _ = try first.writeTranscript(timeZone: .gmt)
    clock.advance(by: 7 * 86_400)
    let second = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: ActionHistoryTests.format,
      attendees: ["Ana", "Bo"], roles: ["facilitator": "Ana"], clock: clock, timeZone: .gmt,
      seed: 2)
    try second.perform(.nextItem)
    try second.perform(.reviewAction(1, .carried))
    try second.perform(.reviewAction(2, .done))
    try second.perform(.end)
    _ = try second.writeTranscript(timeZone: .gmt)
    return (first.id, second.id)
  }

  @Test("a later journal holds only the ids; loading it reads the words from their session")
  func resolved() throws {
    let (first, second) = try twoWeeks()
    let journal = try String(contentsOfFile: pod.journalPath(second), encoding: .utf8)
    #expect(!journal.contains("custody") && !journal.contains("biscuits"))
    #expect(journal.contains("\"\(first)#"))
    let state = try pod.loadSession(second).state
    #expect(
      state.reviewedActions.map(\.action.text) == [
        "call the lawyer about custody", "Bring the biscuits",
      ])
    #expect(state.reviewedActions.first?.action.owner == "Ana")
    // Search reads many sessions at once with every action from the archive's index: the same.
    #expect(try pod.loadSession(second, written: pod.actionsWritten()).state == state)
    let transcript = try String(contentsOfFile: pod.transcriptPath(second), encoding: .utf8)
    #expect(transcript.contains("call the lawyer about custody"))
    #expect(pod.search(try #require(SearchQuery("custody"))).sessions == 2)
  }

  @Test("after deleting the session that wrote it, no file and no search has the words")
  func deleted() throws {
    let (first, second) = try twoWeeks()
    #expect(pod.search(try #require(SearchQuery("custody"))).sessions == 2)
    _ = pod.archive()
    try pod.deleteSession(first, timeZone: .gmt)
    #expect(filesHolding("custody", in: pod).isEmpty, "\(filesHolding("custody", in: pod))")
    #expect(filesHolding("biscuits", in: pod).isEmpty)
    #expect(pod.search(try #require(SearchQuery("custody"))).hits.isEmpty)
    let reviewed = try pod.loadSession(second).state.reviewedActions
    #expect(reviewed.map(\.action.text) == [OpenAction.deletedText, OpenAction.deletedText])
    #expect(reviewed.map(\.status) == [.carried, .done])
    #expect(reviewed.allSatisfy { $0.action.owner == nil && $0.action.isFromDeletedSession })
    let transcript = try String(contentsOfFile: pod.transcriptPath(second), encoding: .utf8)
    #expect(transcript.contains("an action from a deleted session"))
    #expect(pod.openActions().isEmpty)
  }

  @Test("a meeting resumed from its journal lists the carried actions with their words")
  func resumed() throws {
    let first = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: ActionHistoryTests.format, attendees: ["Ana"],
      roles: ["facilitator": "Ana"], clock: clock, timeZone: .gmt, seed: 1)
    try first.perform(.write(.action, "@Ana call the lawyer about custody"))
    try first.perform(.end)
    clock.advance(by: 7 * 86_400)
    var second: Meeting? = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: ActionHistoryTests.format, attendees: ["Ana"],
      roles: ["facilitator": "Ana"], clock: clock, timeZone: .gmt, seed: 2)
    let id = try #require(second?.id)
    try second?.perform(.leave)
    second = nil
    let resumed = try Meeting.resume(in: pod, id: id, clock: clock)
    #expect(resumed.state.actionsToReview.map(\.text) == ["call the lawyer about custody"])
    #expect(resumed.state.actionsToReview.map(\.owner) == ["Ana"])
  }

  @Test("a meeting that began with an action whose session is deleted meanwhile writes no words")
  func deletedWhileRunning() throws {
    var first: Meeting? = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: ActionHistoryTests.format, attendees: ["Ana"],
      roles: ["facilitator": "Ana"], clock: clock, timeZone: .gmt, seed: 1)
    try first?.perform(.write(.action, "@Ana call the lawyer about custody"))
    try first?.perform(.end)
    let source = try #require(first?.id)
    first = nil
    clock.advance(by: 7 * 86_400)
    let second = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: ActionHistoryTests.format, attendees: ["Ana"],
      roles: ["facilitator": "Ana"], clock: clock, timeZone: .gmt, seed: 2)
    try second.perform(.nextItem)
    try second.perform(.reviewAction(1, .done))
    try pod.deleteSession(source, timeZone: .gmt)
    try second.perform(.end)
    let path = try #require(try second.writeTranscript(timeZone: .gmt))
    let transcript = try String(contentsOfFile: path, encoding: .utf8)
    #expect(!transcript.contains("custody"))
    #expect(transcript.contains("**Done:** an action from a deleted session"))
  }
}
