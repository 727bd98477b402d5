import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("The history browser")
struct ReviewTests {
  static let utc = TimeZone(identifier: "UTC")!
  static let day = Date(timeIntervalSince1970: 1_795_806_000)

  static func model() -> ReviewModel {
    ReviewModel(
      pod: "Crew",
      rows: [
        .init(
          id: "2026-11-27T1900-check-in", started: day, format: "check-in", seconds: 2520,
          attendees: ["Ana", "Bo", "José"], facilitator: "Ana", remark: "open"),
        .init(
          id: "2026-11-20T1900-check-in", started: day - 7 * 86_400, format: "check-in",
          seconds: 3000, attendees: ["Ana", "Bo"], facilitator: "Bo"),
        .init(
          id: "2026-11-13T1900-check-in", started: day - 14 * 86_400, format: "?", seconds: 0,
          attendees: [], facilitator: nil, remark: "journal.jsonl:3:7: not valid JSON",
          isDamaged: true),
      ])
  }

  /// "Call the venue" open and carried once; "Book the room" done and "Print flyers" dropped,
  /// both in the session of the 27th, facilitated by Ana.
  static func actions() -> ActionLedger {
    var ledger = ActionLedger()
    let written = day - 7 * 86_400
    ledger.record(
      ActionChanges(
        written: [
          OpenAction(
            id: "a#5", text: "Call the venue", owner: "Bo", session: "2026-11-20T1900-check-in",
            written: written),
          OpenAction(
            id: "a#6", text: "Book the room", owner: "Ana", session: "2026-11-20T1900-check-in",
            written: written),
          OpenAction(
            id: "a#7", text: "Print flyers", owner: nil, session: "2026-11-20T1900-check-in",
            written: written),
        ]), session: "2026-11-20T1900-check-in", facilitator: "Bo")
    ledger.record(
      ActionChanges(reviewed: [
        ActionOutcome(id: "a#5", status: .carried, at: day),
        ActionOutcome(id: "a#6", status: .done, at: day),
        ActionOutcome(id: "a#7", status: .dropped, at: day + 60),
      ]), session: "2026-11-27T1900-check-in", facilitator: "Ana")
    return ledger
  }

  static let transcript =
    (1...60).map { ReadingLine("Line \($0) about the garden", .note) } + [
      ReadingLine("Decision: Meet at José's café", .decision),
      ReadingLine("• cafe again", .note),
    ]

