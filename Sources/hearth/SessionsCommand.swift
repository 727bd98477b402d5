import ArgumentParser
import Foundation
import HearthCore
import HearthStore

/// `hearth sessions`: past and open sessions, newest first, from the archive's index.
struct SessionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sessions",
    abstract: "List the pod's sessions, newest first.",
    subcommands: [SessionsDeleteCommand.self])

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print JSON.")
  var json = false

  @Option(help: "Show at most this many sessions.")
  var limit: Int?

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  /// One session as `--json` prints it: the DESIGN fields, and why it is damaged (null if not).
  struct Line: Encodable {
    var id: String
    var format: String
    var started: Date
    var ended: Date?
    var attendees: [String]
    var seconds: Double
    var damaged: String?

    init(_ entry: ArchiveEntry) {
      id = entry.id
      format = entry.format
      started = entry.started
      ended = entry.ended
      attendees = entry.attendees
      seconds = entry.seconds
      damaged = entry.damaged
    }

    private enum CodingKeys: String, CodingKey {
      case id, format, started, ended, attendees, seconds, damaged
    }

    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(id, forKey: .id)
      try c.encode(format, forKey: .format)
      try c.encode(started, forKey: .started)
      try c.encode(ended, forKey: .ended)
      try c.encode(attendees, forKey: .attendees)
      try c.encode(seconds, forKey: .seconds)
      try c.encode(damaged, forKey: .damaged)
    }
  }

  func run() throws {
    let pod = try global.resolvedHome().selectPod(named: global.pod)
    var entries = pod.archive(limit: limit)
    if let limit { entries = Array(entries.prefix(limit)) }
    for entry in entries {
      if let reason = entry.damaged { Failure.printError("warning: \(entry.id): \(reason)") }
    }
    if json {
      print(try Reports.json(entries.map(Line.init)))
      return
    }
    guard !entries.isEmpty else {
      print("No sessions yet.")
      return
    }
    // One formatter for every row (as `Reports.localTime` formats), not one a row.
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    let rows = entries.map { entry in
      if let reason = entry.damaged { return [entry.id, "", "", "damaged", reason] }
      return [
        entry.id, formatter.string(from: entry.started), TimeText.spoken(entry.seconds),
        entry.ended == nil ? "open" : "ended", entry.attendees.joined(separator: ", "),
      ]
    }
    print(Reports.table(["ID", "STARTED", "LENGTH", "STATUS", "PRESENT"], rows))
  }
}
