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
      let airtime = speaking ? session.itemAirtime(of: member, at: now) : 0
      let (marker, role, word) = Self.describe(status, isNext: speaking && member == next)
      let y = inner.y + row
      let time = airtime >= 1 || status == .holding ? TimeText.clock(Int(airtime)) : ""
      let right = speaking ? "\(time.isEmpty ? "" : time + "  ")\(word)" : ""
      let rowRole: StyleRole = status == .holding ? .stickHolder : role
      if status == .holding {
        grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), rowRole)
      }
      let nameWidth = max(4, inner.width - DisplayWidth.of(right) - 1)
      grid.put(
        clipping: "\(number) \(marker) \(member)", x: inner.x, y: y, width: nameWidth, rowRole)
      if DisplayWidth.of(right) + 6 < inner.width {
        grid.put(rightAligned: right, maxX: inner.maxX, y: y, rowRole)
      }
    }
    renderFooter(into: &grid, inner: inner, used: order.count)
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
    if let roles = session.start?.roles, !roles.isEmpty {
      let text = roles.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
      lines.append((text.joined(separator: " · "), .dim))
    }
    let free = inner.height - used - 1
    guard free > 0 else { return }
    for (offset, line) in lines.suffix(free).enumerated() {
      let y = inner.maxY - min(free, lines.count) + offset
      grid.put(clipping: line.0, x: inner.x, y: y, width: inner.width, line.1)
    }
  }

  private static func describe(_ status: SpeakerStatus, isNext: Bool) -> (String, StyleRole, String)
  {
    switch status {
    case .holding: return ("▶", .stickHolder, "speaking")
    case .spoken: return ("✓", .stickSpoken, "spoke")
    case .passedOnce: return ("↷", .stickPassed, isNext ? "next (passed)" : "passed, again at end")
    case .passedFinal: return ("✗", .stickPassed, "passed")
    case .waiting: return isNext ? ("›", .stickNext, "next") : ("·", .stickWaiting, "waiting")
    }
  }
}
