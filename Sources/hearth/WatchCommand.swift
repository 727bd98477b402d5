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
    let directory = try global.resolvedHome().selectPod(named: global.pod)
    let name = (try? directory.loadPod().name) ?? (directory.path as NSString).lastPathComponent
    let (theme, warning) = global.chosenTheme()
    if let warning { Failure.printError("warning: " + warning) }
    let terminal = try Terminal(theme: theme, color: global.color)
    defer { terminal.stop() }
    let follower = SessionFollower(directory: directory)
    let loop = WatchLoop(terminal: terminal, clock: SystemClock()) {
      follower.poll() ? .some(follower.state) : nil
    }
    loop.run(WatchModel(pod: name, big: big))
  }
}
