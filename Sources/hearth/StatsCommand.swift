import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthUI

/// `hearth stats`: airtime, attendance and roles per member over the last sessions.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show airtime, attendance and roles per member over the last sessions.",
    discussion: """
      Airtime is drawn as bars with each member's share and the balance (the largest share over \
      the smallest, among those who spoke); attendance as a grid of marks, one column a session, \
      the newest on the right. Renamed members are counted under their current name; damaged \
      sessions are left out.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Count only the newest N sessions (default: all).")
  var last: Int?

  @Flag(help: "Print JSON (its fields: docs/json.md).")
  var json = false

  func validate() throws {
    if let last, last < 1 { throw ValidationError("--last must be at least 1") }
  }

  func run() throws {
    let directory = try global.openPod()
    let pod = try? directory.loadPod()
    var archive = last.map { directory.archive(limit: $0) } ?? directory.archive()
    if let last, archive.count == last, archive.contains(where: { $0.damaged != nil }) {
      // Damaged sessions do not count: look further back for `last` readable ones.
      archive = directory.archive()
    }
    let damaged = archive.filter { $0.damaged != nil }.count
    let stats = PodStats(sessions: archive.compactMap(\.statsSession), last: last, pod: pod)
    if json {
      Output.document(try Reports.versionedJSON(stats))
      return
    }
    Output.document(StatsLayout.text(stats, columns: 80))
    if damaged > 0 {
      Output.line()
      Output.line(
        "Left out: \(damaged) damaged session\(damaged == 1 ? "" : "s") (hearth sessions shows why)"
      )
    }
  }
}
