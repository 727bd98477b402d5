import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("Reviewing open actions on the live meeting screen")
struct ActionsScreenTests {
  static let now = TestClock().now()

  // Written whole days before `now`, so their age reads the same in every time zone.

  static let actions = [
    OpenAction(
      id: "2026-11-06T1900-check-in#14", text: "@Bo books the room for December", owner: "Bo",
      session: "2026-11-06T1900-check-in", written: now.addingTimeInterval(-21 * 86_400)),
    OpenAction(
      id: "2026-11-20T1900-check-in#9", text: "Send the notes", owner: nil,
      session: "2026-11-20T1900-check-in", written: now.addingTimeInterval(-7 * 86_400)),
    OpenAction(
      id: "2026-11-20T1900-check-in#12", text: "Dee: ask about a new venue", owner: "Dee",
      session: "2026-11-20T1900-check-in", written: now.addingTimeInterval(-7 * 86_400)),
  ]

  static let format = Format(
    name: "tactical", title: "Tactical",
    items: [
      AgendaItem(title: "Check-in round", kind: .round, timebox: 5 * 60, turnTimebox: 60),
      AgendaItem(title: "Actions", kind: .actions, timebox: 10 * 60),
      AgendaItem(title: "Triage", kind: .open, timebox: 20 * 60),
    ])

  static func rehearsal(actions: [OpenAction] = actions) -> Rehearsal {
    let start = SessionStart(
      id: "2026-11-27T1900-tactical", pod: "Demo Pod", format: format,
      attendees: ["Ana", "Bo", "Chen", "Dee"], roles: ["facilitator": "Ana"], seed: 7,
      priorSessions: 3, openActions: actions)
    return Rehearsal(.started(start, at: now))
  }

  /// The rehearsal on its actions item.
  static func reviewing(actions: [OpenAction] = actions) -> Rehearsal {
    var rehearsal = rehearsal(actions: actions)
    rehearsal.press(.character("]"))
    return rehearsal
  }

  /// The left column of an 80x24 screen below the agenda: the actions pane.
  static func pane(_ rehearsal: Rehearsal) -> [String] {
    rehearsal.screen(80, 24)[6...22].map { String($0.prefix(32)) }
  }

