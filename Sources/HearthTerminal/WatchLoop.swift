import Foundation
import HearthCore
import HearthUI

/// The watch view's run loop: looks for journal changes once a second (and redraws when the
/// shown time changes), until `q`.
public struct WatchLoop {
  private let terminal: any Screen
  private let clock: any Clock
  /// Returns the followed meeting (or nil when there is none any more) and whether a program
  /// still holds it open, when either changed since the last call; nil when nothing changed.
  private let poll: () -> (session: SessionState?, answering: Bool)?

  public init(
    terminal: any Screen, clock: any Clock,
    poll: @escaping () -> (session: SessionState?, answering: Bool)?
  ) {
    self.terminal = terminal
    self.clock = clock
    self.poll = poll
  }

  /// Runs until the watcher quits or a signal stops it.
  public func run(_ model: WatchModel) {
    var model = model
    if let first = poll() {
      model.follow(first.session, answering: first.answering, at: clock.now())
    }
    while terminal.takeSignal() == nil {
      let now = clock.now()
      let (width, height) = terminal.size
      terminal.present(WatchScreen.render(model, at: now, width: width, height: height))
      // The journal is looked at each second; the clock on screen may change sooner.
      let wake = WakeUp.milliseconds(for: model.isLive ? model.session : nil, at: now, poll: 1000)
      if let key = terminal.readKey(timeout: wake) {
        switch key {
        case .resize:
          terminal.invalidate()
        default:
          switch model.handle(key) {
          case .quit?: return
          case .redraw?: terminal.invalidate()
          case nil: break
          }
        }
      }
      if let changed = poll() {
        model.follow(changed.session, answering: changed.answering, at: clock.now())
      }
    }
  }
}
