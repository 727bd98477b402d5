import Foundation

/// Renders a session as one self-contained HTML page: inline CSS, no scripts, no external
/// resources, readable in a browser and on paper.
public enum TranscriptHTML {
  /// The page for `state` as it stands at `now`, with times shown in `timeZone`.
  public static func page(_ state: SessionState, at now: Date, timeZone: TimeZone) -> String {
    guard let report = state.report(at: now), let start = state.start else { return "" }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let title = "\(start.format.title): \(report.pod)"
    var when =
      "\(Transcript.day(report.started, calendar)), \(Transcript.time(report.started, calendar))"
    if let ended = report.ended {
      when += "–\(Transcript.time(ended, calendar))"
    } else {
      when += ", not ended"
    }
    var out: [String] = [
      "<!DOCTYPE html>",
      "<html lang=\"en\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>\(escape(title)) · \(escape(Transcript.day(report.started, calendar)))</title>",
      "<style>\(style)</style>",
      "</head>",
      "<body>",
      "<main>",
      "<header>",
      "<h1>\(escape(title))</h1>",
      "<p class=\"when\">\(escape(when)) · \(escape(TimeText.spoken(report.seconds)))"
        + " · session <code>\(escape(report.id))</code></p>",
      "<dl class=\"meta\">",
      "<dt>Present</dt><dd>\(report.attendees.map(escape).joined(separator: ", "))</dd>",
    ]
    let roles = report.roles.sorted { $0.key < $1.key }
    if !roles.isEmpty {
      let text = roles.map { "\(escape($0.key)) <strong>\(escape($0.value))</strong>" }
      out.append("<dt>Roles</dt><dd>\(text.joined(separator: ", "))</dd>")
    }
    out += ["</dl>", "</header>"]
    for (index, item) in report.items.enumerated() {
      out += itemSection(index, item, start.format.items[index])
    }
    out += airtimeSection(state, report, at: now)
    out += reviewSection(state, calendar)
    let written = report.actions.filter { $0.status == ActionStatus.open.rawValue }
    if !written.isEmpty {
      out += ["<section class=\"actions\">", "<h2>Actions</h2>", "<ul class=\"todo\">"]
      for action in written {
        let owner = action.owner.map { " <span class=\"owner\">(\(escape($0)))</span>" } ?? ""
        out.append("<li>\(escape(action.text))\(owner)</li>")
      }
      out += ["</ul>", "</section>"]
    }
    out += ["</main>", "</body>", "</html>"]
    return out.joined(separator: "\n") + "\n"
  }

  private static func itemSection(
    _ index: Int, _ item: SessionReport.Item, _ agenda: AgendaItem
  ) -> [String] {
    var out = ["<section class=\"item\">"]
    var heading = "<h2>\(index + 1). \(escape(item.title))"
    if item.seconds > 0 || agenda.timebox != nil {
      var length = TimeText.spoken(item.seconds)
      if let box = agenda.timebox { length += " of \(TimeText.spoken(Double(box)))" }
      heading += " <span class=\"length\">\(escape(length))</span>"
    }
    out.append(heading + "</h2>")
    if let prompt = agenda.prompt { out.append("<blockquote>\(escape(prompt))</blockquote>") }
    if !item.turns.isEmpty {
      out.append("<ol class=\"turns\">")
      for turn in item.turns {
        let length = escape(TimeText.spoken(turn.seconds))
        out.append(
          turn.passed
            ? "<li class=\"passed\">\(escape(turn.member)) <span>passed (\(length))</span></li>"
            : "<li>\(escape(turn.member)) <span>\(length)</span></li>")
      }
      out.append("</ol>")
    }
    if agenda.confidential {
      out.append("<p class=\"confidential\">Confidential: no notes kept.</p>")
    }
    if !item.notes.isEmpty {
      out.append("<ul class=\"notes\">")
      for note in item.notes {
        switch note.kind {
        case .note:
          out.append("<li class=\"note\">\(escape(note.text))</li>")
        case .decision:
          out.append(
            "<li class=\"decision\"><strong>Decision:</strong> \(escape(note.text))</li>")
        case .action:
          let owner = note.owner.map { " (\(escape($0)))" } ?? ""
          out.append(
            "<li class=\"action\"><strong>Action\(owner):</strong> \(escape(note.text))</li>")
        }
      }
      out.append("</ul>")
    }
    out.append("</section>")
    return out
  }

