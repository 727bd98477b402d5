import Foundation

/// Renders a session as the Markdown transcript the pod reads afterwards.
public enum Transcript {
  /// The transcript of `state` as it stands at `now`, with times shown in `timeZone`.
  public static func markdown(_ state: SessionState, at now: Date, timeZone: TimeZone) -> String {
    guard let report = state.report(at: now), let start = state.start else { return "" }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    var lines: [String] = []
    lines.append("# \(start.format.title): \(escape(report.pod))")
    lines.append("")
    var when = "\(day(report.started, calendar)), \(time(report.started, calendar))"
    if let ended = report.ended {
      when += "–\(time(ended, calendar))"
    } else {
      when += ", not ended"
    }
    lines.append("\(when) · \(TimeText.spoken(report.seconds)) · session `\(report.id)`")
    lines.append("")
    lines.append("- **Present:** \(report.attendees.map(escape).joined(separator: ", "))")
    let roles = start.roles.sorted { $0.key < $1.key }.map { "\($0.key) \(escape($0.value))" }
    if !roles.isEmpty { lines.append("- **Roles:** \(roles.joined(separator: ", "))") }
    for (index, item) in report.items.enumerated() {
      let agenda = start.format.items[index]
      lines.append("")
      var heading = "## \(index + 1). \(escape(item.title))"
      if item.seconds > 0 || agenda.timebox != nil {
        heading += " (\(TimeText.spoken(item.seconds))"
        if let box = agenda.timebox { heading += " of \(TimeText.spoken(Double(box)))" }
        heading += ")"
      }
      lines.append(heading)
      if let prompt = agenda.prompt {
        lines.append("")
        lines.append("> \(escape(prompt))")
      }
      if !item.turns.isEmpty { lines.append("") }
      for turn in item.turns {
        let length = TimeText.spoken(turn.seconds)
        lines.append("- \(escape(turn.member)): " + (turn.passed ? "passed (\(length))" : length))
      }
      if agenda.confidential {
        lines.append("")
        lines.append("_Confidential: no notes kept._")
      }
      if !item.notes.isEmpty { lines.append("") }
      for note in item.notes { lines.append("- " + noteLine(note)) }
    }
    lines.append("")
    lines.append("## Airtime")
    lines.append("")
    let total = report.airtime.values.reduce(0, +)
    lines.append("| Member | Time | Share |")
    lines.append("|---|---:|---:|")
    for member in report.attendees {
      let seconds = report.airtime[member] ?? 0
      let share = total > 0 ? Bounds.whole(seconds / total * 100, .toNearestOrAwayFromZero) : 0
      lines.append("| \(escape(member)) | \(TimeText.spoken(seconds)) | \(share)% |")
    }
    if let balance = state.airtimeBalance(at: now) {
      lines.append("")
      lines.append("Balance (largest share over smallest): \(String(format: "%.1f", balance))")
    }
    lines += reviewSection(state, calendar)
    let written = report.actions.filter { $0.status == ActionStatus.open.rawValue }
    if !written.isEmpty {
      lines.append("")
      lines.append("## Actions")
      lines.append("")
      for action in written {
        let owner = action.owner.map { " (\(escape($0)))" } ?? ""
        lines.append("- [ ] \(escape(action.text))\(owner)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The actions of earlier sessions this one reviewed, each with its new status and where it
  /// came from, and how many carried actions were left unreviewed.
  private static func reviewSection(_ state: SessionState, _ calendar: Calendar) -> [String] {
    let reviews = state.reviewedActions
    guard !reviews.isEmpty else { return [] }
    var lines = ["", "## Actions reviewed", ""]
    for review in reviews {
      let status = review.status.rawValue.capitalized
      let owner = review.action.owner.map { " (\(escape($0)))" } ?? ""
      let from = day(review.action.written, calendar)
      lines.append("- **\(status):** \(escape(review.action.text))\(owner), from \(from)")
    }
    let unreviewed = state.actionsToReview.count - reviews.count
    if unreviewed > 0 {
      lines.append("")
      lines.append(
        unreviewed == 1
          ? "_1 more open action was not reviewed; it stays open._"
          : "_\(unreviewed) more open actions were not reviewed; they stay open._")
    }
    return lines
  }

  private static func noteLine(_ note: SessionReport.NoteRecord) -> String {
    switch note.kind {
    case .note: return escape(note.text)
    case .decision: return "**Decision:** \(escape(note.text))"
    case .action:
      let owner = note.owner.map { " (\(escape($0)))" } ?? ""
      return "**Action\(owner):** \(escape(note.text))"
    }
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
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    return "\(c.day ?? 1) \(months[(c.month ?? 1) - 1]) \(c.year ?? 0)"
  }

  /// `19:05`, for transcripts in any form.
  static func time(_ date: Date, _ calendar: Calendar) -> String {
    let c = calendar.dateComponents([.hour, .minute], from: date)
    let minute = c.minute ?? 0
    return "\(c.hour ?? 0):\(minute < 10 ? "0" : "")\(minute)"
  }
}
