import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("A tick redraws only the panes that show a clock")
struct MeetingFramesTests {
  /// Keys pressed at some seconds of a scripted meeting, and the size from then on.
  static let script: [Int: ([Key], (Int, Int))] = [
    2: ([.character("n")], (80, 24)),
    5: ([.character("i")], (80, 24)),
    6: ([.character("G"), .character("a")], (80, 24)),
    7: ([.enter], (200, 60)),
    12: ([.character("?")], (200, 60)),
    13: ([.escape], (200, 60)),
    20: ([.character(" ")], (50, 20)),
    24: ([.character(" ")], (120, 40)),
    30: ([.character("n")], (30, 10)),
    33: ([], (120, 40)),
    40: ([.character("]")], (120, 40)),
    70: ([.character("n")], (80, 24)),
  ]

  @Test("the kept layer gives, every second, the screen a whole drawing gives")
  func sameAsWholeDrawing() {
    var rehearsal = Rehearsal(agreements: ["We listen"])
    var frames = MeetingFrames()
    var size = (80, 24)
    var previous: Grid?
    for second in 0..<200 {
      if let (keys, next) = Self.script[second] {
        for key in keys { rehearsal.press(key) }
        size = next
      }
      if second % 10 == 9 { rehearsal.beat() }
      let frame = frames.render(
        rehearsal.model, at: rehearsal.clock.now(), width: size.0, height: size.1)
      #expect(frame == rehearsal.grid(size.0, size.1), "at \(second) s, \(size)")
      if let changed = frames.changed, let previous {
        #expect(Self.outside(changed, frame) == Self.outside(changed, previous), "at \(second) s")
      }
      previous = frame
      rehearsal.wait(1)
    }
  }

  @Test("a tick changes only the clock panes, at 80x24 and 200x60, heartbeat or not")
  func tickChangesOnlyClockPanes() {
    for (width, height) in [(80, 24), (200, 60)] {
      var rehearsal = Rehearsal()
      var frames = MeetingFrames()
      rehearsal.press(.character("n"))
      let first = frames.render(
        rehearsal.model, at: rehearsal.clock.now(), width: width, height: height)
      #expect(frames.changed == nil, "the first frame may differ anywhere")
      let areas = MeetingScreen.Areas(rehearsal.model.session, width: width, height: height)
      let panes = [areas.header, areas.agenda, areas.middle, areas.timer].compactMap { $0 }
      for second in 1...12 {
        rehearsal.wait(1)
        if second == 10 { rehearsal.beat() }
        let frame = frames.render(
          rehearsal.model, at: rehearsal.clock.now(), width: width, height: height)
        #expect(frames.changed == panes, "at \(second) s, \(width)x\(height)")
        #expect(Self.outside(panes, frame) == Self.outside(panes, first))
      }
      #expect(rehearsal.model.session.records.last.map { "\($0.event)" } == "heartbeat")
    }
  }

  /// The screen's text with every cell inside `areas` blanked.
  static func outside(_ areas: [Rect], _ grid: Grid) -> [String] {
    grid.lines.enumerated().map { y, line in
      String(
        line.padding(toLength: grid.width, withPad: " ", startingAt: 0).enumerated().map {
          x, character in
          areas.contains { $0.x <= x && x < $0.maxX && $0.y <= y && y < $0.maxY }
            ? " " : character
        })
    }
  }

  @Test("a note written between two ticks is on the next frame")
  func noteShows() {
    var rehearsal = Rehearsal()
    var frames = MeetingFrames()
    rehearsal.press(.character("n"))
    let before = frames.render(rehearsal.model, at: rehearsal.clock.now(), width: 120, height: 40)
    #expect(!before.description.contains("Garden"))
    rehearsal.press(.character("i"))
    rehearsal.type("Garden")
    rehearsal.press(.enter)
    rehearsal.wait(1)
    let after = frames.render(rehearsal.model, at: rehearsal.clock.now(), width: 120, height: 40)
    #expect(after.lines.contains { $0.contains("• Garden") })
  }
}
