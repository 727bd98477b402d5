import Foundation
import HearthCore

/// One pod's self-contained directory: pod.toml, formats/ and sessions/<id>/. A sealed pod's
/// directory is read and written through its keys once `unlocked(with:)`.
public struct PodDirectory: Sendable {
  public let path: String
  /// A sealed pod's keys, once unlocked; nil for a plain pod (or a sealed one still locked).
  public let seal: PodSeal?

  public init(path: String) { self.init(path: path, seal: nil) }

  init(path: String, seal: PodSeal?) {
    self.path = path
    self.seal = seal
  }

  /// The directory's name: what `--pod` and `last-pod` call the pod.
  public var slug: String { (path as NSString).lastPathComponent }

  /// A directory name for a pod name: lower case letters and digits joined by dashes.
  public static func slug(for name: String) -> String {
    var slug = ""
    for character in name.lowercased() {
      if character.isLetter || character.isNumber {
        slug.append(character)
      } else if !slug.isEmpty, slug.last != "-" {
        slug.append("-")
      }
    }
    while slug.last == "-" { slug.removeLast() }
    return slug.isEmpty ? "pod" : slug
  }

  /// The names of everything in this pod's directory.
  public var layout: PodLayout { PodLayout(root: path) }
  public var podFilePath: String { layout.podFilePath }
  public var sessionsPath: String { layout.sessionsPath }
  public var closedActionsPath: String { layout.closedActionsPath }
  public func sessionPath(_ id: String) -> String { layout.sessionPath(id) }
  public func journalPath(_ id: String) -> String { layout.journalPath(id) }
  public func transcriptPath(_ id: String) -> String { layout.transcriptPath(id) }

  /// Every session id, oldest first (ids sort by time).
  public func sessionIDs() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: sessionsPath)) ?? []
    return names.filter(PodLayout.isListed).sorted()
  }

  /// A new, unused session id such as `2026-11-27T1900-check-in`, in local time.
  public func newSessionID(at date: Date, format: String, timeZone: TimeZone) -> String {
    let base = SessionID(at: date, format: format, timeZone: timeZone).text
    let existing = Set(sessionIDs())
    var id = base
    var n = 2
    while existing.contains(id) {
      id = "\(base)-\(n)"
      n += 1
    }
    return id
  }

  /// Creates the session's directory for a new meeting.
  public func createSession(_ id: String) throws {
    try Files.makeDirectory(sessionPath(id))
  }

  /// Reads and folds one session's journal, the actions carried into it given their words.
  public func loadSession(_ id: String) throws -> LoadedSession {
    try loadSession(id, written: nil)
  }

  /// `loadSession(id)`, the carried actions' words taken from `written` when given (see
  /// `resolvingCarried`).
  func loadSession(_ id: String, written: [String: [String: OpenAction]]?) throws
    -> LoadedSession
  {
    let path = journalPath(id)
    guard FileManager.default.fileExists(atPath: path) else {
      throw StoreError(path: path, message: "no such session: \(id)")
    }
    let contents = try readJournal(id)
    guard case .started? = contents.records.first?.event else {
      throw StoreError(
        path: path, line: 1, column: 1, message: "the journal does not begin with a start")
    }
    return LoadedSession(
      id: id, state: SessionState(replaying: resolvingCarried(contents.records, written: written)),
      contents: contents)
  }

  /// The newest session that was started but never ended (and can be read), if any. Served
  /// from the archive's index: a few milliseconds even with thousands of sessions.
  public func openSessionID() -> String? { Self.openSession(in: archive()) }

  /// Every meeting that was started but never ended (and can be read), newest first.
  public func openSessionIDs() -> [String] { archive().filter(\.isOpen).map(\.id) }

  /// The id of the meeting of `archive` that is still open, the newest if several are.
  static func openSession(in archive: [ArchiveEntry]) -> String? {
    archive.first { $0.isOpen }?.id
  }

  /// Writes the transcript beside the journal, through the terminal gate: `cat` or a pager
  /// must not receive a note's escape sequences either. A sealed pod keeps no transcript in
  /// the clear (`show` renders one on demand): nil, nothing written.
  public func writeTranscript(_ markdown: String, for id: String) throws -> String? {
    guard writesTranscripts else { return nil }
    let path = transcriptPath(id)
    try Files.writeAtomically(TerminalText.document(markdown), to: path, staging: self.path)
    return path
  }

  /// Renders session `id`'s transcript again from `records` (its journal when nil), when it has
  /// one: after its words, or those of an action it reviewed, were taken back.
  func rewriteTranscript(of id: String, records: [EventRecord]? = nil, timeZone: TimeZone)
    throws
  {
    guard FileManager.default.fileExists(atPath: transcriptPath(id)) else { return }
    let state =
      try records.map { SessionState(replaying: resolvingCarried($0)) }
      ?? loadSession(id).state
    let at = state.endedAt ?? state.lastEventAt ?? Date()
    _ = try writeTranscript(Transcript.markdown(state, at: at, timeZone: timeZone), for: id)
  }
}

/// A session read from disk: its state and what reading it found.
public struct LoadedSession: Sendable {
  public var id: String
  public var state: SessionState
  public var contents: JournalContents
}
