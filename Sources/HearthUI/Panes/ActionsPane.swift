import Foundation
import HearthCore

/// In an actions item, in the talking stick's place: the open actions of earlier sessions, each
/// numbered with its owner, age and status, the one `x` `z` `c` mark highlighted.
struct ActionsPane {
  var session: SessionState
  var now: Date
  /// The index of the chosen action in `session.actionsToReview`.
  var selected: Int?
  var timeZone: TimeZone = .current

  static let title = "Actions to review"
  static let empty = "Nothing carried over: no open actions from earlier sessions."
  static let keys = "x done · z dropped · c carried"

  func render(into grid: inout Grid, area: Rect) {
    grid.box(area, title: Self.title)
    let inner = area.inner
    guard !inner.isEmpty else { return }
    let actions = session.actionsToReview
    guard !actions.isEmpty else {
      let lines = DisplayWidth.wrap(Self.empty, to: inner.width - 1)
      for (row, line) in lines.prefix(inner.height).enumerated() {
        grid.put(clipping: line, x: inner.x + 1, y: inner.y + row, width: inner.width - 1, .dim)
      }
      return
    }
    let footer = footerLines(actions)
    // Two lines an action (the second: owner and age) when they all fit, else one.
    let roomForList = inner.height - (footer.count + 1 <= inner.height / 2 ? footer.count + 1 : 0)
    let perAction = actions.count * 2 <= roomForList ? 2 : 1
    let visible = max(1, roomForList / perAction)
    let chosen = min(max(selected ?? 0, 0), actions.count - 1)
    let first = max(0, min(chosen - visible + 1, actions.count - visible))
    var y = inner.y
    for index in first..<min(actions.count, first + visible) {
      draw(actions[index], number: index + 1, isSelected: index == selected, y: y, inner, &grid)
      if perAction == 2 {
        let line = "    " + detail(of: actions[index])
        grid.put(clipping: line, x: inner.x, y: y + 1, width: inner.width, .dim)
      }
      y += perAction
    }
    let free = inner.maxY - y - 1
    guard free >= footer.count else { return }
    for (offset, line) in footer.enumerated() {
      let row = inner.maxY - footer.count + offset
      grid.put(clipping: line.0, x: inner.x, y: row, width: inner.width, line.1)
    }
  }

  /// `▶ 1 Book the room        open`: the marker, number and text, the status on the right.
  private func draw(
    _ action: OpenAction, number: Int, isSelected: Bool, y: Int, _ inner: Rect, _ grid: inout Grid
  ) {
    let status = session.actionStatus(of: action.id)
    let role = isSelected ? .selected : Self.role(of: status)
    if isSelected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role) }
    let word = status.rawValue
    let label = "\(isSelected ? "▶" : Self.marker(of: status)) \(number) \(action.text)"
    let labelWidth = inner.width - DisplayWidth.of(word) - 1
    grid.put(clipping: label, x: inner.x, y: y, width: labelWidth, role)
    grid.put(rightAligned: word, maxX: inner.maxX, y: y, role)
  }

  /// `Chen · written 3 weeks ago`.
  private func detail(of action: OpenAction) -> String {
    let age = Self.age(of: action.written, at: now, timeZone: timeZone)
    return [action.owner, age].compactMap { $0 }.joined(separator: " · ")
  }

  /// How many are reviewed, then the keys.
  private func footerLines(_ actions: [OpenAction]) -> [(String, StyleRole)] {
    let reviewed = actions.filter { session.actionStatus(of: $0.id) != .open }.count
    let progress: (String, StyleRole) =
      reviewed == actions.count
      ? ("All \(actions.count) reviewed · ] next item", .actionDone)
      : ("Reviewed \(reviewed) of \(actions.count) · j k choose", .dim)
    return [progress, (Self.keys, .dim)]
  }

  static func marker(of status: ActionStatus) -> String {
    switch status {
    case .open: "·"
    case .done: "✓"
    case .dropped: "✗"
    case .carried: "↷"
    }
  }

  static func role(of status: ActionStatus) -> StyleRole {
    switch status {
    case .open: .actionOpen
    case .done: .actionDone
    case .dropped: .actionDropped
    case .carried: .actionCarried
    }
  }

  /// How long ago an action was written: `written today`, `written yesterday`, `written 5 days
  /// ago`, `written a week ago`, `written 3 weeks ago`, and past eight weeks the day, `written on
  /// 2 March 2026`.
  static func age(of written: Date, at now: Date, timeZone: TimeZone) -> String {
    let calendar = Calendar.gregorian(in: timeZone)
    let days =
      calendar.dateComponents(
        [.day], from: calendar.startOfDay(for: written), to: calendar.startOfDay(for: now)
      ).day ?? 0
    switch days {
    case ..<1: return "written today"
    case 1: return "written yesterday"
    case 7: return "written a week ago"
    case 2..<14: return "written \(days) days ago"
    case 14..<56: return "written \(days / 7) weeks ago"
    default: return "written on " + Transcript.day(written, calendar)
    }
  }
}
