import Foundation
import HearthCore
import HearthStore
import HearthTerminal

/// What `hearth search` prints, gathered as bytes and written to standard output in large
/// chunks: with thousands of hits, building a string per line and printing it costs more than
/// the search itself. Text passes the terminal gate as it is appended (`TerminalText`).
struct SearchOutput {
  private var bytes: [UInt8] = []
  private static let chunk = 1 << 16

  init() { bytes.reserveCapacity(Self.chunk * 2) }

  /// Appends fixed text.
  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends `text` as UTF-8, through the terminal gate.
  mutating func append(text: String) { bytes.append(contentsOf: TerminalText.line(text).utf8) }

  /// Appends words and Hearth's own styling, gated already.
  mutating func append(styled: StyledText) { bytes.append(contentsOf: styled.text.utf8) }

  /// Writes everything gathered so far to standard output.
  mutating func flush() {
    bytes.withUnsafeBytes { Output.gated($0) }
    bytes.removeAll(keepingCapacity: true)
  }

  private mutating func flushWhenFull() {
    if bytes.count >= Self.chunk { flush() }
  }

  // MARK: Text

  /// The hits grouped under a heading per session; with a query, its matches in reverse video.
  mutating func appendText(_ results: SearchResults, highlighting query: SearchQuery?) {
    var session: String?
    for hit in results.hits {
      if hit.session != session {
        if session != nil { append("\n") }
        session = hit.session
        append(text: hit.session)
        if let started = hit.started {
          append("  ")
          append(text: Reports.localTime(started))
        } else {
          appendDate(ofID: hit.session)
        }
        append("\n")
      }
      append("  ")
      if let item = hit.item {
        append(text: item)
        append(" · ")
      }
      append(text: hit.kind.rawValue)
      append(": ")
      if let query {
        append(styled: SearchCommand.highlighted(hit.text, query))
      } else {
        append(text: hit.text)
      }
      append("\n")
      flushWhenFull()
    }
  }

  /// `3 lines in 2 sessions.`: how much `results` found, said on standard error so that a pipe
  /// gets only the hits.
  static func summary(_ results: SearchResults) -> String {
    let lines = results.hits.count == 1 ? "1 line" : "\(results.hits.count) lines"
    let sessions = results.sessions == 1 ? "1 session" : "\(results.sessions) sessions"
    return "\(lines) in \(sessions)."
  }

  /// `  2026-11-27 19:00` from an id such as `2026-11-27T1900-check-in` (ids begin with their
  /// local start time), or nothing.
  mutating func appendDate(ofID id: String) {
    guard let parsed = SessionID(id) else { return }
    append("  ")
    append(text: parsed.localTime)
  }

  // MARK: JSON

  /// `{"hits": [...], "version": 1}` as `JSONEncoder` writes it with `Reports.json`'s settings
  /// (pretty-printed, sorted keys, unescaped slashes, ISO 8601 dates), followed by a newline.
  mutating func appendJSON(_ hits: [SearchHit]) {
    append("{\n  \"hits\" : [\n")
    for (index, hit) in hits.enumerated() {
      append(index == 0 ? "    {\n" : ",\n    {\n")
      append("      \"item\" : ")
      appendJSON(hit.item)
      append(",\n      \"kind\" : ")
      appendJSON(hit.kind.rawValue)
      append(",\n      \"member\" : ")
      appendJSON(hit.member)
      append(",\n      \"session\" : ")
      appendJSON(hit.session)
      append(",\n      \"started\" : ")
      if let started = hit.started {
        append("\"")
        Timestamp.append(started, millis: false, to: &bytes)
        append("\"")
      } else {
        append("null")
      }
      append(",\n      \"text\" : ")
      appendJSON(hit.text)
      append("\n    }")
      flushWhenFull()
    }
    append("\n  ],\n  \"version\" : ")
    append(text: String(Reports.jsonVersion))
    append("\n}\n")
  }

  /// `text` quoted and escaped as `Reports.json` escapes it (as `JSONEncoder` does: quotes,
  /// backslashes and control characters, not slashes; and DEL, C1 and bidi characters as
  /// `\uXXXX`), or `null`.
  private mutating func appendJSON(_ text: String?) {
    guard var text else {
      append("null")
      return
    }
    text.withUTF8 { utf8 in
      bytes.append(0x22)
      var plain = 0
      var i = 0
      while i < utf8.count {
        let byte = utf8[i]
        if byte == 0x22 || byte == 0x5C {
          bytes += utf8[plain..<i]
          bytes += [0x5C, byte]
          i += 1
          plain = i
        } else if let (scalar, length) = TerminalText.held(inUTF8: utf8, at: i) {
          bytes += utf8[plain..<i]
          switch scalar {
          case "\u{08}": append("\\b")
          case "\t": append("\\t")
          case "\n": append("\\n")
          case "\u{0C}": append("\\f")
          case "\r": append("\\r")
          default: bytes += TerminalText.jsonEscape(scalar).utf8
          }
          i += length
          plain = i
        } else {
          i += 1
        }
      }
      bytes += utf8[plain...]
      bytes.append(0x22)
    }
  }
}
