import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("The note line: long lines, refused lines, and what could not be saved")
struct NoteLineTests {
  /// A meeting whose first item, a round, is confidential.
  static func confidential() -> Rehearsal {
    let format = Format(
      name: "case", title: "Case",
      items: [
        AgendaItem(
          title: "The case", kind: .round, timebox: 10 * 60, turnTimebox: 2 * 60,
          confidential: true),
        AgendaItem(title: "Closing round", kind: .round, timebox: 5 * 60, turnTimebox: 60),
      ])
    let start = SessionStart(
      id: "case", pod: "Demo Pod", format: format, attendees: ["Ana", "Bo", "Chen", "Dee"],
      roles: ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Chen"], seed: 7,
      priorSessions: 0)
    return Rehearsal(.started(start, at: TestClock().now()))
  }

  @Test("i in a confidential item shows why and drops the typed line: no key becomes a command")
  func refusedLineIsDropped() {
    var rehearsal = Self.confidential()
    rehearsal.press(.character("n"))
    rehearsal.wait(20)
    let records = rehearsal.model.session.records
    rehearsal.press(.character("i"))
    rehearsal.type("now pass to 2 and undo, quickly? ]")
    rehearsal.wait(5)
    expectScreen(
      rehearsal.screen(80, 24),
      [
        " Hearth · Demo Pod · Case                                item 1/2 · 0 of 15 min",
        "╭─ Agenda ─────────────────────╮╭─ The case ───────────────────────────────────╮",
        "│▶ 1 ⊘ The case     10 min left││                                              │",
        "│  2 Closing round         5:00││                                              │",
        "╰──────────────────────────────╯│                                              │",
        "╭─ Talking stick · roster ─────╮│             ██      ██████ ██████            │",
        "│1 ▶ Ana               speaking││           ████   ██     ██ ██                │",
        "│2 › Bo                    next││             ██      ██████ ██████            │",
        "│3 · Chen               waiting││             ██   ██     ██     ██            │",
        "│4 · Dee                waiting││           ██████    ██████ ██████            │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│                              ││ Ana · 0:25 of 2:00 · time left               │",
        "│                              │╰──────────────────────────────────────────────╯",
        "│                              │╭─ Notes ──────────────────────────────────────╮",
        "│                              ││ Confidential item: no notes are kept.        │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│facilitator: Ana              ││                                              │",
        "│timekeeper: Bo                ││                                              │",
        "│scribe: Chen                  ││                                              │",
        "╰──────────────────────────────╯╰──────────────────────────────────────────────╯",
        " This item is confidential: no notes are kept. Typing is dropped; Esc closes.",
      ])
    #expect(rehearsal.grid(80, 24).role(of: "This item is confidential", row: 23) == .dialog)
    #expect(rehearsal.model.session.records == records, "nothing typed was taken as a command")
    rehearsal.press(.enter)
    #expect(rehearsal.model.mode == .normal)
    #expect(rehearsal.model.session.records == records, "Enter closes the line, saving nothing")
    #expect(rehearsal.screen(80, 24)[23] == " Nothing written.")
    rehearsal.press(.character("n"))
    #expect(rehearsal.model.session.holder == "Bo", "after Enter, keys are meeting keys again")
  }

  @Test("d and a are refused the same way; Esc closes; Ctrl-C still leaves")
  func everyKindIsRefused() {
    for key in ["d", "a"] {
      var rehearsal = Self.confidential()
      let records = rehearsal.model.session.records
      rehearsal.press(.character(Character(key)))
      rehearsal.type("q y u 1 p")
      rehearsal.press(.tab, .backspace, .up)
      #expect(rehearsal.model.mode == .refusedWriting(reason: Self.reason))
      #expect(rehearsal.model.session.records == records)
      rehearsal.press(.escape)
      #expect(rehearsal.model.mode == .normal)
      #expect(rehearsal.model.session.records == records)
      rehearsal.press(.character(Character(key)))
      #expect(rehearsal.model.handle(.control("c")) == .perform(.leave))
    }
  }

  static let reason = "This item is confidential: no notes are kept."

