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
      without Markdown's marks.
      """)

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
      document = try Reports.json(record.report)
    } else if html {
      document = TranscriptHTML.page(record, timeZone: .current)
    } else if global.plain {
      let lines = SessionReading.lines(record, timeZone: .current).map(\.text)
      document = lines.joined(separator: "\n") + "\n"
    } else {
      document = Transcript.markdown(record, timeZone: .current)
    }
    guard let output else { return Output.document(document) }
    try Output.save(document, to: output)
    Output.line("Saved \(chosen) to \(output); only you can read it.")
  }
}
