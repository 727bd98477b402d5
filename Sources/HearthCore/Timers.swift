import Foundation

/// A timer's reading: how long it has run, and its timebox if it has one.
public struct TimerReading: Sendable, Equatable {
  /// Whole seconds elapsed, as displayed.
  public var elapsed: Int
  public var timebox: Int?
  /// Seconds left at which to warn, as the pod set it; nil for the usual rule.
  public var warning: Int?

  public init(elapsed: Int, timebox: Int?, warning: Int? = nil) {
    self.elapsed = elapsed
    self.timebox = timebox
    self.warning = warning
  }

  /// Seconds left; negative in overtime.
  public var remaining: Int? { timebox.map { Bounds.sum($0, -elapsed) } }
  public var isOvertime: Bool { (remaining ?? 1) < 0 }

  /// Whether the gentle warning cue applies: 30 s left, or the last 20 % of a short timebox;
  /// with a pod's own `warning`, that many seconds left (at most half the timebox).
  public var isWarning: Bool {
    guard let timebox, let remaining, remaining >= 0 else { return false }
    if let warning { return remaining <= min(warning, max(1, timebox / 2)) }
    return remaining <= min(30, max(1, timebox / 5))
  }
}

extension SessionState {
  /// Every displayed timer is whole meeting-seconds, so all of them change at the same instant.
  private func wholeSeconds(from start: Double, at now: Date) -> Int {
    max(0, Bounds.whole(activeSeconds(at: now)) - Bounds.whole(start))
  }

  /// Seconds the current turn has run, precisely.
  public func turnElapsed(at now: Date) -> Double {
    guard let turn else { return 0 }
    return max(0, activeSeconds(at: now) - turn.startActive)
  }

  /// The current turn's timer, if someone holds the stick.
  public func turnTimer(at now: Date) -> TimerReading? {
    guard let turn else { return nil }
    let box = items[turn.item].item.turnTimebox.map { max(0, Bounds.sum($0, turn.extra)) }
    return TimerReading(
      elapsed: wholeSeconds(from: turn.startActive, at: now), timebox: box, warning: start?.warning)
  }

  /// The timer of item `index`: time spent in it against its timebox.
  public func itemTimer(_ index: Int, at now: Date) -> TimerReading {
    let item = items[index]
    var elapsed = Bounds.whole(item.elapsedBefore)
    if let entered = item.enteredActive {
      elapsed = Bounds.sum(elapsed, wholeSeconds(from: entered, at: now))
    }
    return TimerReading(elapsed: elapsed, timebox: item.timebox, warning: start?.warning)
  }

  /// The whole meeting's timer against the sum of the agenda's timeboxes.
  public func sessionTimer(at now: Date) -> TimerReading {
    let planned = Bounds.sum(items.map { $0.timebox ?? 0 })
    return TimerReading(
      elapsed: Bounds.whole(activeSeconds(at: now)), timebox: planned > 0 ? planned : nil)
  }

  /// When any displayed timer next changes, or nil while nothing runs.
  public func nextDisplayChange(after now: Date) -> Date? {
    guard startedAt != nil, !isEnded, !isPaused, leftAt == nil else { return nil }
    let active = activeSeconds(at: now)
    let wait = active.rounded(.down) + 1 - active
    return now.addingTimeInterval(wait)
  }
}

/// Formats seconds the way timers show them.
public enum TimeText {
  /// `m:ss`, or `h:mm:ss` from an hour up.
  public static func clock(_ seconds: Int) -> String {
    (seconds < 0 ? "-" : "") + clock(magnitude: seconds.magnitude)
  }

  /// Whole minutes, for a clock that changes once a minute: `3 min`; rounded down for time gone
  /// by, up for time left (`roundingUp`), so "1 min left" lasts until the end.
  public static func minutes(_ seconds: Int, roundingUp: Bool = false) -> String {
    let s = Int(seconds.magnitude)
    return "\(roundingUp ? (s + 59) / 60 : s / 60) min"
  }

  /// A countdown: time left, or `+m:ss` in overtime.
  public static func countdown(_ remaining: Int) -> String {
    (remaining < 0 ? "+" : "") + clock(magnitude: remaining.magnitude)
  }

  /// `m:ss` or `h:mm:ss` of a count that cannot overflow when negated.
  private static func clock(magnitude s: UInt) -> String {
    let (h, m, r) = (s / 3600, (s % 3600) / 60, s % 60)
    return h > 0 ? "\(h):\(pad(m)):\(pad(r))" : "\(m):\(pad(r))"
  }

  /// A short human duration for transcripts: `45s`, `2m 05s`, `1h 02m`.
  public static func spoken(_ seconds: Double) -> String {
    let s = Bounds.whole(seconds, .toNearestOrAwayFromZero)
    if s < 60 { return "\(s)s" }
    if s < 3600 { return "\(s / 60)m \(pad(s % 60))s" }
    return "\(s / 3600)h \(pad((s % 3600) / 60))m"
  }

  /// In words, for reading aloud: `1 minute`, `30 seconds`, `2 minutes 15 seconds`.
  public static func words(_ seconds: Int) -> String {
    let s = seconds.magnitude
    func unit(_ n: UInt, _ name: String) -> String { "\(n) \(name)\(n == 1 ? "" : "s")" }
    let parts = [
      s >= 3600 ? unit(s / 3600, "hour") : nil,
      s % 3600 >= 60 ? unit(s % 3600 / 60, "minute") : nil,
      s % 60 > 0 || s == 0 ? unit(s % 60, "second") : nil,
    ]
    return parts.compactMap { $0 }.joined(separator: " ")
  }

  private static func pad(_ n: some BinaryInteger) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
