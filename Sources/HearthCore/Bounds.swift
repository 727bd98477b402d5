import Foundation

/// The ranges numbers read from files and journals must fall in, and arithmetic on times that
/// cannot trap for any value: what a hand-edited or shared file says is checked where it is
/// read, and whatever gets through is clamped rather than crashed on.
public enum Bounds {
  /// The longest timebox, turn or warning: 24 hours, in seconds.
  public static let longestDuration = 86_400
  /// The most sessions a pod may commit to.
  public static let mostSessions = 1000
  /// The most sessions a journal may say were held before its own.
  public static let mostPriorSessions = 1_000_000
  /// How far a journal's times may run before its start (a clock set back), in seconds.
  public static let earliestBeforeStart: TimeInterval = 86_400
  /// How far a journal's times may run after its start: ten years, in seconds.
  public static let latestAfterStart: TimeInterval = 10 * 366 * 86_400
  /// The largest whole number of seconds arithmetic on times gives: about 31,700 years.
  static let largestWhole = 1_000_000_000_000

  /// Why `seconds` is no duration a file may give, worded for `'key' …`; nil when it is one.
  public static func durationProblem(_ seconds: Int) -> String? {
    if seconds < 1 { return "must be longer than 0 seconds" }
    if seconds > longestDuration {
      return "must be at most 24 hours (\(longestDuration) seconds), not \(seconds) seconds"
    }
    return nil
  }

  /// Whole seconds in `seconds`, rounded by `rule`; not-a-number is 0 and anything beyond about
  /// 31,700 years either way is held there.
  public static func whole(
    _ seconds: Double, _ rule: FloatingPointRoundingRule = .down
  ) -> Int {
    guard !seconds.isNaN else { return 0 }
    let limit = Double(largestWhole)
    return Int(min(limit, max(-limit, seconds.rounded(rule))))
  }

  /// `a + b`, held at the largest or smallest `Int` instead of overflowing.
  public static func sum(_ a: Int, _ b: Int) -> Int {
    let (result, overflow) = a.addingReportingOverflow(b)
    guard overflow else { return result }
    return b > 0 ? .max : .min
  }

  /// The sum of `values`, held at the largest or smallest `Int` instead of overflowing.
  public static func sum(_ values: some Sequence<Int>) -> Int { values.reduce(0, sum) }
}
