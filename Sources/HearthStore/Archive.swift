import Foundation
import HearthCore

/// One session of the archive at a glance: what the session list, the review browser and the
/// stats need, derived from its journal (and cached in the pod's index).
public struct ArchiveEntry: Sendable, Equatable {
  /// The session's id, its directory name under `sessions/`.
  public var id: String
  /// The format's name; empty when a damaged journal does not say.
  public var format: String
  /// When the meeting started. For a damaged journal without a readable start: the time in the
  /// id, read in the current time zone, else the session directory's modification time.
  public var started: Date
  /// When the meeting ended; nil while it is open (running or interrupted) or damaged.
  public var ended: Date?
  public var attendees: [String]
  /// Meeting seconds, pauses excluded, in tenths.
  public var seconds: Double
  /// Role name to the member who held it.
  public var roles: [String: String]
  /// Role name to the members who declined it before the meeting.
  public var declined: [String: [String]]
  /// Member name to seconds holding the stick, in tenths.
  public var airtime: [String: Double]
  /// Why the session cannot be read (a missing, empty, cut-off or corrupted journal), or nil.
  public var damaged: String?
  /// The actions the session wrote and how it reviewed those carried into it; nil unless the
  /// archive was read `withActions`.
  public var actions: ActionChanges?

  public init(
    id: String, format: String, started: Date, ended: Date? = nil, attendees: [String] = [],
    seconds: Double = 0, roles: [String: String] = [:], declined: [String: [String]] = [:],
    airtime: [String: Double] = [:], damaged: String? = nil,
    actions: ActionChanges? = nil
  ) {
    self.id = id
    self.format = format
    self.started = started
    self.ended = ended
    self.attendees = attendees
    self.seconds = seconds
    self.roles = roles
    self.declined = declined
    self.airtime = airtime
    self.damaged = damaged
    self.actions = actions
  }

  /// Who facilitated.
  public var facilitator: String? { roles["facilitator"] }

  /// Whether the journal's start could be read, damaged or not: the roles and attendees are
  /// known.
  public var hasStart: Bool { damaged == nil || !format.isEmpty }

  /// Whether the meeting is readable and has not ended: running now, or interrupted.
  public var isOpen: Bool { damaged == nil && ended == nil }

  /// The session as the stats count it; nil when it is damaged.
  public var statsSession: PodStats.Session? {
    guard damaged == nil else { return nil }
    return PodStats.Session(
      id: id, started: started, ended: ended, seconds: seconds, attendees: attendees,
      roles: roles, airtime: airtime)
  }
}

extension PodDirectory {
  /// Every session at a glance, newest first; a damaged session is an entry with `damaged` set
  /// and never stops the others from loading.
  ///
  /// Served from the derived index `.index/sessions.tsv`, which is only a cache: an entry is
  /// used while its journal keeps the size and modification time it was read at (and that time
  /// is safely older than the index), and rebuilt from the journal otherwise; a missing or
  /// corrupt index is rebuilt. The index is rewritten
  /// (atomically, 0600) when anything changed, and quietly left alone if it cannot be written.
  public func archive() -> [ArchiveEntry] { archive(limit: nil) }

  /// The newest `limit` sessions at a glance (all when nil), newest first: reads only the index
  /// lines and the journals of those sessions, so the first screenful is fast even on a cold
  /// index.
  /// "Newest" is by the start each journal records, as everywhere, never by the id's local time.
  /// Each entry's `actions` are read only `withActions`: most of the index is action text.
  public func archive(limit: Int?, withActions: Bool = false) -> [ArchiveEntry] {
    archive(limit: limit, withActions: withActions, withAirtime: true)
  }

