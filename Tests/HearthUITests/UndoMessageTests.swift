import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("Undo says what it took back")
struct UndoMessageTests {
  @Test("a turn, a note and a move to the next item, each named, never the note's words")
  func undoneNamed() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"), .character("u"))
    #expect(rehearsal.model.message?.text == "Undone: Ana taking the stick.")
    rehearsal.press(.character("i"))
    rehearsal.type("Bo is moving house")
    rehearsal.press(.enter, .character("u"))
    #expect(rehearsal.model.message?.text == "Undone: the note.")
    rehearsal.press(.character("]"), .character("u"))
    #expect(rehearsal.model.message?.text == "Undone: the move to item 2.")
    let status = rehearsal.screen(80, 24)[23]
    #expect(status == " Undone: the move to item 2.")
  }
}