  /// Airtime as a table of bars, the longest bar for the member who spoke most.
  private static func airtimeSection(
    _ state: SessionState, _ report: SessionReport, at now: Date
  ) -> [String] {
    var out = ["<section class=\"airtime\">", "<h2>Airtime</h2>", "<table>"]
    out.append("<tr><th>Member</th><th>Time</th><th>Share</th><th class=\"barcell\"></th></tr>")
    let total = report.airtime.values.reduce(0, +)
    let largest = report.airtime.values.max() ?? 0
    for member in report.attendees {
      let seconds = report.airtime[member] ?? 0
      let share = total > 0 ? Bounds.whole(seconds / total * 100, .toNearestOrAwayFromZero) : 0
      let width = largest > 0 ? Bounds.whole(seconds / largest * 100, .toNearestOrAwayFromZero) : 0
      out.append(
        "<tr><td>\(escape(member))</td><td class=\"num\">\(escape(TimeText.spoken(seconds)))</td>"
          + "<td class=\"num\">\(share)%</td><td class=\"barcell\"><div class=\"bar\" "
          + "style=\"width: \(width)%\"></div></td></tr>")
    }
    out.append("</table>")
    if let balance = state.airtimeBalance(at: now) {
      out.append(
        "<p>Balance (largest share over smallest): \(String(format: "%.1f", balance))</p>")
    }
    out.append("</section>")
    return out
  }

  private static func reviewSection(_ state: SessionState, _ calendar: Calendar) -> [String] {
    let reviews = state.reviewedActions
    guard !reviews.isEmpty else { return [] }
    var out = ["<section class=\"reviewed\">", "<h2>Actions reviewed</h2>", "<ul>"]
    for review in reviews {
      let status = review.status.rawValue
      let owner = review.action.owner.map { " (\(escape($0)))" } ?? ""
      out.append(
        "<li class=\"\(status)\"><strong>\(status.capitalized):</strong> "
          + "\(escape(review.action.text))\(owner), from "
          + "\(escape(Transcript.day(review.action.written, calendar)))</li>")
    }
    out.append("</ul>")
    let unreviewed = state.actionsToReview.count - reviews.count
    if unreviewed > 0 {
      out.append(
        unreviewed == 1
          ? "<p>1 more open action was not reviewed; it stays open.</p>"
          : "<p>\(unreviewed) more open actions were not reviewed; they stay open.</p>")
    }
    out.append("</section>")
    return out
  }

  /// Makes text safe inside HTML elements and attribute values. Controls and bidi characters
  /// are shown visibly (`TerminalText`), since a browser would obey an override even written
  /// as a character reference.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in TerminalText.document(text) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  private static let style = """
    body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;\
    background:#fdfcf9;margin:0}\
    main{max-width:46em;margin:0 auto;padding:1.5em}\
    h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.2em;margin:1.4em 0 .4em;\
    border-bottom:1px solid #ddd;padding-bottom:.2em}\
    .when{color:#555;margin:0 0 1em}.length{color:#666;font-weight:normal;font-size:.85em}\
    dl.meta{display:grid;grid-template-columns:auto 1fr;gap:.2em 1em;margin:0}\
    dt{font-weight:bold}dd{margin:0}\
    blockquote{margin:.4em 0;padding:.2em .8em;border-left:3px solid #c96;color:#444;\
    font-style:italic}\
    ol.turns{columns:2;margin:.4em 0;padding-left:1.6em}ol.turns span{color:#666}\
    li.passed{color:#888}\
    ul.notes{padding-left:1.2em}li.decision strong{color:#2a6a3a}li.action strong{color:#8a4b00}\
    .confidential{color:#666;font-style:italic}\
    table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.15em .5em}\
    td.num{text-align:right;white-space:nowrap}td.barcell,th.barcell{width:50%}\
    .bar{height:.8em;background:#c96;border-radius:2px;min-width:1px;\
    -webkit-print-color-adjust:exact;print-color-adjust:exact}\
    code{font-size:.9em}\
    @media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}\
    section{break-inside:avoid}}
    """
}
