import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthTerminal
import HearthUI

/// Runs a meeting on the screen and finishes up once the terminal is restored.
enum LiveMeeting {
  /// Opens the screen, then the meeting (so a missing terminal creates nothing), and runs it;
  /// with `--plain`, runs it as lines of text instead.
  static func run(
    _ global: GlobalOptions, notice: String? = nil, open: () throws -> Meeting
  ) throws {
    if global.isPlain {
      try runPlain(global, notice: notice, open: open)
      return
    }
    try run(global, notice: notice) { _ in try open() }
  }

  /// The meeting told line by line (`--plain`), keys as on the screen.
  private static func runPlain(
    _ global: GlobalOptions, notice: String?, open: () throws -> Meeting
  ) throws {
    let meeting = try open()
    let terminal = PlainTerminal()
    let hooks = MeetingHooks(meeting)
    let loop = PlainMeetingLoop(
      terminal: terminal, clock: SystemClock(), bell: hooks.bell, perform: hooks.perform,
      retry: hooks.retry)
    let warnings = meeting.warnings.map { "Warning: " + $0 }
    let outcome: MeetingLoop.Outcome
    do {
      let said = warnings + (notice.map { [$0] } ?? [])
      outcome = try loop.run(
        meeting.state, notice: said.isEmpty ? nil : said.joined(separator: " "),
        agreements: hooks.agreements)
      terminal.restore()
    } catch {
      terminal.restore()
      throw error
    }
    if outcome == .ended {
      let transcript = try meeting.writeTranscript(timeZone: .current)
      for line in summary(of: meeting, in: hooks.pod, transcript: transcript)?.text ?? [] {
        Output.line(line)
      }
      try finish(meeting, outcome, transcript: transcript)
      return
    }
    try finish(meeting, outcome)
  }

  /// Like `run`, with the terminal lent to `open` first (for a screen before the meeting);
  /// `open` returns nil when the facilitator decides not to meet after all.
  static func run(
    _ global: GlobalOptions, notice: String? = nil, open: (Terminal) throws -> Meeting?
  ) throws {
    let (terminal, themeWarning) = try global.openTerminal()
    let meeting: Meeting
    let outcome: MeetingLoop.Outcome
    var transcript: String?
    do {
      guard let opened = try open(terminal) else {
        terminal.stop()
        Output.line("No meeting started.")
        return
      }
      meeting = opened
      let hooks = MeetingHooks(meeting)
      let loop = MeetingLoop(
        terminal: terminal, clock: SystemClock(), bell: hooks.bell, perform: hooks.perform,
        retry: hooks.retry)
      let warnings = meeting.warnings + (themeWarning.map { [$0] } ?? [])
      let warning = warnings.isEmpty ? nil : "Warning: " + warnings.joined(separator: "; ")
      outcome = try loop.run(
        meeting.state, notice: warning ?? notice, agreements: hooks.agreements)
      if outcome == .ended {
        transcript = try meeting.writeTranscript(timeZone: .current)
        if var summary = summary(of: meeting, in: hooks.pod, transcript: transcript) {
          let answer = terminal.runScreen(
            render: { summary.render(width: $0, height: $1) },
            handle: { summary.handle($0, width: terminal.size.width, height: terminal.size.height) }
          )
          if answer == .review {
            ReviewCommand.browse(meeting.pod, on: terminal, opening: meeting.id)
          }
        }
      }
      terminal.stop()
    } catch {
      terminal.stop()
      throw error
    }
    for warning in meeting.warnings { Output.error("warning: " + warning) }
    try finish(meeting, outcome, transcript: transcript)
  }

  /// The summary of the ended `meeting` of `pod` (as loaded for the meeting), read from its
  /// record; nil if it never started.
  private static func summary(of meeting: Meeting, in pod: Pod?, transcript: String?)
    -> EndSummary?
  {
    guard let record = meeting.state.record(at: Reports.reportTime(of: meeting.state)) else {
      return nil
    }
    let next = pod.map { NextRoles.holders(of: $0, in: meeting.pod) }
    return EndSummary(record, next: next ?? [], transcript: transcript, timeZone: .current)
  }

  /// Says where the transcript of an ended meeting is (`transcript`, as written when it ended;
  /// nil in a sealed pod), or how to continue a left one.
  private static func finish(
    _ meeting: Meeting, _ outcome: MeetingLoop.Outcome, transcript: String? = nil
  ) throws {
    switch outcome {
    case .ended:
      if let path = transcript {
        Output.line("Meeting ended. Transcript: \(path)")
      } else {
        Output.line("Meeting ended. The pod is sealed: `hearth show` reads it.")
      }
    case .left:
      Output.line("Meeting left, not ended: `hearth resume` continues it.")
    case .interrupted(let signal):
      Output.error(
        "stopped by signal \(signal); the meeting is saved: `hearth resume` continues it.")
      throw ExitCode(1)
    }
  }
}
