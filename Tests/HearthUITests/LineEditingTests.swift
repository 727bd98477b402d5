import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("The input line edits as readline does")
struct LineEditingTests {
  /// A demo meeting with the note line open and `text` typed.
  static func typed(_ text: String) -> Rehearsal {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("i"))
    rehearsal.type(text)
    return rehearsal
  }

  static func line(_ rehearsal: Rehearsal, width: Int = 80) -> String {
    rehearsal.screen(width, 24)[23]
  }

  static func text(_ rehearsal: Rehearsal) -> String? {
    guard case .writing(_, let text) = rehearsal.model.mode else { return nil }
    return text
  }

  @Test("Left moves the cursor back, typing goes in there and the cursor shows in the line")
  func insertAtCursor() {
    var rehearsal = Self.typed("hello world")
    for _ in 0..<5 { rehearsal.press(.left) }
    rehearsal.type("big ")
    #expect(Self.text(rehearsal) == "hello big world")
    #expect(Self.line(rehearsal) == " Note › hello big ▏world")
    rehearsal.press(.right, .right)
    #expect(Self.line(rehearsal) == " Note › hello big wo▏rld")
    rehearsal.press(.right, .right, .right, .right)
    #expect(Self.line(rehearsal) == " Note › hello big world▏", "Right stops at the end")
  }

  @Test("Home, End, Ctrl-A and Ctrl-E go to the ends")
  func ends() {
    var rehearsal = Self.typed("tea")
    rehearsal.press(.home)
    rehearsal.type("Hot ")
    rehearsal.press(.end)
    rehearsal.type("!")
    rehearsal.press(.control("a"))
    rehearsal.type("¡")
    #expect(Self.line(rehearsal) == " Note › ¡▏Hot tea!")
    rehearsal.press(.control("e"))
    rehearsal.type("?")
    #expect(Self.text(rehearsal) == "¡Hot tea!?")
    #expect(Self.line(rehearsal) == " Note › ¡Hot tea!?▏")
  }

  @Test("Backspace and Delete take the character before and under the cursor")
  func deleting() {
    var rehearsal = Self.typed("abcd")
    rehearsal.press(.left, .left)
    rehearsal.press(.backspace)
    #expect(Self.text(rehearsal) == "acd")
    rehearsal.press(.delete)
    #expect(Self.text(rehearsal) == "ad")
    #expect(Self.line(rehearsal) == " Note › a▏d")
    rehearsal.press(.end, .delete)
    #expect(Self.text(rehearsal) == "ad", "Delete at the end takes nothing")
    rehearsal.press(.home, .backspace)
    #expect(Self.text(rehearsal) == "ad", "Backspace at the start takes nothing")
  }

  @Test("Ctrl-W takes the word before the cursor, Ctrl-U everything before it")
  func words() {
    var rehearsal = Self.typed("book the big room  ")
    rehearsal.press(.control("w"))
    #expect(Self.text(rehearsal) == "book the big ")
    rehearsal.press(.left, .left, .left, .left)
    rehearsal.press(.control("w"))
    #expect(Self.text(rehearsal) == "book big ")
    #expect(Self.line(rehearsal) == " Note › book ▏big")
    rehearsal.press(.control("u"))
    #expect(Self.text(rehearsal) == "big ")
    #expect(Self.line(rehearsal) == " Note › ▏big")
  }

  @Test("CJK characters and emoji move and are deleted as one, two cells wide on screen")
  func wideCharacters() {
    var rehearsal = Self.typed("陈👩‍👩‍👧a")
    rehearsal.press(.left, .left)
    #expect(Self.line(rehearsal) == " Note › 陈▏👩‍👩‍👧a")
    rehearsal.press(.delete)
    #expect(Self.text(rehearsal) == "陈a")
    rehearsal.press(.backspace)
    #expect(Self.text(rehearsal) == "a")
    #expect(Self.line(rehearsal) == " Note › ▏a")
  }

  @Test("A paste goes in whole at the cursor, its line breaks as spaces")
  func pasteAtCursor() {
    var rehearsal = Self.typed("Call  today")
    for _ in 0..<6 { rehearsal.press(.left) }
    rehearsal.press(.pasteStart)
    rehearsal.type("the")
    rehearsal.press(.enter)
    rehearsal.type("venue")
    rehearsal.press(.pasteEnd)
    #expect(Self.text(rehearsal) == "Call the venue today")
    rehearsal.press(.enter)
    #expect(rehearsal.model.session.notes.last?.text == "Call the venue today")
  }

  @Test("In a long line the cursor stays in view, with some of what follows it")
  func longLine() {
    let words = (1...40).map { "w\($0)" }.joined(separator: " ")
    var rehearsal = Self.typed(words)
    #expect(Self.line(rehearsal).hasSuffix("w39 w40▏"))
    rehearsal.press(.home)
    #expect(Self.line(rehearsal).hasPrefix(" Note › ▏w1 w2 w3 "))
    #expect(DisplayWidth.of(Self.line(rehearsal)) <= 80)
    for _ in 0..<3 { rehearsal.press(.right) }
    rehearsal.press(.end)
    for _ in 0..<7 { rehearsal.press(.left) }
    let line = Self.line(rehearsal)
    #expect(line.contains("w38 ▏w39 w40"))
    #expect(DisplayWidth.of(line) == 80)
  }
}
