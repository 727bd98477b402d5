import Foundation
import HearthCore

extension PodDirectory {
  /// What migrating a pod's journals did.
  public struct Migration: Sendable, Equatable {
    /// The sessions whose journals were rewritten.
    public var rewritten: [String] = []
    /// The sessions left for next time: a meeting holds their journal.
    public var skipped: [String] = []
  }

  /// Where a pod records that every journal it holds is in the current format: in the derived
  /// index folder, so losing it only means looking at every journal once more.
  var migrationMarkerPath: String { layout.indexFolderPath + "/migrated" }

  /// What the marker says: the journal format every journal was brought to.
  private static var migrationMarker: String { "journals \(JournalLine.version)\n" }

  /// How far a long migration is: journals looked at, of how many.
  public typealias MigrationProgress = @Sendable (_ done: Int, _ total: Int) -> Void

  /// Brings journals written before carried actions were held by reference, and before undo
  /// erased words, to the current format (decision 0060), once: when the pod's marker says it
  /// was done, only the sessions whose folders changed since it was written are looked at
  /// (journals that arrived by sync from an older Hearth). A sealed pod is migrated once
  /// unlocked (before, nothing may be written in it). A migration that takes longer than
  /// `patience` seconds calls `progress` about once a second, and once more at its end.
  @discardableResult
  public func migrateJournalsOnce(
    timeZone: TimeZone = .current, progress: MigrationProgress? = nil, patience: Double = 1
  ) -> Migration {
    guard seal != nil || !isSealed else { return Migration() }
    var ids = sessionIDs()
    let marked = ArchiveIndex.key(of: migrationMarkerPath).mtime &- ArchiveIndex.racyWindow
    if let marker = readIndexBytes(migrationMarkerPath),
      marker.elementsEqual(Self.migrationMarker.utf8)
    {
      // A folder made or changed since the marker (a session that arrived) is looked at.
      guard ArchiveIndex.key(of: sessionsPath).mtime >= marked else { return Migration() }
      ids = ids.filter { ArchiveIndex.key(of: sessionPath($0)).mtime >= marked }
    }
    let migration = migrateJournals(
      ids, timeZone: timeZone, progress: progress.map { ProgressPace($0, patience: patience) })
    if migration.skipped.isEmpty, FileManager.default.fileExists(atPath: sessionsPath) {
      // Only a cache: when it cannot be written, the journals are looked at again next time.
      try? markMigrated()
    }
    return migration
  }

  /// Records that every journal of this pod is in the current format (a pod just sealed, or
  /// made, was written in it).
  func markMigrated() throws {
    try ArchiveIndex.prepareFolder(layout.indexFolderPath)
    try writeIndexBytes(Array(Self.migrationMarker.utf8), to: migrationMarkerPath)
  }

  /// Rewrites every journal that copies carried actions whole or keeps the words of an undone
  /// note, decision or action: carried actions become references, undone notes tombstones,
  /// every sequence number and every other record as it was. Each journal is replaced whole
  /// (`JournalWriter.replace`: a temporary file, fsync, rename), so a crash leaves it old or new;
  /// a journal a running meeting holds is skipped, one that cannot be read left as it is.
  /// Transcripts of the rewritten sessions are rendered again and the derived indexes forget
  /// them. Running it again changes nothing.
  public func migrateJournals(timeZone: TimeZone = .current) -> Migration {
    migrateJournals(sessionIDs(), timeZone: timeZone, progress: nil)
  }

  /// `migrateJournals(timeZone:)` of the sessions `ids`, telling `progress` how far it is.
  private func migrateJournals(
    _ ids: [String], timeZone: TimeZone, progress: ProgressPace?
  ) -> Migration {
    let outcomes = Collected<Outcome>(count: ids.count)
    // Rewriting is mostly waiting for fsync: several journals are rewritten at once.
    let workers = min(ids.count, 8)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for position in stride(from: worker, to: ids.count, by: workers) {
        outcomes.store(migrateJournal(ids[position]), at: position)
        progress?.step(of: ids.count)
      }
    }
    progress?.finish(ids.count)
    var migration = Migration()
    for (id, outcome) in zip(ids, outcomes.parts) {
      switch outcome {
      case .unchanged: break
      case .rewritten: migration.rewritten.append(id)
      case .skipped: migration.skipped.append(id)
      }
    }
    guard !migration.rewritten.isEmpty else { return migration }
    forgetInIndex(changed: Set(migration.rewritten))
    for id in migration.rewritten { try? rewriteTranscript(of: id, timeZone: timeZone) }
    return migration
  }

  /// What migrating one journal did.
  private enum Outcome: Sendable { case unchanged, rewritten, skipped }

  /// Migrates the journal of session `id`, unless a meeting holds it.
  private func migrateJournal(_ id: String) -> Outcome {
    let path = journalPath(id)
    // A sealed journal's bytes say nothing: each is opened.
    guard let data = FileManager.default.contents(atPath: path),
      seal != nil || Self.mayNeedMigration(data)
    else { return .unchanged }
    guard let contents = try? parseJournal([UInt8](data), of: id),
      let records = Self.migrated(contents.records)
    else { return .unchanged }
    // A meeting that holds it may still append: its journal is left for the next time.
    if Journal.isHeldSteadily(path) { return .skipped }
    do {
      let writer = try journalWriter(id, repairing: contents)
      try writer.replace(with: records)
    } catch {
      return .skipped
    }
    return .rewritten
  }

  /// Whether a journal's bytes may hold what migration rewrites: carried actions copied whole
  /// (`openActions`) or an undo. Most journals are passed over on this alone.
  private static func mayNeedMigration(_ data: Data) -> Bool {
    data.range(of: Data("\"openActions\"".utf8)) != nil
      || data.range(of: Data("\"undone\"".utf8)) != nil
  }

  /// `records` in the current format, or nil when they are in it already: the start's carried
  /// actions by reference (which encoding does), undone notes as tombstones.
  static func migrated(_ records: [EventRecord]) -> [EventRecord]? {
    let state = SessionState(replaying: records)
    let copies: Bool
    if case .started(let start)? = records.first?.event {
      copies = start.openActions.contains { !$0.isFromDeletedSession }
    } else {
      copies = false
    }
    guard copies || state.holdsUndoneWords else { return nil }
    return state.erasingUndoneWords
  }
}

/// When a migration tells how far it is: not before `patience` seconds have passed, then about
/// once a second, and at its end if it told anything before.
final class ProgressPace: @unchecked Sendable {
  private let report: PodDirectory.MigrationProgress
  private let lock = NSLock()
  private let start = Date()
  private let patience: Double
  private var done = 0
  private var told: Date?

  init(_ report: @escaping PodDirectory.MigrationProgress, patience: Double) {
    self.report = report
    self.patience = patience
  }

  /// One more journal looked at, of `total`.
  func step(of total: Int) {
    let now = Date()
    let due: Int? = lock.withLock {
      done += 1
      guard now.timeIntervalSince(start) >= patience, done < total,
        told.map({ now.timeIntervalSince($0) >= 1 }) ?? true
      else { return nil }
      told = now
      return done
    }
    if let due { report(due, total) }
  }

  /// Every one of `total` looked at.
  func finish(_ total: Int) {
    let tell = lock.withLock {
      told != nil || (total > 0 && Date().timeIntervalSince(start) >= patience)
    }
    if tell { report(total, total) }
  }
}