  /// The archive as `archive(limit:withActions:)` gives it, each entry's airtime left empty
  /// unless `withAirtime` (for the readers that never look at it).
  func archive(limit: Int?, withActions: Bool, withAirtime: Bool) -> [ArchiveEntry] {
    let all = sessionIDs()
    var wanted = limit.map { Array(all.suffix(max(0, $0))) } ?? all
    // Ids sort by the local minute a session started, as the clock read where it was held:
    // within a minute, or across a change of time zone (or of summer time), a later id can have
    // started earlier. Local clocks are at most 26 hours apart (UTC-12 to UTC+14), so every
    // session whose id is less than 26 hours before the oldest id taken is read too, and the
    // newest `limit` by start kept.
    if let first = wanted.first, wanted.count < all.count {
      let reach = SessionID(first).map { $0.localMinutes - Self.zoneSpreadMinutes }
      let earlier = all.dropLast(wanted.count).reversed().prefix { id in
        guard let reach, let parsed = SessionID(id) else {
          return id.prefix(15) == first.prefix(15)
        }
        return parsed.localMinutes >= reach
      }
      wanted = earlier.reversed() + wanted
    }
    let entries = entries(wanted, of: all, withActions: withActions, withAirtime: withAirtime)
    return limit.map { Array(entries.prefix(max(0, $0))) } ?? entries
  }

  /// The entries of sessions `wanted` (some of `all`, the sorted `sessionIDs()`), newest
  /// first, each served from the index while its journal is as it was read, else read from the
  /// journal and the index rewritten.
  func entries(
    _ wanted: [String], of all: [String], withActions: Bool, withAirtime: Bool
  ) -> [ArchiveEntry] {
    var index = ArchiveIndex.load(
      from: indexPath, in: self, wanting: wanted.count < all.count ? wanted : nil)
    var changed = index.needsRewrite
    var stale: [(id: String, key: ArchiveIndex.Key, wasOpen: Bool)] = []
    var entries: [ArchiveEntry?] = []
    entries.reserveCapacity(wanted.count)
    let journals = JournalKeys(sessionsPath)
    for id in wanted {
      // The key is taken before the journal is read: a write in between leaves a stale key,
      // which only means reading it again next time.
      let key = journals.key(of: id)
      let cached = index.cached(id, actions: withActions, airtime: withAirtime)
      if let cached, index.trusts(cached.key, for: key) {
        entries.append(cached.entry)
      } else {
        entries.append(nil)
        stale.append((id, key, cached?.entry.isOpen == true))
      }
    }
    if !stale.isEmpty {
      let built = ArchiveBuilder.build(stale.map(\.id), in: self)
      var next = 0
      for position in entries.indices where entries[position] == nil {
        let (id, key, wasOpen) = stale[next]
        // A live meeting's journal grows with every event: rewriting the whole index for that
        // alone is not worth it while the meeting was already indexed as open.
        if !(wasOpen && built[next].isOpen) { changed = true }
        var entry = built[next]
        index.set(id, key: key, entry: entry)
        if !withActions { entry.actions = nil }
        entries[position] = entry
        next += 1
      }
    }
    // Every id asked for is in the index now: anything more belongs to a deleted session, and
    // writing in the order of `all` leaves it out.
    if index.count > all.count { changed = true }
    if changed { try? index.write(to: indexPath, order: all, in: self) }
    // Newest first: by start, and of two that started together the later id first. Ids sort
    // by local start time, so the reversed ids are nearly always in order already.
    let newest = entries.reversed().map { $0! }
    let ordered = zip(newest, newest.dropFirst()).allSatisfy { $0.started >= $1.started }
    return
      ordered
      ? newest
      : newest.enumerated().sorted { a, b in
        a.element.started != b.element.started
          ? a.element.started > b.element.started : a.offset < b.offset
      }.map(\.element)
  }

  /// How far apart two clocks' local times can be, in minutes: UTC-12 to UTC+14.
  static let zoneSpreadMinutes = 26 * 60

  /// The derived index of the archive: a cache, safe to delete.
  public var indexPath: String { layout.indexPath }
}

