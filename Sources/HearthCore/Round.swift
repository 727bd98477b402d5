import Foundation

/// Where a present member stands in the current item's round.
public enum SpeakerStatus: Sendable, Equatable {
  case holding
  case spoken
  /// Passed once: offered the stick again once everyone else has spoken.
  case passedOnce
  /// Passed twice: final.
  case passedFinal
  case waiting
}

extension SessionState {
  /// The speaking order of the current item, or the attendees when it has none.
  public var currentOrder: [String] {
    guard let item = currentItem, !item.order.isEmpty else { return attendees }
    return item.order
  }

  /// Where `member` stands in the current item.
  public func status(of member: String) -> SpeakerStatus {
    if holder == member { return .holding }
    guard let item = currentItem else { return .waiting }
    if item.hasSpoken(member) { return .spoken }
    switch item.passes(of: member) {
    case 0: return .waiting
    case 1: return .passedOnce
    default: return .passedFinal
    }
  }

  /// Who is still to be offered the stick, in the order they will get it. In a round: those who
  /// have not yet spoken, then those who passed once. In open discussion: the direct reply, then
  /// the queue in its policy's order.
  public var waitingSpeakers: [String] {
    guard let item = currentItem, item.item.hasSpeakers else { return [] }
    if item.item.kind == .open {
      guard let reply = item.reply else { return queue }
      return [reply] + queue.filter { $0 != reply }
    }
    let order = currentOrder
    let fresh = order.filter { status(of: $0) == .waiting }
    let again = order.filter { status(of: $0) == .passedOnce }
    return fresh + again
  }

  /// Who `n` hands the stick to next.
  public var nextSpeaker: String? { waitingSpeakers.first }

  /// Whether the current item is a round that everyone has been through. An open discussion is
  /// never complete: it ends when the facilitator moves on.
  public var isRoundComplete: Bool {
    guard let item = currentItem, item.item.isRound else { return false }
    return holder == nil && waitingSpeakers.isEmpty && !item.turns.isEmpty
  }

  /// Seconds each member held the stick in the whole session, at `now`.
  public func airtime(at now: Date) -> [String: Double] {
    var totals = finishedAirtime
    if let turn { totals[turn.member, default: 0] += turnElapsed(at: now) }
    return totals
  }

  /// Seconds each member held the stick in the whole session, counting finished turns only.
  public var finishedAirtime: [String: Double] {
    var totals = Dictionary(uniqueKeysWithValues: attendees.map { ($0, 0.0) })
    for item in items {
      for turn in item.turns { totals[turn.member, default: 0] += turn.seconds }
    }
    return totals
  }

  /// Seconds `member` has held the stick in the current item, at `now`.
  public func itemAirtime(of member: String, at now: Date) -> Double {
    guard let item = currentItem else { return 0 }
    let finished = item.turns.filter { $0.member == member }.reduce(0) { $0 + $1.seconds }
    return finished + (holder == member ? turnElapsed(at: now) : 0)
  }

  /// The largest share of airtime over the smallest, among members who spoke.
  public func airtimeBalance(at now: Date) -> Double? {
    let spoken = airtime(at: now).values.filter { $0 >= 1 }
    guard spoken.count >= 2, let low = spoken.min(), let high = spoken.max() else { return nil }
    return high / low
  }
}
