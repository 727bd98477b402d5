import Foundation
import Testing

@testable import HearthCore

@Suite("Search: folding queries and what a record lets search find")
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

  @Test("The word finder finds every place of a word, in either case, asked again and again")
  func wordFinder() throws {
    var text = "keep. KEEP the kettle; Keep going. kee keeP"
    let expected = [0, 6, 23, 39]
    var finder = try #require(try query("keep").firstWordFinder())
    var found: [Int] = []
    text.withUTF8 { bytes in
      var from = 0
      while let place = finder.next(in: bytes, from: from) {
        found.append(place)
        from = place + 1
      }
      // Asked from further back, it forgets what it remembered and finds the first again.
      #expect(finder.next(in: bytes, from: 0) == 0)
      #expect(finder.next(in: bytes, from: 40) == nil)
    }
    #expect(found == expected)
  }

  @Test("Highlights cover the matching characters of the original line")
  func highlights() throws {
    let line = "José met Jose at the CAFÉ"
    let ranges = try query("jose café").highlights(in: line)
    #expect(ranges.map { String(line[$0]) } == ["José", "Jose", "CAFÉ"])
    #expect(try query("nothing").highlights(in: line).isEmpty)
  }

  /// A finished meeting with a prompt, notes of every kind, a passed turn and Markdown characters.
  func record() throws -> SessionRecord {
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
    return try #require(rig.state.record(at: rig.now))
  }

  @Test("The searchable lines of a record: names, roles, items, prompts and notes, not turns")
  func recordLines() throws {
    let lines = try record().searchLines
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
        SearchLine(kind: .action, item: arrival, text: "books the café", member: "José"),
        SearchLine(kind: .action, item: arrival, text: "2m 00s", member: "Ana"),
        SearchLine(kind: .item, item: "Stillness", text: "Stillness", member: nil),
        SearchLine(kind: .item, item: "Closing round", text: "Closing round", member: nil),
      ])
    let q = try query("CAFE")
    #expect(lines.filter { q.matches($0.text) }.map(\.kind) == [.note, .decision, .action])
    let stars = try query("*stars*")
    #expect(lines.filter { stars.matches($0.text) }.count == 1)
  }

  @Test(
    "Actions reviewed from earlier sessions are found with their owner, the closing list is not")
  func reviewedActions() throws {
    var record = try record()
    let written = Date(timeIntervalSince1970: 1_763_000_000)
    record.blocks += [
      .carriedAction(
        .init(status: .done, text: "Call the landlord", owner: "Bo", written: written)),
      .carriedAction(
        .init(status: .carried, text: "Book *the* room", owner: nil, written: written)),
      .actionsWritten([.init(text: "Not searched twice", owner: "Ana")]),
    ]
    let lines = record.searchLines.filter { $0.item == SearchLine.reviewedItem }
    #expect(
      lines == [
        SearchLine(
          kind: .action, item: "Actions reviewed", text: "Call the landlord", member: "Bo"),
        SearchLine(kind: .action, item: "Actions reviewed", text: "Book *the* room", member: nil),
      ])
    #expect(!record.searchLines.contains { $0.text == "Not searched twice" })
  }
}
