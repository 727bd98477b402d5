import HearthCore

/// The screen before a meeting, drawn from its model and the terminal's size.
public enum PreMeetingScreen {
  public static func render(_ model: PreMeetingModel, width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    guard let (body, status) = grid.frame() else { return grid }
    let pod = model.plannedPod
    var right = "session \(model.sessionNumber)"
    if let commitment = pod.commitment {
      right = CommitmentTerm.describe(
        session: model.sessionNumber, of: commitment, term: pod.commitmentTerm)
    }
    right += " "
    grid.put(
      clipping: " Hearth · \(model.pod.name) · before the meeting", x: 0, y: 0,
      width: width - DisplayWidth.of(right) - 1, .header)
    grid.put(rightAligned: right, maxX: width, y: 0, .header)

    let leftWidth = min(34, max(24, width * 2 / 5))
    let topHeight = max(model.formats.count, model.pod.activeMembers.count) + 2
    let (top, lower) = body.splitTop(min(topHeight, body.height / 2 + 1))
    let (formatArea, presentArea) = top.splitLeft(leftWidth)
    let (rolesArea, agreementsArea) = lower.splitTop(min(model.roleNames.count + 2, lower.height))
    formats(model, area: formatArea, grid: &grid)
    attendance(model, area: presentArea, grid: &grid)
    roles(model, area: rolesArea, grid: &grid)
    agreements(model, area: agreementsArea, grid: &grid)
    footer(model, area: status, grid: &grid)
    if model.showsKeys { keys.render(into: &grid, area: body) }
    return grid
  }

  private static func title(
    _ text: String, _ section: PreMeetingModel.Section, _ model: PreMeetingModel
  )
    -> String
  {
    model.section == section ? "▸ \(text)" : text
  }

  /// Row `row` of a list in `inner`: a place the mouse picks as `section`'s choice, filled with
  /// `role` while the cursor is on it.
  private static func choice(
    _ row: Int, of section: PreMeetingModel.Section, in inner: Rect, atCursor: Bool,
    _ role: StyleRole, grid: inout Grid
  ) {
    let line = Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)
    grid.mark(line, tag: PreMeetingModel.tag(section, row))
    if atCursor { grid.fill(line, role) }
  }

  private static func formats(_ model: PreMeetingModel, area: Rect, grid: inout Grid) {
    grid.box(area, title: title("Format", .format, model))
    let inner = area.inner
    for (row, format) in model.formats.enumerated().prefix(inner.height) {
      let chosen = row == model.formatIndex
      let atCursor = model.section == .format && row == model.cursor
      let role: StyleRole = atCursor ? .selected : chosen ? .agendaCurrent : .normal
      choice(row, of: .format, in: inner, atCursor: atCursor, role, grid: &grid)
      let minutes = "\(format.plannedSeconds / 60) min"
      grid.put(
        clipping: "\(chosen ? "●" : "○") \(format.name)", x: inner.x, y: inner.y + row,
        width: inner.width - minutes.count - 1, role)
      grid.put(rightAligned: minutes, maxX: inner.maxX, y: inner.y + row, atCursor ? role : .dim)
    }
  }

  private static func attendance(_ model: PreMeetingModel, area: Rect, grid: inout Grid) {
    grid.box(area, title: title("Who is here (\(model.attendees.count))", .present, model))
    let inner = area.inner
    for (row, member) in model.pod.activeMembers.enumerated().prefix(inner.height) {
      let here = model.present.contains(member.name)
      let atCursor = model.section == .present && row == model.cursor
      let role: StyleRole = atCursor ? .selected : here ? .normal : .dim
      choice(row, of: .present, in: inner, atCursor: atCursor, role, grid: &grid)
      var text = "\(here ? "[x]" : "[ ]") \(row + 1) \(member.name)"
      if let pronouns = member.pronouns { text += "  \(pronouns)" }
      if !here { text += "  away" }
      grid.put(clipping: text, x: inner.x, y: inner.y + row, width: inner.width, role)
    }
  }

  private static func roles(_ model: PreMeetingModel, area: Rect, grid: inout Grid) {
    grid.box(area, title: title("Roles, suggested by rotation", .roles, model))
    let inner = area.inner
    let width = (model.roleNames.map(\.count).max() ?? 0) + 2
    for (row, role) in model.roleNames.enumerated().prefix(inner.height) {
      let atCursor = model.section == .roles && row == model.cursor
      let style: StyleRole =
        atCursor ? .selected : model.swapping == role ? .agendaCurrent : .normal
      grid.mark(
        Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1),
        tag: PreMeetingModel.tag(.roles, row))
      if atCursor {
        grid.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), style)
      }
      var text = DisplayWidth.pad(role, to: width) + (model.roles[role] ?? "nobody present")
      if let declined = model.declined[role], !declined.isEmpty {
        text += "   (declined: \(declined.joined(separator: ", ")))"
      }
      grid.put(clipping: text, x: inner.x, y: inner.y + row, width: inner.width, style)
    }
  }

  private static func agreements(_ model: PreMeetingModel, area: Rect, grid: inout Grid) {
    guard area.height >= 3 else { return }
    grid.box(area, title: "Agreements")
    let inner = area.inner
    var lines: [(String, StyleRole)] = []
    if model.isRetrospectiveDue {
      let said: String
      switch model.commitmentChange {
      case .renew(let n)?:
        said =
          "Renewed: \(CommitmentTerm.sessions(n)) more from this one. "
          + "+ - change how many, x closes instead."
      case .close?: said = "The commitment closes as this meeting starts. x keeps it undecided."
      case nil:
        said =
          "The commitment of \(CommitmentTerm.sessions(model.pod.commitment ?? 0)) is complete; the "
          + "retrospective asks “continue?”. + renews it, x closes it."
      }
      lines += DisplayWidth.wrap(said, to: inner.width - 1).map { ($0, .noteAction) }
    }
    for agreement in model.pod.agreements {
      lines += DisplayWidth.wrap("• " + agreement, to: inner.width - 1).map { ($0, .prompt) }
    }
    if model.pod.agreements.isEmpty { lines.append(("No agreements written down yet.", .dim)) }
    for (row, line) in lines.prefix(inner.height).enumerated() {
      grid.put(clipping: line.0, x: inner.x + 1, y: inner.y + row, width: inner.width - 1, line.1)
    }
  }

  /// Every key of the screen, over it.
  private static var keys: Overlay {
    let width = PreMeetingModel.keys.map { DisplayWidth.of($0.key) }.max() ?? 0
    let lines = PreMeetingModel.keys.map {
      (DisplayWidth.pad($0.key, to: width) + "  " + $0.label, StyleRole.help)
    }
    return Overlay(title: "Keys", lines: lines + [("", .help), ("Any key closes this.", .dim)])
  }

  private static func footer(_ model: PreMeetingModel, area: Rect, grid: inout Grid) {
    if let message = model.message {
      grid.fill(area, .message)
      grid.put(clipping: " " + message, x: area.x, y: area.y, width: area.width, .message)
      return
    }
    let hints = PreMeetingModel.keys.filter(\.hint).map {
      (key: $0.key, label: String($0.label.prefix { $0 != ":" && $0 != " " }))
    }
    grid.putHints(hints, in: area)
  }
}
