import ArgumentParser
import Foundation
import HearthCore
import HearthStore

/// `hearth show`: one session's transcript as Markdown or JSON.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print a session's transcript as Markdown, or as JSON.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "A session id, or `latest`.")
  var id: String

  @Flag(help: "Print JSON.")
  var json = false

  func run() throws {
    let pod = try global.resolvedHome().selectPod(named: global.pod)
    let ids = pod.sessionIDs()
    let chosen = id == "latest" ? ids.last : ids.first { $0 == id }
    guard let chosen else {
      throw Failure.Usage(
        description: id == "latest" ? "no sessions yet" : "no session '\(id)' in \(pod.path)")
    }
    let loaded = try pod.loadSession(chosen)
    for warning in loaded.contents.warnings { Failure.printError("warning: " + warning) }
    let state = loaded.state
    let at = Reports.reportTime(of: state)
    if json {
      guard let report = state.report(at: at) else { throw ExitCode(1) }
      print(try Reports.json(report))
    } else {
      print(Transcript.markdown(state, at: at, timeZone: .current), terminator: "")
    }
  }
}
