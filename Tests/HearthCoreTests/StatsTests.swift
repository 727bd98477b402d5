import Foundation
import Testing

@testable import HearthCore

@Suite("Stats: airtime, attendance and roles over sessions")
struct StatsTests {
  static let start = Date(timeIntervalSince1970: 1_767_726_000)  // 2026-01-06 19:00 UTC
  static let week = 7.0 * 86_400

  /// Anna was called Ana in the first two sessions; Eve is a member who has not come yet.
  static let pod = Pod(
    name: "Crew",
    members: [
      Member(name: "Anna", formerNames: ["Ana"]), Member(name: "Bo"), Member(name: "Chen"),
      Member(name: "Dee"), Member(name: "Eve"), Member(name: "Old", active: false),
    ],
    roles: ["facilitator", "timekeeper", "scribe"])

  /// Three weekly sessions with known airtime, given newest first to show order does not matter.
  static let sessions = [
    session(
      2, ["Anna", "Chen"], roles: ["facilitator": "Chen", "scribe": "Anna"],
      airtime: ["Anna": 100, "Chen": 100]),
    session(
      0, ["Ana", "Bo", "Chen"], roles: ["facilitator": "Ana", "timekeeper": "Bo"],
      airtime: ["Ana": 600, "Bo": 300, "Chen": 100]),
    session(
      1, ["Ana", "Bo", "Dee"], roles: ["facilitator": "Ana"],
      airtime: ["Ana": 300, "Bo": 300, "Dee": 0]),
  ]

  static func session(
    _ week: Int, _ attendees: [String], roles: [String: String], airtime: [String: Double]
  ) -> PodStats.Session {
    let started = start + Double(week) * Self.week
    return PodStats.Session(
      id: "2026-01-\(6 + 7 * week < 10 ? "0" : "")\(6 + 7 * week)T1900-check-in", started: started,
      ended: started + 3600, seconds: 3600, attendees: attendees, roles: roles, airtime: airtime)
  }

  @Test("per member: airtime, share, sessions attended, roles held; renamed members merged")
  func members() throws {
    let stats = PodStats(sessions: Self.sessions, pod: Self.pod)
    #expect(stats.sessions.map(\.id) == Self.sessions.sorted { $0.started < $1.started }.map(\.id))
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
    let stats = PodStats(sessions: Self.sessions, pod: Self.pod)
    #expect(stats.sessions.map(\.balance) == [6, 1, 1])
    #expect(PodStats.balance(of: [120, 0, 0.5]) == nil, "one speaker is no balance")
    #expect(PodStats.balance(of: []) == nil)
  }

