import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("Live meeting screen")
struct MeetingScreenTests {
  @Test("a new demo meeting at 80x24 shows agenda, stick, prompt, timer, notes and keys")
  func freshMeetingAt80x24() {
    let rehearsal = Rehearsal()
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
        "│1 › Ana                   next││           ██  ██ ██ ██  ██ ██  ██            │",
        "│2 · Bo                 waiting││           ██████    ██████ ██████            │",
        "│3 · Chen               waiting││                                              │",
        "│4 · Dee                waiting││                                              │",
        "│                              ││                                              │",
        "│                              ││ Item time left · n gives the stick to Ana    │",
        "│                              │╰──────────────────────────────────────────────╯",
        "│                              │╭─ Notes ──────────────────────────────────────╮",
        "│                              ││ i note · d decision · a action               │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│facilitator: Ana              ││                                              │",
        "│timekeeper: Bo                ││                                              │",
        "│scribe: Chen                  ││                                              │",
        "╰──────────────────────────────╯╰──────────────────────────────────────────────╯",
        " n next   p pass   1-9 give   Space pause   [ ] item   ? keys   q end",
      ])
  }

  @Test("in a round the footer ends with ? keys and q end at every width from 80")
  func footerKeepsHelpAndEnd() {
    let rehearsal = Rehearsal()
    for width in [80, 90, 100, 120] {
      let footer = rehearsal.screen(width, 24).last ?? ""
      #expect(footer.hasPrefix(" n next   p pass"), "\(width): \(footer)")
      #expect(
        footer.trimmingCharacters(in: .whitespaces).hasSuffix("? keys   q end"),
        "\(width): \(footer)")
    }
  }

  @Test("mid-round at 120x40: a pass, a speaker with a running timer and a decision")
  func midRoundAt120x40() {
    var rehearsal = Rehearsal()
    rehearsal.press(.character("n"))
    rehearsal.wait(65)
    rehearsal.press(.character("p"))
    rehearsal.wait(95)
    rehearsal.press(.character("d"))
    rehearsal.type("We meet again on Friday")
    rehearsal.press(.enter)
    expectScreen(
      rehearsal.screen(120, 40),
      [
        " Hearth · Demo Pod · Check-in                                                                    item 1/4 · 2 of 38 min",
        "╭─ Agenda ───────────────────────────────────╮╭─ Arrival round ────────────────────────────────────────────────────────╮",
        "│▶ 1 Arrival round                 6 min left││ “How are you arriving?”                                                │",
        "│  2 Updates and asks                   20:00││                                                                        │",
        "│  3 Action review                       5:00││                                                                        │",
        "│  4 Closing round                       5:00││                        ██████    ██████ ██████                         │",
        "╰────────────────────────────────────────────╯│                        ██  ██ ██     ██ ██                             │",
        "╭─ Talking stick · rotate ───────────────────╮│                        ██  ██    ██████ ██████                         │",
        "│1 ↷ Ana           passed, asked again at end││                        ██  ██ ██ ██         ██                         │",
        "│2 ▶ Bo                              speaking││                        ██████    ██████ ██████                         │",
        "│3 › Chen                                next││                                                                        │",
        "│4 · Dee                              waiting││                                                                        │",
        "│                                            ││                                                                        │",
        "│                                            ││ Bo · 1:35 of 2:00 · time left                                          │",
        "│                                            │╰────────────────────────────────────────────────────────────────────────╯",
        "│                                            │╭─ Notes ────────────────────────────────────────────────────────────────╮",
        "│                                            ││ ◆ Decision: We meet again on Friday                                    │",
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
        "│                                            ││                                                                        │",
        "│                                            ││                                                                        │",
        "│facilitator: Ana                            ││                                                                        │",
        "│timekeeper: Bo                              ││                                                                        │",
        "│scribe: Chen                                ││                                                                        │",
        "╰────────────────────────────────────────────╯╰────────────────────────────────────────────────────────────────────────╯",
        " Decision saved.",
      ])
  }
}
