import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("Forgetting a member")
struct MemberForgettingTests {
  let scratch: Scratch
  let pod: PodDirectory
  let clock = TestClock()
  static let crew = Pod(
    name: "Crew", members: ["Ana", "Bo", "Zephyrine"].map { Member(name: $0) },
    roles: Pod.defaultRoles, agreements: ["Zephyrine keeps the time"])

  init() throws {
    scratch = try Scratch()
    pod = try Home(path: scratch.file("home")).createPod(Self.crew)
  }

  func filesHolding(_ word: String) -> [String] { HearthStoreTests.filesHolding(word, in: pod) }

  /// A meeting where Zephyrine speaks, is named in a note and owns an action; it ends and its
  /// transcript is written. Returns its id.
  func meet(writing notes: [(Note.Kind, String)]) throws -> String {
    let format = Format(
      name: "check-in", title: "Check-in",
      items: [
        AgendaItem(title: "Arrival", kind: .round, order: .roster),
        AgendaItem(title: "Actions", kind: .actions),
      ])
    let meeting = try Meeting.start(
      in: pod, pod: try pod.loadPod(), format: format, attendees: ["Ana", "Zephyrine"],
      roles: ["facilitator": "Ana", "timekeeper": "Zephyrine"], clock: clock, timeZone: .gmt,
      seed: 7)
    try meeting.perform(.give(2))
    clock.advance(by: 30)
    for (kind, text) in notes { try meeting.perform(.write(kind, text)) }
    try meeting.perform(.nextItem)
    clock.advance(by: 30)
    try meeting.perform(.end)
    _ = try meeting.writeTranscript(timeZone: .gmt)
    clock.advance(by: 7 * 86_400)
    return meeting.id
  }

  @Test("a pseudonym takes the name in every journal, transcript, pod.toml; the index goes")
  func forget() throws {
    var crew = try pod.loadPod()
    let first = try meet(writing: [
      (.note, "zephyrine moves away in spring"), (.action, "@Zephyrine sends the photos"),
    ])
    // Renamed later: the name she had before must go too.
    crew.members[2].formerNames = ["Zephyrine"]
    crew.members[2].name = "Zee"
    try pod.savePod(crew)
    let second = try meet(writing: [(.decision, "Zee hosts next time")])
    _ = pod.archive()  // the derived index
    let before = try [first, second].map { try pod.loadSession($0).state.records.map(\.sequence) }

    let forgotten = try pod.forgetMember(named: "Zee", timeZone: .gmt)
    #expect(forgotten == PodDirectory.Forgotten(pseudonym: "Former member 1", sessions: 2))
    #expect(filesHolding("Zephyrine").isEmpty)
    #expect(filesHolding("Zee").isEmpty)
    #expect(!FileManager.default.fileExists(atPath: pod.layout.indexFolderPath))

    let after = try [first, second].map { try pod.loadSession($0).state }
    #expect(after.map { $0.records.map(\.sequence) } == before)
    #expect(after[0].attendees == ["Ana", "Former member 1"])
    #expect(after[0].start?.roles["timekeeper"] == "Former member 1")
    #expect(
      after[0].notes.map(\.text) == [
        "Former member 1 moves away in spring", "sends the photos",
      ])
    #expect(after[0].notes.last?.owner == "Former member 1")
    // The action carried into the second session is renamed there too.
    #expect(after[1].start?.openActions.first?.owner == "Former member 1")
    #expect(
      try String(contentsOfFile: pod.transcriptPath(first), encoding: .utf8)
        .contains("Former member 1"))
    let now = try pod.loadPod()
    #expect(now.members[2] == Member(name: "Former member 1", active: false))
    #expect(now.agreements == ["Former member 1 keeps the time"])
    #expect(pod.archive().count == 2)

    // A second forgotten member gets the next number.
    #expect(try pod.forgetMember(named: "Bo", timeZone: .gmt).pseudonym == "Former member 2")
  }

  @Test("refused, with nothing changed, while a meeting runs or for someone unknown")
  func refusals() throws {
    let id = try meet(writing: [(.note, "Zephyrine says hello")])
    let journal = try String(contentsOfFile: pod.journalPath(id), encoding: .utf8)
    let running = try Meeting.start(
      in: pod, pod: try pod.loadPod(), format: BuiltIn.checkIn, attendees: ["Ana", "Bo"],
      roles: [:], clock: clock, timeZone: .gmt, seed: 1)
    let error = try #require(throws: StoreError.self) {
      _ = try pod.forgetMember(named: "Zephyrine", timeZone: .gmt)
    }
    #expect(error.message.contains("a meeting is running"))
    #expect(try String(contentsOfFile: pod.journalPath(id), encoding: .utf8) == journal)
    #expect(try pod.loadPod() == Self.crew)
    _ = consume running
    #expect(throws: StoreError.self) { _ = try pod.forgetMember(named: "Nobody", timeZone: .gmt) }
  }

  @Test("with their notes deleted, neither the name nor any of their words is in any file")
  func forgetWithNotes() throws {
    let first = try meet(writing: [
      (.note, "moves away in spring"), (.decision, "keeps the tea kettle"),
      (.action, "@Zephyrine sends the photos"),
    ])
    let second = try meet(writing: [(.note, "writes from Lisbon")])
    try Files.makeDirectory(pod.formatsPath)
    try "name = \"check-in\"\n# asked by Zephyrine\n".write(
      toFile: pod.formatsPath + "/check-in.toml", atomically: true, encoding: .utf8)
    try "[[members]]\nname = \"Zephyrine\"\n".write(
      toFile: pod.podFilePath + ".mine", atomically: true, encoding: .utf8)
    try "# Zephyrine's agenda\n".write(
      toFile: pod.formatsPath + "/check-in.toml.mine-2", atomically: true, encoding: .utf8)
    _ = pod.search(try #require(SearchQuery("spring")))
    let (notes, sessions) = try pod.notesOfMember(named: "Zephyrine")
    #expect(notes == MemberNotes(notes: 3, actions: 1))
    #expect(sessions == 2)

    let forgotten = try pod.forgetMember(named: "Zephyrine", timeZone: .gmt, deletingNotes: true)
    #expect(forgotten.deleted == notes)
    for word in [
      "Zephyrine", "moves away", "tea kettle", "sends the photos", "Lisbon",
    ] {
      #expect(filesHolding(word).isEmpty, "\(word) in \(filesHolding(word))")
    }
    let states = try [first, second].map { try pod.loadSession($0).state }
    #expect(states.allSatisfy { $0.notes.isEmpty })
    // The second session began with her action open: it keeps the place, not the words.
    #expect(states[1].actionsToReview.map(\.text) == [OpenAction.deletedText])
    #expect(pod.openActions().isEmpty)
    #expect(try pod.notesOfMember(named: "Former member 1").notes.isEmpty)
  }
}
