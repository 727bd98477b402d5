import Foundation
import HearthCore

/// A live meeting on disk: decides each command against the session, writes its events to the
/// journal (fsync'd) and only then folds them in, so the screen never shows what was not saved.
public final class Meeting {
  public let pod: PodDirectory
  public let id: String
  public private(set) var state: SessionState
  /// What loading the journal had to drop, to tell the facilitator.
  public let warnings: [String]
  private let writer: JournalWriter
  private let clock: any Clock

  private init(
    pod: PodDirectory, id: String, state: SessionState, writer: JournalWriter, clock: any Clock,
    warnings: [String]
  ) {
    self.pod = pod
    self.id = id
    self.state = state
    self.writer = writer
    self.clock = clock
    self.warnings = warnings
  }

  /// Starts a new meeting of `pod` with `format`, entering its first item. The action items
  /// earlier sessions left open are carried into it, for its actions item to review.
  public static func start(
    in directory: PodDirectory, pod: Pod, format: Format, attendees: [String],
    roles: [String: String], declined: [String: [String]] = [:], clock: any Clock,
    timeZone: TimeZone, seed: UInt64
  ) throws -> Meeting {
    let now = clock.now()
    let prior = directory.sessionIDs().count
    let openActions = directory.openActions()
    let id = directory.newSessionID(at: now, format: format.name, timeZone: timeZone)
    try directory.createSession(id)
    let writer = try JournalWriter(path: directory.journalPath(id))
    let meeting = Meeting(
      pod: directory, id: id, state: SessionState(), writer: writer, clock: clock, warnings: [])
    let start = SessionStart(
      id: id, pod: pod.name, format: format, attendees: attendees, roles: roles,
      seed: seed & 0x1F_FFFF_FFFF_FFFF, priorSessions: prior, declined: declined,
      commitment: pod.commitment, openActions: openActions, warning: pod.warning)
    try meeting.record([.started(start)])
    _ = try meeting.perform(.nextItem)
    return meeting
  }

  /// Reopens the meeting `id` to continue it: repairs a torn last line and records that the
  /// time since the last event was an interruption.
  public static func resume(in directory: PodDirectory, id: String, clock: any Clock) throws
    -> Meeting
  {
    let loaded = try directory.loadSession(id)
    guard !loaded.state.isEnded else {
      throw StoreError(path: directory.journalPath(id), message: "this meeting has already ended")
    }
    let writer = try JournalWriter(path: directory.journalPath(id), repairing: loaded.contents)
    let meeting = Meeting(
      pod: directory, id: id, state: loaded.state, writer: writer, clock: clock,
      warnings: loaded.contents.warnings)
    _ = try meeting.perform(.recover)
    return meeting
  }

  /// Decides `command`; records and applies the events if accepted.
  @discardableResult
  public func perform(_ command: Command) throws -> Decision {
    let decision = state.decide(command)
    if case .accept(let events) = decision { try record(events) }
    return decision
  }

  private func record(_ events: [Event]) throws {
    let now = clock.now()
    for event in events {
      let record = EventRecord(sequence: state.lastSequence + 1, time: now, event: event)
      try writer.append(record)
      state.apply(record)
    }
  }

  /// Writes the transcript beside the journal and returns its path.
  public func writeTranscript(timeZone: TimeZone) throws -> String {
    let markdown = Transcript.markdown(state, at: clock.now(), timeZone: timeZone)
    return try pod.writeTranscript(markdown, for: id)
  }
}
