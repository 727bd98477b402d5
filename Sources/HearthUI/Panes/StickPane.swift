import Foundation
import HearthCore

/// The talking stick: the present members in turn order, who holds it, who spoke, who passed.
struct StickPane {
  var session: SessionState
  var now: Date

  func render(into grid: inout Grid, area: Rect) {
    let item = session.currentItem
    var title = "Talking stick"
    if let item, item.item.hasSpeakers { title += " · \(item.item.order.rawValue)" }
    grid.box(area, title: title)
    let inner = area.inner
    guard !inner.isEmpty else { return }
    let speaking = item?.item.hasSpeakers ?? false
    let next = session.nextSpeaker
    let order = speaking ? session.currentOrder : session.attendees
    for (row, member) in order.prefix(inner.height).enumerated() {
      let number = (session.attendees.firstIndex(of: member) ?? 0) + 1
      let status = speaking ? session.status(of: member) : .waiting
      let airtime = speaking ? displayedAirtime(of: member) : 0
      let (marker, role, words) = Self.describe(status, isNext: speaking && member == next)
      let y = inner.y + row
      let time = airtime >= 1 || status == .holding ? TimeText.clock(Int(airtime)) : ""
      let label = "\(number) \(marker) \(member)"
      let wanted = min(DisplayWidth.of(label), 14)
      let choices =
        words.map { [time, $0].filter { !$0.isEmpty }.joined(separator: "  ") } + [time]
      let right =
        speaking ? choices.first { inner.width - DisplayWidth.of($0) - 1 >= wanted } ?? "" : ""
      let rowRole: StyleRole = status == .holding ? .stickHolder : role
      if status == .holding {
        grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), rowRole)
      }
      let nameWidth = inner.width - DisplayWidth.of(right) - (right.isEmpty ? 0 : 1)
      grid.put(clipping: label, x: inner.x, y: y, width: nameWidth, rowRole)
      grid.put(rightAligned: right, maxX: inner.maxX, y: y, rowRole)
    }
    renderFooter(into: &grid, inner: inner, used: order.count)
  }

  /// Airtime in this item, with the turn in progress counted in the whole seconds every timer
  /// on screen shows, so the row and the big timer agree.
  private func displayedAirtime(of member: String) -> Double {
    guard session.holder == member else { return session.itemAirtime(of: member, at: now) }
    let finished = session.itemAirtime(of: member, at: now) - session.turnElapsed(at: now)
    return finished + Double(session.turnTimer(at: now)?.elapsed ?? 0)
  }

  private func renderFooter(into grid: inout Grid, inner: Rect, used: Int) {
    var lines: [(String, StyleRole)] = []
    if session.isRoundComplete {
      lines.append(("Round complete · ] next item", .agendaDone))
    } else if let item = session.currentItem, !item.item.hasSpeakers {
      lines.append(("\(item.item.kind.rawValue.capitalized): nobody speaks", .dim))
    }
    if let balance = session.airtimeBalance(at: now) {
      lines.append((String(format: "Airtime balance %.1f×", balance), .dim))
    }
    let free = inner.height - used - 1
    if let roles = session.start?.roles, !roles.isEmpty {
      let sorted = roles.sorted { $0.key < $1.key }
      if free - lines.count >= sorted.count {
        lines += sorted.map { ("\($0.key): \($0.value)", .dim) }
      } else {
        lines.append((sorted.map { "\($0.key) \($0.value)" }.joined(separator: " · "), .dim))
      }
    }
    guard free > 0 else { return }
    for (offset, line) in lines.suffix(free).enumerated() {
      let y = inner.maxY - min(free, lines.count) + offset
      grid.put(clipping: line.0, x: inner.x, y: y, width: inner.width, line.1)
    }
  }

  /// The marker, style and status words (longest first) for a member's place in the round.
  private static func describe(_ status: SpeakerStatus, isNext: Bool) -> (
    String, StyleRole, [String]
  ) {
    switch status {
    case .holding: return ("▶", .stickHolder, ["speaking"])
    case .spoken: return ("✓", .stickSpoken, ["spoke"])
    case .passedOnce:
      return (
        "↷", .stickPassed,
        isNext ? ["next, passed before", "next"] : ["passed, asked again at end", "passed"]
      )
    case .passedFinal: return ("✗", .stickPassed, ["passed twice", "passed"])
    case .waiting: return isNext ? ("›", .stickNext, ["next"]) : ("·", .stickWaiting, ["waiting"])
    }
  }
}
