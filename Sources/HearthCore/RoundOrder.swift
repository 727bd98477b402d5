/// Chooses a round's speaking order from its policy.
public enum RoundOrder {
  /// The order for item `index` of a session.
  public static func order(
    _ policy: OrderPolicy, attendees: [String], start: SessionStart, itemIndex: Int
  ) -> [String] {
    guard !attendees.isEmpty else { return [] }
    switch policy {
    case .roster:
      return attendees
    case .random:
      var generator = SplitMix64(seed: start.seed &+ UInt64(itemIndex) &* 0x9E37_79B9_7F4A_7C15)
      return attendees.shuffled(using: &generator)
    case .rotate:
      let k = start.priorSessions
      let offset = k % attendees.count
      let turned = Array(attendees[offset...] + attendees[..<offset])
      if k % 2 == 0 { return turned }
      return [turned[0]] + turned.dropFirst().reversed()
    case .facilitatorFirst, .facilitatorLast:
      guard let facilitator = start.roles["facilitator"], attendees.contains(facilitator) else {
        return attendees
      }
      let others = attendees.filter { $0 != facilitator }
      return policy == .facilitatorFirst ? [facilitator] + others : others + [facilitator]
    }
  }
}

/// A small seeded generator, so a `random` order replays the same.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
