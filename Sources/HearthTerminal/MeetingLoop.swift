import Foundation
import HearthCore
import HearthUI

/// The live meeting's run loop: draw, then sleep until a key arrives or the shown time changes.
/// Keys that are already waiting (a paste) are all taken before the next drawing.
public struct MeetingLoop {
  /// How the meeting stopped.
  public enum Outcome: Equatable {
    case ended
    case left
    /// A signal (SIGTERM, SIGHUP, SIGINT) made the meeting leave, to be resumed.
    case interrupted(Int32)
  }

  /// Carries out a command: records its events and returns the decision and the new state.
  /// Throws when what it decided could not be saved.
  public typealias Perform = (Command) throws -> (Decision, SessionState)
  /// Saves what a failed `Perform` could not, and returns the new state; throws while it still
  /// cannot.
  public typealias Retry = () throws -> SessionState

  /// The most keys taken between two drawings, so a long paste still shows the timers moving.
  static let keysPerFrame = 512

  private let terminal: any Screen
  private let clock: any Clock
  private let perform: Perform
  private let retry: Retry?
  private let bell: Pod.Bell

  /// A loop whose `perform` records commands; with `retry`, a failed write keeps the meeting
  /// on screen until it is saved (without, the failure ends the loop).
  public init(
    terminal: any Screen, clock: any Clock, bell: Pod.Bell = .audible,
    perform: @escaping Perform, retry: Retry? = nil
  ) {
    self.terminal = terminal
    self.clock = clock
    self.bell = bell
    self.perform = perform
    self.retry = retry
  }

  /// Runs until the meeting ends or is left; `notice` is shown on the status line first, and
  /// the pod's `agreements` as the first item opens (and on `g`).
  public func run(
    _ session: SessionState, notice: String? = nil, agreements: [String] = []
  ) throws -> Outcome {
    var model = MeetingModel(session: session, notice: notice, agreements: agreements)
    var now = clock.now()
    var heartbeats = HeartbeatSchedule()
    var frames = MeetingFrames()
    _ = model.tick(at: now)
    while true {
      if let signal = terminal.takeSignal() {
        _ = try perform(.leave)
        return .interrupted(signal)
      }
      now = clock.now()
      if heartbeats.take(for: model.session, at: now) { Self.beat(perform, &model) }
      if model.tick(at: now) == .zero, bell != .none { terminal.bell(visual: bell == .visual) }
      let (width, height) = terminal.size
      let frame = frames.render(model, at: now, width: width, height: height)
      terminal.present(frame, changed: frames.changed)
      let wake = WakeUp.milliseconds(for: model.session, at: now)
      var read = terminal.readKey(timeout: heartbeats.wait(wake, for: model.session, at: now))
      var taken = 0
      while let key = read.flatMap(terminal.pick) {
        let (width, height) = terminal.size
        if MeetingScreen.fits(width: width, height: height) || MeetingScreen.actsWhileHidden(key),
          let outcome = try take(key, into: &model)
        {
          return outcome
        }
        taken += 1
        guard taken < Self.keysPerFrame else { break }
        read = terminal.readKey(timeout: 0)
      }
    }
  }

  /// Records that the turn is still running. One that cannot be saved stays with what else
  /// was not saved, and the next key says so: the screen is not interrupted for it.
  static func beat(_ perform: Perform, _ model: inout MeetingModel) {
    guard case (.accept, let state)? = try? perform(.heartbeat) else { return }
    model.follow(state)
  }

  /// Handles one key; returns how the meeting stopped, if it did.
  private func take(_ key: Key, into model: inout MeetingModel) throws -> Outcome? {
    switch model.handle(key) {
    case nil:
      return nil
    case .redraw:
      terminal.invalidate()
      return nil
    case .perform(let command):
      do {
        let (decision, state) = try perform(command)
        model.apply(decision, session: state, for: command)
        guard case .accept = decision else { return nil }
      } catch {
        // Leaving must not wait on a disk that cannot take it: the error says what was lost.
        guard retry != nil, command != .leave else { throw error }
        model.failedToSave(command, problem: "\(error)")
        return nil
      }
      return Self.outcome(of: command)
    case .retry(let command):
      do {
        let state = try retry?() ?? model.session
        model.apply(.accept([]), session: state, for: command)
      } catch {
        model.failedToSave(command, problem: "\(error)")
        return nil
      }
      return Self.outcome(of: command)
    }
  }

  /// How the meeting stops once `command` is saved, if it does.
  static func outcome(of command: Command) -> Outcome? {
    switch command {
    case .end: .ended
    case .leave: .left
    default: nil
    }
  }
}
