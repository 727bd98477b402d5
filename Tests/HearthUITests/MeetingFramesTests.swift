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
    for second in 0..<200 {
      if let (keys, next) = Self.script[second] {
        for key in keys { rehearsal.press(key) }
        size = next
      }
      let frame = frames.render(
        rehearsal.model, at: rehearsal.clock.now(), width: size.0, height: size.1)
      #expect(frame == rehearsal.grid(size.0, size.1), "at \(second) s, \(size)")
      rehearsal.wait(1)
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
