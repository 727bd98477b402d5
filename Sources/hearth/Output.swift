import HearthCore
import HearthStore
import HearthTerminal

/// The one way the `hearth` command writes text, on standard output and standard error alike:
/// everything passes the terminal gate (`TerminalText`), so no control or bidi character read
/// from a file, a shared pod or the command line reaches the terminal raw.
enum Output {
  /// Writes `text` as one line: line breaks, tabs and every other control shown visibly.
  static func line(_ text: String = "") {
    StandardStream.write(TerminalText.line(text) + "\n", to: StandardStream.output)
  }

  /// Writes a line that carries Hearth's own styling; `StyledText` gated its words already.
  static func line(_ styled: StyledText) {
    StandardStream.write(styled.text + "\n", to: StandardStream.output)
  }

  /// Writes a whole document (Markdown, TOML, JSON, HTML, a table) as it is meant to be read:
  /// its line feeds and tabs kept, every other control shown visibly. A line feed is added
  /// when `text` does not end with one.
  static func document(_ text: String) {
    StandardStream.write(gatedDocument(text), to: StandardStream.output)
  }

  /// `text` through the gate for documents, ending with a line feed.
  static func gatedDocument(_ text: String) -> String {
    let shown = TerminalText.document(text)
    return shown.isEmpty || shown.hasSuffix("\n") ? shown : shown + "\n"
  }

  /// Writes a whole document to the file at `path` instead, gated as `document` would print
  /// it, readable by its owner alone (see `Files.export`).
  static func save(_ text: String, to path: String) throws {
    try Files.export(gatedDocument(text), to: path)
  }

  /// Writes `hearth: text` on standard error; a message may span lines (usage help does).
  static func error(_ text: String) {
    StandardStream.write(
      "hearth: " + TerminalText.document(text) + "\n", to: StandardStream.error)
  }

  /// Writes `text` as one line on standard error, without the `hearth:` of an error: what is
  /// said about the output rather than part of it (a pipe gets the output alone).
  static func note(_ text: String) {
    StandardStream.write(TerminalText.line(text) + "\n", to: StandardStream.error)
  }

  /// Asks `question` on standard error, leaving the cursor after it for the answer.
  static func ask(_ question: String) {
    StandardStream.write(TerminalText.line(question), to: StandardStream.error)
  }

  /// Writes UTF-8 that its maker passed through the gate itself (`hearth search` gathers
  /// thousands of hits as bytes, escaping each as it goes).
  static func gated(_ bytes: UnsafeRawBufferPointer) {
    StandardStream.write(bytes, to: StandardStream.output)
  }
}
