import Foundation
import HearthCore

/// What the facilitator sees once a meeting has ended, before the shell: its decisions, the
/// actions with their owners, airtime and balance, who the rotation suggests for next time and
/// where the transcript is. Read from the session's record, never from its Markdown; `--plain`
/// prints the same lines.
public struct EndSummary: Sendable, Equatable {
  /// What the facilitator chose.
  public enum Answer: Sendable, Equatable { case review, leave }

  public let pod: String
  /// The summary, top to bottom, styled as the review screen styles a record.
  public let lines: [ReadingLine]
  /// The first line shown, when the summary does not fit.
  public private(set) var scroll = 0

  /// - Parameters:
  ///   - next: each rotating role and who the rotation suggests for it next time, in role order.
  ///   - transcript: the path of the transcript written; nil in a sealed pod, which keeps none.
  public init(
    _ record: SessionRecord, next: [SessionRecord.RoleHolder], transcript: String?,
    timeZone: TimeZone
  ) {
    pod = record.report.pod
    let indent = "   "
    let blank = ReadingLine("", .blank, found: [])
    var lines: [ReadingLine] = []
    var decisions: [String] = []
    var rest: [SessionRecord.Block] = []
    for block in record.blocks {
      switch block {
      case .heading, .attendance:
        lines += SessionReading.lines(record, [block], timeZone)
        if block.kind == .attendance {
          // The path on a line of its own, so a long one wraps whole rather than mid-word.
          if let transcript {
            lines.append(
              ReadingLine("Transcript (or `hearth show \(record.report.id)`):", .detail))
            lines.append(ReadingLine("   " + transcript, .detail))
          } else {
            lines.append(
              ReadingLine(
                "The pod is sealed: `hearth show \(record.report.id)` reads it.", .detail))
          }
        }
      case .decision(let text): decisions.append(text)
      case .carriedAction, .unreviewed, .actionsWritten, .airtime: rest.append(block)
      default: break
      }
    }
    lines += [blank, ReadingLine("Decisions", .section, found: [])]
    lines +=
      decisions.isEmpty
      ? [ReadingLine(indent + "None written.", .quiet, found: [])]
      : decisions.map { ReadingLine(indent + $0, .decision, found: []) }
    if !rest.contains(where: { $0.kind == .actionsWritten }) {
      lines += [
        blank, ReadingLine("Actions", .section, found: []),
        ReadingLine(indent + "None written.", .quiet, found: []),
      ]
    }
    // Who does what before how the talking went: airtime last.
    lines += SessionReading.lines(
      record, rest.filter { $0.kind != .airtime } + rest.filter { $0.kind == .airtime }, timeZone)
    if !next.isEmpty {
      lines += [blank, ReadingLine("Suggested for next time", .section, found: [])]
      let width = next.map { DisplayWidth.of($0.role) }.max() ?? 0
      lines += next.map {
        ReadingLine(indent + DisplayWidth.pad($0.role, to: width) + "  " + $0.member, .detail)
      }
    }
    self.lines = lines
  }

  /// `r` opens the session in review; Down, Up, PgDn and PgUp scroll a summary taller than the
  /// screen; any other key leaves.
  public mutating func handle(_ key: Key, width: Int, height: Int) -> Answer? {
    let page = max(1, height - 2)
    let last = max(0, shown(width: width).count - page)
    switch key {
    case .character("r"): return .review
    case .down: scroll = min(last, scroll + 1)
    case .up: scroll = max(0, scroll - 1)
    case .pageDown: scroll = min(last, scroll + page)
    case .pageUp: scroll = max(0, scroll - page)
    default: return .leave
    }
    return nil
  }

  /// The lines as drawn `width` columns wide: wrapped, never cut.
  private func shown(width: Int) -> [ReadingLine] {
    lines.flatMap { line in
      ReviewModel.wrap([line.text], width: width - 2).map { ReadingLine($0, line.kind) }
    }
  }

  /// The summary as lines of text, for `--plain`.
  public var text: [String] { lines.map(\.text) }

  /// Draws the summary below a header, the keys on the status line.
  public func render(width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    guard let (body, status) = grid.frame() else { return grid }
    grid.put(clipping: " Hearth · \(pod) · meeting ended", x: 0, y: 0, width: width, .header)
    let shown = shown(width: width)
    ReviewScreen.draw(shown, from: scroll, in: body, grid: &grid)
    var keys = " r read it in review · any other key leaves"
    if shown.count > body.height { keys += " · ↓↑ scroll" }
    grid.fill(status, .status)
    grid.put(clipping: keys, x: 0, y: status.y, width: status.width, .status)
    return grid
  }
}

extension SessionReading {
  /// The lines of `record`'s `blocks` only.
  fileprivate static func lines(
    _ record: SessionRecord, _ blocks: [SessionRecord.Block], _ timeZone: TimeZone
  ) -> [ReadingLine] {
    lines(SessionRecord(report: record.report, blocks: blocks), timeZone: timeZone)
  }
}
