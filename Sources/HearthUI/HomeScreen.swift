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

    let columnWidth = min(72, body.width - 4)
    let x = body.x + (body.width - columnWidth) / 2
    var lines: [(String, StyleRole)] = []
    if let pod = model.pod {
      lines.append((pod.name, .title))
      var facts = [
        pod.members == 1 ? "1 member" : "\(pod.members) members",
        pod.sessions == 1 ? "1 session" : "\(pod.sessions) sessions",
      ]
      if let last = pod.lastMet {
        let calendar = Calendar.gregorian(in: timeZone)
        facts.append("last met " + Transcript.day(last, calendar))
      }
      lines.append((facts.joined(separator: " · "), .dim))
    } else {
      lines.append(("Welcome to Hearth", .title))
      let welcome =
        "A companion for your pod's meetings: a talking stick, gentle timers, notes, roles "
        + "that rotate fairly, and a history that stays on this computer."
      lines += DisplayWidth.wrap(welcome, to: columnWidth).map { ($0, .normal) }
    }
    var y = body.y + max(1, min(3, (body.height - lines.count - model.choices.count - 4) / 2))
    for (text, role) in lines where y < body.maxY {
      grid.put(clipping: text, x: x, y: y, width: columnWidth, role)
      y += 1
    }
    y += 1
    let labelWidth = model.choices.map { DisplayWidth.of($0.label) }.max() ?? 0
    for (index, choice) in model.choices.enumerated() where y < body.maxY {
      let isSelected = index == model.selected
      let role: StyleRole = isSelected ? .selected : .normal
      let row = Rect(x: x, y: y, width: columnWidth, height: 1)
      grid.mark(row, tag: index)
      if isSelected { grid.fill(row, role) }
      let label =
        "\(isSelected ? "▶" : " ") \(index + 1)  " + DisplayWidth.pad(choice.label, to: labelWidth)
      let used = grid.put(label, x: x, y: y, role, limit: columnWidth)
      if !choice.detail.isEmpty {
        grid.put(
          clipping: "  " + choice.detail, x: x + used, y: y, width: columnWidth - used,
          isSelected ? .selected : .dim)
      }
      y += 1
    }
    footer(model, area: status, grid: &grid)
    if model.mode == .keys { Overlay.help.render(into: &grid, area: body) }
    return grid
  }

  private static func footer(_ model: HomeModel, area: Rect, grid: inout Grid) {
    let prompt: (String, String)?
    switch model.mode {
    case .podName(let typed): prompt = (" Your pod's name › ", typed)
    case .members(let name, let typed):
      prompt = (" Members of \(name), separated by commas › ", typed)
    case .menu, .keys: prompt = nil
    }
    if let message = model.message {
      let role: StyleRole = model.messageIsError ? .dialog : .message
      grid.fill(area, role)
      grid.put(clipping: " " + message, x: area.x, y: area.y, width: area.width, role)
      return
    }
    if let (label, typed) = prompt {
      grid.putInput(label: label, text: typed, in: area)
      return
    }
    var hints: [(key: String, label: String)] = [
      ("↑↓", "choose"), ("Enter", "go"), ("1-\(model.choices.count)", "pick"),
    ]
    if model.canSwitchPod { hints.append(("p", "switch pod")) }
    grid.putHints(hints + [("?", "keys"), ("q", "quit")], in: area)
  }
}
