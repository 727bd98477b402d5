import ArgumentParser
import Foundation
import HearthCore
import HearthStore

/// `hearth show`: one session's transcript as Markdown, JSON or a self-contained HTML page.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print a session's transcript as Markdown, as JSON, or as one HTML page.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "A session id, or `latest`.")
  var id: String

  @Flag(help: "Print JSON.")
  var json = false

  @Flag(help: "Print one self-contained HTML page, to open in a browser or print.")
  var html = false

  @Option(
    help: ArgumentHelp(
      "Write to FILE instead of printing; only you can read it (mode 0600).", valueName: "file"))
  var output: String?

  func validate() throws {
    if json && html { throw ValidationError("--json and --html cannot be used together") }
    if output?.isEmpty == true { throw ValidationError("--output needs a file name") }
  }

  func run() throws {
    let pod = try global.resolvedHome().selectPod(named: global.pod)
    let ids = pod.sessionIDs()
    let chosen = id == "latest" ? ids.last : ids.first { $0 == id }
    guard let chosen else {
      throw Failure.Usage(
        description: id == "latest" ? "no sessions yet" : "no session '\(id)' in \(pod.path)")
    }
    let loaded = try pod.loadSession(chosen)
    for warning in loaded.contents.warnings { Output.error("warning: " + warning) }
    let state = loaded.state
    let at = Reports.reportTime(of: state)
    let document: String
    if json {
      guard let report = state.report(at: at) else { throw ExitCode(1) }
      document = try Reports.json(report)
    } else if html {
      document = TranscriptHTML.page(state, at: at, timeZone: .current)
    } else {
      document = Transcript.markdown(state, at: at, timeZone: .current)
    }
    guard let output else { return Output.document(document) }
    try Output.save(document, to: output)
    Output.line("Saved \(chosen) to \(output); only you can read it.")
  }
}