  @Test("--last N counts only the newest N sessions")
  func last() {
    let stats = PodStats(sessions: Self.sessions, last: 2, pod: Self.pod)
    #expect(stats.sessions.count == 2)
    #expect(stats.members.map(\.seconds) == [400, 300, 100, 0, 0])
    #expect(stats.members.map(\.share) == [0.5, 0.375, 0.125, 0, 0])
    #expect(
      stats.members.map(\.present) == [
        [true, true], [true, false], [false, true], [true, false], [false, false],
      ])
    #expect(stats.balance == 4)
    #expect(PodStats(sessions: Self.sessions, last: 10, pod: Self.pod).sessions.count == 3)
  }

  @Test("without a pod, names are taken as they were written")
  func withoutPod() {
    let stats = PodStats(sessions: Self.sessions)
    #expect(stats.members.map(\.name) == ["Ana", "Anna", "Bo", "Chen", "Dee"])
    #expect(stats.roles == ["facilitator", "scribe", "timekeeper"])
  }

  @Test("no sessions: no figures")
  func empty() {
    let stats = PodStats(sessions: [], pod: Self.pod)
    #expect(stats.sessions.isEmpty && stats.seconds == 0 && stats.balance == nil)
    #expect(stats.members.map(\.share) == [0, 0, 0, 0, 0])
    #expect(stats.text() == "No sessions yet.\n")
  }

  @Test("bars are drawn in eighths of a cell; anything spoken shows")
  func bars() {
    #expect(PodStats.bar(1, cells: 4) == "████")
    #expect(PodStats.bar(0.5, cells: 4) == "██")
    #expect(PodStats.bar(0.5 + 1 / 32, cells: 4) == "██▏")
    #expect(PodStats.bar(0.3, cells: 10) == "███")
    #expect(PodStats.bar(0.35, cells: 10) == "███▌")
    #expect(PodStats.bar(0.001, cells: 10) == "▏")
    #expect(PodStats.bar(0, cells: 10) == "")
    #expect(PodStats.bar(2, cells: 3) == "███")
  }

  @Test("the text: bars with share and time, a grid of marks, roles and balance per session")
  func text() {
    let stats = PodStats(sessions: Self.sessions, pod: Self.pod)
    let text = stats.text(columns: 80, timeZone: TimeZone(identifier: "UTC")!)
    let full = String(repeating: "█", count: 57)
    let bo = String(repeating: "█", count: 34) + "▎" + String(repeating: " ", count: 22)
    let chen = String(repeating: "█", count: 11) + "▍" + String(repeating: " ", count: 45)
    let none = String(repeating: " ", count: 57)
    let expected = [
      "3 sessions, 2026-01-06 to 2026-01-20",
      "",
      "Airtime: 30m 00s, balance 5.0 (largest share over smallest)",
      "  Anna  \(full)   56%  16m 40s",
      "  Bo    \(bo)   33%  10m 00s",
      "  Chen  \(chen)   11%   3m 20s",
      "  Dee   \(none)    0%       0s",
      "  Eve   \(none)    0%       0s",
      "",
      "Attendance (oldest left, newest right)",
      "  Anna  ●●●  3/3",
      "  Bo    ●●·  2/3",
      "  Chen  ●·●  2/3",
      "  Dee   ·●·  1/3",
      "  Eve   ···  0/3",
      "",
      "Roles and balance per session (newest first)",
      "  SESSION                   BALANCE  FACILITATOR  TIMEKEEPER  SCRIBE",
      "  2026-01-20T1900-check-in  1.0      Chen         -           Anna",
      "  2026-01-13T1900-check-in  1.0      Anna         -           -",
      "  2026-01-06T1900-check-in  6.0      Anna         Bo          -",
    ]
    #expect(
      text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        == expected + [""])
  }

  @Test("the grid shows the newest sessions that fit in 80 columns; no line is wider")
  func gridFits() {
    let many = (0..<100).map { (n: Int) -> PodStats.Session in
      let both = n % 3 != 0
      let airtime: [String: Double] = both ? ["Ana": 30, "李雷": 30] : ["Ana": 30]
      return PodStats.Session(
        id: "s\(1000 + n)", started: Self.start + Double(n) * Self.week, ended: nil, seconds: 60,
        attendees: both ? ["Ana", "李雷"] : ["Ana"], roles: [:], airtime: airtime)
    }
    let stats = PodStats(sessions: many)
    // Wide characters take two columns, as a terminal shows them.
    let width: (String) -> Int = { text in
      text.unicodeScalars.reduce(0) { $0 + ((0x4E00...0x9FFF).contains($1.value) ? 2 : 1) }
    }
    let lines = stats.text(columns: 80, width: width).split(separator: "\n").map(String.init)
    for line in lines { #expect(width(line) <= 80, "too wide: \(line)") }
    // 80 - 2 - 4 (李雷) - 2 - 2 - 7 ("100/100") = 63 columns of marks.
    #expect(lines.contains("Attendance, newest 63 of 100 sessions (oldest left, newest right)"))
    let grid = lines.last { $0.hasPrefix("  李雷") }
    #expect(grid == "  李雷  \(String(repeating: "●●·", count: 21))  42/63")
    let ana = lines.last { $0.hasPrefix("  Ana ") }
    #expect(ana == "  Ana   \(String(repeating: "●", count: 63))  63/63")
  }
}
