import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

/// A fresh directory under the system's temporary directory, removed with the test's suite.
final class Scratch {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("hearth-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// A path inside the scratch directory.
  func file(_ name: String) -> String { path + "/" + name }
}

/// A demo pod in a fresh scratch home, with a test clock: where most store tests work.
struct PodFixture {
  let scratch: Scratch
  let home: Home
  let pod: PodDirectory
  let clock = TestClock()

  init() throws {
    scratch = try Scratch()
    home = Home(path: scratch.file("home"))
    pod = try home.ensureDemoPod()
  }
}

/// A suite that works in a `PodFixture`: its scratch folder, home, pod and clock by name.
protocol InPodFixture {
  var fixture: PodFixture { get }
}

extension InPodFixture {
  var scratch: Scratch { fixture.scratch }
  var home: Home { fixture.home }
  var pod: PodDirectory { fixture.pod }
  var clock: TestClock { fixture.clock }
}

enum Fixture {
  static let start = Date(timeIntervalSince1970: 1_795_806_000)

  static let members = ["Ana", "Zoë 🌱", "Jürgen", "李雷"]

  /// An agenda using every item kind and option.
  static let format = Format(
    name: "every-kind", title: "Every kind",
    items: [
      AgendaItem(
        title: "Arrival 🌅", kind: .round, timebox: 480, turnTimebox: 120, order: .rotate,
        prompt: "How are you \"arriving\"?\\ / ok"),
      AgendaItem(
        title: "Open", kind: .open, timebox: 600, turnTimebox: 90, order: .random,
        queue: .balanced),
      AgendaItem(title: "Focus", kind: .focus, order: .facilitatorFirst, confidential: true),
      AgendaItem(title: "Stillness", kind: .silence, timebox: 120),
      AgendaItem(title: "Tea", kind: .break, timebox: 300, order: .facilitatorLast),
      AgendaItem(title: "Actions", kind: .actions),
    ])

  static let session = SessionStart(
    id: "2026-11-27T1900-every-kind", pod: "Pod ☕️ \"Tuesday\"", format: format,
    attendees: members, roles: ["facilitator": "Zoë 🌱", "scribe": "李雷", "timekeeper": "Ana"],
    seed: 0x1F_FFFF_FFFF_FFFF, priorSessions: 12, openActions: openActions)

  /// Actions carried into the fixture session from two earlier ones.
  static let openActions = [
    OpenAction(
      id: "2026-11-13T1900-every-kind#9", text: "@李雷 asks about the \"room\" \\ 🏠", owner: "李雷",
      session: "2026-11-13T1900-every-kind", written: start.addingTimeInterval(-14 * 86_400 + 0.125)
    ),
    OpenAction(
      id: "2026-11-20T1900-every-kind#31", text: "Write to Jürgen's friend", owner: nil,
      session: "2026-11-20T1900-every-kind", written: start.addingTimeInterval(-7 * 86_400 - 61.5)),
  ]

  /// One record of every kind of event, at times the journal keeps exactly.
  static let everyEvent: [EventRecord] = {
    let events: [Event] = [
      .started(session),
      .itemEntered(index: 0, order: ["Jürgen", "李雷", "Ana", "Zoë 🌱"]),
      .stickGiven(member: "Zoë 🌱"),
      .passed(next: "Jürgen"),
      .passed(next: nil),
      .stickReleased,
      .paused,
      .resumed,
      .turnExtended(seconds: 60),
      .turnExtended(seconds: -60),
      .itemExtended(seconds: 120),
      .noteAdded(
        Note(
          kind: .note, text: "Tea ☕️ \"quoted\" \\ back / slash 👩‍👩‍👧 ünïcode", member: "李雷",
          owner: nil, item: 0)),
      .noteAdded(
        Note(kind: .action, text: "@Zoë 🌱 books the room", member: nil, owner: "Zoë 🌱", item: 1)),
      .noteAdded(Note(kind: .decision, text: "Meet monthly", member: "Ana", owner: nil, item: 5)),
      .undone(sequence: 14),
      .noteEdited(sequence: 13, text: "books the big room 🌱", owner: "Zoë 🌱"),
      .itemEntered(index: 1, order: []),
      .handRaised(member: "李雷"),
      .handRaised(member: "Zoë 🌱"),
      .handLowered(member: "李雷"),
      .stickGiven(member: "Zoë 🌱"),
      .replyClaimed(member: "Jürgen"),
      .replyWithdrawn(member: "Jürgen"),
      .replyClaimed(member: "Ana"),
      .stickGiven(member: "Ana"),
      .heartbeat,
      .itemEntered(index: 5, order: []),
      .actionReviewed(id: "2026-11-13T1900-every-kind#9", status: .done),
      .actionReviewed(id: "2026-11-20T1900-every-kind#31", status: .carried),
      .left,
      .recovered,
      .ended,
    ]
    return events.enumerated().map { index, event in
      EventRecord(
        sequence: index + 1, time: start.addingTimeInterval(Double(index) * 61.5 + 0.25),
        event: event)
    }
  }()

