import Foundation
import HearthCore

/// Every agenda item: done, current or to come, with its time. A click on an item goes to it
/// (each row is marked with the item's index).
struct AgendaPane {
  var session: SessionState
  var now: Date

  func render(into grid: inout Grid, area: Rect) {
    grid.box(area, title: "Agenda")
    let inner = area.inner
    guard !inner.isEmpty else { return }
    // The current item in view with one after it, and never a blank row while items are hidden.
    let count = session.items.count
    let first = min(
      max(0, (session.currentIndex ?? 0) - inner.height + 2), max(0, count - inner.height))
    for (row, index) in (first..<session.items.count).prefix(inner.height).enumerated() {
      let item = session.items[index]
      let timer = session.itemTimer(index, at: now)
      let isCurrent = session.currentIndex == index
      let (marker, role): (String, StyleRole) =
        isCurrent
        ? ("▶", .agendaCurrent) : item.visited ? ("✓", .agendaDone) : (" ", .agendaPending)
      let time: String
      if isCurrent, let remaining = timer.remaining {
        // Whole minutes: the big timer is the one clock that ticks each second.
        let minutes = TimeText.minutes(remaining, roundingUp: true)
        time = remaining < 0 ? "+\(minutes) over" : "\(minutes) left"
      } else if item.visited {
        time = TimeText.clock(timer.elapsed)
      } else {
        time = timer.timebox.map(TimeText.clock) ?? ""
      }
      let y = inner.y + row
      grid.mark(Rect(x: inner.x, y: y, width: inner.width, height: 1), tag: index)
      let timeRole: StyleRole =
        isCurrent && timer.isOvertime
        ? .timerOvertime : isCurrent && timer.isWarning ? .timerWarning : role
      let titleWidth = inner.width - DisplayWidth.of(time) - 1
      let label = Self.label(marker, index + 1, item.item, width: titleWidth)
      if titleWidth >= 6 {
        grid.put(clipping: label, x: inner.x, y: y, width: titleWidth, role)
        grid.put(rightAligned: time, maxX: inner.maxX, y: y, timeRole)
      } else {
        grid.put(clipping: label, x: inner.x, y: y, width: inner.width, role)
      }
    }
  }

  /// The mark of a confidential item, in the agenda and wherever it is named.
  static let confidentialGlyph = "⊘"

  /// `▶ 2 Case statement`; a confidential item is marked `⊘`, with the word `confidential` too
  /// when it fits in `width` cells.
  static func label(_ marker: String, _ number: Int, _ item: AgendaItem, width: Int) -> String {
    let label = "\(marker) \(number) \(item.title)"
    guard item.confidential else { return label }
    let worded = "\(label) \(confidentialGlyph) confidential"
    return DisplayWidth.of(worded) <= width
      ? worded : "\(marker) \(number) \(confidentialGlyph) \(item.title)"
  }
}
