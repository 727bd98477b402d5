import ArgumentParser
import HearthStore

/// `hearth resume`: continue the pod's meeting that was left or interrupted.
struct ResumeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resume",
    abstract: "Continue the pod's meeting that was left or interrupted.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let pod = try global.openPod()
    guard let id = pod.openSessionID() else {
      Output.error("no meeting to resume: every meeting of this pod has ended")
      throw ExitCode(1)
    }
    let notice = "Welcome back. The time away counted as paused."
    try LiveMeeting.run(global, notice: notice) {
      try Meeting.resume(in: pod, id: id, clock: SystemClock())
    }
  }
}
