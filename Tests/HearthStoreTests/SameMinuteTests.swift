import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("Sessions started in the same minute: one order, by start, everywhere")
struct SameMinuteTests: InPodFixture {
  let fixture: PodFixture

  init() throws { fixture = try PodFixture() }

  /// A short meeting of `format`, begun `after` seconds after the previous one began.
  func meet(_ format: Format, after seconds: Double) throws -> String {
    clock.advance(by: seconds)
    let meeting = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: format, attendees: ["Ana", "Bo"],
      roles: ["facilitator": "Ana"], clock: clock, timeZone: .gmt, seed: 1)
    try meeting.perform(.next)
    try meeting.perform(.end)
    return meeting.id
  }

  @Test("the newest N are the last started, though their ids sort otherwise; stats agrees")
  func newestByStart() throws {
    let tactical = try meet(BuiltIn.tactical, after: 5)
    let checkIn = try meet(BuiltIn.checkIn, after: 30)
    let again = try meet(BuiltIn.checkIn, after: 10)
    #expect([tactical, checkIn, again].allSatisfy { $0.hasPrefix(tactical.prefix(15)) })
    #expect(pod.sessionIDs() == [checkIn, again, tactical], "ids sort by name within a minute")
    #expect(pod.archive().map(\.id) == [again, checkIn, tactical])
    #expect(pod.archive(limit: 1).map(\.id) == [again])
    #expect(pod.archive(limit: 2).map(\.id) == [again, checkIn])
    let stats = PodStats(
      sessions: pod.archive(limit: 2).compactMap(\.statsSession), last: 2, pod: nil)
    #expect(stats.sessions.map(\.id) == [checkIn, again], "oldest first, as the stats grid reads")
  }
}
