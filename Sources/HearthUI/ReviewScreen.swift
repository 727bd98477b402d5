import Foundation
import HearthCore

/// Draws the history browser from its model and the terminal's size.
public enum ReviewScreen {
  public static func render(
    _ model: ReviewModel, width: Int, height: Int, now: Date, timeZone: TimeZone
  ) -> Grid {
    var grid = Grid(width: width, height: height)
    guard let (body, status) = grid.frame() else { return grid }
    let title: String
    switch model.screen {
    case .list:
      let count = model.total ?? model.rows.count
      title = count == 1 ? "1 session" : "\(count) sessions"
    case .transcript: title = model.transcriptTitle
    case .results: title = "search “\(model.resultsQuery)”"
    case .actions:
      let open = model.actions?.open.count ?? 0
      title = open == 1 ? "1 open action" : "\(open) open actions"
    }
    grid.put(clipping: " Hearth · \(model.pod) · \(title)", x: 0, y: 0, width: width, .header)
    if model.screen == .transcript, let progress = progress(model, area: body) {
      grid.put(rightAligned: " \(progress) ", maxX: width, y: 0, .header)
    }
    switch model.screen {
    case .list: list(model, area: body, timeZone: timeZone, grid: &grid)
    case .transcript: transcript(model, area: body, grid: &grid)
    case .results: results(model, area: body, timeZone: timeZone, grid: &grid)
    case .actions: actions(model, area: body, now: now, timeZone: timeZone, grid: &grid)
    }
    footer(model, area: status, grid: &grid)
    if model.mode == .help { help(area: body, grid: &grid) }
    if case .confirmDelete(let id) = model.mode {
      Overlay(
        title: "Delete this session?",
        lines: [
          (id, .help), ("Its journal and transcript are removed for good.", .help),
          ("y  delete it", .help), ("any other key  keep it", .dim),
        ]
      ).render(into: &grid, area: body)
    }
    return grid
  }

  private static func list(_ model: ReviewModel, area: Rect, timeZone: TimeZone, grid: inout Grid) {
    guard !model.rows.isEmpty else {
      grid.put(
        clipping: "No sessions yet: hearth meet (or hearth demo) starts one.", x: 1, y: area.y + 1,
        width: area.width - 2, .dim)
      return
    }
    let (heading, area) = area.splitTop(1)
    grid.put(
      clipping: listRow(["", "Started", "Format", "Length", "Facilitator", "Attendees"]),
      x: heading.x + 1, y: heading.y, width: heading.width - 2, .title)
    let top = max(0, min(model.selected - area.height / 2, model.rows.count - area.height))
    let formatter = listDates(timeZone)
    for (offset, row) in model.rows[top...].prefix(area.height).enumerated() {
      let y = area.y + offset
      let isSelected = top + offset == model.selected
      let role: StyleRole = isSelected ? .selected : row.isDamaged ? .damaged : .normal
      let line = Rect(x: area.x, y: y, width: area.width, height: 1)
      grid.mark(line, tag: top + offset)
      if isSelected { grid.fill(line, role) }
      let date = formatter.string(from: row.started)
      let text: String
      if row.isDamaged {
        text = listRow(["⚠", date, row.format, ""]) + "damaged: \(row.remark ?? "")"
      } else {
        // A session's remark is its state while it is not ended: "open".
        let state = row.remark.map { "◌ \($0)" } ?? ""
        text = listRow([
          state, date, row.format, TimeText.spoken(row.seconds),
          row.facilitator.map { "◆ \($0)" } ?? "", row.attendees.joined(separator: ", "),
        ])
      }
      grid.put(clipping: text, x: area.x + 1, y: y, width: area.width - 2, role)
    }
  }

  /// The widths of the list's columns but the last, which takes what is left.
  private static let listColumns = [6, 21, 13, 7, 12]

  /// One line of the list: each cell padded or cut to its column, a space between columns.
  private static func listRow(_ cells: [String]) -> String {
    cells.enumerated().map { index, cell in
      guard index < listColumns.count else { return cell }
      return DisplayWidth.pad(cell, to: listColumns[index]) + " "
    }.joined()
  }

