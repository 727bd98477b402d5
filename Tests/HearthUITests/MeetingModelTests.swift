import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("Keys in a live meeting")
struct MeetingModelTests {
  @Test("q asks first; only y ends the meeting")
  func endAsksFirst() {
    var model = MeetingModel(session: .demo(at: TestClock().now()))
    #expect(model.handle(.character("q")) == nil)
    #expect(model.mode == .confirmEnd)
    #expect(model.handle(.character("n")) == nil)
    #expect(model.mode == .normal)
    #expect(model.message?.text == "The meeting goes on.")
    _ = model.handle(.character("q"))
    #expect(model.handle(.character("y")) == .perform(.end))
  }

  @Test("Ctrl-C leaves without ending, from any mode")
  func controlCLeaves() {
    var model = MeetingModel(session: .demo(at: TestClock().now()))
    _ = model.handle(.character("i"))
    #expect(model.handle(.control("c")) == .perform(.leave))
  }

  @Test("i opens the input line; Enter saves, Esc cancels, Backspace deletes")
  func writing() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("a"))
    rehearsal.type("@Bo call the venue!")
    rehearsal.press(.backspace)
    #expect(rehearsal.screen(80, 24)[23].contains("Action › @Bo call the venue▏"))
    rehearsal.press(.enter)
    #expect(rehearsal.model.session.notes.last?.owner == "Bo")
    #expect(rehearsal.screen(80, 24).contains { $0.contains("→ Action (Bo): call the venue") })
    rehearsal.press(.character("i"))
    rehearsal.type("never mind")
    rehearsal.press(.escape)
    #expect(rehearsal.model.session.notes.count == 1)
    #expect(rehearsal.model.message?.text == "Nothing written.")
  }

  @Test("keys typed into a note are text, not commands")
  func noteKeysAreText() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("i"))
    rehearsal.type("q n p 1")
    rehearsal.press(.enter)
    #expect(rehearsal.model.session.holder == nil)
    #expect(rehearsal.model.session.notes.last?.text == "q n p 1")
  }

  @Test("? shows every key of the live meeting; any key closes it")
  func help() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("?"))
    let text = rehearsal.screen(80, 24).joined(separator: "\n")
    for label in [
      "n Enter", "p ", "Space", "+ -", "] [", "1-9", "r 1-9", "i ", "d ", "a ", "u ",
      "q ", "Ctrl-C", "Ctrl-L",
    ] {
      #expect(text.contains("│ " + label), "help lists \(label)")
    }
    #expect(text.contains("Any key closes this help."), "the whole help fits at 80x24")
    rehearsal.press(.character("x"))
    #expect(rehearsal.model.mode == .normal)
  }

  @Test("a refused command explains itself on the status line")
  func refusal() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("p"))
    #expect(rehearsal.screen(80, 24)[23].contains("Nobody holds the stick."))
    #expect(rehearsal.grid(80, 24).role(of: "Nobody holds", row: 23) == .dialog)
  }

  @Test("number keys give the stick to member N of the present list")
  func numberKeys() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("3"))
    #expect(rehearsal.model.session.holder == "Chen")
    rehearsal.press(.character("r"), .character("2"))
    #expect(rehearsal.model.session.holder == "Chen")
    #expect(rehearsal.model.message?.isError == true)
  }
}
