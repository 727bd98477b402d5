import Foundation
import Testing

@testable import HearthCore

@Suite("Notes, decisions and action items")
struct NoteTests {
  @Test("A note records its kind, text, item and who held the stick", arguments: Note.Kind.allCases)
  func writeRecordsHolder(kind: Note.Kind) {
    var rig = Rig()
    rig.must(.give(3))
    let events = rig.must(.write(kind, "We meet again in two weeks"))
    let expected = Note(
      kind: kind, text: "We meet again in two weeks", member: "Chen",
      owner: kind == .action ? "Chen" : nil, item: 0)
    #expect(events == [.noteAdded(expected)])
    #expect(rig.state.notes == [expected])
  }

  @Test(
    "An action belongs to the member it names, in either form; the name leaves the text",
    arguments: [
      ("@Bo book the room", "Bo"), ("@bo: book the room", "Bo"), ("Dee: send the notes", "Dee"),
      ("dee: send the notes", "Dee"),
    ])
  func actionOwnerNamed(text: String, owner: String) {
    var rig = Rig()
    rig.must(.next)  // Ana holds the stick
    rig.must(.write(.action, text))
    #expect(rig.state.notes.last?.owner == owner)
    #expect(rig.state.notes.last?.member == "Ana")
    #expect(rig.state.notes.last?.text == text.split(separator: " ", maxSplits: 1)[1].description)
  }

  @Test("An action naming nobody present belongs to the stick holder, or to nobody")
  func actionOwnerDefault() {
    var rig = Rig()
    rig.must(.write(.action, "Zed: find a new venue"))
    #expect(rig.state.notes.last?.owner == nil)
    #expect(rig.state.notes.last?.text == "Zed: find a new venue")
    rig.must(.give(2))
    rig.must(.write(.action, "Find a new venue"))
    #expect(rig.state.notes.last?.owner == "Bo")
    rig.must(.write(.action, "Anabelle will ask"))
    #expect(rig.state.notes.last?.owner == "Bo")
  }

  @Test("A whole name wins over a longer one it begins: @Anabel, @Ana, @Mary Ann, @Mary")
  func actionOwnerWholeName() {
    var rig = Rig(attendees: ["Ana", "Anabel", "Mary", "Mary Ann"])
    rig.must(.write(.action, "@Anabel books the room"))
    #expect(rig.state.notes.last?.owner == "Anabel")
    rig.must(.write(.action, "@Ana, bring tea"))
    #expect(rig.state.notes.last?.owner == "Ana")
    #expect(rig.state.notes.last?.text == "bring tea")
    rig.must(.write(.action, "@Mary Ann calls the venue"))
    #expect(rig.state.notes.last?.owner == "Mary Ann")
    #expect(rig.state.notes.last?.text == "calls the venue")
    rig.must(.write(.action, "@Mary calls the venue"))
    #expect(rig.state.notes.last?.owner == "Mary")
    #expect(rig.state.notes.last?.text == "calls the venue")
  }

  @Test("@name is matched ignoring case and accents, by a beginning only one present name has")
  func actionOwnerPrefix() {
    var rig = Rig(attendees: ["Ana", "Bo 🌱", "Chen 陈", "José"])
    rig.must(.next)
    rig.must(.write(.action, "@chen book the room"))
    #expect(rig.state.notes.last?.owner == "Chen 陈")
    #expect(rig.state.notes.last?.text == "book the room")
    rig.must(.write(.action, "@JOSE brings the tea"))
    #expect(rig.state.notes.last?.owner == "José")
    rig.must(.write(.action, "@Bo 🌱 waters the garden"))
    #expect(rig.state.notes.last?.owner == "Bo 🌱")
    #expect(rig.state.notes.last?.text == "waters the garden")
    rig.must(.write(.action, "@b: sends the notes"))
    #expect(rig.state.notes.last?.owner == "Bo 🌱")
    #expect(rig.state.notes.last?.text == "sends the notes")
  }

  @Test("@name matching nobody present, or several, is refused with the reason; nothing is saved")
  func actionOwnerRefused() {
    var rig = Rig(attendees: ["Ana", "Anabel", "Chen 陈"])
    rig.must(.next)
    let before = rig.state.notes
    #expect(
      rig.perform(.write(.action, "@Nobody books the room"))
        == .refuse("@Nobody is nobody present (present: Ana, Anabel, Chen 陈)."))
    #expect(
      rig.perform(.write(.action, "@Bo 🌱 waters the garden"))
        == .refuse("@Bo is nobody present (present: Ana, Anabel, Chen 陈)."))
    #expect(
      rig.perform(.write(.action, "@an calls"))
        == .refuse("@an could be Ana or Anabel: type more of the name."))
    #expect(
      rig.perform(.write(.action, "@Chen")) == .refuse("Say what Chen 陈 will do, after the name."))
    #expect(rig.state.notes == before)
  }

  @Test("Notes and decisions never get an owner")
  func notesHaveNoOwner() {
    var rig = Rig()
    rig.must(.write(.note, "@Bo spoke about moving"))
    rig.must(.write(.decision, "Bo: hosts next time"))
    #expect(rig.state.notes.map(\.owner) == [nil, nil])
  }

  @Test("Control characters and bidirectional overrides are stripped from what is written")
  func controlCharactersStripped() {
    var rig = Rig()
    rig.must(.write(.note, "  Call\u{7}\tthe\n\nvenue\u{202E}\u{1B}[31m  "))
    #expect(rig.state.notes.last?.text == "Call the venue [31m")
    rig.must(.write(.note, "Family 👩‍👩‍👧 and ❤️ stay whole"))
    #expect(rig.state.notes.last?.text == "Family 👩‍👩‍👧 and ❤️ stay whole")
  }

  @Test(
    "Writing nothing, or only whitespace and controls, is refused",
    arguments: ["", "   ", "\n\t\u{1B}"])
  func emptyRefused(text: String) {
    var rig = Rig()
    #expect(rig.refused(.write(.note, text)) == "Nothing written.")
    #expect(rig.state.notes.isEmpty)
  }

  @Test("No notes are kept for a confidential item")
  func confidentialRefused() {
    let secret = AgendaItem(title: "Case", kind: .round, confidential: true)
    var rig = Rig(format: Fixture.format(secret, Fixture.closing))
    rig.must(.next)
    for kind in Note.Kind.allCases {
      #expect(
        rig.refused(.write(kind, "Something private"))
          == "This item is confidential: no notes are kept.")
    }
    #expect(rig.state.notes.isEmpty)
    rig.must(.nextItem)
    rig.must(.write(.note, "Fine here"))
    #expect(rig.state.notes.map(\.item) == [1])
  }

  @Test("Writing before any item is current is refused")
  func noCurrentItem() {
    var rig = Rig(enterFirstItem: false)
    #expect(rig.refused(.write(.note, "Hello")) == "No agenda item is current.")
  }

  @Test("UserText.clean folds whitespace and keeps emoji sequences")
  func clean() {
    #expect(UserText.clean("a\r\nb\u{0}c") == "a b c")
    #expect(UserText.clean("\u{200B}zero\u{2066}width") == "zerowidth")
    #expect(UserText.clean("🏳️‍🌈 flag") == "🏳️‍🌈 flag")
    #expect(UserText.clean(" \u{85} ") == "")
  }
}