  /// `Fri 27 Nov 2026 19:00`, as the list and the search results date sessions.
  private static func listDates(_ timeZone: TimeZone) -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = timeZone
    formatter.dateFormat = "EEE d MMM yyyy HH:mm"
    return formatter
  }

  /// The hits of a search of every session: a session's date above its hits, each hit its item,
  /// kind and text with the words found marked; the chosen hit kept in view.
  private static func results(
    _ model: ReviewModel, area: Rect, timeZone: TimeZone, grid: inout Grid
  ) {
    let formatter = listDates(timeZone)
    var lines: [(text: String, hit: Int?)] = []
    var chosenLine = 0
    for (index, hit) in model.results.enumerated() {
      if index == 0 || model.results[index - 1].session != hit.session {
        let date = hit.started.map(formatter.string(from:)) ?? hit.session
        lines.append(("\(date) · \(hit.session)", nil))
      }
      if index == model.chosenResult { chosenLine = lines.count }
      let place = [hit.item, hit.kind.rawValue].compactMap { $0 }.joined(separator: " · ")
      lines.append(("  \(place): \(hit.text)", index))
    }
    let top = max(0, min(chosenLine - area.height / 2, lines.count - area.height))
    let search = SearchQuery(model.resultsQuery)
    for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
      let y = area.y + offset
      let row = Rect(x: area.x, y: y, width: area.width, height: 1)
      let isChosen = line.hit == model.chosenResult
      if isChosen { grid.fill(row, .selected) }
      let role: StyleRole = isChosen ? .selected : line.hit == nil ? .title : .normal
      grid.put(clipping: line.text, x: area.x + 1, y: y, width: area.width - 2, role)
      if let search, line.hit != nil, !isChosen {
        highlight(search, in: line.text, x: area.x + 1, y: y, maxX: area.maxX - 1, grid: &grid)
      }
    }
  }

  private static func transcript(_ model: ReviewModel, area: Rect, grid: inout Grid) {
    let shown = model.shown(width: area.width - 2)
    draw(
      shown.map { ReadingLine($0.text, $0.kind) }, from: model.scroll, in: area, grid: &grid)
    guard let search = model.search else { return }
    let hits = Set(model.hits(width: area.width - 2))
    for (offset, line) in shown.dropFirst(model.scroll).prefix(area.height).enumerated()
    where hits.contains(model.scroll + offset) {
      highlight(
        search, in: line.text, x: area.x + 1, y: area.y + offset, maxX: area.maxX - 1, grid: &grid)
    }
  }

  /// Draws `lines` from the one at `first`, a line a row, styled by kind.
  static func draw(_ lines: [ReadingLine], from first: Int, in area: Rect, grid: inout Grid) {
    for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
      let y = area.y + offset
      grid.put(clipping: line.text, x: area.x + 1, y: y, width: area.width - 2, role(of: line.kind))
      if line.kind == .chart {
        colorBars(in: line.text, x: area.x + 1, y: y, maxX: area.maxX - 1, grid: &grid)
      }
    }
  }

  /// How far through the transcript the last line shown is, `64%`, when it does not all fit.
  private static func progress(_ model: ReviewModel, area: Rect) -> String? {
    let count = model.shown(width: area.width - 2).count
    guard count > area.height else { return nil }
    return "\(min(100, (model.scroll + area.height) * 100 / max(1, count)))%"
  }

  /// How each kind of line reads.
  private static func role(of kind: ReadingLine.Kind) -> StyleRole {
    switch kind {
    case .title, .item, .section: .title
    case .prompt: .prompt
    case .decision: .noteDecision
    case .action: .noteAction
    case .quiet, .pass: .dim
    case .detail, .turn, .note, .chart, .blank: .normal
    }
  }

  /// Restyles the bar and mark glyphs of a drawn line, leaving names and figures as they are.
  private static func colorBars(in line: String, x: Int, y: Int, maxX: Int, grid: inout Grid) {
    guard line.contains(where: StatsLayout.barGlyphs.contains) else { return }
    var column = x
    for character in line {
      let width = DisplayWidth.of(String(character))
      guard column + width <= maxX else { return }
      if StatsLayout.barGlyphs.contains(character) {
        grid.put(String(character), x: column, y: y, .barAirtime)
      }
      column += width
    }
  }

  /// Restyles what the query matches in a drawn line.
  private static func highlight(
    _ query: SearchQuery, in line: String, x: Int, y: Int, maxX: Int, grid: inout Grid
  ) {
    for range in query.highlights(in: line) {
      let column = x + DisplayWidth.of(String(line[..<range.lowerBound]))
      guard column < maxX else { return }
      grid.put(clipping: String(line[range]), x: column, y: y, width: maxX - column, .searchHit)
    }
  }

  /// The open actions, oldest first, with owner, age and how often they were carried; then the
  /// latest closed ones with how, when and by whom. Two lines an action; scrolled by action.
  private static func actions(
    _ model: ReviewModel, area: Rect, now: Date, timeZone: TimeZone, grid: inout Grid
  ) {
    let open = model.actions?.open ?? []
    let closed = model.recentlyClosed
    guard !open.isEmpty || !closed.isEmpty else {
      grid.put(
        clipping: "No actions yet: a note written as an action (a, then text) starts one.", x: 1,
        y: area.y + 1, width: area.width - 2, .dim)
      return
    }
    var lines: [(text: String, role: StyleRole)] = []
    if open.isEmpty {
      lines.append(("No open actions: everything promised has been done or let go.", .dim))
      lines.append(("", .normal))
    }
    for (offset, action) in open.dropFirst(model.scroll).enumerated() {
      var detail = [
        action.owner ?? "no owner",
        ActionsPane.age(of: action.written, at: now, timeZone: timeZone),
      ]
      switch model.actions?.carried[action.id] ?? 0 {
      case 0: break
      case 1: detail.append("carried once")
      case let times: detail.append("carried \(times) times")
      }
      // The top one is the one x and z close.
      lines.append(("→ \(action.text)", offset == 0 ? .selected : .noteAction))
      lines.append(("   " + detail.joined(separator: " · "), .dim))
      if lines.count >= area.height { break }
    }
    let calendar = Calendar.gregorian(in: timeZone)
    let closedFrom = max(0, model.scroll - open.count)
    if closedFrom < closed.count, lines.count < area.height {
      if !lines.isEmpty { lines.append(("", .normal)) }
      lines.append(("Closed lately", .title))
      for done in closed.dropFirst(closedFrom) {
        let how = done.status == .done ? "marked done" : "dropped"
        // The facilitator recorded it; the owner did the task.
        let by =
          done.isBetweenMeetings
          ? " between meetings" : done.by.map { " (recorded by \($0))" } ?? ""
        lines.append(
          (
            "\(done.status == .done ? "✓" : "✗") \(done.action.text)",
            ActionsPane.role(of: done.status)
          ))
        lines.append(
          (
            "   \(done.action.owner ?? "no owner") · \(how) \(Transcript.day(done.closed, calendar))\(by)",
            .dim
          ))
        if lines.count >= area.height { break }
      }
    }
    for (offset, line) in lines.prefix(area.height).enumerated() {
      grid.put(
        clipping: line.text, x: area.x + 1, y: area.y + offset, width: area.width - 2, line.role)
    }
  }

  private static func footer(_ model: ReviewModel, area: Rect, grid: inout Grid) {
    if case .searching(let text) = model.mode {
      grid.putInput(label: " Search › ", text: text, in: area)
      return
    }
    if let message = model.message {
      grid.fill(area, .message)
      grid.put(clipping: " " + message, x: area.x, y: area.y, width: area.width, .message)
      return
    }
    let hints: [(String, String)]
    switch model.screen {
    case .list:
      hints = [
        ("Enter", "open"), ("/", "search"), ("s", "stats"), ("a", "actions"), ("d", "delete"),
        ("?", "keys"), ("q", "quit"),
      ]
    case .transcript:
      hints = [
        ("j k", "scroll"), ("/", "search"), ("n N", "next/prev hit"), ("g G", "top/end"),
        ("q", "back"),
      ]
    case .results:
      hints = [("Enter", "open"), ("j k", "move"), ("/", "search again"), ("q", "back")]
    case .actions:
      hints = [("j k", "choose"), ("x", "done"), ("z", "dropped"), ("q", "back")]
    }
    grid.putHints(hints, in: area)
  }

  private static func help(area: Rect, grid: inout Grid) {
    Overlay(
      title: "Keys",
      lines: [
        ("j k ↓ ↑     move one line", .help), ("Space b     page down / up (PgDn PgUp)", .help),
        ("g G         top / end", .help), ("Enter       open the session", .help),
        ("/           search every session (in a transcript: it)", .help),
        ("n N         next / previous hit", .help),
        ("s           airtime, attendance and roles", .help),
        ("a           open actions of the pod", .help),
        ("x z         there: the top open action done / dropped", .help),
        ("d           delete the session (asks)", .help),
        ("q Esc       back, or quit from the list", .help), ("", .help),
        ("Any key closes this help.", .dim),
      ]
    ).render(into: &grid, area: area)
  }
}
