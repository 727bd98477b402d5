import Foundation

extension SessionState {
  /// Seconds between heartbeats while someone speaks: at most this much speaking time is lost
  /// when the program dies without a word (kill -9, a power cut). See docs/decisions/0070.
  public static let heartbeatInterval: TimeInterval = 10

  /// When the next `heartbeat` falls due: `heartbeatInterval` after the last event, while a
  /// turn's time runs (someone speaks, not paused, not left); nil otherwise.
  public var nextHeartbeat: Date? {
    guard holder != nil, !isPaused, !isEnded, leftAt == nil, let last = lastEventAt else {
      return nil
    }
    return last.addingTimeInterval(Self.heartbeatInterval)
  }
}

/// When a run loop records a heartbeat: as the session asks, and, after an attempt that could
/// not be saved (a full disk), not again for an interval, so the loop never spins on it.
public struct HeartbeatSchedule: Sendable {
  private var tried: Date?

  public init() {}

  /// When the next heartbeat should be recorded, if one is to be.
  public func next(for session: SessionState) -> Date? {
    guard let due = session.nextHeartbeat else { return nil }
    guard let tried else { return due }
    return max(due, tried.addingTimeInterval(SessionState.heartbeatInterval))
  }

  /// Whether one is due at `now`; if so, counts it as tried.
  public mutating func take(for session: SessionState, at now: Date) -> Bool {
    guard let due = next(for: session), due <= now else { return false }
    tried = now
    return true
  }

  /// Milliseconds a run loop may wait for a key: `wake` (its other reason to look again, nil
  /// for none), or less when a heartbeat falls due sooner. A wake-up within a second after the
  /// heartbeat is due takes it along, so a ticking meeting wakes no more often for it.
  public func wait(_ wake: Int?, for session: SessionState, at now: Date) -> Int? {
    guard let beat = next(for: session) else { return wake }
    let until = max(0, Int((beat.timeIntervalSince(now) * 1000).rounded(.up)))
    guard let wake, wake <= until + 1000 else { return until }
    return wake
  }
}

extension SessionState {
  /// Whether this state is `earlier` with only heartbeats recorded since: they change nothing
  /// but the records and the time of the last event, so nothing a screen shows of the notes.
  public func onlyHeartbeats(since earlier: SessionState) -> Bool {
    let count = earlier.records.count
    guard records.count > count else { return false }
    var (now, then) = (self, earlier)
    (now.records, then.records, now.lastEventAt, then.lastEventAt) = ([], [], nil, nil)
    guard now == then else { return false }
    return records[count...].allSatisfy { if case .heartbeat = $0.event { true } else { false } }
      && records[..<count].elementsEqual(earlier.records)
  }
}
