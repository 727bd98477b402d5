import Foundation
import HearthCore
import HearthUI

/// The live meeting's run loop: draw, then sleep until a key arrives or the shown time changes.
public struct MeetingLoop {
  /// How the meeting stopped.
  public enum Outcome: Equatable {
    case ended
    case left
    /// A signal (SIGTERM, SIGHUP, SIGINT) made the meeting leave, to be resumed.
    case interrupted(Int32)
  }

  /// Carries out a command: records its events and returns the decision and the new state.
  public typealias Perform = (Command) throws -> (Decision, SessionState)

  private let terminal: Terminal
  private let clock: any Clock
  private let perform: Perform
  private let bell: Pod.Bell

  public init(
    terminal: Terminal, clock: any Clock, bell: Pod.Bell = .audible,
    perform: @escaping Perform
  ) {
    self.terminal = terminal
    self.clock = clock
    self.bell = bell
    self.perform = perform
  }

  /// Runs until the meeting ends or is left; `notice` is shown on the status line first.
  public func run(_ session: SessionState, notice: String? = nil) throws -> Outcome {
    var model = MeetingModel(session: session, notice: notice)
    var now = clock.now()
    _ = model.tick(at: now)
    while true {
      if let signal = terminal.takeSignal() {
        _ = try perform(.leave)
        return .interrupted(signal)
      }
      now = clock.now()
      if model.tick(at: now), bell != .none { terminal.bell(visual: bell == .visual) }
      let (width, height) = terminal.size
      terminal.present(MeetingScreen.render(model, at: now, width: width, height: height))
      let wake = model.session.nextDisplayChange(after: now).map {
        Int(($0.timeIntervalSince(now) * 1000).rounded(.up)) + 2
      }
      guard let read = terminal.readKey(timeout: wake), let key = terminal.pick(read) else {
        continue
      }
      switch model.handle(key) {
      case nil:
        continue
      case .redraw:
        terminal.invalidate()
      case .perform(let command):
        let (decision, state) = try perform(command)
        model.apply(decision, session: state, for: command)
        guard case .accept = decision else { continue }
        if command == .end { return .ended }
        if command == .leave { return .left }
      }
    }
  }
}
