import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("A live meeting on disk")
struct MeetingTests: InPodFixture {
  let fixture: PodFixture
  init() throws { fixture = try PodFixture() }

  /// A meeting partway through: a passed turn, notes, and Chen speaking in the second item (an
  /// open discussion with Ana still waiting in the queue).
  func meetingInProgress() throws -> Meeting {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    try meeting.perform(.next)
    clock.advance(by: 30)
    try meeting.perform(.next)
    clock.advance(by: 45)
    try meeting.perform(.write(.action, "@Chen books the room 🏠"))
    try meeting.perform(.nextItem)
    try meeting.perform(.give(1))
    try meeting.perform(.give(3))
    // The queue is balanced: Chen, with no airtime yet, goes before Ana.
    try meeting.perform(.next)
    clock.advance(by: 20)
    return meeting
  }

  @Test("A new meeting enters its first item and writes its start to the journal")
  func start() throws {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    #expect(meeting.id == "2026-11-27T1900-check-in")
    #expect(meeting.state.currentIndex == 0)
    #expect(meeting.state.holder == nil)
    #expect(meeting.state.start?.priorSessions == 0)
    #expect(meeting.state.start?.pod == "Demo Pod")
    let journal = try Journal.read(pod.journalPath(meeting.id))
    #expect(journal.records == meeting.state.records)
    #expect(journal.records.map { Fixture.kind($0.event) } == ["started", "itemEntered"])
  }

  @Test("Each accepted command is on disk before it is shown; refusals write nothing")
  func performWrites() throws {
    let meeting = try meetingInProgress()
    #expect(try Journal.read(pod.journalPath(meeting.id)).records == meeting.state.records)
    let count = meeting.state.records.count
    let decision = try meeting.perform(.give(9))
    #expect(decision == .refuse("There is no member 9 present."))
    #expect(try Journal.read(pod.journalPath(meeting.id)).records.count == count)
  }

  @Test("Resuming gives back the same item, stick holder, notes and every event")
  func resume() throws {
    let before: SessionState
    let id: String
    do {
      let meeting = try meetingInProgress()
      before = meeting.state
      id = meeting.id
    }
    clock.advance(by: 600)
    let resumed = try Meeting.resume(in: pod, id: id, clock: clock)
    #expect(resumed.warnings.isEmpty)
    #expect(resumed.state.currentIndex == 1)
    #expect(resumed.state.holder == "Chen")
    #expect(resumed.state.notes == before.notes)
    #expect(resumed.state.items == before.items)
    #expect(Array(resumed.state.records.dropLast()) == before.records)
    #expect(resumed.state.records.last?.event == .recovered)
    // Nothing was recorded after Chen got the stick: the 20 s since then and the ten minutes
    // away are an interruption, nobody's airtime.
    #expect(resumed.state.turnTimer(at: clock.now())?.elapsed == 0)
    let lastEvent = try #require(before.lastEventAt)
    #expect(resumed.state.activeSeconds(at: clock.now()) == before.activeSeconds(at: lastEvent))
    clock.advance(by: 8)
    #expect(resumed.state.turnTimer(at: clock.now())?.elapsed == 8)
    #expect(
      try Journal.read(pod.journalPath(id)).records == resumed.state.records)
  }

  @Test("A meeting left with Ctrl-C resumes where it was")
  func resumeAfterLeave() throws {
    let id: String
    do {
      let meeting = try meetingInProgress()
      try meeting.perform(.leave)
      id = meeting.id
    }
    clock.advance(by: 3600)
    let resumed = try Meeting.resume(in: pod, id: id, clock: clock)
    #expect(resumed.state.leftAt == nil)
    #expect(resumed.state.holder == "Chen")
    clock.advance(by: 5)
    #expect(resumed.state.turnTimer(at: clock.now())?.elapsed == 25)
    // Ana is still waiting in the queue.
    #expect(try resumed.perform(.next) == .accept([.stickGiven(member: "Ana")]))
  }

  @Test("Resuming a journal with a torn last line repairs it and warns")
  func resumeTorn() throws {
    let id: String
    do {
      let meeting = try meetingInProgress()
      id = meeting.id
    }
    try appendRaw(#"{"v":1,"seq":9,"at":"2026-11-2"#, to: pod.journalPath(id))
    let resumed = try Meeting.resume(in: pod, id: id, clock: clock)
    #expect(resumed.warnings.count == 1)
    #expect(resumed.state.holder == "Chen")
    try resumed.perform(.next)
    let journal = try Journal.read(pod.journalPath(id))
    #expect(journal.warnings.isEmpty)
    #expect(journal.records == resumed.state.records)
  }

  @Test("A meeting that has ended cannot be resumed")
  func resumeEnded() throws {
    let id: String
    do {
      let meeting = try Fixture.startDemo(in: pod, clock: clock)
      try meeting.perform(.end)
      id = meeting.id
    }
    let error = storeError { _ = try Meeting.resume(in: pod, id: id, clock: clock) }
    #expect(error?.message == "this meeting has already ended")
  }

  @Test("A meeting open in one terminal cannot be opened in another")
  func lockedJournal() throws {
    let meeting = try meetingInProgress()
    let path = pod.journalPath(meeting.id)
    withExtendedLifetime(meeting) {
      let error = storeError { _ = try JournalWriter(path: path) }
      #expect(error?.message == "this meeting is open in another terminal")
      #expect(error?.path == path)
      let again = storeError { _ = try Meeting.resume(in: pod, id: meeting.id, clock: clock) }
      #expect(again?.message == "this meeting is open in another terminal")
    }
    // Nothing was appended by the refused attempts.
    #expect(try Journal.read(path).records == meeting.state.records)
  }

  @Test("A second meeting counts the pod's earlier sessions")
  func priorSessions() throws {
    do {
      let first = try Fixture.startDemo(in: pod, clock: clock)
      try first.perform(.end)
    }
    let second = try Fixture.startDemo(in: pod, clock: clock)
    #expect(second.id == "2026-11-27T1900-check-in-2")
    #expect(second.state.start?.priorSessions == 1)
    // The arrival round rotates: one further along, the other way round.
    #expect(second.state.currentOrder == ["Bo", "Ana", "Dee", "Chen"])
  }

  @Test("The transcript written at the end is the rendered Markdown of the journal")
  func transcript() throws {
    let meeting = try meetingInProgress()
    try meeting.perform(.end)
    let path = try #require(try meeting.writeTranscript(timeZone: .gmt))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let replayed = try pod.loadSession(meeting.id).state
    #expect(text == Transcript.markdown(replayed, at: clock.now(), timeZone: .gmt))
    #expect(text.contains("\n* **Action (Chen):** books the room 🏠"), "after the turns")
  }

  @Test("Loading a session that does not exist, or does not begin with a start, is an error")
  func loadErrors() throws {
    let missing = storeError { _ = try pod.loadSession("nope") }
    #expect(missing?.message == "no such session: nope")
    try pod.createSession("headless")
    try Fixture.writeJournal(
      [EventRecord(sequence: 1, time: Fixture.start, event: .paused)],
      to: pod.journalPath("headless"))
    let headless = storeError { _ = try pod.loadSession("headless") }
    #expect(headless?.line == 1)
    #expect(headless?.message == "the journal does not begin with a start")
  }
}