  @Test("the list has column headers; open sessions say so in words and damaged ones are marked")
  func list() {
    let lines = ReviewScreen.render(
      Self.model(), width: 100, height: 12, now: Self.day, timeZone: Self.utc
    ).lines
    #expect(lines[0].contains("Hearth · Crew · 3 sessions"))
    #expect(
      lines[1].trimmingCharacters(in: .whitespaces)
        == "Started               Format        Length  Facilitator  Attendees")
    #expect(lines[2].hasPrefix(" ◌ open Fri 27 Nov 2026 19:00 check-in      42m 00s ◆ Ana"))
    #expect(lines[2].contains("◆ Ana        Ana, Bo, José"))
    #expect(lines[3].hasPrefix("        Fri 20 Nov 2026 19:00"), "an ended session has no state")
    #expect(lines[4].hasPrefix(" ⚠      Fri 13 Nov 2026 19:00"))
    #expect(lines[4].contains("damaged: journal.jsonl:3:7: not valid JSON"))
    let column = lines[1].distance(
      from: lines[1].startIndex, to: lines[1].firstRange(of: "Facilitator")!.lowerBound)
    #expect(lines[2].dropFirst(column).hasPrefix("◆ Ana"), "a header stands over its column")
    let grid = ReviewScreen.render(
      Self.model(), width: 100, height: 12, now: Self.day, timeZone: Self.utc)
    #expect(grid.role(of: "Started", row: 1) == .title)
    #expect(grid.role(of: "Fri 27 Nov", row: 2) == .selected)
    #expect(grid.role(of: "⚠", row: 4) == .damaged)
  }

  @Test("the newest rows come first with the whole count; all rows then keep the selection")
  func loadsInTwoSteps() {
    let all = Self.model().rows
    var model = ReviewModel(pod: "Crew", rows: Array(all.prefix(2)), total: 3)
    var lines = ReviewScreen.render(
      model, width: 100, height: 12, now: Self.day, timeZone: Self.utc
    )
    .lines
    #expect(lines[0].contains("Crew · 3 sessions"))
    _ = model.handle(.down, width: 100, height: 12)
    model.load(rows: Array(all.reversed()))
    #expect(model.total == nil)
    #expect(model.rows[model.selected].id == all[1].id, "the same session stays chosen")
    model.removed(all[0].id)
    lines =
      ReviewScreen.render(model, width: 100, height: 12, now: Self.day, timeZone: Self.utc)
      .lines
    #expect(lines[0].contains("Crew · 2 sessions"))
  }

  @Test("Enter opens the selected session; a damaged one explains instead")
  func open() {
    var model = Self.model()
    _ = model.handle(.down, width: 80, height: 24)
    #expect(model.handle(.enter, width: 80, height: 24) == .open("2026-11-20T1900-check-in"))
    _ = model.handle(.character("G"), width: 80, height: 24)
    #expect(model.handle(.enter, width: 80, height: 24) == nil)
    #expect(model.message?.contains("damaged") == true)
  }

  @Test("a transcript scrolls by line and page, and / finds hits ignoring case and accents")
  func transcriptSearch() {
    var model = Self.model()
    model.showTranscript(title: "2026-11-20T1900-check-in", lines: Self.transcript)
    _ = model.handle(.character("j"), width: 80, height: 24)
    #expect(model.scroll == 1)
    let top = ReviewScreen.render(model, width: 80, height: 24, now: Self.day, timeZone: Self.utc)
    #expect(top.lines[0].hasSuffix(" 37%"), "how far, in the header, never over the text")
    #expect(top.lines[22].hasSuffix("Line 23 about the garden"))
    _ = model.handle(.pageDown, width: 80, height: 24)
    #expect(model.scroll == 22)
    _ = model.handle(.character("g"), width: 80, height: 24)
    #expect(model.scroll == 0)
    _ = model.handle(.character("/"), width: 80, height: 24)
    for c in "CAFE" { _ = model.handle(.character(c), width: 80, height: 24) }
    _ = model.handle(.enter, width: 80, height: 24)
    #expect(model.scroll == 60)
    #expect(model.message == "“CAFE”: 1 of 2")
    _ = model.handle(.character("n"), width: 80, height: 24)
    #expect(model.message == "“CAFE”: 2 of 2")
    let grid = ReviewScreen.render(model, width: 80, height: 24, now: Self.day, timeZone: Self.utc)
    let row = grid.lines.firstIndex { $0.contains("cafe again") }!
    #expect(grid.role(of: "cafe", row: row) == .searchHit)
    _ = model.handle(.character("q"), width: 80, height: 24)
    #expect(model.screen == .list)
  }

  @Test("/ in the list searches every session; Enter opens one at its first hit; q goes back")
  func searchEverySession() throws {
    var model = Self.model()
    _ = model.handle(.character("/"), width: 80, height: 24)
    for c in "cafe" { _ = model.handle(.character(c), width: 80, height: 24) }
    let query = try #require(SearchQuery("cafe"))
    #expect(model.handle(.enter, width: 80, height: 24) == .searchAll(query))
    let week = "2026-11-20T1900-check-in"
    model.showResults(
      query: query,
      hits: [
        SearchHit(
          session: "2026-11-27T1900-check-in", started: Self.day, item: "Arrival round",
          kind: .note, text: "Café with José", member: nil),
        SearchHit(
          session: week, started: Self.day - 7 * 86_400, item: "Arrival round", kind: .decision,
          text: "Meet at the cafe", member: nil),
        SearchHit(
          session: week, started: Self.day - 7 * 86_400, item: "Closing round", kind: .note,
          text: "cafe again", member: nil),
      ])
    #expect(model.screen == .results)
    #expect(model.message == "“cafe”: 3 lines in 2 sessions")
    let grid = ReviewScreen.render(model, width: 80, height: 24, now: Self.day, timeZone: Self.utc)
    expectScreen(
      Array(grid.lines[0...5]),
      [
        " Hearth · Crew · search “cafe”",
        " Fri 27 Nov 2026 19:00 · 2026-11-27T1900-check-in",
        "   Arrival round · note: Café with José",
        " Fri 20 Nov 2026 19:00 · 2026-11-20T1900-check-in",
        "   Arrival round · decision: Meet at the cafe",
        "   Closing round · note: cafe again",
      ])
    #expect(grid.role(of: "Arrival round · note", row: 2) == .selected)
    #expect(grid.role(of: "cafe", row: 4) == .searchHit)
    _ = model.handle(.character("j"), width: 80, height: 24)
    #expect(model.handle(.enter, width: 80, height: 24) == .open(week))
    model.showTranscript(title: week, lines: Self.transcript, width: 80)
    #expect(model.scroll == 60, "opened at the first line the search found")
    #expect(model.message == "“cafe”: 1 of 2")
    _ = model.handle(.character("q"), width: 80, height: 24)
    #expect(model.screen == .results)
    _ = model.handle(.character("q"), width: 80, height: 24)
    #expect(model.screen == .list)
    model.showResults(query: try #require(SearchQuery("zzz")), hits: [])
    #expect(model.screen == .list)
    #expect(model.message == "No “zzz” in any session.")
  }

  @Test("d asks before deleting; only y deletes")
  func delete() {
    var model = Self.model()
    #expect(model.handle(.character("d"), width: 80, height: 24) == nil)
    let text = ReviewScreen.render(model, width: 80, height: 24, now: Self.day, timeZone: Self.utc)
      .lines.joined(separator: "\n")
    #expect(text.contains("Delete this session?"))
    #expect(model.handle(.character("n"), width: 80, height: 24) == nil)
    #expect(model.message == "Nothing deleted.")
    _ = model.handle(.character("d"), width: 80, height: 24)
    #expect(
      model.handle(.character("y"), width: 80, height: 24) == .delete("2026-11-27T1900-check-in"))
    model.removed("2026-11-27T1900-check-in")
    #expect(model.rows.count == 2)
  }

  @Test("a shows open actions with owner, age and carries, then closed ones with who and when")
  func actionsScreen() {
    var model = Self.model()
    #expect(model.handle(.character("a"), width: 80, height: 24) == .actions)
    model.showActions(Self.actions())
    let grid = ReviewScreen.render(model, width: 80, height: 24, now: Self.day, timeZone: Self.utc)
    expectScreen(
      Array(grid.lines[0...9]),
      [
        " Hearth · Crew · 1 open action",
        " → Call the venue",
        "    Bo · written a week ago · carried once",
        "",
        " Closed lately",
        " ✗ Print flyers",
        "    no owner · dropped 27 November 2026 (recorded by Ana)",
        " ✓ Book the room",
        "    Ana · marked done 27 November 2026 (recorded by Ana)",
        "",
      ])
    #expect(
      grid.role(of: "→ Call the venue", row: 1) == .selected,
      "the top open action is the one x and z close")
    #expect(grid.role(of: "Closed lately", row: 4) == .title)
    #expect(grid.role(of: "✓ Book the room", row: 7) == .actionDone)
    #expect(grid.role(of: "✗ Print flyers", row: 5) == .actionDropped)
    _ = model.handle(.character("j"), width: 80, height: 24)
    let scrolled = ReviewScreen.render(
      model, width: 80, height: 24, now: Self.day, timeZone: Self.utc
    ).lines
    #expect(scrolled[1].hasPrefix(" Closed lately"))
    #expect(model.handle(.character("q"), width: 80, height: 24) == nil)
    #expect(model.handle(.character("a"), width: 80, height: 24) == nil, "followed once")
    #expect(model.screen == .actions)
    #expect(model.handle(.character("q"), width: 80, height: 24) == nil)
    model.removed("2026-11-20T1900-check-in")
    #expect(
      model.handle(.character("a"), width: 80, height: 24) == .actions,
      "a deleted session's actions are followed again without it")
    #expect(model.handle(.character("q"), width: 80, height: 24) == .quit)
  }

  @Test("s asks for the stats, shown as a readable page with bars styled as bars")
  func stats() throws {
    var model = Self.model()
    #expect(model.handle(.character("s"), width: 120, height: 40) == .stats)
    model.showTranscript(
      title: "stats, last 2 sessions",
      lines: [
        ReadingLine("Airtime", .section), ReadingLine("  Ana   ████████▌ 34%  1h02m", .chart),
        ReadingLine("Attendance", .section), ReadingLine("  Ana   ●●  2/2", .chart),
      ])
    let grid = ReviewScreen.render(model, width: 120, height: 40, now: Self.day, timeZone: Self.utc)
    #expect(grid.lines[0].contains("Crew · stats, last 2 sessions"))
    let bar = try #require(grid.lines.firstIndex { $0.contains("████████▌") })
    #expect(grid.role(of: "Ana", row: bar) == .normal, "the name is plain text")
    #expect(grid.role(of: "████████▌", row: bar) == .barAirtime)
    #expect(grid.lines[bar].contains("  Ana   ████████▌ 34%  1h02m"), "spacing kept")
    #expect(grid.role(of: "Attendance", row: bar + 1) == .title)
  }

  @Test("at 120x40 the list and a transcript use the room, and keep every line in the grid")
  func large() {
    var model = Self.model()
    var lines = ReviewScreen.render(
      model, width: 120, height: 40, now: Self.day, timeZone: Self.utc
    )
    .lines
    #expect(lines.count == 40)
    #expect(
      lines[39].contains("Enter open   / search   s stats   a actions   d delete   ? keys   q quit")
    )
    model.showTranscript(title: "t", lines: Self.transcript)
    lines =
      ReviewScreen.render(model, width: 120, height: 40, now: Self.day, timeZone: Self.utc)
      .lines
    #expect(lines[1].contains("Line 1 about the garden"))
    #expect(lines[38].contains("Line 38 about the garden"))
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 120 })
  }
}