/// Reads sessions' journals into archive entries, several at a time.
enum ArchiveBuilder {
  /// The entries of sessions `ids`, in the same order.
  static func build(_ ids: [String], in directory: PodDirectory) -> [ArchiveEntry] {
    guard ids.count > 1 else { return ids.map { entry(for: $0, in: directory) } }
    let workers = min(ids.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
    // Worker w owns the positions w, w + workers, …: no slot is written by two workers, and the
    // buffer is read only after `concurrentPerform` has returned, so no lock is needed.
    return [ArchiveEntry](unsafeUninitializedCapacity: ids.count) { buffer, count in
      let slots = Slots(buffer)
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var position = worker
        while position < ids.count {
          slots.initialize(position, to: entry(for: ids[position], in: directory))
          position += workers
        }
      }
      count = ids.count
    }
  }

  /// The result buffer shared by the workers; each position is initialized by exactly one.
  private struct Slots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<ArchiveEntry>
    init(_ buffer: UnsafeMutableBufferPointer<ArchiveEntry>) { self.buffer = buffer }
    func initialize(_ position: Int, to entry: ArchiveEntry) {
      (buffer.baseAddress! + position).initialize(to: entry)
    }
  }

  /// One session's entry, read and folded from its journal; a damaged entry with the reason when
  /// the journal is missing, empty, cut off before its start, or corrupted.
  static func entry(for id: String, in directory: PodDirectory) -> ArchiveEntry {
    let path = directory.journalPath(id)
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason =
        FileManager.default.fileExists(atPath: path)
        ? "cannot read the journal: \(Files.errorText())" : "no journal"
      return damaged(id, reason, in: directory)
    }
    let bytes = [UInt8](data)
    if bytes.allSatisfy({ $0 == 10 || $0 == 13 || $0 == 32 || $0 == 9 }) {
      return damaged(id, "the journal is empty", in: directory)
    }
    let contents: JournalContents
    do {
      contents = try directory.parseJournal(bytes, of: id)
    } catch let error as StoreError {
      var reason = "corrupted"
      if let line = error.line { reason += " at line \(line)" }
      if let column = error.column { reason += ", column \(column)" }
      return damaged(id, reason + ": " + error.message, bytes: bytes, in: directory)
    } catch {
      return damaged(id, "corrupted: \(error)", bytes: bytes, in: directory)
    }
    guard let first = contents.records.first else {
      return damaged(id, "the journal's only line was cut off", in: directory)
    }
    guard case .started = first.event else {
      return damaged(id, "the journal does not begin with a start", in: directory)
    }
    let state = SessionState(replaying: contents.records)
    guard let report = state.report(at: state.endedAt ?? state.lastEventAt ?? first.time) else {
      return damaged(id, "the journal does not begin with a start", in: directory)
    }
    return ArchiveEntry(
      id: id, format: report.format, started: report.started, ended: report.ended,
      attendees: report.attendees, seconds: report.seconds, roles: report.roles,
      declined: state.start?.declined ?? [:], airtime: report.airtime,
      actions: state.actionChanges)
  }

  /// A damaged entry, with what the journal's first line still tells when it can be read.
  private static func damaged(
    _ id: String, _ reason: String, bytes: [UInt8] = [], in directory: PodDirectory
  ) -> ArchiveEntry {
    let firstLine = bytes.split(separator: 10, maxSplits: 1).first.map(Array.init) ?? []
    if !firstLine.isEmpty,
      let line = try? JSONDecoder().decode(JournalLine.self, from: Data(firstLine)),
      line.v <= JournalLine.version, let record = try? line.record(),
      case .started(let start) = record.event
    {
      return ArchiveEntry(
        id: id, format: start.format.name, started: record.time, attendees: start.attendees,
        roles: start.roles, declined: start.declined, damaged: reason)
    }
    return ArchiveEntry(
      id: id, format: "", started: startGuess(id, in: directory), damaged: reason)
  }

  /// The time in an id such as `2026-11-27T1900-check-in`, in the current time zone; else the
  /// session directory's modification time; else the epoch.
  static func startGuess(_ id: String, in directory: PodDirectory) -> Date {
    if let parsed = SessionID(id) { return parsed.start(in: .current) }
    let attributes = try? FileManager.default.attributesOfItem(
      atPath: directory.sessionPath(id))
    return attributes?[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
  }
}
