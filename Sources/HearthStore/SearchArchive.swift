import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What searching a pod's sessions found, and the sessions that could not be read.
public struct SearchResults: Sendable {
  /// Newest session first; within a session, in transcript order.
  public var hits: [SearchHit]
  /// How many sessions had at least one hit.
  public var sessions: Int
  /// One line for each session that could not be searched.
  public var warnings: [String]
}

extension PodDirectory {
  /// The derived search index, `.index/search.tsv`.
  public var searchIndexPath: String { layout.searchIndexPath }

  /// Searches every session, newest first, through the derived search index
  /// (`.index/search.tsv`): a session the index holds as its journal is now is searched there;
  /// the others are read from their journals (in parallel), searched, and the index rewritten.
  /// No transcript is read: what a session's record says is what search finds.
  public func search(_ query: SearchQuery) -> SearchResults {
    let ids = Array(sessionIDs().reversed())
    let journals = JournalKeys(sessionsPath)
    let keys = ids.map(journals.key(of:))
    let index = SearchIndex.load(from: searchIndexPath, in: self)
    var matched: [[SearchLine]?] = Array(repeating: nil, count: ids.count)
    var stale: [Int] = []
    var cursor = SearchIndex.Cursor(query)
    for position in ids.indices {
      if let section = index.section(ids[position], key: keys[position]),
        let lines = index.matches(in: section, query: query, cursor: &cursor)
      {
        matched[position] = lines
      } else {
        stale.append(position)
      }
    }
    var results = SearchResults(hits: [], sessions: 0, warnings: [])
    var fresh: [Int: Searchable] = [:]
    for (position, read) in zip(stale, readSearchable(stale.map { ids[$0] })) {
      switch read {
      case .success(let searchable):
        fresh[position] = searchable
        matched[position] = searchable.lines.filter { query.matches($0.text) }
      case .failure(let error):
        results.warnings.append("\(error)")
      }
    }
    // Newest first by the start each journal records, as `hearth sessions` lists them: ids sort
    // by local time, which a change of time zone puts out of order.
    let found = ids.indices.compactMap { position -> (Int, Date?)? in
      guard let lines = matched[position], !lines.isEmpty else { return nil }
      return (position, fresh[position]?.started ?? index.sections[ids[position]]?.started)
    }.sorted { a, b in
      guard let first = a.1, let second = b.1, first != second else { return a.0 < b.0 }
      return first > second
    }
    for (position, started) in found {
      let id = ids[position]
      let lines = matched[position] ?? []
      results.sessions += 1
      for line in lines {
        results.hits.append(
          SearchHit(
            session: id, started: started, item: line.item, kind: line.kind, text: line.text,
            member: line.member))
      }
    }
    let kept = ids.indices.filter { matched[$0] != nil }
    if !fresh.isEmpty || index.order != kept.map({ ids[$0] }) {
      var rebuilt: [String: SearchIndex.Rebuilt] = [:]
      for (position, searchable) in fresh {
        rebuilt[ids[position]] = SearchIndex.Rebuilt(
          key: keys[position], started: searchable.started, lines: searchable.lines)
      }
      // The index is derived: when it cannot be written, the next search reads the journals.
      try? writeSearchIndex(index.rewritten(kept.map { ids[$0] }, rebuilt: rebuilt))
    }
    return results
  }

  /// What search finds in one session, read from its journal.
  struct Searchable: Sendable {
    var started: Date
    var lines: [SearchLine]
  }

  /// The searchable lines of sessions `ids`, read from their journals in parallel.
  private func readSearchable(_ ids: [String]) -> [Result<Searchable, StoreError>] {
    let collected = Collected<Result<Searchable, StoreError>>(count: ids.count)
    // Many sessions' carried actions are found through the archive's index at once, rather
    // than by reading each source's journal again for each session that carried from it.
    let written = ids.count > 8 ? actionsWritten() : nil
    DispatchQueue.concurrentPerform(iterations: ids.count) { position in
      collected.store(readSearchable(ids[position], written: written), at: position)
    }
    return collected.parts
  }

  private func readSearchable(
    _ id: String, written: [String: [String: OpenAction]]?
  ) -> Result<Searchable, StoreError> {
    do {
      let state = try loadSession(id, written: written).state
      let at = state.endedAt ?? state.lastEventAt ?? Date()
      guard let record = state.record(at: at) else {
        return .failure(StoreError(path: journalPath(id), message: "the session never started"))
      }
      return .success(Searchable(started: record.report.started, lines: record.searchLines))
    } catch let error as StoreError {
      return .failure(error)
    } catch {
      return .failure(StoreError(path: journalPath(id), message: "\(error)"))
    }
  }

  /// Rewrites the search index without the sessions that are gone, nor those whose words
  /// `changed`; removes it when that fails.
  func forgetInSearchIndex(changed: Set<String> = []) {
    let path = searchIndexPath
    guard FileManager.default.fileExists(atPath: path) else { return }
    let index = SearchIndex.load(from: path, in: self)
    let existing = Set(sessionIDs()).subtracting(changed)
    guard index.order.contains(where: { !existing.contains($0) }) else { return }
    let out = index.rewritten(index.order.filter(existing.contains))
    do {
      try writeSearchIndex(out)
    } catch {
      try? FileManager.default.removeItem(atPath: path)
    }
  }

  /// Writes the search index atomically, 0600 in the 0700 index folder git is told to ignore.
  private func writeSearchIndex(_ bytes: [UInt8]) throws {
    try ArchiveIndex.prepareFolder(layout.indexFolderPath)
    try writeIndexBytes(bytes, to: searchIndexPath)
  }
}

/// Values computed in parallel, stored in order.
final class Collected<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Value?]

  init(count: Int) { stored = Array(repeating: nil, count: count) }

  func store(_ value: Value, at index: Int) {
    lock.withLock { stored[index] = value }
  }

  var parts: [Value] { lock.withLock { stored.compactMap { $0 } } }
}
