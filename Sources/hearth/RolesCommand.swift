import ArgumentParser
import Foundation
import HearthCore
import HearthStore

/// `hearth roles`: who is suggested next for each rotating role, and who held it when.
struct RolesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "roles",
    abstract: "Show the rotation: who is next for each role, and who held it when.")

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print JSON: {\"next\": {role: name}, \"history\": [...]}.")
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
    let history = directory.roleHistory().map { entry in
      var entry = entry
      entry.roles = entry.roles.mapValues(name.callAsFunction)
      entry.declined = entry.declined.mapValues { $0.map(name.callAsFunction) }
      return entry
    }
    let next = Rotation.suggest(
      roles: pod.roles, present: pod.activeMembers.map(\.name), roster: pod.members.map(\.name),
      history: history.map(\.roles))
    if json {
      Output.document(try Reports.json(JSONOutput(next: next, history: history)))
      return
    }
    Output.line("Next suggested (everyone present):")
    let width = pod.roles.map(\.count).max() ?? 0
    for role in pod.roles {
      Output.line(
        "  \(role.padding(toLength: width, withPad: " ", startingAt: 0))  \(next[role] ?? "-")")
    }
    guard !history.isEmpty else {
      Output.line("No sessions yet.")
      return
    }
    Output.line()
    let rows = history.reversed().map { entry in
      [entry.session]
        + pod.roles.map { role in
          let declined = (entry.declined[role] ?? []).map(name.callAsFunction)
          let holder = entry.roles[role] ?? "-"
          return declined.isEmpty
            ? holder : "\(holder) (\(declined.joined(separator: ", ")) declined)"
        }
    }
    Output.document(Reports.table(["SESSION"] + pod.roles.map { $0.uppercased() }, rows))
  }
}
