import Foundation
import HearthCore

/// Draws the home screen from its model and the terminal's size.
public enum HomeScreen {
  public static func render(
    _ model: HomeModel, width: Int, height: Int, timeZone: TimeZone = .current
  ) -> Grid {
    var grid = Grid(width: width, height: height)
    guard let (body, status) = grid.frame() else { return grid }
    grid.put(clipping: " Hearth", x: 0, y: 0, width: width, .header)

    let columnWidth = min(96, body.width - 4)
    let x = body.x + (body.width - columnWidth) / 2
    let creation: PodCreation? = {
      if case .creating(let creation) = model.mode { return creation }
      return nil
    }()
    var lines = heading(model, creation: creation, width: columnWidth, timeZone: timeZone)
    let choices = creation == nil ? model.choices.count : 0
    // The choices keep their rows; the middle takes what is left, after a blank row each side.
    let margin = body.height - lines.count - choices - 2 > 6 ? 1 : 0
    let room = body.height - margin - lines.count - choices - 2
    var middle: [HomeDashboard.Row] = []
    if let creation {
      middle = HomeDashboard.rows(for: creation, width: columnWidth)
    } else if let pod = model.pod {
      middle = HomeDashboard.rows(for: pod, width: columnWidth, rows: room)
    }
    if middle.isEmpty && room < 0, lines.count > 2 { lines.removeLast() }
    var y = body.y + margin
    for (text, role) in lines where y < body.maxY {
      grid.put(clipping: text, x: x, y: y, width: columnWidth, role)
      y += 1
    }
    if let pod = model.pod, creation == nil, let commitment = pod.commitmentText {
      let used = DisplayWidth.of(pod.name) + 2
      let shown = DisplayWidth.clip(commitment, to: max(0, columnWidth - used))
      grid.put(
        shown, x: x + columnWidth - DisplayWidth.of(shown), y: body.y + margin, .message)
    }
    if !middle.isEmpty { y += 1 }
    for row in middle where y < body.maxY {
      for cell in row where cell.width > 0 {
        grid.put(clipping: cell.text, x: x + cell.x, y: y, width: cell.width, cell.role)
      }
      y += 1
    }
    if creation == nil { menu(model, x: x, y: y + 1, width: columnWidth, body: body, &grid) }
    footer(model, creation: creation, area: status, grid: &grid)
    switch model.mode {
    case .keys: Overlay.help.render(into: &grid, area: body)
    case .help: Overlay.homeHelp.render(into: &grid, area: body)
    case .menu, .creating: break
    }
    return grid
  }

  /// The pod's name and facts and what to do next; the welcome on a first run; or the
  /// question being asked while creating a pod.
  private static func heading(
    _ model: HomeModel, creation: PodCreation?, width: Int, timeZone: TimeZone
  ) -> [(String, StyleRole)] {
    if let creation {
      return [("Create your pod", .title)]
        + DisplayWidth.wrap(creation.explanation, to: width).map { ($0, .dim) }
    }
    guard let pod = model.pod else {
      let welcome =
        "A companion for your pod's meetings: a talking stick, gentle timers, notes, roles "
        + "that rotate fairly, and a history that stays on this computer."
      return [("Welcome to Hearth", .title)]
        + DisplayWidth.wrap(welcome, to: width).map { ($0, .normal) }
    }
    var facts = [
      pod.members == 1 ? "1 member" : "\(pod.members) members",
      pod.sessions == 1 ? "1 session" : "\(pod.sessions) sessions",
    ]
    if let last = pod.lastMet {
      facts.append("last met " + Transcript.day(last, Calendar.gregorian(in: timeZone)))
    }
    if pod.agreements > 0 {
      facts.append(pod.agreements == 1 ? "1 agreement" : "\(pod.agreements) agreements")
    }
    if pod.sealed { facts.append("sealed") }
    if model.canSwitchPod { facts.append("\(pod.pods) pods: p switches") }
    return [
      (pod.name, .title), (facts.joined(separator: " · "), .dim), (pod.nextStep, .normal),
    ]
  }

  private static func menu(
    _ model: HomeModel, x: Int, y start: Int, width: Int, body: Rect, _ grid: inout Grid
  ) {
    var y = start
    let labelWidth = model.choices.map { DisplayWidth.of($0.label) }.max() ?? 0
    for (index, choice) in model.choices.enumerated() where y < body.maxY {
      let isSelected = index == model.selected
      let role: StyleRole = isSelected ? .selected : .normal
      let row = Rect(x: x, y: y, width: width, height: 1)
      grid.mark(row, tag: index)
      if isSelected { grid.fill(row, role) }
      let label =
        "\(isSelected ? "▶" : " ") \(index + 1)  " + DisplayWidth.pad(choice.label, to: labelWidth)
      let used = grid.put(label, x: x, y: y, role, limit: width)
      if !choice.detail.isEmpty {
        grid.put(
          clipping: "  " + choice.detail, x: x + used, y: y, width: width - used,
          isSelected ? .selected : .dim)
      }
      y += 1
    }
  }

  private static func footer(
    _ model: HomeModel, creation: PodCreation?, area: Rect, grid: inout Grid
  ) {
    if let message = model.message {
      let role: StyleRole = model.messageIsError ? .dialog : .message
      grid.fill(area, role)
      grid.put(clipping: " " + message, x: area.x, y: area.y, width: area.width, role)
      return
    }
    if let creation {
      grid.putInput(
        label: creation.prompt, text: creation.typed, cursor: creation.cursor, hint: "Esc cancels",
        in: area)
      return
    }
    var hints: [(key: String, label: String)] = [
      ("↑↓", "choose"), ("Enter", "go"), ("1-\(model.choices.count)", "pick"),
    ]
    if model.canSwitchPod { hints.append(("p", "switch pod")) }
    grid.putHints(hints + [("?", "keys"), ("q", "quit")], keepingLast: 2, in: area)
  }
}

extension Overlay {
  /// The home screen's keys, from its keymap.
  static var homeHelp: Overlay {
    let lines = Keymap.homeHelpLines.filter { !$0.1.isEmpty }
    let labelWidth = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
    return Overlay(
      title: "Keys on the home screen",
      lines: lines.map { (DisplayWidth.pad($0.0, to: labelWidth) + "  " + $0.1, .help) } + [
        ("", .help), ("Read the keys (on the menu) lists a live meeting's.", .dim),
        ("Any key closes this help.", .dim),
      ])
  }
}
