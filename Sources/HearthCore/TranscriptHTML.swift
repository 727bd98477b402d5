import Foundation

/// Renders a session's record as one self-contained HTML page: inline CSS, no scripts, no
/// external resources, readable in a browser and on paper.
public enum TranscriptHTML {
  /// The page for `state` as it stands at `now`, with times shown in `timeZone`.
  public static func page(_ state: SessionState, at now: Date, timeZone: TimeZone) -> String {
    state.record(at: now).map { page($0, timeZone: timeZone) } ?? ""
  }

  /// The page for `record`, with times shown in `timeZone`.
  public static func page(_ record: SessionRecord, timeZone: TimeZone) -> String {
    let calendar = Calendar.gregorian(in: timeZone)
    var page = Page()
    for block in record.blocks { page.add(block, calendar) }
    page.close(section: true)
    return (page.head + page.body + ["</main>", "</body>", "</html>"]).joined(separator: "\n")
      + "\n"
  }

  /// The page as it is written, block by block, with the list and section it is inside.
  private struct Page {
    var head: [String] = []
    var body: [String] = []
    /// The closing tag of the list open now, if one is.
    var list: String?
    var listKind: Int?
    /// The closing tags of the section open now.
    var section: [String] = []

    mutating func open(list kind: Int, _ tag: String, _ closing: String) {
      guard listKind != kind else { return }
      close(section: false)
      body.append(tag)
      list = closing
      listKind = kind
    }

    mutating func close(section closing: Bool) {
      if let list { body.append(list) }
      list = nil
      listKind = nil
      if closing {
        body += section
        section = []
      }
    }

    mutating func begin(section tags: [String], closing: [String]) {
      close(section: true)
      body += tags
      section = closing
    }

    mutating func add(_ block: SessionRecord.Block, _ calendar: Calendar) {
      switch block {
      case .heading(let heading):
        let title = "\(heading.title): \(heading.pod)"
        head = [
          "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
          "<title>\(escape(title)) · \(escape(Transcript.day(heading.started, calendar)))</title>",
          "<style>\(style)</style>", "</head>", "<body>", "<main>",
        ]
        begin(
          section: [
            "<header>", "<h1>\(escape(title))</h1>",
            "<p class=\"when\">\(escape(Transcript.when(heading, calendar))) · "
              + "\(escape(TimeText.spoken(heading.seconds))) · session "
              + "<code>\(escape(heading.id))</code></p>",
            "<dl class=\"meta\">",
          ], closing: ["</dl>", "</header>"])
      case .attendance(let names):
        body.append("<dt>Present</dt><dd>\(names.map(escape).joined(separator: ", "))</dd>")
      case .roles(let holders):
        let text = holders.map { "\(escape($0.role)) <strong>\(escape($0.member))</strong>" }
        body.append("<dt>Roles</dt><dd>\(text.joined(separator: ", "))</dd>")
      case .item(let item):
        var heading = "<h2>\(item.number). \(escape(item.title))"
        if item.seconds > 0 || item.timebox != nil {
          var length = TimeText.spoken(item.seconds)
          if let box = item.timebox { length += " of \(TimeText.spoken(box))" }
          heading += " <span class=\"length\">\(escape(length))</span>"
        }
        begin(section: ["<section class=\"item\">", heading + "</h2>"], closing: ["</section>"])
      case .prompt(let text):
        close(section: false)
        body.append("<blockquote>\(escape(text))</blockquote>")
      case .turn(let turn):
        open(list: 1, "<ol class=\"turns\">", "</ol>")
        body.append(
          "<li>\(escape(turn.member)) <span>\(escape(TimeText.spoken(turn.seconds)))</span></li>")
      case .pass(let turn):
        open(list: 1, "<ol class=\"turns\">", "</ol>")
        body.append(
          "<li class=\"passed\">\(escape(turn.member)) <span>passed</span></li>")
      case .confidential:
        close(section: false)
        body.append("<p class=\"confidential\">Confidential: no notes kept.</p>")
      case .note(let text):
        open(list: 2, "<ul class=\"notes\">", "</ul>")
        body.append("<li class=\"note\">\(escape(text))</li>")
      case .decision(let text):
        open(list: 2, "<ul class=\"notes\">", "</ul>")
        body.append("<li class=\"decision\"><strong>Decision:</strong> \(escape(text))</li>")
      case .action(let action):
        open(list: 2, "<ul class=\"notes\">", "</ul>")
        body.append(
          "<li class=\"action\"><strong>Action\(owner(action.owner)):</strong> "
            + "\(escape(action.text))</li>")
      case .airtime(let airtime):
        begin(
          section: [
            "<section class=\"airtime\">", "<h2>Airtime</h2>", "<table>",
            "<tr><th>Member</th><th>Time</th><th>Share</th><th class=\"barcell\"></th></tr>",
          ], closing: ["</section>"])
        for row in airtime.rows {
          body.append(
            "<tr><td>\(escape(row.member))</td><td class=\"num\">"
              + "\(escape(TimeText.spoken(row.seconds)))</td><td class=\"num\">\(row.share)%</td>"
              + "<td class=\"barcell\"><div class=\"bar\" style=\"width: \(row.ofLargest)%\"></div>"
              + "</td></tr>")
        }
        body.append("</table>")
        if let balance = airtime.balance {
          body.append(
            "<p>Balance (largest share over smallest): \(String(format: "%.1f", balance))</p>")
        }
      case .carriedAction(let action):
        if listKind != 3 {
          begin(
            section: ["<section class=\"reviewed\">", "<h2>Actions reviewed</h2>"],
            closing: ["</section>"])
        }
        open(list: 3, "<ul>", "</ul>")
        let status = action.status.rawValue
        body.append(
          "<li class=\"\(status)\"><strong>\(status.capitalized):</strong> "
            + "\(escape(action.text))\(owner(action.owner)), from "
            + "\(escape(Transcript.day(action.written, calendar)))</li>")
      case .unreviewed(let count):
        close(section: false)
        body.append(
          count == 1
            ? "<p>1 more open action was not reviewed; it stays open.</p>"
            : "<p>\(count) more open actions were not reviewed; they stay open.</p>")
      case .actionsWritten(let actions):
        begin(
          section: ["<section class=\"actions\">", "<h2>Actions</h2>", "<ul class=\"todo\">"],
          closing: ["</ul>", "</section>"])
        for action in actions {
          let owner = action.owner.map { " <span class=\"owner\">(\(escape($0)))</span>" } ?? ""
          body.append("<li>\(escape(action.text))\(owner)</li>")
        }
      }
    }

    /// ` (Bo)`, or nothing for an action without an owner.
    private func owner(_ owner: String?) -> String {
      owner.map { " (\(escape($0)))" } ?? ""
    }
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