  @Test("in an actions item the footer keeps ? keys and q end, at 80 and at 100 columns")
  func footerKeepsHelpAndEnd() {
    let rehearsal = Self.reviewing()
    for width in [80, 100] {
      let footer = rehearsal.screen(width, 24).last ?? ""
      #expect(footer.hasPrefix(" x z c done/drop/carry"), "\(width): \(footer)")
      #expect(
        footer.trimmingCharacters(in: .whitespaces).hasSuffix("? keys   q end"),
        "\(width): \(footer)")
    }
  }

  @Test("an actions item at 80x24: the actions to review take the talking stick's place")
  func wholeScreen() {
    let rehearsal = Self.reviewing()
    expectScreen(
      rehearsal.screen(80, 24),
      [
        " Hearth · Demo Pod · Tactical                            item 2/3 · 0 of 35 min",
        "╭─ Agenda ─────────────────────╮╭─ Actions ────────────────────────────────────╮",
        "│✓ 1 Check-in round        0:00││                                              │",
        "│▶ 2 Actions        10 min left││                                              │",
        "│  3 Triage               20:00││                                              │",
        "╰──────────────────────────────╯│          ██   ██████    ██████ ██████        │",
        "╭─ Actions to review ──────────╮│        ████   ██  ██ ██ ██  ██ ██  ██        │",
        "│▶ 1 @Bo books the room f… open││          ██   ██  ██    ██  ██ ██  ██        │",
        "│    Bo · written 3 weeks ago  ││          ██   ██  ██ ██ ██  ██ ██  ██        │",
        "│· 2 Send the notes        open││        ██████ ██████    ██████ ██████        │",
        "│    written a week ago        ││                                              │",
        "│· 3 Dee: ask about a new… open││                                              │",
        "│    Dee · written a week ago  ││                                              │",
        "│                              ││ Actions · item time left                     │",
        "│                              │╰──────────────────────────────────────────────╯",
        "│                              │╭─ Notes ──────────────────────────────────────╮",
        "│                              ││ i note · d decision · a action               │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│Reviewed 0 of 3 · j k choose  ││                                              │",
        "│x done · z dropped · c carried││                                              │",
        "╰──────────────────────────────╯╰──────────────────────────────────────────────╯",
        " x z c done/drop/carry   j k choose   Space pause   [ ] item   ? keys   q end",
      ])
    let grid = rehearsal.grid(80, 24)
    #expect(grid.role(of: "▶ 1 @Bo books", row: 7) == .selected)
    #expect(grid.role(of: "open", row: 7) == .selected)
    #expect(grid[30, 7].role == .selected, "the whole selected row is highlighted")
    #expect(grid.role(of: "Bo · written 3 weeks ago", row: 8) == .dim)
    #expect(grid.role(of: "· 2 Send the notes", row: 9) == .actionOpen)
    #expect(grid.role(of: "x done", row: 21) == .dim)
  }

  @Test("x z c mark done, dropped and carried; the selection moves to the next unreviewed")
  func reviewEach() {
    var rehearsal = Self.reviewing()
    rehearsal.press(.character("x"))
    #expect(rehearsal.model.session.actionStatus(of: Self.actions[0].id) == .done)
    #expect(rehearsal.model.selectedAction == 1)
    #expect(rehearsal.screen(80, 24)[23] == " Action 1 done.")
    rehearsal.press(.character("z"))
    #expect(rehearsal.model.selectedAction == 2)
    #expect(rehearsal.model.message?.text == "Action 2 dropped.")
    rehearsal.press(.character("c"))
    #expect(rehearsal.model.selectedAction == 2)
    #expect(
      rehearsal.model.message?.text
        == "Action 3 carried forward. Every action is reviewed; ] moves on.")
    expectScreen(
      Array(Self.pane(rehearsal).prefix(8)),
      [
        "╭─ Actions to review ──────────╮",
        "│✓ 1 @Bo books the room f… done│",
        "│    Bo · written 3 weeks ago  │",
        "│✗ 2 Send the notes     dropped│",
        "│    written a week ago        │",
        "│▶ 3 Dee: ask about a … carried│",
        "│    Dee · written a week ago  │",
        "│                              │",
      ])
    #expect(Self.pane(rehearsal)[14] == "│All 3 reviewed · ] next item  │")
    let grid = rehearsal.grid(80, 24)
    #expect(grid.role(of: "✓ 1 @Bo", row: 7) == .actionDone)
    #expect(grid.role(of: "done", row: 7) == .actionDone)
    #expect(grid.role(of: "✗ 2 Send", row: 9) == .actionDropped)
    #expect(grid.role(of: "▶ 3 Dee", row: 11) == .selected)
    #expect(grid.role(of: "All 3 reviewed", row: 20) == .actionDone)
    rehearsal.press(.character("k"))
    #expect(rehearsal.grid(80, 24).role(of: "↷ 3 Dee", row: 11) == .actionCarried)
  }

  @Test("j k and the arrows choose an action, staying within the list")
  func choose() {
    var rehearsal = Self.reviewing()
    rehearsal.press(.character("j"))
    #expect(rehearsal.model.selectedAction == 1)
    rehearsal.press(.down, .down, .character("j"))
    #expect(rehearsal.model.selectedAction == 2)
    #expect(Self.pane(rehearsal)[5] == "│▶ 3 Dee: ask about a new… open│")
    rehearsal.press(.up, .character("k"), .character("k"))
    #expect(rehearsal.model.selectedAction == 0)
    #expect(rehearsal.model.message == nil)
    rehearsal.press(.character("j"), .character("c"))
    #expect(rehearsal.model.session.actionStatus(of: Self.actions[1].id) == .carried)
    #expect(rehearsal.model.selectedAction == 2)
    rehearsal.press(.character("c"))
    #expect(rehearsal.model.selectedAction == 0, "looks again from the top")
  }

  @Test("u undoes a review: the action is open again")
  func undo() {
    var rehearsal = Self.reviewing()
    rehearsal.press(.character("z"), .character("u"))
    #expect(rehearsal.model.session.actionStatus(of: Self.actions[0].id) == .open)
    #expect(rehearsal.model.message?.text == "Undone: marking the action dropped.")
    #expect(Self.pane(rehearsal)[1] == "│· 1 @Bo books the room f… open│")
  }

  @Test("with no open actions the pane says so kindly, and x explains")
  func nothingCarriedOver() {
    var rehearsal = Self.reviewing(actions: [])
    expectScreen(
      Array(Self.pane(rehearsal).prefix(5)),
      [
        "╭─ Actions to review ──────────╮",
        "│ Nothing carried over: no open│",
        "│ actions from earlier         │",
        "│ sessions.                    │",
        "│                              │",
      ])
    #expect(rehearsal.grid(80, 24).role(of: "Nothing carried over", row: 7) == .dim)
    rehearsal.press(.character("x"))
    #expect(rehearsal.model.message?.text.hasPrefix("Nothing carried over") == true)
    rehearsal.press(.character("j"))
    #expect(rehearsal.model.message?.text.hasPrefix("Nothing carried over") == true)
    #expect(rehearsal.model.session.actionReviews.isEmpty)
  }

  @Test("outside an actions item, j k x z c change nothing and say why")
  func elsewhere() {
    var rehearsal = Self.rehearsal()
    let before = rehearsal.model.session
    for key in ["j", "k", "x", "z", "c"] {
      rehearsal.press(.character(Character(key)))
      #expect(rehearsal.model.message?.isError == true)
      #expect(rehearsal.model.message?.text.contains("actions item") == true)
    }
    rehearsal.press(.up, .down)
    #expect(rehearsal.model.session == before)
    #expect(rehearsal.screen(80, 24)[6].hasPrefix("╭─ Talking stick"))
  }

  @Test("the smallest screen lists one action a line")
  func smallest() {
    var rehearsal = Self.reviewing()
    rehearsal.press(.character("x"))
    expectScreen(
      Array(rehearsal.screen(40, 12)[6...10]),
      [
        "╭─ Actions to review ──────────────────╮",
        "│✓ 1 @Bo books the room for Decem… done│",
        "│▶ 2 Send the notes                open│",
        "│· 3 Dee: ask about a new venue    open│",
        "╰──────────────────────────────────────╯",
      ])
  }

  @Test("a long list scrolls to keep the chosen action in view")
  func scrolls() {
    let many = (1...20).map {
      OpenAction(
        id: "s#\($0)", text: "Action number \($0)", owner: nil, session: "s",
        written: Self.now.addingTimeInterval(-86_400))
    }
    var rehearsal = Self.reviewing(actions: many)
    #expect(Self.pane(rehearsal)[1] == "│▶ 1 Action number 1       open│")
    for _ in 1...19 { rehearsal.press(.character("j")) }
    let pane = Self.pane(rehearsal)
    #expect(pane.contains("│▶ 20 Action number 20     open│"))
    #expect(!pane.contains { $0.contains("Action number 1 ") })
    #expect(pane.allSatisfy { DisplayWidth.of($0) == 32 })
  }

  @Test("a meeting resumed in its actions item chooses the first action not yet reviewed")
  func resumeSelection() {
    var rehearsal = Self.reviewing()
    rehearsal.press(.character("x"), .character("x"))
    let model = MeetingModel(session: rehearsal.model.session)
    #expect(model.selectedAction == 2)
  }

  @Test(
    "an action's age: days, then weeks, then the day it was written",
    arguments: [
      (0.0, "written today"), (1, "written yesterday"), (5, "written 5 days ago"),
      (7, "written a week ago"), (10, "written 10 days ago"), (14, "written 2 weeks ago"),
      (27, "written 3 weeks ago"), (70, "written on 18 September 2026"),
    ])
  func age(days: Double, expected: String) {
    let written = Self.now.addingTimeInterval(-days * 86_400)
    #expect(ActionsPane.age(of: written, at: Self.now, timeZone: .gmt) == expected)
  }

  @Test("the help lists the actions keys on one line; no key is bound twice")
  func keys() {
    var rehearsal = Self.reviewing()
    rehearsal.press(.character("?"))
    let text = rehearsal.screen(80, 24).joined(separator: "\n")
    #expect(text.contains("x z c    actions item: done / dropped / carried · j k ↓ ↑ choose"))
    #expect(text.contains("Ctrl-L"))
    let keys = Keymap.meeting.flatMap(\.keys)
    #expect(Set(keys).count == keys.count)
    #expect(Keymap.action(for: .character("x")) == .reviewAction(.done))
    #expect(Keymap.action(for: .character("z")) == .reviewAction(.dropped))
    #expect(Keymap.action(for: .character("c")) == .reviewAction(.carried))
    #expect(Keymap.action(for: .down) == .nextAction)
    #expect(Keymap.action(for: .character("k")) == .previousAction)
  }
}
