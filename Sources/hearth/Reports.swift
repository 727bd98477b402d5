import Foundation
import HearthCore
import HearthStore
import HearthUI

/// Shared output helpers for the commands that print sessions.
enum Reports {
  /// A stored session is read as of its last event: time after that was not meeting time.
  static func reportTime(of state: SessionState) -> Date {
    state.endedAt ?? state.lastEventAt ?? Date()
  }

  static func report(of state: SessionState) -> SessionReport? {
    state.report(at: reportTime(of: state))
  }

  /// The version of the fields every `--json` prints (docs/json.md): raised when a field
  /// changes meaning or goes away, not when one is added.
  static let jsonVersion = 1

  /// What a command's `--json` prints: `object`'s fields (a keyed value) with `"version"`.
  static func versionedJSON(_ object: some Encodable) throws -> String {
    try json(Versioned(object: object))
  }

  /// What a command's `--json` prints for a list: `{"version": 1, key: list}`.
  static func versionedJSON(_ list: some Encodable, as key: String) throws -> String {
    try json(Versioned(object: [key: list]))
  }

  /// An object's fields and the JSON version beside them, in one JSON object.
  private struct Versioned<Object: Encodable>: Encodable {
    var object: Object
    private enum Key: String, CodingKey { case version }

    func encode(to encoder: any Encoder) throws {
      try object.encode(to: encoder)
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(Reports.jsonVersion, forKey: .version)
    }
  }

  /// `value` as pretty-printed JSON with sorted keys; besides JSON's own escapes, DEL, C1 and
  /// bidi characters are written as `\uXXXX`, so no string can steer a terminal.
  static func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(Timestamp.formatSeconds(date))
    }
    return TerminalText.escapingJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
  }

  /// `2026-11-27 19:00` in local time, cheaply enough to call for every one of 10,000 rows
  /// (a date formatter per call costs more than a search).
  static func localTime(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil else { return Timestamp.format(date) }
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) "
      + "\(two(parts.tm_hour)):\(two(parts.tm_min))"
  }

  /// Left-aligned columns separated by two spaces, each cell through the terminal gate first
  /// so the columns line up as shown.
  /// Widths are counted in characters, each counted once (a table of 10,000 rows is printed
  /// in a few milliseconds).
  static func table(_ header: [String], _ rows: [[String]]) -> String {
    let all = ([header] + rows).map { $0.map { TerminalText.line($0) } }
    // Display columns, not characters: "Chen 陈" takes seven cells, and the columns after it
    // must not shift.
    let counts = all.map { $0.map(DisplayWidth.of) }
    let widths = header.indices.map { column in counts.map { $0[column] }.max() ?? 0 }
    var out = ""
    out.reserveCapacity(all.count * (widths.reduce(0, +) + 2 * widths.count + 1))
    for (line, row) in all.enumerated() {
      if line > 0 { out += "\n" }
      for (column, cell) in row.enumerated() {
        out += cell
        guard column < row.count - 1 else { continue }
        out += String(repeating: " ", count: widths[column] - counts[line][column] + 2)
      }
    }
    return out
  }
}
