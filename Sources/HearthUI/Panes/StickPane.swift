import Foundation
import HearthCore

/// The talking stick. In a round: the present members in turn order, who holds it, who spoke,
/// who passed. In open discussion: who holds it, then the direct reply and the hand-raise queue in
/// the order they will speak, then everyone else with their number to press.
struct StickPane {
  var session: SessionState
  var now: Date

  /// One line of the pane: a label on the left, airtime and status words on the right.
  private struct Row {
    var label: String
    var time: String
    /// Status words, longest first; the first that fits is shown.
    var words: [String]
    var role: StyleRole
  }

  func render(into grid: inout Grid, area: Rect) {
    let item = session.currentItem
    var title = "Talking stick"
    if let item, item.item.isRound { title += " · \(item.item.order.rawValue)" }
    if let item, item.item.kind == .open { title += " · \(item.item.queue.rawValue)" }
    grid.box(area, title: title)
    let inner = area.inner
    guard !inner.isEmpty else { return }
    let rows: [Row]
    switch item?.item.kind {
    case .round?, .focus?: rows = roundRows()
    case .open?: rows = openRows(room: inner.height)
    default:
      rows = session.attendees.map {
        Row(label: label($0, "·"), time: "", words: [], role: .stickWaiting)
      }
    }
    let held = rows.firstIndex { $0.role == .stickHolder } ?? 0
    let first = max(0, held - inner.height + 1)
    for (offset, row) in rows.dropFirst(first).prefix(inner.height).enumerated() {
      draw(row, y: inner.y + offset, inner: inner, grid: &grid)
    }
    renderFooter(into: &grid, inner: inner, used: rows.count - first)
  }

  private func draw(_ row: Row, y: Int, inner: Rect, grid: inout Grid) {
    let wanted = min(DisplayWidth.of(row.label), 14)
    let choices =
      row.words.map { [row.time, $0].filter { !$0.isEmpty }.joined(separator: "  ") } + [row.time]
    let right = choices.first { inner.width - DisplayWidth.of($0) - 1 >= wanted } ?? ""
    if row.role == .stickHolder {
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), row.role)
    }
    let nameWidth = inner.width - DisplayWidth.of(right) - (right.isEmpty ? 0 : 1)
    grid.put(clipping: row.label, x: inner.x, y: y, width: nameWidth, row.role)
    grid.put(rightAligned: right, maxX: inner.maxX, y: y, row.role)
  }

  /// `N marker Name`, where N is the member's number in the present list: the key to press.
  /// The focus person of a peer-coaching format is marked `◎`.
  private func label(_ member: String, _ marker: String) -> String {
    let number = (session.attendees.firstIndex(of: member) ?? 0) + 1
    let focus = session.start?.roles[Format.focusRole] == member ? " ◎" : ""
    return "\(number) \(marker) \(member)\(focus)"
  }

  private func clock(_ seconds: Double) -> String {
    seconds >= 1 ? TimeText.clock(Int(seconds)) : ""
  }

  // MARK: Rounds

  /// The round's order; whoever holds the stick is shown even when the order leaves them out
  /// (a journal written before giving the stick respected the item's focus rule).
  private func roundRows() -> [Row] {
    let next = session.nextSpeaker
    var members = session.currentOrder
    if let holder = session.holder, !members.contains(holder) { members.insert(holder, at: 0) }
    return members.map { member in
      let status = session.status(of: member)
      let (marker, role, words) = Self.describe(status, isNext: member == next)
      // The speaker's time is the big timer's: their row shows it once the turn ends.
      let time = status == .holding ? "" : clock(session.itemAirtime(of: member, at: now))
      return Row(label: label(member, marker), time: time, words: words, role: role)
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

  // MARK: Open discussion

  /// The holder, then the direct reply (marked `↩`) and the queue in speaking order, each with
  /// its place in line, then the members with no hand up. Times are airtime this session, which
  /// is what a balanced queue goes by.
  private func openRows(room: Int) -> [Row] {
    var rows: [Row] = []
    if let holder = session.holder {
      let words = session.isReplyTurn ? ["replying"] : ["speaking"]
      rows.append(Row(label: label(holder, "▶"), time: "", words: words, role: .stickHolder))
    }
    let waiting = session.waitingSpeakers
    for (place, member) in waiting.enumerated() {
      let time = clock(sessionAirtime(of: member))
      if place == 0, session.replySlot == member {
        rows.append(
          Row(
            label: label(member, "↩"), time: time, words: ["direct reply · next", "reply · next"],
            role: .stickNext))
      } else if place == 0 {
        rows.append(Row(label: label(member, "›"), time: time, words: ["next"], role: .stickNext))
      } else {
        let words = [Self.ordinal(place + 1) + " in line", Self.ordinal(place + 1)]
        rows.append(
          Row(label: label(member, "·"), time: time, words: words, role: .stickWaiting))
      }
    }
    let others = session.attendees.filter { $0 != session.holder && !waiting.contains($0) }
    if waiting.isEmpty, rows.count + others.count < room {
      rows.append(Row(label: "Queue empty · 1-9 adds", time: "", words: [], role: .dim))
    }
    for member in others {
      rows.append(
        Row(
          label: label(member, " "), time: clock(sessionAirtime(of: member)), words: [], role: .dim)
      )
    }
    return rows
  }

  /// Airtime this session in finished turns (the speaker's runs on the big timer).
  private func sessionAirtime(of member: String) -> Double {
    session.finishedAirtime[member] ?? 0
  }

  /// `2nd`, `3rd`, `4th`, … `11th`, `21st`.
  static func ordinal(_ n: Int) -> String {
    let suffix =
      (11...13).contains(n % 100)
      ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
    return "\(n)\(suffix)"
  }

  // MARK: Footer

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
      let sorted = Format.inRotationOrder(roles, order: session.start?.roleOrder)
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
}
