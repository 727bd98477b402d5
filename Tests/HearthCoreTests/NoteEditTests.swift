import Foundation
import Testing

@testable import HearthCore

@Suite("Earlier notes of a meeting are edited and deleted")
struct NoteEditTests {
  /// A meeting with a note, a decision and an action written while Bo speaks.
  static func rig() -> Rig {
    var rig = Rig()
    rig.must(.next)
    rig.must(.give(2))
    rig.must(.write(.note, "Ana arrived tired"))
    rig.must(.write(.decision, "We meet weekly"))
    rig.must(.write(.action, "@Chen book the room"))
    return rig
  }

  static func sequence(of text: String, in rig: Rig) -> Int {
    let index = rig.state.notes.firstIndex { $0.text == text } ?? -1
    return rig.state.noteSequences.indices.contains(index) ? rig.state.noteSequences[index] : -1
  }

  @Test("an edit changes the words every reading shows, and only the words")
  func edit() throws {
    var rig = Self.rig()
    let decision = Self.sequence(of: "We meet weekly", in: rig)
    let events = rig.must(.editNote(sequence: decision, "We meet every other week"))
    #expect(
      events == [.noteEdited(sequence: decision, text: "We meet every other week", owner: nil)])
    #expect(
      rig.state.notes.map(\.text) == [
        "Ana arrived tired", "We meet every other week", "book the room",
      ])
    #expect(rig.state.notes[1].kind == .decision && rig.state.notes[1].member == "Bo")
    let markdown = Transcript.markdown(rig.state, at: rig.now, timeZone: .gmt)
    #expect(markdown.contains("We meet every other week"))
    #expect(!markdown.contains("We meet weekly"))
    let html = TranscriptHTML.page(rig.state, at: rig.now, timeZone: .gmt)
    #expect(html.contains("We meet every other week") && !html.contains("We meet weekly"))
    let report = try #require(rig.state.report(at: rig.now))
    let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
    #expect(json.contains("We meet every other week") && !json.contains("We meet weekly"))
  }

  @Test("u takes an edit back: the words before it return")
  func undoEdit() {
    var rig = Self.rig()
    let note = Self.sequence(of: "Ana arrived tired", in: rig)
    rig.must(.editNote(sequence: note, "Ana arrived rested"))
    rig.must(.undo)
    #expect(rig.state.notes.first?.text == "Ana arrived tired")
  }

  @Test("an action's @name gives it a new owner; without one it keeps its owner")
  func editOwner() {
    var rig = Self.rig()
    let action = Self.sequence(of: "book the room", in: rig)
    rig.must(.editNote(sequence: action, "book the big room"))
    #expect(rig.state.notes.last?.owner == "Chen")
    #expect(rig.state.writtenActions.map(\.text) == ["book the big room"])
    rig.must(.editNote(sequence: action, "@dee book the big room"))
    #expect(rig.state.notes.last?.owner == "Dee")
    #expect(rig.state.notes.last?.text == "book the big room")
    #expect(rig.state.writtenActions.first?.owner == "Dee")
    #expect(rig.state.writtenActions.first?.id == "2026-11-27T1900-test#\(action)")
  }

  @Test("an edit that changes nothing, an empty one and one of a deleted note are refused")
  func refusals() {
    var rig = Self.rig()
    let note = Self.sequence(of: "Ana arrived tired", in: rig)
    #expect(rig.refused(.editNote(sequence: note, "  Ana arrived tired ")) == "Nothing changed.")
    #expect(
      rig.refused(.editNote(sequence: note, "   ")) == "An edit needs words; d deletes the note.")
    #expect(rig.refused(.editNote(sequence: 1, "x")) == "That note is gone already.")
    rig.must(.deleteNote(sequence: note))
    #expect(rig.refused(.editNote(sequence: note, "x")) == "That note is gone already.")
    #expect(rig.refused(.deleteNote(sequence: note)) == "That note is gone already.")
  }

  @Test("a delete takes the note out of every reading, and erasing leaves none of its words")
  func delete() {
    var rig = Self.rig()
    let action = Self.sequence(of: "book the room", in: rig)
    rig.must(.editNote(sequence: action, "book the quiet room"))
    rig.must(.deleteNote(sequence: action))
    #expect(rig.state.notes.map(\.text) == ["Ana arrived tired", "We meet weekly"])
    #expect(rig.state.writtenActions.isEmpty)
    #expect(rig.state.holdsUndoneWords)
    let erased = rig.state.erasingUndoneWords
    let words = erased.map { "\($0.event)" }.joined()
    #expect(!words.contains("room"), "neither the words written nor the edit's")
    #expect(SessionState(replaying: erased).notes == rig.state.notes)
    #expect(!SessionState(replaying: erased).holdsUndoneWords)
  }

  @Test("an edit taken back by u loses its words when the journal is erased")
  func undoneEditErased() {
    var rig = Self.rig()
    let note = Self.sequence(of: "Ana arrived tired", in: rig)
    rig.must(.editNote(sequence: note, "Ana spoke of the custody hearing"))
    rig.must(.undo)
    let words = rig.state.erasingUndoneWords.map { "\($0.event)" }.joined()
    #expect(!words.contains("custody"))
    #expect(words.contains("Ana arrived tired"))
  }

  @Test("forgetting a member erases the edits of their notes too")
  func forgetting() {
    var rig = Self.rig()
    let note = Self.sequence(of: "Ana arrived tired", in: rig)
    rig.must(.editNote(sequence: note, "Ana arrived worried"))
    let words = rig.state.erasingNotes(of: ["bo"]).map { "\($0.event)" }.joined()
    #expect(!words.contains("worried") && !words.contains("tired"))
    #expect(!words.contains("weekly") && !words.contains("room"))
  }
}
