import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthUI

/// `hearth roles`: who is suggested next for each rotating role, and who held it when.
struct RolesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "roles",
    abstract: "Show the rotation: who is next for each role, and who held it when.")

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print JSON: {\"next\": {role: name}, \"history\": [...], \"version\": 1}.")
  var json = false

  /// What `--json` prints.
  struct JSONOutput: Encodable {
    var next: [String: String]
    var history: [RoleHistoryEntry]
  }

  func run() throws {
    let directory = try global.openPod()
    let pod = try directory.loadPod()
    let name = pod.currentNames
    let history = NextRoles.history(of: pod, in: directory)
    // The focus person rotates too, in formats with focus steps (the case clinic): suggested
    // as such a meeting would, beside the pod's roles.
    let focus = Format.focusRole
    let (roles, next) = NextRoles.next(of: pod, history: history)
    if json {
      Output.document(try Reports.versionedJSON(JSONOutput(next: next, history: history)))
      return
    }
    Output.line("Next suggested (everyone present):")
    let width = roles.map(DisplayWidth.of).max() ?? 0
    for role in roles {
      let note = role == focus && !pod.roles.contains(focus) ? "  (in a case clinic)" : ""
      Output.line("  \(DisplayWidth.pad(role, to: width))  \(next[role] ?? "-")\(note)")
    }
    guard !history.isEmpty else {
      Output.line("No sessions yet.")
      return
    }
    Output.line()
    let shown = roles.filter { role in
      pod.roles.contains(role) || history.contains { $0.roles[role] != nil }
    }
    let rows = history.reversed().map { entry in
      [entry.session]
        + shown.map { role in
          let declined = (entry.declined[role] ?? []).map(name.callAsFunction)
          let holder = entry.roles[role] ?? "-"
          return declined.isEmpty
            ? holder : "\(holder) (\(declined.joined(separator: ", ")) declined)"
        }
    }
    Output.document(Reports.table(["SESSION"] + shown.map { $0.uppercased() }, rows))
  }
}
