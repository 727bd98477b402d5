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
  let writer: JournalWriter
  private let clock: any Clock
  /// Records decided but not yet in the journal, because writing it failed; `retry` saves them.
  private var unsaved: [EventRecord] = []
  /// Whether an undone note's words may still be in the journal, because rewriting it failed.
  private var needsErasure = false

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
  /// earlier sessions left open are carried into it, for its actions item to review:
  /// `openActions` when the caller has just read them, else read here.
  public static func start(
    in directory: PodDirectory, pod: Pod, format: Format, attendees: [String],
    roles: [String: String], declined: [String: [String]] = [:], clock: any Clock,
    timeZone: TimeZone, seed: UInt64, openActions: [OpenAction]? = nil
  ) throws -> Meeting {
    let now = clock.now()
    let prior = directory.sessionIDs().count
    let openActions = openActions ?? directory.openActions()
    let id = directory.newSessionID(at: now, format: format.name, timeZone: timeZone)
    try directory.createSession(id)
    let writer = try directory.journalWriter(id)
    let meeting = Meeting(
      pod: directory, id: id, state: SessionState(), writer: writer, clock: clock, warnings: [])
    var start = SessionStart(
      id: id, pod: pod.name, format: format, attendees: attendees, roles: roles,
      seed: seed & 0x1F_FFFF_FFFF_FFFF, priorSessions: prior, declined: declined,
      commitment: pod.commitment, openActions: openActions, warning: pod.warning)
    if pod.commitment != nil, pod.commitmentTerm != .first { start.term = pod.commitmentTerm }
    start.roleOrder = format.roles(for: pod)
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
    let writer = try directory.journalWriter(id, repairing: loaded.contents)
    let meeting = Meeting(
      pod: directory, id: id, state: loaded.state, writer: writer, clock: clock,
      warnings: loaded.contents.warnings)
    // A crash between an undo and the rewrite that follows it left the words: erase them now.
    meeting.needsErasure = true
    _ = try meeting.perform(.recover)
    return meeting
  }

  /// Decides `command`; records and applies the events if accepted. What an earlier write left
  /// unsaved is saved first. Throws `Unsaved` when the journal cannot be written: what was not
  /// saved is kept, for `retry`.
  @discardableResult
  public func perform(_ command: Command) throws -> Decision {
    try retry()
    let decision = state.decide(command)
    if case .accept(let events) = decision { try record(events) }
    return decision
  }

  /// Whether some of what was decided is not in the journal yet.
  public var hasUnsaved: Bool { !unsaved.isEmpty }

  /// Writes what a failed write left unsaved, in order, each record with the time it was
  /// decided at, applying each once it is saved. Throws `Unsaved` while it still cannot.
  public func retry() throws {
    while let record = unsaved.first {
      do {
        try writer.append(record)
      } catch let error as StoreError {
        throw Unsaved(cause: error, lastSaved: state.records.last?.time)
      }
      state.apply(record)
      unsaved.removeFirst()
      if case .undone = record.event { needsErasure = true }
    }
    if needsErasure { eraseUndoneWords() }
  }

  /// Rewrites the journal with every undone note as a tombstone, so its words are in no file
  /// (the undo itself is saved already). When the rewrite cannot be written now (a full disk),
  /// the journal stays as it was and the next command tries again.
  private func eraseUndoneWords() {
    guard state.holdsUndoneWords else {
      needsErasure = false
      return
    }
    let erased = state.erasingUndoneWords
    do {
      try writer.replace(with: erased)
      state = SessionState(replaying: erased)
      needsErasure = false
      // The indexes may hold the words too, if the session was listed or searched meanwhile.
      pod.forgetInIndex(changed: [id])
    } catch {
      needsErasure = true
    }
  }

  private func record(_ events: [Event]) throws {
    let now = clock.now()
    let first = state.lastSequence + 1
    unsaved = events.enumerated().map {
      EventRecord(sequence: first + $0.offset, time: now, event: $0.element)
    }
    try retry()
  }

  /// Writes the transcript beside the journal and returns its path; nil in a sealed pod, which
  /// keeps no transcript. Carried actions are read again from their sessions: one deleted while
  /// the meeting ran leaves no words here.
  public func writeTranscript(timeZone: TimeZone) throws -> String? {
    let current = SessionState(replaying: pod.rereadingCarried(state.records))
    let markdown = Transcript.markdown(current, at: clock.now(), timeZone: timeZone)
    return try pod.writeTranscript(markdown, for: id)
  }
}

extension Meeting {
  /// The journal could not be written (a full disk, most often): nothing after `lastSaved` is
  /// in it. The meeting's state holds only what was saved.
  public struct Unsaved: Error, CustomStringConvertible {
    public var cause: StoreError
    /// When the last record that was saved was decided; nil when none was.
    public var lastSaved: Date?
    public var timeZone = TimeZone.current

    /// "the disk is full: nothing after 19:42:10 was saved"
    public var description: String {
      let reason = cause.code.map { String(cString: strerror($0)) } ?? cause.message
      let problem = cause.storageProblem ?? "the journal cannot be written (\(reason))"
      guard let lastSaved else { return problem + ": nothing was saved" }
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = timeZone
      formatter.dateFormat = "HH:mm:ss"
      return problem + ": nothing after \(formatter.string(from: lastSaved)) was saved"
    }
  }
}
