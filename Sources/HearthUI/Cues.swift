import Foundation
import HearthCore

/// A timer cue that fires once per countdown: the gentle warning as it starts, and zero as the
/// countdown reaches 0:00 (where the bell rings and `--plain` says "Time is up").
public enum Cue: Sendable, Equatable {
  /// The warning began with this many seconds left.
  case warning(remaining: Int)
  case zero

  /// The cue that fires as a countdown moves from `old` to `new`, if any: zero when it reaches
  /// 0:00 from above, else the warning when it starts with time still left. A countdown that
  /// was already over (a resumed meeting, an extended turn) fires nothing until it runs again.
  public static func between(_ old: TimerReading, _ new: TimerReading) -> Cue? {
    guard let before = old.remaining, let after = new.remaining, before > 0 else { return nil }
    if after <= 0 { return .zero }
    if new.isWarning, !old.isWarning { return .warning(remaining: after) }
    return nil
  }
}

/// Follows the countdown that cues — the turn's while someone holds the stick, else the
/// timer of a current item without speakers (silence, break) — and says which cue fires, once,
/// as time passes. The one tracker the full screen, `--plain` and `watch` share.
public struct CueTracker: Sendable {
  private var identity: String?
  private var reading: TimerReading?

  public init() {}

  /// Notes `session` at `now`; returns the cue that fired since the last call. The first call,
  /// a change of countdown (another turn, another item) and a pause fire nothing.
  public mutating func observe(_ session: SessionState, at now: Date) -> Cue? {
    let (id, current) = Self.countdown(session, at: now)
    defer {
      identity = id
      reading = current
    }
    guard id == identity, !session.isPaused, let reading, let current else { return nil }
    return Cue.between(reading, current)
  }

  private static func countdown(_ session: SessionState, at now: Date) -> (String?, TimerReading?) {
    if let turn = session.turn {
      return ("turn \(turn.item) \(turn.startActive)", session.turnTimer(at: now))
    }
    if let index = session.currentIndex, !session.items[index].item.hasSpeakers {
      return ("item \(index)", session.itemTimer(index, at: now))
    }
    return (nil, nil)
  }
}
