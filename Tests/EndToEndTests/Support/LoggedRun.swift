import Foundation
import Testing

/// `hearth` in tmux with its output going to a log file, as a screen reader's pipe takes a
/// `--plain` meeting; the log is read as the test goes.
final class LoggedRun {
  let tmux: Tmux
  let path: String

  /// Starts `hearth ARGUMENTS > log` for `home`, with its environment unless given.
  init(_ home: HearthHome, _ arguments: String, environment: [String: String]? = nil) throws {
    path = home.path + "/plain.log"
    tmux = try Tmux(
      home.shellLine("\(arguments) > \(path)"), environment: environment ?? home.environment)
  }

  /// What the log holds so far.
  var text: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

  /// The log's lines so far.
  var lines: [String] { text.components(separatedBy: "\n") }

  /// Waits until the log says `said`, or fails saying what it held.
  func waitFor(_ said: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if poll(until: { text.contains(said) }) { return }
    Issue.record("the log never said \(said):\n\(text)", sourceLocation: sourceLocation)
    throw E2EError("timed out waiting for the log to say \(said)")
  }
}
