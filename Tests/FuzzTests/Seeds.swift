import Foundation
import HearthCore
import HearthStore
import HearthTesting

/// The files fuzzing starts from, all of them real: the shipped themes, the built-in formats as
/// `FormatFile.toml` writes them, pod files as `PodFile.toml` writes them, the journal of a
/// whole meeting; and what Hearth does with what parses.
enum Seeds {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let themes: [[UInt8]] = {
    let folder = repository.appendingPathComponent("themes")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let files = names.filter { $0.hasSuffix(".toml") }.sorted().compactMap {
      FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)
    }
    precondition(files.count >= 5, "the shipped themes are in \(folder.path)")
    return files.map { [UInt8]($0) } + [
      Array("inherit = \"default\"\n[agenda]\ncurrent = { fg = 214, attrs = [\"bold\"] }\n".utf8)
    ]
  }()

  static let formats: [[UInt8]] = BuiltIn.formats.map { Array(FormatFile.toml(for: $0).utf8) }

  static let pods: [[UInt8]] = {
    var pod = BuiltIn.demoPod
    pod.agreements = ["What is said here stays here.", "We listen; we do not fix."]
    pod.commitment = 6
    pod.warning = 60
    pod.bell = .visual
    pod.theme = "high-contrast"
    pod.members[0].pronouns = "she/her"
    pod.members[1].formerNames = ["Bob"]
    pod.members[2].active = false
    return [Array(PodFile.toml(for: BuiltIn.demoPod).utf8), Array(PodFile.toml(for: pod).utf8)]
  }()

  /// A meeting with every kind of event, as its journal holds it, line by line.
  static let journals: [[UInt8]] = {
    let clock = TestClock()
    var session = SessionState.demo(at: clock.now(), priorSessions: 3)
    let commands: [Command] = [
      .next, .adjust(minutes: 1), .pass, .next, .togglePause, .togglePause, .write(.note, "Tea"),
      .nextItem, .give(2), .give(3), .reply(1), .next, .write(.action, "@Ana books the room"),
      .undo, .write(.decision, "We meet weekly"), .adjust(minutes: -1), .nextItem, .nextItem,
      .reviewAction(1, .done), .previousItem, .leave, .recover, .goToItem(3), .next, .end,
    ]
    for command in commands {
      clock.advance(by: 37.125)
      session.perform(command, at: clock.now())
    }
    let lines = session.records.map { (try? Journal.line(for: $0)) ?? "" }
    return [Array((lines.joined(separator: "\n") + "\n").utf8)]
  }()

  /// Runs a meeting with `format` as far as its items go, pressing `+` and reading timers.
  static func meet(_ format: Format) {
    let start = SessionStart(
      id: "fuzz", pod: "Fuzz", format: format, attendees: ["Ana", "Bo"], roles: [:], seed: 1,
      priorSessions: 0)
    let clock = TestClock()
    var session = SessionState.started(start, at: clock.now())
    for command: Command in [.next, .adjust(minutes: 1), .adjust(minutes: 1), .nextItem] {
      clock.advance(by: 90)
      session.perform(command, at: clock.now())
    }
    show(session)
  }

  /// Everything that reads a session's numbers: timers, the report, both transcripts.
  static func show(_ session: SessionState) {
    let later = (session.lastEventAt ?? Date()).addingTimeInterval(100_000)
    _ = session.turnTimer(at: later).map { TimeText.countdown($0.remaining ?? 0) }
    _ = session.sessionTimer(at: later).remaining
    for index in session.items.indices { _ = session.itemTimer(index, at: later).isWarning }
    _ = session.report(at: later)
    _ = Transcript.markdown(session, at: later, timeZone: .gmt)
    _ = TranscriptHTML.page(session, at: later, timeZone: .gmt)
    _ = session.decide(.adjust(minutes: 1))
  }
}
