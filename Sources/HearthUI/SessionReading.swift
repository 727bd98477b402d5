import Foundation
import HearthCore

/// A line as the review screen reads a session (or a page of figures) out: its text, the kind
/// of block it shows, which the screen styles by, and what search finds in it.
public struct ReadingLine: Sendable, Equatable {
  /// What a line shows.
  public enum Kind: Sendable, Equatable {
    /// The session's title.
    case title
    /// When, how long, who was there, who held which role.
    case detail
    /// An agenda item's heading.
    case item
    case prompt, turn, pass, note, decision, action
    /// A remark of Hearth's own: a confidential item, airtime balance, actions left unreviewed.
    case quiet
    /// The heading of a part that is not an item: airtime, actions.
    case section
    /// A row of a table with bars: airtime, stats.
    case chart
    case blank
  }

  public var text: String
  public var kind: Kind
  /// The texts `hearth search` matches in this line: a note's text, each name of a list, a
  /// title. Nil matches the whole line (pages that are not a session's record); empty, nothing.
  public var found: [String]?

  public init(_ text: String, _ kind: Kind, found: [String]? = nil) {
    self.text = text
    self.kind = kind
    self.found = found
  }

  /// Whether `query` finds this line, as `hearth search` would find the record's lines in it.
  public func matches(_ query: SearchQuery) -> Bool {
    (found ?? [text]).contains { query.matches($0) }
  }
}

/// The review screen's reading of a session: its record as lines to scroll through, without
/// Markdown's marks.
public enum SessionReading {
  /// How many cells the longest airtime bar takes.
  static let barCells = 20

  /// The lines of `record`, with times shown in `timeZone`.
  public static func lines(_ record: SessionRecord, timeZone: TimeZone) -> [ReadingLine] {
    let calendar = Calendar.gregorian(in: timeZone)
    var lines: [ReadingLine] = []
    var previous: SessionRecord.Kind?
    for block in record.blocks {
      let starts: Set<SessionRecord.Kind> = [.item, .airtime, .actionsWritten]
      if starts.contains(block.kind) || (block.kind == .carriedAction && previous != .carriedAction)
      {
        lines.append(ReadingLine("", .blank, found: []))
      }
      lines += reading(block, after: previous, calendar)
      previous = block.kind
    }
    return lines
  }

  private static func reading(
    _ block: SessionRecord.Block, after previous: SessionRecord.Kind?, _ calendar: Calendar
  ) -> [ReadingLine] {
    let indent = "   "
    switch block {
    case .heading(let heading):
      return [
        ReadingLine("\(heading.title): \(heading.pod)", .title, found: []),
        ReadingLine(
          "\(Transcript.when(heading, calendar)) · \(TimeText.spoken(heading.seconds))"
            + " · session \(heading.id)", .detail, found: []),
      ]
    case .attendance(let names):
      return [ReadingLine("Present: " + names.joined(separator: ", "), .detail, found: names)]
    case .roles(let holders):
      let roles = holders.map { "\($0.role) \($0.member)" }
      return [ReadingLine("Roles: " + roles.joined(separator: ", "), .detail, found: roles)]
    case .item(let item):
      var text = "\(item.number). \(item.title)"
      if item.seconds > 0 || item.timebox != nil {
        text += " · \(TimeText.spoken(item.seconds))"
        if let box = item.timebox { text += " of \(TimeText.spoken(box))" }
      }
      return [ReadingLine(text, .item, found: [item.title])]
    case .prompt(let text):
      return [ReadingLine(indent + "“\(text)”", .prompt, found: [text])]
    case .turn(let turn):
      return [
        ReadingLine(indent + "\(turn.member): \(TimeText.spoken(turn.seconds))", .turn, found: [])
      ]
    case .pass(let turn):
      return [
        ReadingLine(
          indent + "\(turn.member): passed", .pass, found: [])
      ]
    case .confidential:
      return [ReadingLine(indent + "Confidential: no notes kept.", .quiet, found: [])]
    case .note(let text):
      return [ReadingLine(indent + "• \(text)", .note, found: [text])]
    case .decision(let text):
      return [ReadingLine(indent + "Decision: \(text)", .decision, found: [text])]
    case .action(let action):
      return [
        ReadingLine(
          indent + "Action\(owner(action.owner)): \(action.text)", .action, found: [action.text])
      ]
    case .airtime(let airtime):
      var lines = [ReadingLine("Airtime", .section, found: [])]
      let nameWidth = airtime.rows.map { DisplayWidth.of($0.member) }.max() ?? 0
      for row in airtime.rows {
        let time = DisplayWidth.pad(TimeText.spoken(row.seconds), to: 7)
        let share =
          String(repeating: " ", count: max(0, 4 - String(row.share).count))
          + "\(row.share)%"
        let bar = StatsLayout.bar(Double(row.ofLargest) / 100, cells: barCells)
        lines.append(
          ReadingLine(
            indent + "\(DisplayWidth.pad(row.member, to: nameWidth))  \(time) \(share)  \(bar)",
            .chart, found: []))
      }
      if let balance = airtime.balance {
        lines.append(
          ReadingLine(
            indent + "Balance (largest share over smallest): \(String(format: "%.1f", balance))",
            .quiet, found: []))
      }
      return lines
    case .carriedAction(let action):
      let line = ReadingLine(
        indent
          + "\(action.status.rawValue.capitalized): \(action.text)\(owner(action.owner)), from "
          + Transcript.day(action.written, calendar), .action, found: [action.text])
      return previous == .carriedAction
        ? [line] : [ReadingLine("Actions reviewed", .section, found: []), line]
    case .unreviewed(let count):
      return [
        ReadingLine(
          indent
            + (count == 1
              ? "1 more open action was not reviewed; it stays open."
              : "\(count) more open actions were not reviewed; they stay open."),
          .quiet,
          found: [])
      ]
    case .actionsWritten(let actions):
      return [ReadingLine("Actions", .section, found: [])]
        + actions.map { action in
          ReadingLine(indent + "☐ \(action.text)\(owner(action.owner))", .action, found: [])
        }
    }
  }

  /// ` (Bo)`, or nothing for an action without an owner.
  private static func owner(_ owner: String?) -> String {
    owner.map { " (\($0))" } ?? ""
  }
}
