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
  /// Searches every session, newest first: its `transcript.md` read as bytes and skipped at once
  /// when no line of it can match; a session without a transcript (open or interrupted) is
  /// rendered from its journal instead. Sessions are searched in parallel, in batches.
  /// `startTimes` reads each matching session's start from its journal (one more small read
  /// each); without it, hits have no `started`.
  public func search(_ query: SearchQuery, startTimes: Bool = true) -> SearchResults {
    let ids = Array(sessionIDs().reversed())
    let batchSize = 256
    let batches = (ids.count + batchSize - 1) / batchSize
    let collected = Collected(count: batches)
    DispatchQueue.concurrentPerform(iterations: batches) { batch in
      let range = (batch * batchSize)..<min(ids.count, (batch + 1) * batchSize)
      collected.store(search(ids[range], query, startTimes: startTimes), at: batch)
    }
    let parts = collected.parts
    var results = SearchResults(hits: [], sessions: 0, warnings: [])
    results.hits.reserveCapacity(parts.reduce(0) { $0 + $1.hits.count })
    for part in parts {
      results.hits += part.hits
      results.sessions += part.sessions
      results.warnings += part.warnings
    }
    return results
  }

  /// Searches `ids`, in the order given.
  private func search(
    _ ids: ArraySlice<String>, _ query: SearchQuery, startTimes: Bool
  ) -> SearchResults {
    var results = SearchResults(hits: [], sessions: 0, warnings: [])
    var buffer = FileBuffer()
    for id in ids {
      var lines: [SearchLine]
      if buffer.read(transcriptPath(id)) {
        lines = buffer.withBytes { bytes in
          query.mightMatch(file: bytes) ? TranscriptSearch.matches(in: bytes, query: query) : []
        }
      } else {
        do {
          lines = try journalLines(id, query: query)
        } catch {
          results.warnings.append("\(error)")
          continue
        }
      }
      guard !lines.isEmpty else { continue }
      let started = startTimes ? startTime(id) : nil
      results.sessions += 1
      for line in lines {
        results.hits.append(
          SearchHit(
            session: id, started: started, item: line.item, kind: line.kind, text: line.text,
            member: line.member))
      }
    }
    return results
  }

  /// The matching lines of a session that has no transcript, rendered from its journal.
  private func journalLines(_ id: String, query: SearchQuery) throws -> [SearchLine] {
    let state = try loadSession(id).state
    let at = state.endedAt ?? state.lastEventAt ?? Date()
    var markdown = Transcript.markdown(state, at: at, timeZone: .gmt)
    return markdown.withUTF8 { TranscriptSearch.matches(in: $0, query: query) }
  }

  /// When session `id` began: the time on its journal's first line, which starts
  /// `{"at":"2026-11-27T19:00:00.000Z"`.
  func startTime(_ id: String) -> Date? {
    let fd = open(journalPath(id), O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: Self.startPrefix.count + 25)
    let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count == bytes.count, bytes.starts(with: Self.startPrefix), bytes.last == 0x22 else {
      return nil
    }
    return Timestamp.parse(
      String(decoding: bytes[Self.startPrefix.count..<(count - 1)], as: UTF8.self))
  }

  private static let startPrefix = Array(#"{"at":""#.utf8)
}

/// The results of each batch of a parallel search, in batch order.
private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [SearchResults?]

  init(count: Int) { stored = Array(repeating: nil, count: count) }

  func store(_ results: SearchResults, at index: Int) {
    lock.withLock { stored[index] = results }
  }

  var parts: [SearchResults] { lock.withLock { stored.compactMap { $0 } } }
}

/// A reusable buffer that whole files are read into, to avoid an allocation per file.
struct FileBuffer {
  private var storage = [UInt8](repeating: 0, count: 1 << 16)
  private var count = 0

  /// Reads the file at `path`; false when it cannot be opened or read.
  mutating func read(_ path: String) -> Bool {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    count = 0
    while true {
      if count == storage.count {
        storage += [UInt8](repeating: 0, count: storage.count)
      }
      let n = storage.withUnsafeMutableBytes { raw in
        readSome(fd, raw.baseAddress! + count, raw.count - count)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return false
      }
      if n == 0 { return true }
      count += n
      // A regular file reads short only at its end: save the read that would return 0.
      if count < storage.count { return true }
    }
  }

  /// Calls `body` with the bytes last read.
  func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
  }
}

/// `read(2)`, named so the buffer's own `read` does not hide it.
private func readSome(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(fd, buffer, count)
}
