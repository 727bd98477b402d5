import Foundation
import HearthCore
import Testing

@testable import HearthUI

/// Finds the row where `text` appears on the screen.
func row(of text: String, in grid: Grid) -> Int? {
  grid.lines.firstIndex { $0.contains(text) }
}

@Suite("Timer display and cues")
struct TimerDisplayTests {
  @Test("a turn counts down in the normal style, warns in its last 20 %, then shows overtime")
  func countdownStyles() throws {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    rehearsal.wait(10)
    var grid = rehearsal.grid(80, 24)
    let caption = try #require(row(of: "Ana · 0:10 of 2:00", in: grid))
    #expect(grid.role(of: "Ana · 0:10", row: caption) == .normal)
    let bigRow = try #require(grid.lines.firstIndex { $0.contains("██") })
    let firstBlock = try #require(grid.lines[bigRow].firstIndex(of: "█"))
    let x = grid.lines[bigRow].distance(from: grid.lines[bigRow].startIndex, to: firstBlock)
    #expect(grid[x, bigRow].role == .timerNormal)

    rehearsal.wait(85)
    grid = rehearsal.grid(80, 24)
    let before = try #require(row(of: "Ana · 1:35 of 2:00", in: grid))
    #expect(
      grid.role(of: "Ana · 1:35", row: before) == .normal, "25 s left of 2:00 is not yet 20 %")

    rehearsal.wait(2)
    grid = rehearsal.grid(80, 24)
    let warning = try #require(row(of: "Ana · 1:37 of 2:00 · almost time", in: grid))
    #expect(grid.role(of: "Ana · 1:37", row: warning) == .timerWarning)

    rehearsal.wait(35)
    grid = rehearsal.grid(80, 24)
    let over = try #require(row(of: "Ana · 2:12 of 2:00 · over time", in: grid))
    #expect(grid.role(of: "Ana · 2:12", row: over) == .timerOvertime)
    #expect(grid.lines.contains { $0.contains("+0:12") } == false, "big digits, not text")
    let agenda = try #require(row(of: "▶ 1 Arrival round", in: grid))
    #expect(grid.lines[agenda].contains("6 min left"), "whole minutes, rounded up")
  }

  @Test("the big digits read +0:12 in overtime when the pane is narrow enough to need text")
  func overtimeAsText() throws {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    rehearsal.wait(132)
    let grid = rehearsal.grid(40, 12)
    let line = try #require(row(of: "+0:12", in: grid))
    #expect(grid.role(of: "+0:12", row: line) == .timerOvertime)
  }

  @Test("pausing freezes every timer and says so in the header and caption")
  func paused() throws {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    rehearsal.wait(20)
    rehearsal.press(.character(" "))
    rehearsal.wait(300)
    let grid = rehearsal.grid(80, 24)
    #expect(grid.lines[0].contains("⏸ PAUSED"))
    #expect(grid.lines[0].contains("0 of 38 min"))
    let caption = try #require(row(of: "⏸ Paused · Ana · 0:20 of 2:00", in: grid))
    #expect(grid.role(of: "⏸ Paused", row: caption) == .timerPaused)
    #expect(grid.lines[23].contains("Paused. Space resumes."))
    rehearsal.press(.character(" "))
    rehearsal.wait(5)
    #expect(rehearsal.screen(80, 24).contains { $0.contains("Ana · 0:25 of 2:00") })
  }

  @Test("the bell rings once, when the countdown reaches zero while watched")
  func bellOnce() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    var rings = 0
    for _ in 0..<130 {
      rehearsal.wait(1)
      if rehearsal.model.tick(at: rehearsal.clock.now()) == .zero { rings += 1 }
    }
    #expect(rings == 1)
  }

  @Test("a meeting resumed already in overtime does not ring")
  func noBellWhenAlreadyOver() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    rehearsal.wait(200)
    var model = MeetingModel(session: rehearsal.model.session)
    let first = model.tick(at: rehearsal.clock.now())
    rehearsal.wait(1)
    let second = model.tick(at: rehearsal.clock.now())
    #expect(first == nil && second == nil)
  }
}
