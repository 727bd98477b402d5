import Foundation
import HearthCore
import Testing

@testable import HearthUI

/// The screen after a meeting ends: what was decided and who does what, airtime, next time's
/// roles and where the transcript is, read from the record.
@Suite("The summary after a meeting")
struct EndSummaryTests {
  static func summary() throws -> EndSummary {
    EndSummary(
      try RecordReadingTests.record(),
      next: [
        .init(role: "facilitator", member: "Bo"), .init(role: "timekeeper", member: "Chen 陈"),
      ],
      transcript: "/home/ana/.hearth/pods/demo/sessions/2026-03-04-1900/transcript.md",
      timeZone: RecordReadingTests.utc)
  }

  @Test("at 80x24 every part shows, without Markdown marks")
  func small() throws {
    let screen = try Self.summary().render(width: 80, height: 24).lines
    expectScreen(
      screen,
      [
        " Hearth · Demo Pod · meeting ended",
        " Check-in: Demo Pod",
        " 27 November 2026, 19:00–19:05 · 5m 20s · session demo",
        " Present: Ana, Bo, Chen, Dee",
        " Transcript (or `hearth show demo`):",
        "    /home/ana/.hearth/pods/demo/sessions/2026-03-04-1900/transcript.md",
        "",
        " Decisions",
        "    Meet at José's",
        "",
        " Actions",
        "    ☐ books the room (Bo)",
        "    ☐ Ask about the garden rota (Bo)",
        "",
        " Airtime",
        "    Ana   40s       17%  ████",
        "    Bo    3m 20s    83%  ████████████████████",
        "    Chen  0s         0%",
        "    Dee   0s         0%",
        "    Balance (largest share over smallest): 5.0",
        "",
        " Suggested for next time",
        "    facilitator  Bo",
        " r read it in review · any other key leaves · ↓↑ scroll",
      ])
  }

  @Test("at 120x40 the same, with room to spare")
  func large() throws {
    let screen = try Self.summary().render(width: 120, height: 40).lines
    expectScreen(
      screen,
      [
        " Hearth · Demo Pod · meeting ended",
        " Check-in: Demo Pod",
        " 27 November 2026, 19:00–19:05 · 5m 20s · session demo",
        " Present: Ana, Bo, Chen, Dee",
        " Transcript (or `hearth show demo`):",
        "    /home/ana/.hearth/pods/demo/sessions/2026-03-04-1900/transcript.md",
        "",
        " Decisions",
        "    Meet at José's",
        "",
        " Actions",
        "    ☐ books the room (Bo)",
        "    ☐ Ask about the garden rota (Bo)",
        "",
        " Airtime",
        "    Ana   40s       17%  ████",
        "    Bo    3m 20s    83%  ████████████████████",
        "    Chen  0s         0%",
        "    Dee   0s         0%",
        "    Balance (largest share over smallest): 5.0",
        "",
        " Suggested for next time",
        "    facilitator  Bo",
        "    timekeeper   Chen 陈",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        " r read it in review · any other key leaves",
      ])
  }

  @Test("a summary taller than the screen scrolls; r opens review, any other key leaves")
  func keys() throws {
    var summary = try Self.summary()
    #expect(!summary.render(width: 80, height: 24).lines.contains("    timekeeper   Chen 陈"))
    #expect(summary.handle(.down, width: 80, height: 24) == nil)
    let scrolled = summary.render(width: 80, height: 24).lines
    #expect(scrolled[22] == "    timekeeper   Chen 陈")
    #expect(scrolled[1] == " 27 November 2026, 19:00–19:05 · 5m 20s · session demo")
    #expect(summary.handle(.down, width: 80, height: 24) == nil)
    #expect(summary.render(width: 80, height: 24).lines == scrolled)
    #expect(summary.handle(.character("r"), width: 80, height: 24) == .review)
    #expect(summary.handle(.character("q"), width: 80, height: 24) == .leave)
    #expect(summary.handle(.enter, width: 80, height: 24) == .leave)
  }

  @Test("--plain prints the same lines, a meeting without decisions or actions says so")
  func plain() throws {
    let summary = try Self.summary()
    #expect(summary.text.contains("   Meet at José's"))
    #expect(summary.text.contains("   ☐ books the room (Bo)"))
    #expect(!summary.text.joined().contains("**"))
    var record = try RecordReadingTests.record()
    record.blocks.removeAll { [.decision, .actionsWritten].contains($0.kind) }
    let bare = EndSummary(record, next: [], transcript: "t.md", timeZone: RecordReadingTests.utc)
    #expect(
      bare.text.suffix(13).prefix(6) == [
        "", "Decisions", "   None written.", "", "Actions", "   None written.",
      ])
  }
}
