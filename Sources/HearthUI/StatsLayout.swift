import Foundation
import HearthCore

/// The pod's stats laid out as text: what `hearth stats` prints and the review's stats page
/// shows. The figures come from `PodStats` (HearthCore); the bars, marks and columns live here,
/// measured in terminal columns as `DisplayWidth` counts them.
public enum StatsLayout {
  /// The eighths of a block, from one eighth to seven: the tip of a bar.
  private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// Every glyph of a bar or an attendance mark: the review styles them as bars.
  public static let barGlyphs: Set<Character> = Set(eighths + ["█", "●"])

  /// A horizontal bar of `fraction` (0 to 1) of `cells` columns, in eighths of a cell; anything
  /// above zero shows at least an eighth.
  public static func bar(_ fraction: Double, cells: Int) -> String {
    let clamped = min(1, max(0, fraction))
    var units = Bounds.whole(clamped * Double(cells * 8), .toNearestOrAwayFromZero)
    if clamped > 0, units == 0 { units = 1 }
    let (full, rest) = units.quotientAndRemainder(dividingBy: 8)
    return String(repeating: "█", count: full) + (rest > 0 ? String(eighths[rest - 1]) : "")
  }

  /// `stats` as text at most `columns` wide: airtime as bars with each member's share and time,
  /// attendance as a grid of marks (● present, · absent; sessions as columns, the newest right,
  /// as many as fit), then who held which role in each session, with its balance. `timeZone`
  /// dates the sessions.
  public static func text(_ stats: PodStats, columns: Int = 80, timeZone: TimeZone = .current)
    -> String
  {
    guard !stats.sessions.isEmpty else { return "No sessions yet.\n" }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    func day(_ date: Date) -> String {
      let c = calendar.dateComponents([.year, .month, .day], from: date)
      func two(_ n: Int?) -> String { (n ?? 0) < 10 ? "0\(n ?? 0)" : "\(n ?? 0)" }
      return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))"
    }
    let sessions = stats.sessions
    let count = sessions.count
    let span =
      count == 1
      ? day(sessions[0].started)
      : "\(day(sessions[0].started)) to \(day(sessions[count - 1].started))"
    let nameWidth = stats.members.map { DisplayWidth.of($0.name) }.max() ?? 0
    return
      ([
        "\(count == 1 ? "1 session" : "\(count) sessions"), \(span)", "",
      ] + airtime(stats, columns: columns, nameWidth: nameWidth) + [""]
      + attendance(stats, columns: columns, nameWidth: nameWidth) + [""] + roles(stats))
      .joined(separator: "\n") + "\n"
  }

  /// Airtime: a heading with the total and the balance, then a bar a member, scaled to the
  /// member who spoke most, with their share and time.
  private static func airtime(_ stats: PodStats, columns: Int, nameWidth: Int) -> [String] {
    let times = stats.members.map { TimeText.spoken($0.seconds) }
    let timeWidth = times.map(\.count).max() ?? 0
    let most = stats.members.map(\.share).max() ?? 0
    let cells = max(8, columns - 2 - nameWidth - 2 - 2 - 4 - 2 - timeWidth)
    var heading = "Airtime: \(TimeText.spoken(stats.seconds))"
    if let balance = stats.balance { heading += ", balance \(String(format: "%.1f", balance))" }
    heading += " (largest share over smallest)"
    var lines = [heading]
    for (member, time) in zip(stats.members, times) {
      let fraction = most > 0 ? member.share / most : 0
      let bar = DisplayWidth.pad(Self.bar(fraction, cells: cells), to: cells)
      let percent = padLeft("\(Bounds.whole(member.share * 100, .toNearestOrAwayFromZero))%", 4)
      lines.append(
        "  \(DisplayWidth.pad(member.name, to: nameWidth))  \(bar)  \(percent)  \(padLeft(time, timeWidth))"
      )
    }
    return lines
  }

  /// Attendance: one column a session, as many of the newest as fit, and a count a member.
  private static func attendance(_ stats: PodStats, columns: Int, nameWidth: Int) -> [String] {
    let count = stats.sessions.count
    let countWidth = "\(count)/\(count)".count
    let fit = max(1, columns - 2 - nameWidth - 2 - 2 - countWidth)
    let shown = min(count, fit)
    let shownWidth = "\(shown)/\(shown)".count
    var lines = [
      shown == count
        ? "Attendance (oldest left, newest right)"
        : "Attendance, newest \(shown) of \(count) sessions (oldest left, newest right)"
    ]
    for member in stats.members {
      let marks = member.present.suffix(shown).map { $0 ? "●" : "·" }.joined()
      let attended = member.present.suffix(shown).filter { $0 }.count
      lines.append(
        "  \(DisplayWidth.pad(member.name, to: nameWidth))  \(marks)  \(padLeft("\(attended)/\(shown)", shownWidth))"
      )
    }
    return lines
  }

  /// Roles and balance per session, newest first, as columns under a heading row.
  private static func roles(_ stats: PodStats) -> [String] {
    let header = ["SESSION", "BALANCE"] + stats.roles.map { $0.uppercased() }
    let rows = stats.sessions.reversed().map { session in
      [session.id, session.balance.map { String(format: "%.1f", $0) } ?? "-"]
        + stats.roles.map { session.roles[$0] ?? "-" }
    }
    let all = [header] + rows
    let widths = header.indices.map { column in
      all.map { DisplayWidth.of($0[column]) }.max() ?? 0
    }
    return ["Roles and balance per session (newest first)"]
      + all.map { row in
        let cells = row.enumerated().map { column, cell in
          column == row.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[column])
        }
        return "  " + cells.joined(separator: "  ")
      }
  }

  /// `text` after as many spaces as make it `columns` wide.
  private static func padLeft(_ text: String, _ columns: Int) -> String {
    String(repeating: " ", count: max(0, columns - DisplayWidth.of(text))) + text
  }
}
