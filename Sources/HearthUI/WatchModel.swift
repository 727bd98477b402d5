import Foundation
import HearthCore

/// A read-only view of a pod's live meeting from a second terminal: the meeting as its journal
/// says, the big-timer layout for a projector, and nothing that could change the meeting.
public struct WatchModel: Sendable {
  public let pod: String
  /// The meeting followed: the one running, or the last one seen (ended), or none yet.
  public private(set) var session: SessionState?
  /// Whether the countdown fills the screen (`--big`, or `b`).
  public private(set) var big: Bool

  public init(pod: String, big: Bool) {
    self.pod = pod
    self.big = big
  }

  /// What a key asks of the program.
  public enum Intent: Sendable, Equatable { case quit, redraw }

  /// When the followed meeting stopped answering: open, but its program gone (killed, crashed)
  /// without leaving it. Its time is shown as it was then, not ticking on.
  public private(set) var stoppedAt: Date?
  private var seenAnswering = false

  /// What `--plain` says when the meeting's program is gone without leaving or ending it (the
  /// status line says it shorter, to fit 80 columns).
  public static let stoppedAnswering =
    "The meeting stopped answering (its program is gone): `hearth resume` continues it."

  /// What is said of a meeting that has ended, instead of its panes frozen at the end:
  /// "The last meeting, Check-in, ended after 38:12.", where to read it, and what is next.
  public static func ended(_ session: SessionState) -> [String] {
    let length = session.endedAt.map { TimeText.clock(Int(session.activeSeconds(at: $0))) }
    let title = session.start?.format.title ?? "the meeting"
    return [
      "The last meeting, \(title), ended" + (length.map { " after \($0)." } ?? "."),
      session.start.map { "Its transcript: hearth show \($0.id)" },
      waitingForNext,
    ].compactMap { $0 }
  }

  /// What the watch waits for once a meeting has ended.
  public static let waitingForNext =
    "Waiting for the next one: this view follows it from the moment it starts."

  /// Takes the meeting as the journal now says; `answering` false when no program holds it
  /// open any more, noticed at `now`.
  public mutating func follow(_ session: SessionState?, answering: Bool = true, at now: Date) {
    if session?.start?.id != self.session?.start?.id { seenAnswering = false }
    self.session = session
    if answering || session == nil || session?.isEnded == true {
      stoppedAt = nil
      seenAnswering = answering && session != nil
    } else if stoppedAt == nil {
      // Seen alive before: it stopped about now; found already stopped: at its last event.
      stoppedAt = seenAnswering ? now : session?.records.last?.time ?? now
    }
  }

  /// The time to show the meeting at: now, or when it stopped answering.
  public func shownTime(_ now: Date) -> Date { stoppedAt.map { min($0, now) } ?? now }

  /// Handles a key: `b` switches the layout, `q` or Esc stop watching; nothing else does
  /// anything, whatever the meeting's keys are.
  public mutating func handle(_ key: Key) -> Intent? {
    switch key {
    case .character("q"), .escape, .control("c"): return .quit
    case .character("b"): big.toggle()
    case .control("l"): return .redraw
    default: break
    }
    return nil
  }

  /// Whether the meeting shown is running (its time moving).
  public var isLive: Bool {
    guard let session, stoppedAt == nil else { return false }
    return !session.isEnded && session.leftAt == nil
  }

  /// The line at the bottom: what is watched and the keys.
  public var statusLine: String {
    let layout = big ? "b all panes" : "b big timer"
    guard let session else { return "Waiting for a meeting of \(pod) · \(layout) · q quit" }
    if session.isEnded { return "The meeting has ended · waiting for the next · q quit" }
    if stoppedAt != nil {
      return "The meeting stopped answering · `hearth resume` continues it · q quit"
    }
    if session.leftAt != nil {
      return "The meeting was left, not ended: `hearth resume` continues it · q quit"
    }
    return "Watching \(pod), read-only · \(layout) · q quit"
  }
}
