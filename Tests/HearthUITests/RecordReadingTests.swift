import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

/// One session's record read every way it is read: Markdown, HTML, JSON and the review screen.
@Suite("One record, every reading")
struct RecordReadingTests {
  static let utc = TimeZone(identifier: "UTC")!

  /// The demo meeting with turns, a pass, a note, a decision and two actions, ended.
  static func record() throws -> SessionRecord {
    let clock = TestClock()
    var state = SessionState.demo(at: clock.now())
    for command: Command in [
      .next, .next, .write(.note, "Café plans, *starred*"), .write(.decision, "Meet at José's"),
      .write(.action, "@Bo books the room"), .write(.action, "Ask about the garden rota"),
      .nextItem, .end,
    ] {
      clock.advance(by: 40)
      let decision = state.perform(command, at: clock.now())
      guard case .accept = decision else {
        Issue.record("\(command) was refused: \(decision)")
        continue
      }
    }
    return try #require(state.record(at: clock.now()))
  }

  /// What a reader must find in every reading, as the record holds it.
  static func essentials(_ record: SessionRecord) -> [String] {
    var texts: [String] = []
    for block in record.blocks {
      switch block {
      case .attendance(let names): texts += names
      case .item(let item): texts.append(item.title)
      case .note(let text), .decision(let text), .prompt(let text): texts.append(text)
      case .action(let action): texts.append(action.text)
      default: continue
      }
    }
    return texts
  }

  @Test("Markdown, HTML, JSON and the review screen are read from the same record")
  func everyReading() throws {
    let record = try Self.record()
    let essentials = Self.essentials(record)
    #expect(essentials.contains("Café plans, *starred*"))
    #expect(essentials.count >= 10)
    let prompts = record.blocks.compactMap { block -> String? in
      if case .prompt(let text) = block { return text }
      return nil
    }
    let markdown = Transcript.markdown(record, timeZone: Self.utc)
    let html = TranscriptHTML.page(record, timeZone: Self.utc)
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    let json = String(decoding: try encoder.encode(record.report), as: UTF8.self)
    var model = ReviewModel(pod: "Crew", rows: [])
    model.showTranscript(title: "demo", lines: SessionReading.lines(record, timeZone: Self.utc))
    let screen = ReviewScreen.render(
      model, width: 100, height: 200, now: Date(), timeZone: Self.utc
    ).lines.joined(separator: "\n")
    for text in essentials {
      #expect(
        markdown.contains(text.replacingOccurrences(of: "*", with: "\\*")), "Markdown lacks \(text)"
      )
      #expect(html.contains(TranscriptHTML.escape(text)), "HTML lacks \(text)")
      // The JSON holds the figures and what was written; prompts are the format's, not the session's.
      if !prompts.contains(text) {
        #expect(
          json.contains(text.replacingOccurrences(of: "/", with: "\\/")), "JSON lacks \(text)")
      }
      #expect(screen.contains(text), "the review screen lacks \(text)")
    }
    #expect(!screen.contains("**"), "the review reads the record, not Markdown")
  }

  @Test("The review styles lines by the kind of block they show, not by their text")
  func stylesByKind() throws {
    var record = try Self.record()
    // A note that reads like Markdown's decision line stays a note.
    record.blocks.append(.note("**Decision: not one"))
    var model = ReviewModel(pod: "Crew", rows: [])
    model.showTranscript(title: "demo", lines: SessionReading.lines(record, timeZone: Self.utc))
    let grid = ReviewScreen.render(model, width: 100, height: 200, now: Date(), timeZone: Self.utc)
    let decision = try #require(grid.lines.firstIndex { $0.contains("Decision: Meet at José's") })
    #expect(grid.role(of: "Meet at José's", row: decision) == .noteDecision)
    let action = try #require(grid.lines.firstIndex { $0.contains("books the room") })
    #expect(grid.role(of: "books the room", row: action) == .noteAction)
    let note = try #require(grid.lines.firstIndex { $0.contains("**Decision: not one") })
    #expect(grid.role(of: "**Decision: not one", row: note) == .normal)
    let airtime = try #require(grid.lines.firstIndex { $0.hasPrefix(" Airtime") })
    #expect(grid.role(of: "Airtime", row: airtime) == .title)
    let bar = try #require(grid.lines.firstIndex { $0.contains("█") })
    #expect(grid.role(of: "█", row: bar) == .barAirtime)
  }

  @Test("Review's / and hearth search find the same lines for the same query")
  func searchAgrees() throws {
    let record = try Self.record()
    let lines = SessionReading.lines(record, timeZone: Self.utc)
    for text in ["cafe", "JOSE", "bo", "room books", "arrival", "garden rota", "how", "zzz", "a"] {
      let query = try #require(SearchQuery(text))
      let searched = record.searchLines.filter { query.matches($0.text) }.map(\.text)
      var model = ReviewModel(pod: "Crew", rows: [])
      model.showTranscript(title: "demo", lines: lines)
      _ = model.handle(.character("/"), width: 100, height: 40)
      for c in text { _ = model.handle(.character(c), width: 100, height: 40) }
      _ = model.handle(.enter, width: 100, height: 40)
      let shown = model.shown(width: 98)
      let hitLines = Set(model.hits(width: 98).map { shown[$0].source })
      let reviewed = hitLines.sorted().flatMap { index in
        (lines[index].found ?? [lines[index].text]).filter { query.matches($0) }
      }
      #expect(reviewed == searched, "\(text)")
      if searched.isEmpty {
        #expect(model.message == "No “\(text)” in this transcript.")
      }
    }
  }
}
