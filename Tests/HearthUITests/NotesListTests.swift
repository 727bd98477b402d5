import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("e lists this meeting's notes in full; Enter edits one, d deletes it after asking")
struct NotesListTests {
  /// The demo check-in with a note, a decision too long for one row and an action, Bo speaking.
  static func rehearsal() -> Rehearsal {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"), .character("2"))
    rehearsal.press(.character("i"))
    rehearsal.type("Ana arrived tired")
    rehearsal.press(.enter, .character("d"))
    rehearsal.type(
      "We meet every other Tuesday from January, in the library room, and rotate the tea")
    rehearsal.press(.enter, .character("a"))
    rehearsal.type("book the room")
    rehearsal.press(.enter)
    return rehearsal
  }

  @Test("the list at 80x24: every note in full, the newest chosen, the keys on its last row")
  func list80() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("e"))
    expectScreen(
      rehearsal.screen(80, 24),
      [
        " Hearth · Demo Pod · Check-in                            item 1/4 · 0 of 38 min",
        "╭─ This meeting's notes (3) ───────────────────────────────────────────────────╮",
        "│ • Ana arrived tired (item 1)                                                 │",
        "│ ◆ Decision: We meet every other Tuesday from January, in the library room,   │",
        "│   and rotate the tea (item 1)                                                │",
        "│ → Action (Bo): book the room (item 1)                                        │",
        "│                                                                              │",
        "│ ↑ ↓ choose · Enter edit · d delete · Esc close                               │",
        "╰──────────────────────────────────────────────────────────────────────────────╯",
        "│2 ▶ Bo                speaking││           ██████    ██████ ██████            │",
        "│3 › Chen                  next││                                              │",
        "│4 · Dee                waiting││                                              │",
        "│                              ││                                              │",
        "│                              ││ Bo · 0:00 of 2:00 · time left                │",
        "│                              │╰──────────────────────────────────────────────╯",
        "│                              │╭─ Notes ──────────────────────────────────────╮",
        "│                              ││ • Ana arrived tired                          │",
        "│                              ││ ◆ Decision: We meet every other Tuesday from…│",
        "│                              ││ → Action (Bo): book the room                 │",
        "│facilitator: Ana              ││                                              │",
        "│timekeeper: Bo                ││                                              │",
        "│scribe: Chen                  ││                                              │",
        "╰──────────────────────────────╯╰──────────────────────────────────────────────╯",
        " n next   p pass   1-9 give   Space pause   [ ] item   ? keys   q end",
      ])
    #expect(rehearsal.grid(80, 24).role(of: "→ Action (Bo)", row: 5) == .selected)
    #expect(rehearsal.grid(80, 24).role(of: "• Ana arrived", row: 2) == .note)
  }

  @Test("the list at 120x40, the first note chosen with ↑")
  func list120() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("e"), .up, .up, .up)
    expectScreen(
      rehearsal.screen(120, 40),
      [
        " Hearth · Demo Pod · Check-in                                                                    item 1/4 · 0 of 38 min",
        "╭─ This meeting's notes (3) ───────────────────────────────────────────────────────────────────────────────────────────╮",
        "│ • Ana arrived tired (item 1)                                                                                         │",
        "│ ◆ Decision: We meet every other Tuesday from January, in the library room, and rotate the tea (item 1)               │",
        "│ → Action (Bo): book the room (item 1)                                                                                │",
        "│                                                                                                                      │",
        "│ ↑ ↓ choose · Enter edit · d delete · Esc close                                                                       │",
        "╰──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╯",
        "│1 ✓ Ana                                spoke││                        ██     ██ ██  ██ ██  ██                         │",
        "│2 ▶ Bo                              speaking││                        ██████    ██████ ██████                         │",
        "│3 › Chen                                next││                                                                        │",
        "│4 · Dee                              waiting││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││ Bo · 0:00 of 2:00 · time left                                          │",
        "│                                            │╰────────────────────────────────────────────────────────────────────────╯",
        "│                                            │╭─ Notes ────────────────────────────────────────────────────────────────╮",
        "│                                            ││ • Ana arrived tired                                                    │",
        "│                                            ││ ◆ Decision: We meet every other Tuesday from January, in the library r…│",
        "│                                            ││ → Action (Bo): book the room                                           │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│facilitator: Ana                            ││                                                                        │",
        "│timekeeper: Bo                              ││                                                                        │",
        "│scribe: Chen                                ││                                                                        │",
        "╰────────────────────────────────────────────╯╰────────────────────────────────────────────────────────────────────────╯",
        " n next   p pass   1-9 give   Space pause   [ ] item   i d a write   u undo   g agreements   ? keys   q end",
      ])
    #expect(rehearsal.grid(120, 40).role(of: "• Ana arrived", row: 2) == .selected)
  }

  @Test("Enter opens the chosen note in the input line; Enter saves the edit in its place")
  func edit() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("e"), .up, .up, .enter)
    #expect(rehearsal.model.mode == .writing(.note, "Ana arrived tired"))
    #expect(rehearsal.screen(80, 24)[23].hasPrefix(" Edit note › Ana arrived tired▏"))
    rehearsal.press(.control("w"))
    rehearsal.type("rested")
    rehearsal.press(.enter)
    #expect(rehearsal.model.session.notes.map(\.text).first == "Ana arrived rested")
    #expect(rehearsal.model.session.notes.count == 3, "edited in place, nothing added")
    #expect(rehearsal.model.message?.text == "Note edited.")
    #expect(rehearsal.model.mode == .normal)
    #expect(rehearsal.model.editing == nil)
  }

  @Test("an edited action says its owner; @dee gives it to Dee; Esc changes nothing")
  func editAction() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("e"), .enter)
    let line = rehearsal.screen(80, 24)[23]
    #expect(line.hasPrefix(" Edit action › book the room▏"))
    #expect(line.hasSuffix("→ owner: Bo"))
    rehearsal.press(.escape)
    #expect(rehearsal.model.message?.text == "Nothing changed.")
    rehearsal.press(.character("e"), .enter, .home)
    rehearsal.type("@dee ")
    rehearsal.press(.enter)
    #expect(rehearsal.model.session.notes.last?.owner == "Dee")
    #expect(rehearsal.model.session.notes.last?.text == "book the room")
  }

  @Test("d asks first; n keeps the note, y deletes it and the list stays open on the next")
  func delete() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("e"), .up, .character("d"))
    #expect(
      rehearsal.screen(80, 24)[7]
        == "│ Delete this decision? y deletes it for good · any other key keeps it         │")
    rehearsal.press(.character("n"))
    #expect(rehearsal.model.session.notes.count == 3)
    #expect(rehearsal.model.mode == .notes(selected: 1))
    rehearsal.press(.character("d"), .character("y"))
    #expect(rehearsal.model.session.notes.map(\.text) == ["Ana arrived tired", "book the room"])
    #expect(rehearsal.model.message?.text == "Decision deleted.")
    #expect(rehearsal.model.mode == .notes(selected: 1))
    rehearsal.press(.character("d"), .character("y"), .character("d"), .character("y"))
    #expect(rehearsal.model.session.notes.isEmpty)
    #expect(rehearsal.model.mode == .normal, "the list closes with its last note")
  }

  @Test("e with nothing written says so; keys in the list are not meeting keys")
  func emptyAndKeys() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("e"))
    #expect(rehearsal.model.mode == .normal)
    #expect(
      rehearsal.model.message?.text
        == "Nothing written yet in this meeting: i note · d decision · a action.")
    rehearsal = Self.rehearsal()
    let holder = rehearsal.model.session.holder
    rehearsal.press(.character("e"), .character("n"), .character("p"), .character("q"))
    #expect(rehearsal.model.session.holder == holder, "n and p did nothing")
    #expect(rehearsal.model.mode == .normal, "q closed the list, it did not end the meeting")
  }

  @Test("? lists e on the note's line, and the help still fits 80x24")
  func help() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("?"))
    let screen = rehearsal.screen(80, 24)
    #expect(
      screen.contains {
        $0.contains("i e      write a note / this meeting's notes: read, edit, delete")
      })
    #expect(screen.contains { $0.contains("Any key closes this help.") })
  }
}