  /// The name of an event's kind; the switch makes a new kind of event fail to compile here.
  static func kind(_ event: Event) -> String {
    switch event {
    case .started: "started"
    case .itemEntered: "itemEntered"
    case .stickGiven: "stickGiven"
    case .passed: "passed"
    case .stickReleased: "stickReleased"
    case .handRaised: "handRaised"
    case .handLowered: "handLowered"
    case .replyClaimed: "replyClaimed"
    case .replyWithdrawn: "replyWithdrawn"
    case .paused: "paused"
    case .resumed: "resumed"
    case .turnExtended: "turnExtended"
    case .itemExtended: "itemExtended"
    case .noteAdded: "noteAdded"
    case .noteEdited: "noteEdited"
    case .actionReviewed: "actionReviewed"
    case .undone: "undone"
    case .left: "left"
    case .recovered: "recovered"
    case .ended: "ended"
    case .heartbeat: "heartbeat"
    }
  }

  static let eventKindCount = 21

  /// Writes `records` to a new journal at `path` and closes it.
  static func writeJournal(_ records: [EventRecord], to path: String) throws {
    let writer = try JournalWriter(path: path)
    for record in records { try writer.append(record) }
  }

  /// `records` as a journal gives them back: the start's carried actions by reference only,
  /// their words left in the sessions that wrote them.
  static func asRead(_ records: [EventRecord]) -> [EventRecord] {
    records.map { record in
      guard case .started(var start) = record.event else { return record }
      start.openActions = start.openActions.map { .fromDeletedSession(id: $0.id) }
      return EventRecord(sequence: record.sequence, time: record.time, event: .started(start))
    }
  }

  /// The journal lines of `records`, each with its newline.
  static func lines(_ records: [EventRecord]) throws -> [String] {
    try records.map { try Journal.line(for: $0) + "\n" }
  }

  /// The check-in demo meeting's start parameters.
  static func startDemo(
    in pod: PodDirectory, clock: TestClock, attendees: [String] = ["Ana", "Bo", "Chen", "Dee"]
  ) throws -> Meeting {
    try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: BuiltIn.checkIn, attendees: attendees,
      roles: ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Chen"], clock: clock,
      timeZone: .gmt, seed: 42)
  }
}

/// The permission bits of the file or directory at `path`.
func permissions(_ path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  let mode = try #require(attributes[.posixPermissions] as? NSNumber)
  return mode.intValue & 0o777
}

/// Appends raw text to the end of a file.
func appendRaw(_ text: String, to path: String) throws {
  let handle = try #require(FileHandle(forWritingAtPath: path))
  defer { try? handle.close() }
  try handle.seekToEnd()
  try handle.write(contentsOf: Data(text.utf8))
}

/// Runs `body`, which must throw a `StoreError`, and returns it.
func storeError(
  sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) -> StoreError? {
  do {
    try body()
    Issue.record("expected a StoreError, nothing was thrown", sourceLocation: sourceLocation)
  } catch let error as StoreError {
    return error
  } catch {
    Issue.record("expected a StoreError, got \(error)", sourceLocation: sourceLocation)
  }
  return nil
}
