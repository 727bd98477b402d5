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
  public var remaining: Int? { timebox.map { $0 - elapsed } }
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
    max(0, Int(activeSeconds(at: now).rounded(.down)) - Int(start.rounded(.down)))
  }

  /// Seconds the current turn has run, precisely.
  public func turnElapsed(at now: Date) -> Double {
    guard let turn else { return 0 }
    return max(0, activeSeconds(at: now) - turn.startActive)
  }

  /// The current turn's timer, if someone holds the stick.
  public func turnTimer(at now: Date) -> TimerReading? {
    guard let turn else { return nil }
    let box = items[turn.item].item.turnTimebox.map { max(0, $0 + turn.extra) }
    return TimerReading(
      elapsed: wholeSeconds(from: turn.startActive, at: now), timebox: box, warning: start?.warning)
  }

  /// The timer of item `index`: time spent in it against its timebox.
  public func itemTimer(_ index: Int, at now: Date) -> TimerReading {
    let item = items[index]
    var elapsed = Int(item.elapsedBefore.rounded(.down))
    if let entered = item.enteredActive { elapsed += wholeSeconds(from: entered, at: now) }
    return TimerReading(elapsed: elapsed, timebox: item.timebox, warning: start?.warning)
  }

  /// The whole meeting's timer against the sum of the agenda's timeboxes.
  public func sessionTimer(at now: Date) -> TimerReading {
    let planned = items.reduce(0) { $0 + ($1.timebox ?? 0) }
    return TimerReading(
      elapsed: Int(activeSeconds(at: now).rounded(.down)), timebox: planned > 0 ? planned : nil)
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
    let s = abs(seconds)
    let (h, m, r) = (s / 3600, (s % 3600) / 60, s % 60)
    let body =
      h > 0 ? "\(h):\(pad(m)):\(pad(r))" : "\(m):\(pad(r))"
    return seconds < 0 ? "-" + body : body
  }

  /// A countdown: time left, or `+m:ss` in overtime.
  public static func countdown(_ remaining: Int) -> String {
    remaining < 0 ? "+" + clock(-remaining) : clock(remaining)
  }

  /// A short human duration for transcripts: `45s`, `2m 05s`, `1h 02m`.
  public static func spoken(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    if s < 60 { return "\(s)s" }
    if s < 3600 { return "\(s / 60)m \(pad(s % 60))s" }
    return "\(s / 3600)h \(pad((s % 3600) / 60))m"
  }

  /// In words, for reading aloud: `1 minute`, `30 seconds`, `2 minutes 15 seconds`.
  public static func words(_ seconds: Int) -> String {
    let s = abs(seconds)
    func unit(_ n: Int, _ name: String) -> String { "\(n) \(name)\(n == 1 ? "" : "s")" }
    let parts = [
      s >= 3600 ? unit(s / 3600, "hour") : nil,
      s % 3600 >= 60 ? unit(s % 3600 / 60, "minute") : nil,
      s % 60 > 0 || s == 0 ? unit(s % 60, "second") : nil,
    ]
    return parts.compactMap { $0 }.joined(separator: " ")
  }

  private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
