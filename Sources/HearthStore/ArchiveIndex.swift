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
/// ended, seconds, damaged, attendees, roles, declined (role, then names), airtime, summary
/// checksum, actions written (id, text, owner, written), actions reviewed (id, status, at),
/// checksum. Text
/// escapes control characters and `\` as `\` and two hex digits; lists separate items with
/// 0x1F and the parts of an item with 0x1E; an absent owner is empty, a present one starts
/// with `=`. Dates are the bits of their Double in hex; seconds are whole tenths, or `~` and
/// the bits. The checksum (FNV-1a of the rest of the line) catches any damaged line, which is
/// then read again from its journal; the summary checksum (of the line up to it) lets the
/// readers that skip the actions, two thirds of a line, check only what they read. Parsing
/// this is some ten times faster than JSON. Lines are
/// written in `ArchiveIndexRow.swift` and read in `ArchiveIndexParse.swift`.
struct ArchiveIndex {
  /// What identifies one state of a journal file: its size and modification time in
  /// nanoseconds; a missing file has size -1.
  struct Key: Equatable {
    var size: Int64
    var mtime: Int64
  }

  /// The first line. A different one means entries are derived differently: all are rebuilt
  /// (3: journals with numbers out of bounds became damaged; 4: the summary checksum).
  static let header = "hearth sessions index\t4"

  /// The file as read.
  private var data = Data()
  /// Where each line of the file that may hold an entry is in `data`, sorted by the bytes of
  /// its id (as they are written): found by binary search, parsed only when asked for, and
  /// written back as it was unless its entry was rebuilt. No dictionary or string is built for
  /// the lines no one asks for.
  private var lines: [Range<Int>] = []
  /// The entries rebuilt from journals since the file was read, by session id.
  private var rebuilt: [String: (key: Key, entry: ArchiveEntry)] = [:]
  /// Whether the file was missing, damaged or from another version, so it must be rewritten.
  var needsRewrite = false
  /// The index file's own modification time, in nanoseconds.
  private var written = Int64.min
  /// Whether every chunk of the file was read (only some, when a few sessions were wanted).
  private var complete = true
  /// How many lines each chunk of the file holds when written (sealed, each chunk opens alone).
  var chunkLines = 128

  /// How many sessions the index holds: every line, and every entry rebuilt without one.
  var count: Int { lines.count + rebuilt.keys.count { line(of: $0) == nil } }

  /// Records the entry rebuilt from session `id`'s journal, read at `key`.
  mutating func set(_ id: String, key: Key, entry: ArchiveEntry) {
    rebuilt[id] = (key, entry)
  }

  /// How close to the index's own writing a journal's modification may be before its entry is
  /// doubted: file times are coarse (a kernel tick; two seconds on some file systems), so a
  /// journal changed just after it was read may keep its time and size (as git's "racy" entries).
  static let racyWindow: Int64 = 2_000_000_000

