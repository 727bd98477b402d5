import Foundation
import Testing

@testable import HearthCore

@Suite("Search: folding queries and reading transcripts back")
struct SearchTests {
  func query(_ text: String) throws -> SearchQuery { try #require(SearchQuery(text)) }

  @Test("Case and accents are ignored, both in the query and in the line")
  func folding() throws {
    #expect(try query("jose").matches("Met with José today"))
    #expect(try query("JOSÉ").matches("jose said hi"))
    #expect(try query("cafe").matches("Café on Friday"))
    #expect(try query("café").matches("CAFE ON FRIDAY"))
    #expect(try query("zoe").matches("Zoë 🌱 books the room"))
    #expect(try query("jurgen").matches("Write to Jürgen's friend"))
    #expect(try !query("jose").matches("Josh"))
  }

  @Test("Several words must all be in the line, in any order")
  func allWords() throws {
    let garden = try query("rota  Garden")
    #expect(garden.words == ["rota", "garden"])
    #expect(garden.matches("Bo will share the garden rota"))
    #expect(!garden.matches("Bo will share the garden plan"))
    #expect(SearchQuery("   ") == nil)
  }

  @Test("A query in another script matches only lines that hold it")
  func otherScripts() throws {
    let name = try query("李雷")
    #expect(name.words == ["李雷"])
    #expect(name.matches("@李雷 asks about the room"))
    #expect(!name.matches("Ana asks about the room"))
  }

  @Test("Lines with dashes, quotes and the middle dot take the byte path and still match")
  func neutralCharacters() throws {
    let q = try query("quoted")
    #expect(q.matches("“Quoted” – 19:00 · here"))
    for value in SearchQuery.neutral {
      let text = String(Character(try #require(Unicode.Scalar(value))))
      #expect(SearchQuery.fold(text) == text, "U+\(String(value, radix: 16)) must fold to itself")
    }
  }

  @Test("A file is skipped only when no line of it can match")
  func fileFilter() throws {
    func might(_ q: String, _ file: String) throws -> Bool {
      var file = file
      let query = try self.query(q)
      return file.withUTF8 { query.mightMatch(file: $0) }
    }
    #expect(try !might("garden", "# Check-in\n- Ana: 2m 00s\n19:00–20:00 · 1h\n"))
    #expect(try might("garden", "- The GARDEN\n"))
    #expect(try might("cafe", "- Café\n"))
    #expect(try !might("李雷", "- plain ascii\n"))
    #expect(try might("李雷", "- 李雷\n"))
  }

  @Test("Highlights cover the matching characters of the original line")
  func highlights() throws {
    let line = "José met Jose at the CAFÉ"
    let ranges = try query("jose café").highlights(in: line)
    #expect(ranges.map { String(line[$0]) } == ["José", "Jose", "CAFÉ"])
    #expect(try query("nothing").highlights(in: line).isEmpty)
  }

  /// A finished meeting with a prompt, notes of every kind, a passed turn and Markdown characters.
  func transcript() -> String {
    var rig = Rig(attendees: ["Ana", "Bo", "José", "Dee"])
    rig.speak(30, times: 1)
    rig.must(.pass)
    rig.must(.write(.note, "Café plans with *stars* and a_b"))
    rig.must(.write(.decision, "Meet at the café monthly"))
    rig.must(.write(.action, "@José books the café"))
    rig.must(.write(.action, "Ana: 2m 00s"))
    rig.must(.nextItem)
    rig.must(.nextItem)
    rig.advance(60)
    rig.must(.end)
    return Transcript.markdown(rig.state, at: rig.now, timeZone: .gmt)
  }

  @Test("The searchable lines of a transcript: names, roles, items, prompts and notes, not turns")
  func transcriptLines() {
    let lines = TranscriptSearch.lines(of: transcript())
    let arrival = "Arrival round"
    #expect(
      lines == [
        SearchLine(kind: .member, item: nil, text: "Ana", member: "Ana"),
        SearchLine(kind: .member, item: nil, text: "Bo", member: "Bo"),
        SearchLine(kind: .member, item: nil, text: "José", member: "José"),
        SearchLine(kind: .member, item: nil, text: "Dee", member: "Dee"),
        SearchLine(kind: .role, item: nil, text: "facilitator Ana", member: "Ana"),
        SearchLine(kind: .role, item: nil, text: "scribe Bo", member: "Bo"),
        SearchLine(kind: .item, item: arrival, text: arrival, member: nil),
        SearchLine(kind: .prompt, item: arrival, text: "How are you arriving?", member: nil),
        SearchLine(
          kind: .note, item: arrival, text: "Café plans with *stars* and a_b", member: nil),
        SearchLine(kind: .decision, item: arrival, text: "Meet at the café monthly", member: nil),
        SearchLine(kind: .action, item: arrival, text: "@José books the café", member: "José"),
        SearchLine(kind: .action, item: arrival, text: "Ana: 2m 00s", member: "Ana"),
        SearchLine(kind: .item, item: "Stillness", text: "Stillness", member: nil),
        SearchLine(kind: .item, item: "Closing round", text: "Closing round", member: nil),
      ])
  }

  @Test("Only the matching lines come back")
  func transcriptMatches() throws {
    var markdown = transcript()
    let q = try query("CAFE")
    let found = markdown.withUTF8 { TranscriptSearch.matches(in: $0, query: q) }
    #expect(found.map(\.kind) == [.note, .decision, .action])
    let stars = try query("*stars*")
    #expect(markdown.withUTF8 { TranscriptSearch.matches(in: $0, query: stars) }.count == 1)
  }

  @Test("A plain ASCII transcript finds the same lines as reading every line would")
  func plainTranscript() throws {
    var markdown = """
      # Check-in: Pod

      21 July 2017, 2:40–3:59 · 1h 19m · session `2017-07-21T1900-check-in`

      - **Present:** Ana, Bo, Garden
      - **Roles:** facilitator Ana, scribe Bo

      ## 1. Garden round (2m 00s of 5m 00s)

      > Who tends the garden?

      - Ana: 2m 00s
      - Garden: passed (0s)

      - The garden needs water
      - Rota: garden. Bo has the rota
      - **Decision:** Bo keeps the GARDEN rota
      - **Action (Ana):** Ask about the garden rota

      ## 2. Closing (1m 00s)

      - garden

      ## Airtime

      | Garden | 1m 00s | 50% |

      """
    let expected: [String: [SearchLine]] = [
      "garden rota": [
        SearchLine(
          kind: .note, item: "Garden round", text: "Rota: garden. Bo has the rota", member: nil),
        SearchLine(
          kind: .decision, item: "Garden round", text: "Bo keeps the GARDEN rota", member: nil),
        SearchLine(
          kind: .action, item: "Garden round", text: "Ask about the garden rota", member: "Ana"),
      ],
      "ana": [
        SearchLine(kind: .member, item: nil, text: "Ana", member: "Ana"),
        SearchLine(kind: .role, item: nil, text: "facilitator Ana", member: "Ana"),
      ],
      "closing garden": [],
    ]
    for (text, lines) in expected {
      let q = try query(text)
      let found = markdown.withUTF8 { TranscriptSearch.matches(in: $0, query: q) }
      #expect(found == lines, "\(text)")
    }
    for text in [
      "garden", "GARDEN ROTA", "bo", "rota bo", "round", "water", "passed", "s", "zebra",
    ] {
      let q = try query(text)
      let found = markdown.withUTF8 { TranscriptSearch.matches(in: $0, query: q) }
      let every = TranscriptSearch.lines(of: markdown).filter { q.matches($0.text) }
      #expect(found == every, "\(text)")
    }
  }

  @Test("Actions reviewed from earlier sessions are found with their owner")
  func reviewedActions() {
    let markdown = """
      # Check-in: Pod

      - **Present:** Ana, Bo

      ## 1. Actions (1m 00s)

      ## Actions reviewed

      - **Done:** Call the landlord (Bo), from 13 November 2026
      - **Carried:** Book \\*the\\* room, from 20 November 2026

      ## Actions

      - [ ] Not searched twice (Ana)

      """
    let lines = TranscriptSearch.lines(of: markdown).filter { $0.kind == .action }
    #expect(
      lines == [
        SearchLine(
          kind: .action, item: "Actions reviewed", text: "Call the landlord", member: "Bo"),
        SearchLine(kind: .action, item: "Actions reviewed", text: "Book *the* room", member: nil),
      ])
  }
}
