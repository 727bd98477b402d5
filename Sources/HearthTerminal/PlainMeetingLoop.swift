import Foundation
import HearthCore
import HearthUI

/// The live meeting for `--plain`: the same keys as the full screen, and every change told as
/// one line of text (`Narration`), with timer cues when a turn nears and reaches its end.
public struct PlainMeetingLoop {
  private let terminal: any LineConsole
  private let clock: any Clock
  private let bell: Pod.Bell
  private let perform: MeetingLoop.Perform
  private let retry: MeetingLoop.Retry?

  /// A loop whose `perform` records commands; with `retry`, a failed write is told and the
  /// meeting waits for `r` (retry) or Ctrl-C (leave) instead of ending.
  public init(
    terminal: any LineConsole, clock: any Clock, bell: Pod.Bell = .audible,
    perform: @escaping MeetingLoop.Perform, retry: MeetingLoop.Retry? = nil
  ) {
    self.terminal = terminal
    self.clock = clock
    self.bell = bell
    self.perform = perform
    self.retry = retry
  }

  /// The keys worth knowing, said once at the start.
  static let keys =
    "Keys: n next speaker, p pass, keys 1 to 9 give the stick, Space pause, right bracket next "
    + "item, i note, d decision, a action, u undo, question mark all keys, q end."

  /// Runs until the meeting ends or is left; `notice` is said first, the pod's `agreements`
  /// on `g`.
  public func run(
    _ session: SessionState, notice: String? = nil, agreements: [String] = []
  ) throws -> MeetingLoop.Outcome {
    var model = MeetingModel(session: session, agreements: agreements)
    terminal.write(
      lines: Narration.summary(of: session) + [Self.keys] + (notice.map { [$0] } ?? []))
    _ = model.tick(at: clock.now())
    var heartbeats = HeartbeatSchedule()
    while true {
      if let signal = terminal.takeSignal() {
        _ = try perform(.leave)
        return .interrupted(signal)
      }
      let now = clock.now()
      if heartbeats.take(for: model.session, at: now) { MeetingLoop.beat(perform, &model) }
      if let cue = model.tick(at: now) {
        terminal.write(lines: [Narration.line(for: cue, holder: model.session.holder)])
        if cue == .zero, bell == .audible { terminal.bell(visual: false) }
      }
      let wake = WakeUp.milliseconds(for: model.session, at: now)
      guard let key = terminal.readKey(timeout: heartbeats.wait(wake, for: model.session, at: now))
      else {
        guard terminal.inputEnded else { continue }
        _ = try perform(.leave)
        terminal.write(lines: ["Input ended."])
        return .left
      }
      let before = model.mode
      switch model.handle(key) {
      case nil:
        echo(
          key, before: before, after: model.mode, message: model.message, model.session,
          agreements: model.agreements)
      case .redraw:
        terminal.write(lines: Narration.summary(of: model.session))
      case .perform(let command):
        if case .writing = before { terminal.write(lines: [""]) }
        let previous = model.session
        let decision: Decision
        do {
          let (decided, state) = try perform(command)
          decision = decided
          model.apply(decision, session: state, for: command)
        } catch {
          guard retry != nil, command != .leave else { throw error }
          failed(command, error, &model)
          continue
        }
        if case .refuse(let reason) = decision {
          terminal.write(lines: [reason])
          continue
        }
        if let outcome = saved(command, after: previous, model) { return outcome }
        _ = model.tick(at: clock.now())
      case .retry(let command):
        let previous = model.session
        do {
          model.apply(.accept([]), session: try retry?() ?? previous, for: command)
        } catch {
          failed(command, error, &model)
          continue
        }
        if let outcome = saved(command, after: previous, model) { return outcome }
        _ = model.tick(at: clock.now())
      }
    }
  }

  /// Tells what a saved command changed; returns how the meeting stopped, if it did.
  private func saved(_ command: Command, after previous: SessionState, _ model: MeetingModel)
    -> MeetingLoop.Outcome?
  {
    let new = model.session.records.dropFirst(previous.records.count)
    terminal.write(lines: Narration.lines(for: new, after: previous))
    return MeetingLoop.outcome(of: command)
  }

  /// Tells that `command` could not be saved, and the two ways on.
  private func failed(_ command: Command, _ error: Error, _ model: inout MeetingModel) {
    model.failedToSave(command, problem: "\(error)")
    terminal.write(lines: [
      "Not saved: \(error). Free space, then press r to retry; Control C leaves, and "
        + "hearth resume continues from what was saved."
    ])
  }

  /// Tells what a key did that changed no event: a mode entered or left, a character typed.
  private func echo(
    _ key: Key, before: MeetingModel.Mode, after: MeetingModel.Mode,
    message: MeetingModel.Message?, _ session: SessionState, agreements: [String]
  ) {
    switch (before, after) {
    case (_, .help) where before != .help:
      terminal.write(
        lines: SpokenKeys.helpLines + ["Any key goes back."])
    case (_, .agreements) where before != .agreements:
      terminal.write(
        lines: ["Our agreements:"] + agreements.map { "• " + $0 } + ["Any key goes back."])
    case (_, .confirmEnd) where before != .confirmEnd:
      if let warning = EndWarning.unreviewed(session) {
        terminal.write(lines: [
          "End the meeting? \(warning) y ends it anyway (they stay open); any other key goes "
            + "back to review them."
        ])
      } else {
        terminal.write(
          lines: ["End the meeting? y ends it and writes the transcript; any other key keeps it."])
      }
    case (.writing, .writing(_, let text)):
      if key == .backspace {
        terminal.eraseLastCharacter()
      } else if case .character = key, let last = text.last {
        terminal.write(text: String(last))
      }
    case (_, .writing(let kind, _)):
      let article = kind == .action ? "an" : "a"
      terminal.write(text: "Writing \(article) \(kind.rawValue) (Enter saves, Escape cancels): ")
    case (.writing, _):
      terminal.write(lines: ["", message?.text ?? "Nothing written."])
    case (.refusedWriting, .refusedWriting), (.unsaved, .unsaved):
      // Dropped: what is typed now is neither kept nor echoed.
      break
    case (_, .refusedWriting(let reason)):
      terminal.write(lines: ["\(reason) What you type now is dropped; Enter or Esc closes."])
    case (_, .awaitingReply):
      terminal.write(lines: [message?.text ?? "Direct reply: press the member's number."])
    default:
      if let message { terminal.write(lines: [message.text]) }
    }
  }
}
