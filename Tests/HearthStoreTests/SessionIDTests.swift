import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("Session ids")
struct SessionIDTests: InPodFixture {
  let fixture: PodFixture
  init() throws { fixture = try PodFixture() }

  @Test("An id is the local start minute and the format's name")
  func shape() throws {
    let date = Fixture.start.addingTimeInterval(42)
    #expect(
      pod.newSessionID(at: date, format: "check-in", timeZone: .gmt) == "2026-11-27T1900-check-in")
    let tokyo = try #require(TimeZone(secondsFromGMT: 9 * 3600))
    #expect(
      pod.newSessionID(at: date, format: "check-in", timeZone: tokyo) == "2026-11-28T0400-check-in")
    let early = Date(timeIntervalSince1970: 1_704_067_500)  // 2024-01-01T00:05:00Z
    #expect(pod.newSessionID(at: early, format: "x", timeZone: .gmt) == "2024-01-01T0005-x")
  }

  @Test("Meetings started in the same minute get distinct ids")
  func unique() throws {
    var ids: [String] = []
    for second in [0.0, 10, 20, 59] {
      let id = pod.newSessionID(
        at: Fixture.start.addingTimeInterval(second), format: "check-in", timeZone: .gmt)
      try pod.createSession(id)
      ids.append(id)
    }
    #expect(
      ids == [
        "2026-11-27T1900-check-in", "2026-11-27T1900-check-in-2", "2026-11-27T1900-check-in-3",
        "2026-11-27T1900-check-in-4",
      ])
    #expect(pod.sessionIDs() == ids)
  }

  @Test("Session ids are listed oldest first, hidden files left out")
  func listing() throws {
    for id in ["2026-12-04T1900-check-in", "2026-11-27T1900-check-in", ".DS_Store"] {
      try pod.createSession(id)
    }
    #expect(pod.sessionIDs() == ["2026-11-27T1900-check-in", "2026-12-04T1900-check-in"])
  }

  /// Starts a demo meeting now, and ends it if asked; returns its id.
  func meeting(ending: Bool) throws -> String {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    if ending { try meeting.perform(.end) }
    clock.advance(by: 7 * 86_400)
    return meeting.id
  }

  @Test("No sessions: nothing to resume")
  func openNone() {
    #expect(pod.openSessionID() == nil)
  }

  @Test("The newest session that never ended is the one to resume")
  func openNewest() throws {
    _ = try meeting(ending: false)
    let second = try meeting(ending: false)
    _ = try meeting(ending: true)
    #expect(pod.openSessionID() == second)
  }

  @Test("When every session ended there is nothing to resume")
  func openAllEnded() throws {
    _ = try meeting(ending: true)
    _ = try meeting(ending: true)
    #expect(pod.openSessionID() == nil)
  }

  @Test("A meeting left with Ctrl-C is open")
  func openLeft() throws {
    let id: String
    do {
      let meeting = try Fixture.startDemo(in: pod, clock: clock)
      try meeting.perform(.leave)
      id = meeting.id
    }
    #expect(pod.openSessionID() == id)
  }

  @Test("A note that mentions an ending does not end the meeting")
  func openWithTrickyNote() throws {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    try meeting.perform(.write(.note, #"we discussed "type":"ended" at length"#))
    #expect(pod.openSessionID() == meeting.id)
  }

  @Test("A session folder without a journal is not offered for resuming")
  func openWithoutJournal() throws {
    let id = try meeting(ending: false)
    try pod.createSession("2099-01-01T0000-empty")
    #expect(pod.openSessionID() == id)
  }
}
