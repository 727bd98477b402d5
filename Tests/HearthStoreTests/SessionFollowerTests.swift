import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("Following a meeting from outside it")
struct SessionFollowerTests: InPodFixture {
  let fixture: PodFixture
  init() throws { fixture = try PodFixture() }

  func start() throws -> Meeting {
    try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: BuiltIn.checkIn, attendees: ["Ana", "Bo", "Chen"],
      roles: ["facilitator": "Ana"], clock: clock, timeZone: .gmt, seed: 1)
  }

  @Test("nothing, then the meeting as it grows, its end, and the next meeting")
  func follows() throws {
    let follower = SessionFollower(directory: pod)
    #expect(!follower.poll())
    #expect(follower.state == nil)
    let first = try start()
    #expect(follower.poll())
    #expect(follower.id == first.id)
    #expect(follower.state?.holder == nil)
    #expect(!follower.poll(), "nothing changed, nothing read")
    clock.advance(by: 5)
    try first.perform(.next)
    #expect(follower.poll())
    #expect(follower.state?.holder == "Ana")
    try first.perform(.end)
    #expect(follower.poll())
    #expect(follower.state?.isEnded == true)
    clock.advance(by: 7 * 86_400)
    let second = try start()
    #expect(follower.poll())
    #expect(follower.id == second.id)
    #expect(follower.state?.isEnded == false)
  }

  @Test("a journal caught with half a line keeps what was read before")
  func tornLine() throws {
    let meeting = try start()
    let follower = SessionFollower(directory: pod)
    follower.poll()
    let before = follower.state
    let handle = try #require(FileHandle(forWritingAtPath: pod.journalPath(meeting.id)))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"v":1,"seq":9,"at":"2026-"#.utf8))
    try handle.close()
    #expect(!follower.poll())
    #expect(follower.state == before)
    #expect(
      !FileManager.default.fileExists(atPath: pod.journalPath(meeting.id) + ".torn"),
      "a watcher never repairs the journal")
  }

  @Test("an open meeting whose program let go of the journal is not answering; a left one is")
  func answering() throws {
    var meeting: Meeting? = try start()
    let follower = SessionFollower(directory: pod)
    #expect(follower.poll())
    #expect(follower.isAnswering, "the meeting holds its journal's lock")
    meeting = nil
    // A child process another test is starting may hold a copy of the closed journal's
    // descriptor for an instant (between fork and exec); watch looks again each second.
    var noticed = follower.poll()
    for _ in 0..<50 where !noticed {
      usleep(20_000)
      noticed = follower.poll()
    }
    #expect(noticed, "noticed without the journal changing")
    #expect(!follower.isAnswering)
    #expect(!follower.poll())
    let id = try #require(follower.id)
    let resumed = try Meeting.resume(in: pod, id: id, clock: clock)
    #expect(follower.poll())
    #expect(follower.isAnswering)
    try resumed.perform(.leave)
    #expect(follower.poll())
    #expect(follower.isAnswering, "left on purpose: nothing stopped answering")
    #expect(meeting == nil)
  }

  @Test("with nothing open, the newest by start is followed, not the greatest id")
  func newestByStart() throws {
    let home = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: BuiltIn.checkIn, attendees: ["Ana", "Bo"],
      roles: ["facilitator": "Ana"], clock: clock, timeZone: .gmt, seed: 1)
    try home.perform(.end)
    clock.advance(by: 3_600)
    let travelling = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: BuiltIn.checkIn, attendees: ["Ana", "Bo"],
      roles: ["facilitator": "Ana"], clock: clock,
      timeZone: try #require(TimeZone(identifier: "America/New_York")), seed: 1)
    try travelling.perform(.end)
    #expect(travelling.id < home.id, "the later meeting's id names an earlier local hour")
    let follower = SessionFollower(directory: pod)
    #expect(follower.poll())
    #expect(follower.id == travelling.id)
  }
}
