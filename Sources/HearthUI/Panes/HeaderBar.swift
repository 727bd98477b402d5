import Foundation
import HearthCore

/// The top line: pod and format on the left; pause state, item and session clock on the right.
struct HeaderBar {
  var session: SessionState
  var now: Date

  func render(into grid: inout Grid, area: Rect) {
    grid.fill(area, .header)
    // Whole minutes: the big timer is the one clock that ticks each second.
    let clock = session.sessionTimer(at: now)
    var right = TimeText.minutes(clock.elapsed)
    if let box = clock.timebox {
      right = "\(clock.elapsed.magnitude / 60) of \(TimeText.minutes(box, roundingUp: true))"
    }
    if let index = session.currentIndex, area.width >= 60 {
      right = "item \(index + 1)/\(session.items.count) · " + right
    }
    right += " "
    let pausedLabel = session.isPaused ? " ⏸ PAUSED " : ""
    let rightWidth = DisplayWidth.of(right) + DisplayWidth.of(pausedLabel)
    let pod = session.start?.pod ?? "Hearth"
    let format = session.start?.format.title ?? ""
    var left = " Hearth · \(pod) · \(format)"
    if let start = session.start, let commitment = start.commitment {
      left +=
        " · "
        + CommitmentTerm.describe(
          session: start.priorSessions + 1, of: commitment, term: start.term ?? .first)
    }
    let room = max(0, area.width - rightWidth - 1)
    if rightWidth < area.width, room >= 6, DisplayWidth.of(left) > room - 3 {
      // Close up against the right part: a separator keeps "session 6 of 6 · item 1/5" apart.
      grid.put(clipping: left, x: area.x, y: area.y, width: room - 2, .header)
      grid.put("·", x: area.x + room - 1, y: area.y, .header)
    } else {
      grid.put(clipping: left, x: area.x, y: area.y, width: room, .header)
    }
    if rightWidth < area.width {
      let start = area.maxX - rightWidth
      grid.put(pausedLabel, x: start, y: area.y, .headerAccent)
      grid.put(right, x: start + DisplayWidth.of(pausedLabel), y: area.y, .header)
    }
  }
}
