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
      let label = "\(marker) \(index + 1) \(item.item.title)"
      let titleWidth = inner.width - DisplayWidth.of(time) - 1
      if titleWidth >= 6 {
        grid.put(clipping: label, x: inner.x, y: y, width: titleWidth, role)
        grid.put(rightAligned: time, maxX: inner.maxX, y: y, timeRole)
      } else {
        grid.put(clipping: label, x: inner.x, y: y, width: inner.width, role)
      }
    }
  }
}
