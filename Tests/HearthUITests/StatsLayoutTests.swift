import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("Stats laid out as text: bars, marks and columns")
struct StatsLayoutTests {
  @Test("no sessions: one line that says so")
  func empty() {
    let stats = PodStats(sessions: [], pod: StatsFixture.pod)
    #expect(StatsLayout.text(stats) == "No sessions yet.\n")
  }

  @Test("bars are drawn in eighths of a cell; anything spoken shows")
  func bars() {
    #expect(StatsLayout.bar(1, cells: 4) == "████")
    #expect(StatsLayout.bar(0.5, cells: 4) == "██")
    #expect(StatsLayout.bar(0.5 + 1 / 32, cells: 4) == "██▏")
    #expect(StatsLayout.bar(0.3, cells: 10) == "███")
    #expect(StatsLayout.bar(0.35, cells: 10) == "███▌")
    #expect(StatsLayout.bar(0.001, cells: 10) == "▏")
    #expect(StatsLayout.bar(0, cells: 10) == "")
    #expect(StatsLayout.bar(2, cells: 3) == "███")
  }

  @Test("the text: bars with share and time, a grid of marks, roles and balance per session")
  func text() {
    let stats = PodStats(sessions: StatsFixture.sessions, pod: StatsFixture.pod)
    let text = StatsLayout.text(stats, columns: 80, timeZone: TimeZone(identifier: "UTC")!)
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

  @Test("bars take the columns the terminal has, and 8 cells when nothing fits")
  func widths() {
    let stats = PodStats(sessions: StatsFixture.sessions, pod: StatsFixture.pod)
    func airtime(_ columns: Int) -> [String] {
      let lines = StatsLayout.text(stats, columns: columns, timeZone: TimeZone(identifier: "UTC")!)
        .split(separator: "\n").map(String.init)
      return Array(lines[2...3])
    }
    let wide = airtime(120)
    #expect(wide[0] == "  Anna  \(String(repeating: "█", count: 97))   56%  16m 40s")
    #expect(wide[0].count == 120, "as wide as the terminal, no wider")
    let narrow = airtime(20)
    #expect(narrow[0] == "  Anna  ████████   56%  16m 40s", "8 cells when nothing fits")
    #expect(narrow[1] == "  Bo    ████▊      33%  10m 00s")
  }

  @Test("the grid shows the newest sessions that fit in 80 columns; no line is wider")
  func gridFits() {
    let many = (0..<100).map { (n: Int) -> PodStats.Session in
      let both = n % 3 != 0
      let airtime: [String: Double] = both ? ["Ana": 30, "李雷": 30] : ["Ana": 30]
      return PodStats.Session(
        id: "s\(1000 + n)", started: StatsFixture.start + Double(n) * StatsFixture.week,
        ended: nil, seconds: 60, attendees: both ? ["Ana", "李雷"] : ["Ana"], roles: [:],
        airtime: airtime)
    }
    let stats = PodStats(sessions: many)
    // Wide characters take two columns, as a terminal shows them.
    let lines = StatsLayout.text(stats, columns: 80).split(separator: "\n").map(String.init)
    for line in lines { #expect(DisplayWidth.of(line) <= 80, "too wide: \(line)") }
    // 80 - 2 - 4 (李雷) - 2 - 2 - 7 ("100/100") = 63 columns of marks.
    #expect(lines.contains("Attendance, newest 63 of 100 sessions (oldest left, newest right)"))
    let grid = lines.last { $0.hasPrefix("  李雷") }
    #expect(grid == "  李雷  \(String(repeating: "●●·", count: 21))  42/63")
    let ana = lines.last { $0.hasPrefix("  Ana ") }
    #expect(ana == "  Ana   \(String(repeating: "●", count: 63))  63/63")
  }
}
