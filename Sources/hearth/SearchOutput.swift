import Foundation
import HearthCore
import HearthStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `hearth search` prints, gathered as bytes and written to standard output in large
/// chunks: with thousands of hits, building a string per line and printing it costs more than
/// the search itself.
struct SearchOutput {
  private var bytes: [UInt8] = []
  private static let chunk = 1 << 16

  init() { bytes.reserveCapacity(Self.chunk * 2) }

  /// Appends fixed text.
  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends `text` as UTF-8.
  mutating func append(text: String) { bytes.append(contentsOf: text.utf8) }

  /// Writes everything gathered so far to standard output.
  mutating func flush() {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = write(1, raw.baseAddress! + offset, raw.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
    bytes.removeAll(keepingCapacity: true)
  }

  private mutating func flushWhenFull() {
    if bytes.count >= Self.chunk { flush() }
  }

  // MARK: Text

  /// The hits grouped under a heading per session, then how many lines and sessions; with a
  /// query, its matches in reverse video.
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
      append(text: query.map { SearchCommand.highlighted(hit.text, $0) } ?? hit.text)
      append("\n")
      flushWhenFull()
    }
    let lines = results.hits.count == 1 ? "1 line" : "\(results.hits.count) lines"
    let sessions = results.sessions == 1 ? "1 session" : "\(results.sessions) sessions"
    append(text: "\n\(lines) in \(sessions).\n")
  }

  /// `  2026-11-27 19:00` from an id such as `2026-11-27T1900-check-in` (ids begin with their
  /// local start time), or nothing.
  mutating func appendDate(ofID id: String) {
    var id = id
    id.withUTF8 { b in
      let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 13, 14]
      guard b.count >= 15, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54,
        digits.allSatisfy({ (0x30...0x39).contains(b[$0]) })
      else { return }
      append("  ")
      bytes += b[0..<10]
      append(" ")
      bytes += b[11..<13]
      append(":")
      bytes += b[13..<15]
    }
  }

  // MARK: JSON

  /// The hits as `JSONEncoder` writes them with `Reports.json`'s settings (pretty-printed,
  /// sorted keys, unescaped slashes, ISO 8601 dates), followed by a newline.
  mutating func appendJSON(_ hits: [SearchHit]) {
    append("[\n")
    for (index, hit) in hits.enumerated() {
      append(index == 0 ? "  {\n" : ",\n  {\n")
      append("    \"item\" : ")
      appendJSON(hit.item)
      append(",\n    \"kind\" : ")
      appendJSON(hit.kind.rawValue)
      append(",\n    \"member\" : ")
      appendJSON(hit.member)
      append(",\n    \"session\" : ")
      appendJSON(hit.session)
      append(",\n    \"started\" : ")
      if let started = hit.started {
        append("\"")
        appendISO8601(started)
        append("\"")
      } else {
        append("null")
      }
      append(",\n    \"text\" : ")
      appendJSON(hit.text)
      append("\n  }")
      flushWhenFull()
    }
    append("\n]\n")
  }

  /// `text` quoted and escaped as `JSONEncoder` escapes it (quotes, backslashes and control
  /// characters; not slashes), or `null`.
  private mutating func appendJSON(_ text: String?) {
    guard var text else {
      append("null")
      return
    }
    text.withUTF8 { utf8 in
      bytes.append(0x22)
      var plain = 0
      for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes += utf8[plain..<i]
        plain = i + 1
        switch byte {
        case 0x08: append("\\b")
        case 0x09: append("\\t")
        case 0x0A: append("\\n")
        case 0x0C: append("\\f")
        case 0x0D: append("\\r")
        case 0x22, 0x5C: bytes += [0x5C, byte]
        default:
          append("\\u00")
          bytes += [Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]]
        }
      }
      bytes += utf8[plain...]
      bytes.append(0x22)
    }
  }

  private static let hex = Array("0123456789abcdef".utf8)

  /// `2026-11-27T19:00:00Z`: the date in UTC to the second, as `JSONEncoder`'s `.iso8601`
  /// writes it.
  private mutating func appendISO8601(_ date: Date) {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    // Before the Gregorian reform Foundation switches to the Julian calendar; gmtime does not.
    guard gmtime_r(&seconds, &parts) != nil, (1600...9999).contains(parts.tm_year + 1900) else {
      append(text: date.formatted(.iso8601))
      return
    }
    appendDigits(parts.tm_year + 1900, 4)
    append("-")
    appendDigits(parts.tm_mon + 1, 2)
    append("-")
    appendDigits(parts.tm_mday, 2)
    append("T")
    appendDigits(parts.tm_hour, 2)
    append(":")
    appendDigits(parts.tm_min, 2)
    append(":")
    appendDigits(parts.tm_sec, 2)
    append("Z")
  }

  /// `value`'s last `count` decimal digits, zero-padded.
  private mutating func appendDigits(_ value: Int32, _ count: Int) {
    var divisor: Int32 = 1
    for _ in 1..<count { divisor *= 10 }
    while divisor > 0 {
      bytes.append(0x30 + UInt8(value / divisor % 10))
      divisor /= 10
    }
  }
}