  /// The entry the index holds for session `id` and the key its journal was read at, whatever
  /// the journal is now; nil when there is none or its line is damaged. Its actions are parsed
  /// only when `actions` is set (they are most of the index, and few readers need them), its
  /// airtime only when `airtime` is.
  func cached(
    _ id: String, actions: Bool, airtime: Bool = true
  ) -> (key: Key, entry: ArchiveEntry)? {
    if !rebuilt.isEmpty, let entry = rebuilt[id] { return entry }
    guard let position = line(of: id) else { return nil }
    return data.withUnsafeBytes { raw in
      let line = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[lines[position]])
      return Self.parse(line, id: id, actions: actions, airtime: airtime).map { ($0.0, $0.1) }
    }
  }

  /// Whether an entry read at `cached` may stand for a journal whose key is `key` now: the
  /// journal is unchanged and was last changed well before the index was written.
  func trusts(_ cached: Key, for key: Key) -> Bool {
    Self.trusts(cached, for: key, written: written)
  }

  /// Whether what a derived index written at `written` (ns) read of a journal at `cached` may
  /// stand for it now that its key is `key`: the rule every derived index of the pod follows.
  static func trusts(_ cached: Key, for key: Key, written: Int64) -> Bool {
    cached == key && key.mtime < written &- racyWindow
  }

  /// The position in `lines` of session `id`'s line, if the file has one.
  private func line(of id: String) -> Int? {
    Self.escaped(id) { wanted in
      data.withUnsafeBytes { raw in
        let bytes = raw.bindMemory(to: UInt8.self)
        var low = 0
        var high = lines.count
        while low < high {
          let middle = (low + high) / 2
          let order = Self.compare(Self.id(of: lines[middle], in: bytes), wanted)
          if order == 0 { return middle }
          if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
      }
    }
  }

  /// The id field of the line at `range` of `bytes`, as written.
  private static func id(
    of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> UnsafeBufferPointer<UInt8> {
    let line = UnsafeBufferPointer(rebasing: bytes[range])
    return UnsafeBufferPointer(rebasing: line[..<(line.firstIndex(of: tab) ?? line.count)])
  }

  /// Calls `body` with `id` as the index writes it: its UTF-8 itself, unless it has a byte
  /// that is escaped.
  private static func escaped<R>(_ id: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var id = id
    if id.utf8.allSatisfy({ $0 >= 0x20 && $0 != backslash }) { return id.withUTF8(body) }
    var out: [UInt8] = []
    text(id, &out)
    return out.withUnsafeBufferPointer(body)
  }

  /// Byte order: negative when `a` sorts before `b`, zero when they are the same.
  private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Int
  {
    let common = min(a.count, b.count)
    if common > 0, let x = a.baseAddress, let y = b.baseAddress {
      let order = memcmp(x, y, common)
      if order != 0 { return Int(order) }
    }
    return a.count - b.count
  }

  /// The index at `path`: empty (and to be rewritten) when missing or from another version. Only
  /// the lines are found here; each is parsed when its session is asked for, and one that cannot
  /// be read then is read again from its journal. With `wanted`, a sealed index opens only the
  /// chunks that may hold those sessions (the rest is read before the index is written again).
  static func load(
    from path: String, in pod: PodDirectory, wanting wanted: [String]? = nil
  ) -> ArchiveIndex {
    var index = ArchiveIndex()
    let ids = wanted.map { $0.map { id in escaped(id) { Array($0) } } }
    guard
      let (data, complete) = pod.readIndexChunks(
        path, wanting: ids.map { ids in { label in holds(label, anyOf: ids) } })
    else {
      index.needsRewrite = true
      return index
    }
    index.data = data
    index.complete = complete
    index.written = key(of: path).mtime
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard let base = bytes.baseAddress else {
        index.needsRewrite = true
        return
      }
      var start = 0
      var first = true
      var sorted = true
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
        guard line.contains(Self.tab) else {
          index.needsRewrite = true
          continue
        }
        if let last = index.lines.last,
          compare(Self.id(of: last, in: bytes), Self.id(of: start..<end, in: bytes)) >= 0
        {
          sorted = false
        }
        index.lines.append(start..<end)
      }
      if first || bytes.last != 10 { index.needsRewrite = true }
      if !sorted {
        // Written in the order of `sessionIDs()`, which is not byte order for every id: sorted
        // here, the last line for an id kept (and the file rewritten when one was dropped).
        let ordered = index.lines.enumerated().sorted { a, b in
          let order = compare(Self.id(of: a.element, in: bytes), Self.id(of: b.element, in: bytes))
          return order != 0 ? order < 0 : a.offset < b.offset
        }.map(\.element)
        index.lines = ordered.indices.compactMap { n in
          n + 1 < ordered.count
            && compare(Self.id(of: ordered[n], in: bytes), Self.id(of: ordered[n + 1], in: bytes))
              == 0
            ? nil : ordered[n]
        }
        if index.lines.count < ordered.count { index.needsRewrite = true }
      }
    }
    return index
  }

  /// Writes the index atomically (0600, in a 0700 directory that git is told to ignore), rows in
  /// the order of `order` (sorted, as `sessionIDs()` gives them); sessions not in it are left
  /// out.
  func write(to path: String, order: [String], in pod: PodDirectory) throws {
    guard complete else {
      // Read in part: the lines of the chunks not read are read now, to be kept.
      var whole = Self.load(from: path, in: pod)
      whole.rebuilt.merge(rebuilt) { $1 }
      whole.chunkLines = chunkLines
      return try whole.write(to: path, order: order, in: pod)
    }
    try Self.prepareFolder((path as NSString).deletingLastPathComponent)
    var chunks: [IndexChunk] = []
    var chunk = IndexChunk(label: [], body: [])
    var held = 0
    var lowest: [UInt8] = []
    var highest: [UInt8] = []
    for id in order {
      let start = chunk.body.count
      if let (key, entry) = rebuilt[id] {
        Self.append(entry, key: key, to: &chunk.body)
      } else if let position = line(of: id) {
        chunk.body.append(contentsOf: data[lines[position]])
        chunk.body.append(10)
      } else {
        continue
      }
      let written = Array(chunk.body[start...].prefix { $0 != Self.tab })
      if held == 0 || written.lexicographicallyPrecedes(lowest) { lowest = written }
      if held == 0 || highest.lexicographicallyPrecedes(written) { highest = written }
      held += 1
      if held == chunkLines {
        chunk.label = lowest + [Self.tab] + highest
        chunks.append(chunk)
        chunk = IndexChunk(label: [], body: [])
        held = 0
      }
    }
    if held > 0 {
      chunk.label = lowest + [Self.tab] + highest
      chunks.append(chunk)
    }
    try pod.writeIndexChunks(head: Array(Self.header.utf8), chunks: chunks, to: path)
  }

  /// Whether a chunk labelled `label` (its lowest and highest id as written, a tab between)
  /// may hold one of `ids` (as written).
  private static func holds(_ label: [UInt8], anyOf ids: [[UInt8]]) -> Bool {
    guard let cut = label.firstIndex(of: tab) else { return true }
    let lowest = label[..<cut]
    let highest = label[(cut + 1)...]
    return ids.contains { id in
      !id.lexicographicallyPrecedes(lowest) && !highest.lexicographicallyPrecedes(id)
    }
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
    return key(stat(path, &info) == 0 ? info : nil)
  }

  /// The key a file's status gives; a missing file's when there is none.
  static func key(_ info: stat?) -> Key {
    guard let info else { return Key(size: -1, mtime: 0) }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return Key(
      size: Int64(info.st_size), mtime: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
  }
}

/// The keys of sessions' journals, looked up relative to the open `sessions/` folder: the
/// kernel walks two names for each rather than the whole path (10,000 at every listing).
final class JournalKeys {
  private let folder: Int32

  init(_ sessionsPath: String) {
    folder = open(sessionsPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
  }

  deinit { if folder >= 0 { close(folder) } }

  /// The key of session `id`'s journal as it is now.
  func key(of id: String) -> ArchiveIndex.Key {
    var info = stat()
    let found = fstatat(folder, id + "/" + PodLayout.journal, &info, 0) == 0
    return ArchiveIndex.key(found ? info : nil)
  }
}
