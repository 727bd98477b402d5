import Foundation

/// How long a run loop may wait for a key before it must look again: the one calculation the
/// full-screen meeting, `--plain` and both watch views share.
public enum WakeUp {
  /// Milliseconds to wait: until `session`'s displayed timers next change (timer cues change
  /// with them), 2 ms after so the new second has surely begun; at most `poll` when the loop
  /// also looks for something else (a growing journal). Nil: wait for a key however long.
  public static func milliseconds(for session: SessionState?, at now: Date, poll: Int? = nil)
    -> Int?
  {
    let change = session?.nextDisplayChange(after: now).map {
      Int(($0.timeIntervalSince(now) * 1000).rounded(.up)) + 2
    }
    guard let poll else { return change }
    return min(change ?? poll, poll)
  }
}