  @Test("a line of 10,000 characters shows its end, wide characters whole, and stays fast")
  func longLine() throws {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("i"))
    let line = String(repeating: "la garden 庭 ", count: 833) + "ends here 庭庭!!!"
    rehearsal.type(line)
    guard case .writing(.note, let typed) = rehearsal.model.mode else {
      Issue.record("the note line closed")
      return
    }
    #expect(typed == line)
    // 80 columns: " Note › " (8), 71 columns for text, the cursor. 庭 takes two columns, so
    // the one that would take the 70th and 71st from the end is left out.
    #expect(
      rehearsal.screen(80, 24)[23]
        == " Note ›  la garden 庭 la garden 庭 la garden 庭 la garden 庭 ends here 庭庭!!!▏")
    let start = Date()
    for _ in 0..<50 {
      rehearsal.press(.character("x"))
      _ = rehearsal.grid(80, 24)
    }
    // Measuring the whole line on each key took seconds per key at this length (minutes for
    // these 50); the bound only catches that, hearth-bench measures the real cost.
    #expect(Date().timeIntervalSince(start) < 30, "50 keys and frames at 10,000 characters")
  }

  @Test("a pasted line break is a space in the note line; a paste outside it runs nothing")
  func bracketedPaste() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    let records = rehearsal.model.session.records
    rehearsal.press(.pasteStart)
    rehearsal.type("n p u q")
    rehearsal.press(.enter, .character("y"), .pasteEnd)
    #expect(rehearsal.model.session.records == records, "no pasted key ran as a command")
    #expect(
      rehearsal.screen(80, 24)[23]
        == " Pasted text is not taken as keys: press i first to paste it into a note.")
    rehearsal.press(.character("i"), .pasteStart)
    rehearsal.type("First line")
    rehearsal.press(.enter, .character("n"), .enter, .character("q"), .escape, .tab)
    rehearsal.type("last line")
    rehearsal.press(.pasteEnd)
    #expect(rehearsal.model.mode == .writing(.note, "First line n q last line"))
    rehearsal.press(.enter)
    #expect(rehearsal.model.session.notes.map(\.text) == ["First line n q last line"])
    #expect(rehearsal.model.session.records.count == records.count + 1, "just the note")
    rehearsal.press(.character("n"))
    #expect(rehearsal.model.session.holder == "Bo", "after the paste, keys are keys again")
  }

  @Test("what could not be saved stays on screen; only r and Ctrl-C do anything")
  func unsaved() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("i"))
    rehearsal.type("We meet at Bo's")
    guard case .perform(let command)? = rehearsal.model.handle(.enter) else {
      Issue.record("Enter did not save")
      return
    }
    rehearsal.model.failedToSave(
      command, problem: "the disk is full: nothing after 19:42:10 was saved")
    let records = rehearsal.model.session.records
    expectScreen(
      rehearsal.screen(80, 24),
      [
        " Hearth · Demo Pod · Check-in                            item 1/4 · 0 of 38 min",
        "╭─ Agenda ─────────────────────╮╭─ Arrival round ──────────────────────────────╮",
        "│▶ 1 Arrival round   8 min left││ “How are you arriving?”                      │",
        "│  2 Updates and asks     20:00││                                              │",
        "│  3 Action review         5:00││                                              │",
        "│  4 Closing round         5:00││           ██████    ██████ ██████            │",
        "╰──────────────────────────────╯│           ██  ██ ██ ██  ██ ██  ██            │",
        "╭─ Talking stick · rotate ─────╮│           ██████    ██  ██ ██  ██            │",
        "│1 › Ana    ╭─ Not saved ─────────────────────────────────────────╮            │",
        "│2 · Bo     │ The disk is full: nothing after 19:42:10 was saved. │            │",
        "│3 · Chen   │                                                     │            │",
        "│4 · Dee    │ Free space, then press r to retry.                  │            │",
        "│           │ Ctrl-C leaves; hearth resume continues              │            │",
        "│           │ from what was saved.                                │k to Ana    │",
        "│           ╰─────────────────────────────────────────────────────╯────────────╯",
        "│                              │╭─ Notes ──────────────────────────────────────╮",
        "│                              ││ i note · d decision · a action               │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│facilitator: Ana              ││                                              │",
        "│timekeeper: Bo                ││                                              │",
        "│scribe: Chen                  ││                                              │",
        "╰──────────────────────────────╯╰──────────────────────────────────────────────╯",
        " Not saved · r retry · Ctrl-C leave (hearth resume continues)",
      ])
    #expect(rehearsal.grid(80, 24).role(of: "The disk is full", row: 9) == .dialog)
    let large = rehearsal.screen(160, 48).joined(separator: "\n")
    #expect(large.contains("│ The disk is full: nothing after 19:42:10 was saved. │"))
    #expect(large.contains("│ Free space, then press r to retry."))
    #expect(
      rehearsal.screen(80, 24)[23]
        == " Not saved · r retry · Ctrl-C leave (hearth resume continues)")
    for key: Key in [
      .character("n"), .character("p"), .character(" "), .character("u"), .character("q"),
      .character("y"), .character("i"), .character("1"), .enter, .escape, .tab, .pick(1),
    ] {
      #expect(rehearsal.model.handle(key) == nil, "\(key) does nothing while unsaved")
    }
    #expect(rehearsal.model.session.records == records)
    #expect(rehearsal.model.handle(.character("r")) == .retry(command))
    #expect(rehearsal.model.handle(.control("c")) == .perform(.leave))
    var session = rehearsal.model.session
    let decision = session.perform(command, at: rehearsal.clock.now())
    rehearsal.model.apply(decision, session: session, for: command)
    #expect(rehearsal.model.mode == .normal)
    #expect(rehearsal.screen(80, 24)[23] == " Note saved.")
    #expect(rehearsal.screen(80, 24).contains { $0.contains("• We meet at Bo's") })
  }
}
