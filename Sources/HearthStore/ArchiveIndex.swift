import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The derived index of a pod's archive, `.index/sessions.tsv`: a header line, then one line a
/// session with its entry and the size and modification time its journal had when it was read.
/// Never the source of truth: anything it lacks or gets wrong is read again from the journals.
///
/// A line is tab-separated fields: id, journal size, journal mtime (ns), format, started,
/// ended, seconds, damaged, attendees, roles, declined (role, then names), airtime, actions
/// written (id, text, owner, written), actions reviewed (id, status, at), checksum. Text
/// escapes control characters and `\` as `\` and two hex digits; lists separate items with
/// 0x1F and the parts of an item with 0x1E; an absent owner is empty, a present one starts
/// with `=`. Dates are the bits of their Double in hex; seconds are whole tenths, or `~` and
/// the bits. The checksum (FNV-1a of the rest of the line) catches any damaged line, which is
/// then read again from its journal. Parsing this is some ten times faster than JSON. Lines are
/// written in `ArchiveIndexRow.swift` and read in `ArchiveIndexParse.swift`.
struct ArchiveIndex {
  /// What identifies one state of a journal file: its size and modification time in
  /// nanoseconds; a missing file has size -1.
  struct Key: Equatable {
    var size: Int64
    var mtime: Int64
  }

  /// The first line. A different one means entries are derived differently: all are rebuilt
  /// (3: journals with numbers out of bounds became damaged).
  static let header = "hearth sessions index\t3"

  /// The entries read or rebuilt, by session id.
  private(set) var entries: [String: (key: Key, entry: ArchiveEntry)] = [:]
  /// Where each valid line of the file is in `data`, by session id: written back as it was
  /// unless its entry was rebuilt. Lines of sessions not asked for are kept this way unread.
  private var lines: [String: Range<Int>] = [:]
  /// The file as read.
  private var data = Data()
  /// Whether the file was missing, damaged or from another version, so it must be rewritten.
  var needsRewrite = false
  /// The index file's own modification time, in nanoseconds.
  private var written = Int64.min

  /// How many sessions the index holds: every line read, and every entry rebuilt without one.
  var count: Int { lines.count + entries.keys.count { lines[$0] == nil } }

  /// Records the entry rebuilt from session `id`'s journal, read at `key`.
  mutating func set(_ id: String, key: Key, entry: ArchiveEntry) {
    entries[id] = (key, entry)
    lines[id] = nil
  }

  /// Forgets every session but `existing` ones.
  mutating func keep(only existing: Set<String>) {
    entries = entries.filter { existing.contains($0.key) }
    lines = lines.filter { existing.contains($0.key) }
  }

  /// How close to the index's own writing a journal's modification may be before its entry is
  /// doubted: file times are coarse (a kernel tick; two seconds on some file systems), so a
  /// journal changed just after it was read may keep its time and size (as git's "racy" entries).
  static let racyWindow: Int64 = 2_000_000_000

  /// The cached entry of session `id`, if its journal still has the key it was read at, and
  /// was last changed well before the index was written.
  func entry(_ id: String, key: Key) -> ArchiveEntry? {
    guard let cached = entries[id], cached.key == key,
      key.mtime < written &- Self.racyWindow
    else { return nil }
    return cached.entry
  }

  /// The index at `path`: empty (and to be rewritten) when missing or from another version;
  /// lines that cannot be read are left out, and the file rewritten. With `only`, just the lines
  /// of those sessions are parsed; the others are kept as they are. Each session's actions are
  /// parsed only when `actions` is set (they are most of the index, and few readers need them).
  static func load(
    from path: String, only wanted: Set<String>? = nil, actions: Bool = false
  ) -> ArchiveIndex {
    var index = ArchiveIndex()
    guard let data = FileManager.default.contents(atPath: path) else {
      index.needsRewrite = true
      return index
    }
    index.data = data
    index.written = key(of: path).mtime
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard let base = bytes.baseAddress else {
        index.needsRewrite = true
        return
      }
      var start = 0
      var first = true
      while start < bytes.count {
        let end =
          memchr(base + start, 10, bytes.count - start).map {
            base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
          } ?? bytes.count
        defer { start = end + 1 }
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if first {
          first = false
          guard String(decoding: line, as: UTF8.self) == header else {
            index.needsRewrite = true
            return
          }
          continue
        }
        guard let tab = line.firstIndex(of: Self.tab),
          let id = text(UnsafeBufferPointer(rebasing: line[..<tab]))
        else {
          index.needsRewrite = true
          continue
        }
        if let wanted, !wanted.contains(id) {
          index.lines[id] = start..<end
          continue
        }
        if let (key, entry) = parse(line, actions: actions) {
          index.entries[entry.id] = (key, entry)
          index.lines[id] = start..<end
        } else {
          index.needsRewrite = true
        }
      }
      if first || bytes.last != 10 { index.needsRewrite = true }
    }
    return index
  }

  /// Writes the index atomically (0600, in a 0700 directory that git is told to ignore), rows in
  /// the order of `order`.
  func write(to path: String, order: [String]) throws {
    try Self.prepareFolder((path as NSString).deletingLastPathComponent)
    var out: [UInt8] = Array(Self.header.utf8)
    out.append(10)
    out.reserveCapacity(data.count + 1024)
    for id in order {
      if let range = lines[id] {
        out.append(contentsOf: data[range])
        out.append(10)
      } else if let (key, entry) = entries[id] {
        Self.append(entry, key: key, to: &out)
      }
    }
    try Files.writeAtomically(String(decoding: out, as: UTF8.self), to: path)
  }

  /// Makes the index folder `directory` (0700) with the `.gitignore` that keeps it unshared.
  static func prepareFolder(_ directory: String) throws {
    try Files.makeDirectory(directory)
    let ignore = directory + "/" + PodLayout.indexIgnore.name
    if !FileManager.default.fileExists(atPath: ignore) {
      try Files.writeAtomically(PodLayout.indexIgnore.text, to: ignore)
    }
  }

  /// The key of the file at `path` as it is now.
  static func key(of path: String) -> Key {
    var info = stat()
    guard stat(path, &info) == 0 else { return Key(size: -1, mtime: 0) }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return Key(
      size: Int64(info.st_size), mtime: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
  }
}
