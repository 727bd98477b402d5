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

  /// Takes the meeting as the journal now says.
  public mutating func follow(_ session: SessionState?) {
    self.session = session
  }

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

  /// Whether the meeting shown is running.
  public var isLive: Bool { session.map { !$0.isEnded } ?? false }

  /// The line at the bottom: what is watched and the keys.
  public var statusLine: String {
    let layout = big ? "b all panes" : "b big timer"
    guard let session else { return "Waiting for a meeting of \(pod) · \(layout) · q quit" }
    if session.isEnded { return "The meeting has ended · waiting for the next · q quit" }
    return "Watching \(pod), read-only · \(layout) · q quit"
  }
}
