import Foundation
import HearthCore

/// The current item: its prompt, and the running countdown, large when there is room.
struct TimerPane {
  var session: SessionState
  var now: Date
  /// Whether the digits may grow to fill the pane, for a projector.
  var large = false

  func render(into grid: inout Grid, area: Rect) {
    guard let index = session.currentIndex else {
      grid.box(area, title: "Ready")
      let inner = area.inner
      grid.put(
        clipping: "] starts the first item", x: inner.x + 1, y: inner.y, width: inner.width - 1,
        .dim
      )
      return
    }
    let item = session.items[index]
    grid.box(area, title: item.item.title)
    let inner = area.inner
    guard !inner.isEmpty else { return }
    var top = inner.y
    if let prompt = item.item.prompt, inner.height >= 4 {
      let lines = DisplayWidth.wrap("“\(prompt)”", to: inner.width - 2)
      for line in lines.prefix(inner.height >= 9 ? 2 : 1) {
        grid.put(clipping: line, x: inner.x + 1, y: top, width: inner.width - 2, .prompt)
        top += 1
      }
    }
    let (value, caption, reading) = countdown(index)
    let role = style(of: reading)
    let bottom = inner.maxY - 1
    let spare = Rect(x: inner.x, y: top, width: inner.width, height: bottom - top)
    drawCountdown(value, role: role, in: spare, grid: &grid)
    grid.put(
      clipping: caption, x: inner.x + 1, y: bottom, width: inner.width - 2,
      role == .timerNormal ? .normal : role)
  }

  /// The big number, a caption under it, and the reading that decides its style. The caption
  /// says "almost time" and "over time" in words too, so no colour is needed to tell them.
  private func countdown(_ index: Int) -> (String, String, TimerReading?) {
    var (value, caption, reading) = unpausedCountdown(index)
    if reading?.isWarning == true { caption += " · almost time" }
    if reading?.isOvertime == true { caption += " · over time" }
    return (value, session.isPaused ? "⏸ Paused · " + caption : caption, reading)
  }

  private func unpausedCountdown(_ index: Int) -> (String, String, TimerReading?) {
    if let holder = session.holder, let turn = session.turnTimer(at: now) {
      guard let remaining = turn.remaining, let box = turn.timebox else {
        // No timebox: the digits count up, and the caption says so.
        let doing = session.isReplyTurn ? "is replying" : "is speaking"
        return (TimeText.clock(turn.elapsed), "\(holder) \(doing) · time so far", turn)
      }
      let who = session.isReplyTurn ? "\(holder) replying" : holder
      let spoken = "\(who) · \(TimeText.clock(turn.elapsed)) of \(TimeText.clock(box))"
      // A timebox: the digits count down; near and past zero the caption says so instead.
      let left = turn.isWarning || turn.isOvertime ? "" : " · time left"
      return (TimeText.countdown(remaining), spoken + left, turn)
    }
    let item = session.itemTimer(index, at: now)
    let value = item.remaining.map(TimeText.countdown) ?? TimeText.clock(item.elapsed)
    // An item without a timebox counts up, and its caption says so.
    let counted = item.remaining == nil ? "time so far" : "time left"
    if session.isRoundComplete { return (value, "Round complete · ] next item", item) }
    if session.items[index].item.hasSpeakers, let next = session.nextSpeaker {
      return (value, "Item \(counted) · n gives the stick to \(next)", item)
    }
    if session.items[index].item.kind == .open {
      return (value, "Item \(counted) · 1-9 adds to the queue", item)
    }
    let kind = session.items[index].item.kind.rawValue.capitalized
    return (value, "\(kind) · item \(counted)", item)
  }

  private func style(of reading: TimerReading?) -> StyleRole {
    if session.isPaused { return .timerPaused }
    guard let reading else { return .timerNormal }
    if reading.isOvertime { return .timerOvertime }
    if reading.isWarning { return .timerWarning }
    return .timerNormal
  }

  /// Digit sizes to try, largest first: columns per glyph column and rows per glyph row.
  private var sizes: [(scale: Int, tall: Int)] {
    large
      ? [(10, 5), (8, 4), (6, 3), (5, 3), (4, 2), (3, 2), (2, 1), (1, 1)] : [(2, 1), (1, 1)]
  }

  private func drawCountdown(_ value: String, role: StyleRole, in area: Rect, grid: inout Grid) {
    guard area.height > 0 else { return }
    for (scale, tall) in sizes where area.height >= BigDigits.rows * tall {
      let lines = BigDigits.render(value, scale: scale, tall: tall)
      let width = DisplayWidth.of(lines[0])
      guard width <= area.width - 2 else { continue }
      let x = area.x + (area.width - width) / 2
      let y = area.y + (area.height - lines.count) / 2
      for (row, line) in lines.enumerated() {
        for (offset, character) in line.enumerated() where character != " " {
          grid.put(String(character), x: x + offset, y: y + row, role)
        }
      }
      return
    }
    let text = " \(value) "
    let x = area.x + max(0, (area.width - DisplayWidth.of(text)) / 2)
    grid.put(text, x: x, y: area.y + (area.height - 1) / 2, role, limit: area.width)
  }
}
