/// How an open discussion's hand-raise queue is ordered.
public enum QueuePolicy: String, Sendable, Equatable, Codable, CaseIterable {
  /// First hand up, first to speak.
  case fifo
  /// A progressive stack: whoever has had less airtime this session speaks first; among equals,
  /// whoever raised a hand first.
  case balanced
}

extension SessionState {
  /// The current open discussion's queue in the order people will speak, the direct reply
  /// excluded (it comes first: see `waitingSpeakers`). Empty outside open discussion.
  public var queue: [String] {
    guard let item = currentItem, item.item.kind == .open else { return [] }
    switch item.item.queue {
    case .fifo:
      return item.raisedHands
    case .balanced:
      // Whole seconds, as every timer shows them: a fraction of a second is no reason to
      // jump someone who raised a hand earlier.
      let airtime = finishedAirtime.mapValues { Bounds.whole($0) }
      let ranked = item.raisedHands.enumerated().sorted {
        let (a, b) = (airtime[$0.element] ?? 0, airtime[$1.element] ?? 0)
        return a != b ? a < b : $0.offset < $1.offset
      }
      return ranked.map(\.element)
    }
  }

  /// Who holds the direct-reply slot of the current open discussion, if anyone.
  public var replySlot: String? {
    guard let item = currentItem, item.item.kind == .open else { return nil }
    return item.reply
  }

  /// Whether `member` has a hand up in the current open discussion.
  public func isQueued(_ member: String) -> Bool {
    guard let item = currentItem, item.item.kind == .open else { return false }
    return item.raisedHands.contains(member)
  }

  /// Whether the turn in progress is a direct reply.
  public var isReplyTurn: Bool { turn?.isReply ?? false }
}
