import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthTerminal
import HearthUI

/// `hearth watch`: the pod's live meeting, read-only, from another terminal.
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Follow the pod's live meeting read-only from a second terminal.",
    discussion: """
      For a timekeeper's laptop or a projector: the same panes as the facilitator's screen, \
      following the meeting as it is written. No key changes anything; b switches to a big \
      timer, q quits. It waits for a meeting to start and stays after one ends.
      """)

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Show the countdown large, for a projector (b switches while watching).")
  var big = false

  func run() throws {
    let directory = try global.openPod()
    let name = (try? directory.loadPod().name) ?? (directory.path as NSString).lastPathComponent
    if global.isPlain {
      followPlain(directory, name: name)
      return
    }
    let terminal = try global.openTerminal().terminal
    defer { terminal.stop() }
    let follower = SessionFollower(directory: directory)
    let loop = WatchLoop(terminal: terminal, clock: SystemClock()) {
      follower.poll() ? (follower.state, follower.isAnswering) : nil
    }
    loop.run(WatchModel(pod: name, big: big))
  }

  /// The meeting told line by line as its journal grows, until q, Ctrl-C or the input ends.
  private func followPlain(_ directory: PodDirectory, name: String) {
    let terminal = PlainTerminal()
    defer { terminal.restore() }
    let clock = SystemClock()
    let follower = SessionFollower(directory: directory)
    terminal.write(lines: ["Watching \(name), read-only. q stops."])
    var shown: SessionState?
    var answering = true
    var cues = CueTracker()
    while terminal.takeSignal() == nil {
      if follower.poll(), let state = follower.state {
        defer { answering = follower.isAnswering }
        if !follower.isAnswering, answering {
          terminal.write(lines: [WatchModel.stoppedAnswering])
          shown = state
          continue
        }
        if let before = shown, before.start?.id == state.start?.id,
          state.records.count >= before.records.count
        {
          terminal.write(
            lines: Narration.lines(
              for: state.records.dropFirst(before.records.count), after: before))
          if state.isEnded, !before.isEnded { terminal.write(lines: [WatchModel.waitingForNext]) }
        } else if state.isEnded {
          // No meeting runs: the last one is not told as if it were current.
          terminal.write(lines: WatchModel.ended(state))
        } else {
          terminal.write(lines: Narration.summary(of: state))
        }
        shown = state
      }
      if answering, let state = shown, let cue = cues.observe(state, at: clock.now()) {
        terminal.write(lines: [Narration.line(for: cue, holder: state.holder)])
      }
      // The journal is looked at each second; a cue may come sooner.
      let wake = WakeUp.milliseconds(for: answering ? shown : nil, at: clock.now(), poll: 1000)
      switch terminal.readKey(timeout: wake) {
      case .character("q")?, .escape?, .control("c")?: return
      default: if terminal.inputEnded { usleep(UInt32(wake ?? 1000) * 1000) }
      }
    }
  }
}
