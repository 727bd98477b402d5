import Foundation
import HearthCore
import Testing

@testable import HearthUI

/// Ending a meeting whose carried actions were not all reviewed says how many first.
@Suite("The end question warns of actions not reviewed")
struct EndWarningTests {
  static let box = [
    "╭─ End the meeting? ──────────────────────────────────────╮",
    "│ 3 open actions from earlier meetings were not reviewed. │",
    "│                                                         │",
    "│ y  end it anyway; they stay open                        │",
    "│ any other key  go back and review them                  │",
    "│ (Ctrl-C leaves without ending, to resume later)         │",
    "╰─────────────────────────────────────────────────────────╯",
  ]

  /// The rows of `screen` from `top`, `box`'s width from column `left`.
  static func rows(_ screen: [String], top: Int, left: Int) -> [String] {
    screen[top..<top + box.count].map { String($0.dropFirst(left).prefix(box[0].count)) }
  }

  @Test("before the actions item is reached: the question counts them, at 80x24 and 120x40")
  func warns() {
    var rehearsal = ActionsScreenTests.rehearsal()
    rehearsal.press(.character("q"))
    #expect(Self.rows(rehearsal.screen(80, 24), top: 8, left: 10) == Self.box)
    #expect(Self.rows(rehearsal.screen(120, 40), top: 16, left: 30) == Self.box)
    rehearsal.press(.character("n"))
    #expect(rehearsal.model.mode == .normal, "any other key goes back to the meeting")
    #expect(!rehearsal.screen(80, 24).joined().contains("End the meeting?"))
  }

  @Test("one left unreviewed is counted; with every action reviewed the question is the plain one")
  func counts() {
    var rehearsal = ActionsScreenTests.reviewing()
    rehearsal.press(.character("x"), .character("z"))
    rehearsal.press(.character("q"))
    let one = rehearsal.screen(80, 24).joined(separator: "\n")
    #expect(one.contains("1 open action from earlier meetings was not reviewed."))
    rehearsal.press(.escape, .character("c"), .character("q"))
    let none = rehearsal.screen(80, 24).joined(separator: "\n")
    #expect(none.contains("End the meeting?"))
    #expect(!none.contains("not reviewed"))
    #expect(none.contains("y  end it and write the transcript"))
  }
}
