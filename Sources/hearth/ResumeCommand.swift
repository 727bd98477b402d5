import ArgumentParser
import Foundation
import HearthStore
import HearthUI

/// `hearth resume [ID]`: continue the pod's meeting that was left or interrupted.
struct ResumeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resume",
    abstract: "Continue the pod's meeting that was left or interrupted.",
    discussion: """
      Without ID, the pod's open meeting; when several are open, a list asks which (without \
      a terminal, or with --plain, they are named and nothing starts: exit status 1).
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: "The open session to continue, as `hearth sessions` lists it.",
    completion: Completions.sessionIDs)
  var id: String?

  func run() throws {
    let pod = try global.openPod()
    let open = pod.openSessionIDs()
    let notice = "Welcome back. The time away counted as paused."
    func resume(_ id: String) throws -> Meeting {
      try Meeting.resume(in: pod, id: id, clock: SystemClock())
    }
    if let id {
      guard open.contains(id) else {
        let known = pod.sessionIDs().contains(id)
        Output.error(
          known
            ? "\(id) has ended: there is nothing to resume"
            : "no such session: \(id) (`hearth sessions` lists them)")
        throw ExitCode(1)
      }
      try LiveMeeting.run(global, notice: notice) { try resume(id) }
      return
    }
    guard let newest = open.first else {
      Output.error("no meeting to resume: every meeting of this pod has ended")
      throw ExitCode(1)
    }
    guard open.count > 1 else {
      try LiveMeeting.run(global, notice: notice) { try resume(newest) }
      return
    }
    guard isatty(0) == 1, isatty(1) == 1, !global.isPlain else {
      Output.error(
        "\(open.count) meetings of this pod are still open: "
          + open.joined(separator: ", ") + "; `hearth resume ID` continues one")
      throw ExitCode(1)
    }
    let name = (try? pod.loadPod().name) ?? pod.slug
    try LiveMeeting.run(global, notice: notice) { terminal in
      var choice = OpenMeetingChoice(
        pod: name,
        meetings: open.map {
          .init(id: $0, runningElsewhere: Journal.isHeld(pod.journalPath($0)))
        })
      let chosen = terminal.runScreen(
        render: { choice.render(width: $0, height: $1) }, handle: { choice.handle($0) })
      return try chosen.flatMap { $0 }.map(resume)
    }
  }
}
