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

  @Flag(help: "Print JSON: {\"sessions\": [...], \"version\": 1} (docs/json.md).")
  var json = false

  @Option(help: "Show at most this many sessions.")
  var limit: Int?

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let pod = try global.openPod()
    var entries = pod.archive(limit: limit)
    if let limit { entries = Array(entries.prefix(limit)) }
    for entry in entries {
      if let reason = entry.damaged { Output.error("warning: \(entry.id): \(reason)") }
    }
    if json {
      Output.document(
        try Reports.versionedJSON(entries.map(SessionSummary.init), as: "sessions"))
      return
    }
    guard !entries.isEmpty else {
      Output.line("No sessions yet.")
      return
    }
    let rows = entries.map { entry in
      if let reason = entry.damaged { return [entry.id, "", "", "damaged", reason] }
      return [
        entry.id, Reports.localTime(entry.started), TimeText.spoken(entry.seconds),
        entry.ended == nil ? "open" : "ended", entry.attendees.joined(separator: ", "),
      ]
    }
    Output.document(Reports.table(["ID", "STARTED", "LENGTH", "STATUS", "PRESENT"], rows))
  }
}
