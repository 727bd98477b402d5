import ArgumentParser
import Foundation
import HearthCore
import HearthStore

/// `hearth sessions delete`: removes one session entirely, after asking.
struct SessionsDeleteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Remove a session entirely: its journal, transcript and everything with it.",
    discussion: "Asks to confirm on a terminal; pass --yes in scripts. This cannot be undone.")

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: "The session's id, as `hearth sessions` lists it.", completion: Completions.sessionIDs)
  var id: String

  @Flag(name: [.short, .long], help: "Delete without asking.")
  var yes = false

  func run() throws {
    let pod = try global.openPod()
    guard pod.sessionIDs().contains(id) else {
      throw Failure.Runtime(description: "no session '\(id)' in \(pod.path)")
    }
    if !yes {
      let question =
        "Delete session \(id) (\(describe(id, in: pod)))? This cannot be undone. [y/N] "
      guard
        try TakingBack.confirm(
          question, withoutTerminal: "deleting session \(id) needs confirmation on a terminal")
      else {
        Output.line("Kept session \(id).")
        return
      }
    }
    try pod.deleteSession(id)
    Output.line("Deleted session \(id).")
    if let notice = TakingBack.sealedDeletionNotice(pod) {
      Output.line(notice)
    } else if let notice = TakingBack.historyNotice(pod, what: "The session") {
      Output.line(notice)
    }
  }

  /// When the session began and who was there, or why that cannot be read.
  private func describe(_ id: String, in pod: PodDirectory) -> String {
    do {
      let state = try pod.loadSession(id).state
      let date = state.startedAt.map(Reports.localTime) ?? "not started"
      let attendees = state.attendees.isEmpty ? "nobody" : state.attendees.joined(separator: ", ")
      return "\(date), \(attendees)"
    } catch {
      return "damaged: \(error)"
    }
  }
}
