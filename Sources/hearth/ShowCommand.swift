import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthUI

/// `hearth show`: one session's transcript as Markdown, JSON or a self-contained HTML page; with
/// `--plain`, read out as plain lines without Markdown's marks (for screen readers).
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print a session's transcript as Markdown, as JSON, or as one HTML page.",
    discussion: """
      With --plain, the transcript is read out as plain lines, as the review screen shows it, \
      without Markdown's marks. On a terminal the transcript is shown through $PAGER (else \
      less -R, with LESS=FRX when LESS is unset, as git does), unless --no-pager; never when \
      piped.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "A session id, or `latest`.", completion: Completions.sessions)
  var id: String

  @Flag(help: "Print JSON (its fields: docs/json.md).")
  var json = false

  @Flag(help: "Print one self-contained HTML page, to open in a browser or print.")
  var html = false

  @Flag(help: "Print straight to the terminal, not through $PAGER (else less -R).")
  var noPager = false

  @Option(
    help: ArgumentHelp(
      "Write to FILE instead of printing; only you can read it (mode 0600).", valueName: "file"),
    completion: .file())
  var output: String?

  func validate() throws {
    if json && html { throw ValidationError("--json and --html cannot be used together") }
    if output?.isEmpty == true { throw ValidationError("--output needs a file name") }
  }

  func run() throws {
    let pod = try global.openPod()
    // `latest` is the session that started last, as `hearth sessions` lists it first.
    let chosen =
      id == "latest" ? pod.archive(limit: 1).first?.id : pod.sessionIDs().first { $0 == id }
    guard let chosen else {
      throw Failure.Runtime(
        description: id == "latest" ? "no sessions yet" : "no session '\(id)' in \(pod.path)")
    }
    let loaded = try pod.loadSession(chosen)
    for warning in loaded.contents.warnings { Output.error("warning: " + warning) }
    let state = loaded.state
    guard let record = state.record(at: Reports.reportTime(of: state)) else {
      throw Failure.Runtime(description: "session '\(chosen)' never started")
    }
    let document: String
    if json {
      document = try Reports.versionedJSON(record.report)
    } else if html {
      document = TranscriptHTML.page(record, timeZone: .current)
    } else if global.plain {
      let lines = SessionReading.lines(record, timeZone: .current).map(\.text)
      document = lines.joined(separator: "\n") + "\n"
    } else {
      document = Transcript.markdown(record, timeZone: .current)
    }
    guard let output else {
      let environment = ProcessInfo.processInfo.environment
      guard let pager = Pager.command(disabled: noPager, environment: environment) else {
        return Output.document(document)
      }
      return Pager.show(document, through: pager, environment: environment)
    }
    try Output.save(document, to: output)
    Output.line("Saved \(chosen) to \(output); only you can read it.")
  }
}
