import Foundation
import Testing

@testable import HearthCore

@Suite("The Markdown transcript")
struct TranscriptTests {
  static let secret = AgendaItem(title: "Case [private]", kind: .round, confidential: true)

  /// A whole meeting whose names and notes are full of Markdown-special characters.
  static func meeting() -> Rig {
    var rig = Rig(
      format: Fixture.format(Fixture.arrival, secret, Fixture.closing),
      attendees: ["Ana", "Bo_b", "Chen*", "Dee"],
      roles: ["facilitator": "Ana", "scribe": "Bo_b", "timekeeper": "Chen*"],
      pod: "Pod #1 <Tuesday>")
    rig.must(.next)
    rig.advance(45)
    rig.must(.next)
    rig.advance(3)
    rig.must(.pass)
    rig.advance(125)
    rig.must(.next)
    rig.advance(30)
    rig.must(.next)
    rig.advance(20)
    rig.must(.next)
    rig.must(.write(.note, "Tea is <hot> & #1"))
    rig.must(.write(.decision, "Meet | monthly"))
    rig.must(.write(.action, "@Dee books the room"))
    rig.must(.write(.action, "Chen*: send notes"))
    rig.must(.nextItem)
    rig.must(.give(1))
    rig.advance(60)
    rig.must(.nextItem)
    rig.advance(10)
    rig.must(.end)
    return rig
  }

  /// Pairs of list items on either side of one blank line that CommonMark reads as items of one
  /// loose list: both begin with the same bullet (`-`, `*` or `+`). A change of bullet, or
  /// anything but a blank line between them, starts a new list.
  static func mergedLists(_ markdown: String) -> [(String, String)] {
    let lines = markdown.components(separatedBy: "\n")
    func bullet(_ line: String) -> Character? {
      guard let first = line.first, "-*+".contains(first), line.dropFirst().first == " " else {
        return nil
      }
      return first
    }
    return lines.indices.dropFirst().dropLast().compactMap { index in
      guard lines[index].isEmpty, let before = bullet(lines[index - 1]),
        bullet(lines[index + 1]) == before
      else { return nil }
      return (lines[index - 1], lines[index + 1])
    }
  }

  @Test("an item's turns and its notes are two lists, never one loose list")
  func turnsAndNotesApart() {
    let rig = Self.meeting()
    let markdown = Transcript.markdown(rig.state, at: rig.now, timeZone: .gmt)
    #expect(markdown.contains("- Bo\\_b: 20s\n\n* Tea is"), "the notes take the other bullet")
    let merged = Self.mergedLists(markdown)
    #expect(merged.isEmpty, "read as one list: \(merged)")
    #expect(Self.mergedLists("- a\n\n- b\n").count == 1, "the check sees a merged list")
  }

  @Test("The transcript lists attendees, roles, turns, notes, airtime and actions")
  func wholeTranscript() {
    let rig = Self.meeting()
    let markdown = Transcript.markdown(rig.state, at: rig.now, timeZone: .gmt)
    let expected = ##"""
      # Test: Pod \#1 \<Tuesday\>

      27 November 2026, 19:00–19:04 · 4m 53s · session `2026-11-27T1900-test`

      - **Present:** Ana, Bo\_b, Chen\*, Dee
      - **Roles:** facilitator Ana, timekeeper Chen\*, scribe Bo\_b

      ## 1. Arrival round (3m 43s of 10m 00s)

      > How are you arriving?

      - Ana: 45s
      - Bo\_b: passed
      - Chen\*: 2m 05s
      - Dee: 30s
      - Bo\_b: 20s

      * Tea is \<hot\> & \#1
      * **Decision:** Meet \| monthly
      * **Action (Dee):** books the room
      * **Action (Chen\*):** send notes

      ## 2. Case \[private\] (1m 00s)

      - Ana: 1m 00s

      _Confidential: no notes kept._

      ## 3. Closing round (10s of 5m 00s)

      ## Airtime

      | Member | Time | Share |
      |---|---:|---:|
      | Ana | 1m 45s | 38% |
      | Bo\_b | 20s | 7% |
      | Chen\* | 2m 05s | 45% |
      | Dee | 30s | 11% |

      Balance (largest share over smallest): 6.2

      ## Actions

      - [ ] books the room (Dee)
      - [ ] send notes (Chen\*)

      """##
    #expect(markdown == expected)
  }

  @Test("Times are shown in the given time zone")
  func timeZone() throws {
    let rig = Self.meeting()
    let zone = try #require(TimeZone(secondsFromGMT: 5 * 3600))
    let markdown = Transcript.markdown(rig.state, at: rig.now, timeZone: zone)
    #expect(markdown.contains("28 November 2026, 0:00–0:04 · 4m 53s"))
  }

  @Test("A meeting still running says so and lists the turn in progress")
  func notEnded() {
    var rig = Rig()
    rig.must(.next)
    rig.advance(70)
    let markdown = Transcript.markdown(rig.state, at: rig.now, timeZone: .gmt)
    #expect(markdown.contains("27 November 2026, 19:00, not ended · 1m 10s"))
    #expect(markdown.contains("\n- Ana: 1m 10s\n"))
    #expect(!markdown.contains("## Actions"))
    #expect(!markdown.contains("Balance"))
  }

  @Test(
    "Markdown-special characters in user text are escaped",
    arguments: [
      ("a_b", ##"a\_b"##), ("*bold*", ##"\*bold\*"##), ("`code`", ##"\`code\`"##),
      ("[link](x)", ##"\[link\](x)"##), ("<b>", ##"\<b\>"##), ("# h", ##"\# h"##),
      ("a|b", ##"a\|b"##),
      (##"back\slash"##, ##"back\\slash"##), ("plain text, 100%!", "plain text, 100%!"),
    ])
  func escape(text: String, escaped: String) {
    #expect(Transcript.escape(text) == escaped)
  }
}
