import ArgumentParser
import Foundation
import HearthCore
import HearthStore

/// `hearth sessions`: past and open sessions, newest first.
struct SessionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sessions",
    abstract: "List the pod's sessions, newest first.")

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print JSON.")
  var json = false

  @Option(help: "Show at most this many sessions.")
  var limit: Int?

  func validate() throws {
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let pod = try global.resolvedHome().selectPod(named: global.pod)
    var ids = Array(pod.sessionIDs().reversed())
    if let limit { ids = Array(ids.prefix(limit)) }
    var summaries: [SessionSummary] = []
    var rows: [[String]] = []
    for id in ids {
      do {
        let loaded = try pod.loadSession(id)
        guard let report = Reports.report(of: loaded.state) else { continue }
        let summary = SessionSummary(report: report)
        summaries.append(summary)
        rows.append([
          id, Reports.localTime(summary.started), TimeText.spoken(summary.seconds),
          summary.ended == nil ? "open" : "ended", summary.attendees.joined(separator: ", "),
        ])
      } catch {
        if !json { rows.append([id, "", "", "damaged", "\(error)"]) }
        Failure.printError("warning: \(error)")
      }
    }
    if json {
      print(try Reports.json(summaries))
      return
    }
    guard !rows.isEmpty else {
      print("No sessions yet.")
      return
    }
    print(Reports.table(["ID", "STARTED", "LENGTH", "STATUS", "PRESENT"], rows))
  }
}
