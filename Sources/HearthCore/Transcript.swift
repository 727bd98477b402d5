import Foundation

/// Renders a session's record as the Markdown transcript the pod reads afterwards.
public enum Transcript {
  /// The transcript of `state` as it stands at `now`, with times shown in `timeZone`.
  public static func markdown(_ state: SessionState, at now: Date, timeZone: TimeZone) -> String {
    state.record(at: now).map { markdown($0, timeZone: timeZone) } ?? ""
  }

  /// The transcript of `record`, with times shown in `timeZone`.
  public static func markdown(_ record: SessionRecord, timeZone: TimeZone) -> String {
    let calendar = Calendar.gregorian(in: timeZone)
    var lines: [String] = []
    var previous: SessionRecord.Kind?
    var bullet = "-"
    for block in record.blocks {
      // Blocks of one list follow each other; anything else stands apart by a blank line. A
      // list right after another list (an item's notes after its turns) takes the other bullet:
      // CommonMark reads two lists of one bullet apart by a blank line as one loose list.
      if let previous, listed(previous), listed(block.kind) {
        if group(previous) != group(block.kind) {
          bullet = bullet == "-" ? "*" : "-"
          lines.append("")
        }
      } else {
        bullet = "-"
        if previous != nil { lines.append("") }
      }
      let written = markdown(block, after: previous, calendar)
      lines +=
        bullet == "-" ? written : written.map { $0.hasPrefix("- ") ? "* " + $0.dropFirst(2) : $0 }
      previous = block.kind
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The lines of one block; `previous` is the kind of the block before it.
  private static func markdown(
    _ block: SessionRecord.Block, after previous: SessionRecord.Kind?, _ calendar: Calendar
  ) -> [String] {
    switch block {
    case .heading(let heading):
      return [
        "# \(heading.title): \(escape(heading.pod))", "",
        "\(when(heading, calendar)) · \(TimeText.spoken(heading.seconds)) · session `\(heading.id)`",
      ]
    case .attendance(let names):
      return ["- **Present:** \(names.map(escape).joined(separator: ", "))"]
    case .roles(let holders):
      return [
        "- **Roles:** \(holders.map { "\($0.role) \(escape($0.member))" }.joined(separator: ", "))"
      ]
    case .item(let item):
      var heading = "## \(item.number). \(escape(item.title))"
      if item.seconds > 0 || item.timebox != nil {
        heading += " (\(TimeText.spoken(item.seconds))"
        if let box = item.timebox { heading += " of \(TimeText.spoken(box))" }
        heading += ")"
      }
      return [heading]
    case .prompt(let text):
      return ["> \(escape(text))"]
    case .turn(let turn):
      return ["- \(escape(turn.member)): \(TimeText.spoken(turn.seconds))"]
    case .pass(let turn):
      // Who passes did not speak: no time is theirs.
      return ["- \(escape(turn.member)): passed"]
    case .confidential:
      return ["_Confidential: no notes kept._"]
    case .note(let text):
      return ["- \(escape(text))"]
    case .decision(let text):
      return ["- **Decision:** \(escape(text))"]
    case .action(let action):
      return ["- **Action\(owner(action.owner)):** \(escape(action.text))"]
    case .airtime(let airtime):
      var lines = ["## Airtime", "", "| Member | Time | Share |", "|---|---:|---:|"]
      for row in airtime.rows {
        lines.append("| \(escape(row.member)) | \(TimeText.spoken(row.seconds)) | \(row.share)% |")
      }
      if let balance = airtime.balance {
        lines += ["", "Balance (largest share over smallest): \(String(format: "%.1f", balance))"]
      }
      return lines
    case .carriedAction(let action):
      let line =
        "- **\(action.status.rawValue.capitalized):** \(escape(action.text))\(owner(action.owner)), "
        + "from \(day(action.written, calendar))"
      return previous == .carriedAction ? [line] : ["## Actions reviewed", "", line]
    case .unreviewed(let count):
      return [
        count == 1
          ? "_1 more open action was not reviewed; it stays open._"
          : "_\(count) more open actions were not reviewed; they stay open._"
      ]
    case .actionsWritten(let actions):
      return ["## Actions", ""] + actions.map { "- [ ] \(escape($0.text))\(owner($0.owner))" }
    }
  }

  /// Whether blocks of this kind are lines of a list.
  private static func listed(_ kind: SessionRecord.Kind) -> Bool {
    switch kind {
    case .attendance, .roles, .turn, .pass, .note, .decision, .action, .carriedAction: true
    default: false
    }
  }

  /// Which list a listed block belongs to: blocks of one list are not set apart.
  private static func group(_ kind: SessionRecord.Kind) -> Int {
    switch kind {
    case .attendance, .roles: 0
    case .turn, .pass: 1
    case .note, .decision, .action: 2
    default: 3
    }
  }

  /// ` (Bo)`, or nothing for an action without an owner.
  private static func owner(_ owner: String?) -> String {
    owner.map { " (\(escape($0)))" } ?? ""
  }

  /// `27 November 2026, 19:00–20:05`, or `…, 19:00, not ended`.
  public static func when(_ heading: SessionRecord.Heading, _ calendar: Calendar) -> String {
    let from = "\(day(heading.started, calendar)), \(time(heading.started, calendar))"
    guard let ended = heading.ended else { return from + ", not ended" }
    return from + "–\(time(ended, calendar))"
  }

  /// Keeps user text from turning into Markdown structure.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>#|".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// `27 November 2026`, for transcripts in any form and every screen that names a day.
  public static func day(_ date: Date, _ calendar: Calendar) -> String {
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    return "\(c.day ?? 1) \(monthName(c.month ?? 1)) \(c.year ?? 0)"
  }

  /// `November` for 11; a number out of range reads as itself.
  static func monthName(_ month: Int) -> String {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    return months.indices.contains(month - 1) ? months[month - 1] : "\(month)"
  }

  /// `19:05`, for transcripts in any form.
  static func time(_ date: Date, _ calendar: Calendar) -> String {
    let c = calendar.dateComponents([.hour, .minute], from: date)
    let minute = c.minute ?? 0
    return "\(c.hour ?? 0):\(minute < 10 ? "0" : "")\(minute)"
  }
}
