import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("Layout at any size")
struct LayoutTests {
  @Test("below 40x12 the screen says it is too small", arguments: [(39, 12), (40, 11), (20, 6)])
  func tooSmall(width: Int, height: Int) {
    let lines = Rehearsal().screen(width, height)
    #expect(lines.contains { $0.contains("too small") })
    #expect(!lines.joined().contains("Agenda"))
  }

  @Test("the smallest usable size still shows the timer and every present member")
  func smallest() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    let lines = rehearsal.screen(40, 12)
    for name in ["Ana", "Bo", "Chen"] { #expect(lines.contains { $0.contains(name) }) }
    #expect(lines.contains { $0.contains("Ana · 0:00 of 2:00") })
  }

  @Test("names with accents, CJK and emoji keep every border aligned")
  func wideNames() throws {
    let start = SessionStart(
      id: "x", pod: "Crew", format: BuiltIn.checkIn, attendees: ["José", "陳美玲", "Ayo 🌻", "Dee"],
      roles: ["facilitator": "陳美玲"], seed: 1, priorSessions: 0)
    var rehearsal = Rehearsal(.started(start, at: TestClock().now()))
    rehearsal.press(.character("2"))
    let grid = rehearsal.grid(80, 24)
    let lines = grid.lines
    let chen = try #require(lines.firstIndex { $0.contains("陳美玲            speaking") })
    let ayo = try #require(lines.firstIndex { $0.contains("Ayo 🌻") })
    for y in [chen, ayo] {
      #expect(grid[31, y].text == "│", "the stick pane's right border stays at column 31")
      #expect(grid[32, y].text == "│")
      #expect(grid[79, y].text == "│")
    }
    #expect(grid.role(of: "2 ▶ 陳美玲", row: chen) == .stickHolder)
  }

  @Test("control characters in names never reach the screen")
  func controlCharacters() {
    let start = SessionStart(
      id: "x", pod: "Crew\u{1B}[2J", format: BuiltIn.checkIn, attendees: ["Ana\u{07}", "Bo"],
      roles: [:], seed: 1, priorSessions: 0)
    let grid = Rehearsal(.started(start, at: TestClock().now())).grid(80, 24)
    for cell in grid.cells {
      #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }
    #expect(grid.lines[0].contains("Crew^[[2J"))
    #expect(grid.lines.contains { $0.contains("Ana^G") })
  }

  @Test("each size from 40x12 to 200x60 draws without leaving the grid")
  func manySizes() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    rehearsal.wait(42)
    for (width, height) in [(40, 12), (63, 14), (64, 20), (80, 24), (100, 30), (200, 60)] {
      let grid = rehearsal.grid(width, height)
      #expect(grid.lines.count == height)
      #expect(grid.lines.allSatisfy { DisplayWidth.of($0) <= width })
      #expect(grid.lines.contains { $0.contains("Ana") })
    }
  }
}

@Suite("The big digits say which way they count")
struct TimerLabelTests {
  @Test("a timed turn counts down (time left); an untimed one counts up (time so far)")
  func labels() {
    var timed = Rehearsal()
    timed.press(.character("n"))
    timed.wait(20)
    #expect(timed.screen(80, 24).contains { $0.contains("Ana · 0:20 of 2:00 · time left") })
    timed.wait(90)
    let warned = timed.screen(80, 24)
    #expect(warned.contains { $0.contains("Ana · 1:50 of 2:00 · almost time") })
    #expect(!warned.contains { $0.contains("time left") }, "near zero the warning says it")
    let start = SessionStart(
      id: "x", pod: "Crew",
      format: Format(
        name: "floor", title: "Floor", items: [AgendaItem(title: "Open floor", kind: .round)]),
      attendees: ["Ana", "Bo"], roles: [:],
      seed: 1, priorSessions: 0)
    var untimed = Rehearsal(.started(start, at: TestClock().now()))
    untimed.press(.character("n"))
    untimed.wait(20)
    #expect(untimed.screen(80, 24).contains { $0.contains("Ana is speaking · time so far") })
  }
}

@Suite("Header")
struct HeaderTests {
  @Test("a pod with a commitment shows which session of it this is")
  func commitment() {
    let start = SessionStart(
      id: "x", pod: "Crew", format: BuiltIn.checkIn, attendees: ["Ana", "Bo"], roles: [:],
      seed: 1, priorSessions: 3, commitment: 6)
    let lines = Rehearsal(.started(start, at: TestClock().now())).screen(80, 24)
    #expect(lines[0].contains("Hearth · Crew · Check-in · session 4 of 6"))
  }

  @Test("past its commitment the header says it is complete; a renewed term counts from 1")
  func commitmentTerms() {
    var start = SessionStart(
      id: "x", pod: "Crew", format: BuiltIn.checkIn, attendees: ["Ana", "Bo"], roles: [:],
      seed: 1, priorSessions: 6, commitment: 6)
    let over = Rehearsal(.started(start, at: TestClock().now())).screen(80, 24)
    #expect(
      over[0] == " Hearth · Crew · Check-in · session 7 · commitment do… · item 1/4 · 0 of 38 min",
      "clipped at 80 columns, and kept apart from the item")
    let wide = Rehearsal(.started(start, at: TestClock().now())).screen(100, 24)
    #expect(wide[0].contains("Hearth · Crew · Check-in · session 7 · commitment done"))
    #expect(!over[0].contains("7 of 6"))
    start.term = CommitmentTerm(number: 2, from: 7)
    let renewed = Rehearsal(.started(start, at: TestClock().now())).screen(100, 24)
    #expect(renewed[0].contains("Hearth · Crew · Check-in · session 1 of 6, second term"))
  }
}

@Suite("The meeting on a projector-sized terminal")
struct TallLayoutTests {
  @Test(
    "at 200x60 the digits keep their 80x24 size, centred in a timer pane of 14 rows; the notes take the rest"
  )
  func tall() throws {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    let lines = rehearsal.screen(200, 60)
    let digitRows = lines.indices.filter { lines[$0].contains("██") }
    #expect(digitRows == Array(5...9), "five rows, one per glyph row, in the middle of the pane")
    let usual = rehearsal.screen(80, 24).filter { $0.contains("██") }
    let shape = { (line: String) in line.drop { $0 != "█" }.reversed().drop { $0 != "█" } }
    #expect(
      digitRows.map { String(shape(lines[$0])) } == usual.map { String(shape($0)) },
      "the same digits as at 80x24: 2:00, each glyph three pixels of two columns")
    let top = try #require(digitRows.first)
    let left = lines[top].distance(
      from: lines[top].startIndex, to: try #require(lines[top].firstIndex(of: "█")))
    let width = shape(lines[top]).count
    #expect(abs((left - 46) - (200 - left - width)) <= 2, "centred between the pane's borders")
    #expect(lines[14].hasPrefix("│") && lines[14].contains("╰"), "the timer pane ends at row 14")
    #expect(lines[15].contains("╭─ Notes"), "the notes take the 44 rows below")
    #expect(lines[58].hasSuffix("╯"))
    #expect(lines[13].contains("Ana · 0:00 of 2:00 · time left"))
  }
}
