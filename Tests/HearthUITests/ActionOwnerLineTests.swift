import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("The action line says who will own the action before Enter")
struct ActionOwnerLineTests {
  /// A check-in of four, one of them with a CJK name, nobody holding the stick yet.
  static func rehearsal() -> Rehearsal {
    let start = SessionStart(
      id: "owners", pod: "Demo Pod", format: BuiltIn.checkIn,
      attendees: ["Ana", "Anabel", "Chen 陈", "Dee"], roles: ["facilitator": "Ana"], seed: 7,
      priorSessions: 0)
    return Rehearsal(.started(start, at: TestClock().now()))
  }

  static func inputLine(_ rehearsal: Rehearsal) -> String { rehearsal.screen(80, 24)[23] }

  @Test("@chen names Chen 陈 at the right of the line; Enter saves it to her without the name")
  func named() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("a"))
    #expect(Self.inputLine(rehearsal).hasSuffix("→ no owner"))
    rehearsal.press(.character("n"))
    #expect(rehearsal.model.mode == .writing(.action, "n"), "typed, not a meeting key")
    rehearsal.press(.backspace, .escape, .character("n"), .character("a"))
    let speaker = rehearsal.model.session.holder ?? "nobody"
    #expect(Self.inputLine(rehearsal).hasSuffix("→ owner: \(speaker)"), "the speaker, unless named")
    rehearsal.type("@chen book the room")
    let line = Self.inputLine(rehearsal)
    #expect(line.hasPrefix(" Action › @chen book the room▏"))
    #expect(line.hasSuffix("→ owner: Chen 陈"))
    #expect(DisplayWidth.of(line) <= 80)
    rehearsal.press(.enter)
    #expect(rehearsal.model.session.notes.last?.owner == "Chen 陈")
    #expect(rehearsal.model.session.notes.last?.text == "book the room")
    #expect(rehearsal.model.mode == .normal)
  }

  @Test("@Nobody and an ambiguous @an are said while typing; Enter refuses and keeps the line")
  func refused() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("a"))
    rehearsal.type("@Nobody books")
    #expect(Self.inputLine(rehearsal).hasSuffix("→ @Nobody is nobody present"))
    rehearsal.press(.enter)
    #expect(rehearsal.model.mode == .writing(.action, "@Nobody books"), "what was typed stays")
    #expect(rehearsal.model.session.notes.isEmpty)
    let line = Self.inputLine(rehearsal)
    #expect(line.hasPrefix(" Action › "))
    #expect(line.contains("@Nobody is nobody present (present: Ana, Anabel, Chen"))
    for _ in 0..<"Nobody books".count { rehearsal.press(.backspace) }
    rehearsal.type("an calls")
    #expect(Self.inputLine(rehearsal).hasSuffix("→ Ana or Anabel?"))
    rehearsal.press(.enter)
    #expect(rehearsal.model.message?.text == "@an could be Ana or Anabel: type more of the name.")
    rehearsal.press(.backspace)
    #expect(rehearsal.model.mode == .writing(.action, "@an call"))
    #expect(Self.inputLine(rehearsal).hasSuffix("→ Ana or Anabel?"), "the refusal lasts one key")
  }
}
