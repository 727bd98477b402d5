import Foundation
import HearthTesting
import Testing

@testable import HearthCore

@Suite("Stats: airtime, attendance and roles over sessions")
struct StatsTests {
  @Test("per member: airtime, share, sessions attended, roles held; renamed members merged")
  func members() throws {
    let stats = PodStats(sessions: StatsFixture.sessions, pod: StatsFixture.pod)
    #expect(
      stats.sessions.map(\.id) == StatsFixture.sessions.sorted { $0.started < $1.started }.map(\.id)
    )
    #expect(stats.members.map(\.name) == ["Anna", "Bo", "Chen", "Dee", "Eve"])
    #expect(stats.members.map(\.seconds) == [1000, 600, 200, 0, 0])
    #expect(stats.seconds == 1800)
    let shares = stats.members.map { ($0.share * 1000).rounded() / 1000 }
    #expect(shares == [0.556, 0.333, 0.111, 0, 0])
    #expect(stats.members.map(\.attended) == [3, 2, 2, 1, 0])
    #expect(stats.members[0].present == [true, true, true])
    #expect(stats.members[1].present == [true, true, false])
    #expect(stats.members[2].present == [true, false, true])
    #expect(stats.members[3].present == [false, true, false])
    #expect(stats.members[4].present == [false, false, false])
    #expect(stats.members[0].roles == ["facilitator": 2, "scribe": 1])
    #expect(stats.members[1].roles == ["timekeeper": 1])
    #expect(stats.members[2].roles == ["facilitator": 1])
    #expect(stats.roles == ["facilitator", "timekeeper", "scribe"])
    #expect(stats.balance == 5, "Anna's 1000 s over Chen's 200 s")
    #expect(stats.sessions[0].attendees == ["Anna", "Bo", "Chen"])
    #expect(stats.sessions[0].roles == ["facilitator": "Anna", "timekeeper": "Bo"])
  }

  @Test("per session balance: the largest share over the smallest among those who spoke")
  func sessionBalance() {
    let stats = PodStats(sessions: StatsFixture.sessions, pod: StatsFixture.pod)
    #expect(stats.sessions.map(\.balance) == [6, 1, 1])
    #expect(PodStats.balance(of: [120, 0, 0.5]) == nil, "one speaker is no balance")
    #expect(PodStats.balance(of: []) == nil)
  }

  @Test("--last N counts only the newest N sessions")
  func last() {
    let stats = PodStats(sessions: StatsFixture.sessions, last: 2, pod: StatsFixture.pod)
    #expect(stats.sessions.count == 2)
    #expect(stats.members.map(\.seconds) == [400, 300, 100, 0, 0])
    #expect(stats.members.map(\.share) == [0.5, 0.375, 0.125, 0, 0])
    #expect(
      stats.members.map(\.present) == [
        [true, true], [true, false], [false, true], [true, false], [false, false],
      ])
    #expect(stats.balance == 4)
    #expect(
      PodStats(sessions: StatsFixture.sessions, last: 10, pod: StatsFixture.pod).sessions.count == 3
    )
  }

  @Test("without a pod, names are taken as they were written")
  func withoutPod() {
    let stats = PodStats(sessions: StatsFixture.sessions)
    #expect(stats.members.map(\.name) == ["Ana", "Anna", "Bo", "Chen", "Dee"])
    #expect(stats.roles == ["facilitator", "scribe", "timekeeper"])
  }

  @Test("no sessions: no figures")
  func empty() {
    let stats = PodStats(sessions: [], pod: StatsFixture.pod)
    #expect(stats.sessions.isEmpty && stats.seconds == 0 && stats.balance == nil)
    #expect(stats.members.map(\.share) == [0, 0, 0, 0, 0])
  }
}
