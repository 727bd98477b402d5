import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The derived search index of a pod, `.index/search.tsv`: every line each session's record
/// lets search find (`SessionRecord.searchLines`), so a search reads one file instead of a
/// journal a session. Never the source of truth: a session whose journal changed since it was
/// indexed is read again from its journal.
///
/// A header line, then each session, newest first: a line `S`, id, journal size, journal mtime
/// (ns), start (the bits of its Double, hex) and how many bytes its search lines take; then
/// those lines, one a search line: its kind's letter, item title, member, the text folded
/// without case and accents when that is not its ASCII lower case (else empty), and the text.
/// Fields are tab-separated and escaped as the sessions index escapes them
/// (`ArchiveIndex.text`); an absent item or member is empty.
struct SearchIndex {
  /// The first line. A different one means lines are derived differently: all are rebuilt.
  static let header = "hearth search index\t1"

  /// Where one session's search lines are in the file, and the journal they were read from.
  struct Section {
    var key: ArchiveIndex.Key
    var started: Date
    /// The bytes of its search lines in `data`, each ending in a line feed.
    var lines: Range<Int>
    /// The whole section, its `S` line included, to write back as it is.
    var whole: Range<Int>
  }

  /// The file as read.
  private(set) var data: [UInt8] = []
  /// Each session's section, by id.
  private(set) var sections: [String: Section] = [:]
  /// The order sessions were written in.
  private(set) var order: [String] = []
  /// The file's own modification time, in nanoseconds.
  private(set) var written = Int64.min

  /// The index at `path`; empty when missing, from another version or damaged in any way (it
  /// is derived: all of it is then read again from the journals).
  static func load(from path: String, in pod: PodDirectory) -> SearchIndex {
    var index = SearchIndex()
    guard let data = pod.readIndexBytes(path) else { return index }
    index.data = data
    index.written = ArchiveIndex.key(of: path).mtime
    let parsed = index.data.withUnsafeBufferPointer { index.parseSections($0) }
    return parsed ? index : SearchIndex()
  }

  /// Reads the header and every `S` line, jumping from section to section by their byte
  /// counts; false when anything is out of place.
  private mutating func parseSections(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let head = Array((Self.header + "\n").utf8)
    guard bytes.starts(with: head) else { return false }
    var start = head.count
    while start < bytes.count {
      guard bytes[start] == Self.sessionMark,
        let end = Self.lineEnd(bytes, from: start),
        let fields = Self.fields(UnsafeBufferPointer(rebasing: bytes[(start + 2)..<end]), 5),
        let id = ArchiveIndex.text(fields[0]), sections[id] == nil,
        let size = ArchiveIndex.integer(fields[1]), let mtime = ArchiveIndex.integer(fields[2]),
        let started = ArchiveIndex.hexValue(fields[3]),
        let length = ArchiveIndex.integer(fields[4]), length >= 0,
        length <= bytes.count - end - 1
      else { return false }
      let lines = (end + 1)..<(end + 1 + Int(length))
      guard lines.isEmpty || bytes[lines.upperBound - 1] == 10 else { return false }
      sections[id] = Section(
        key: .init(size: size, mtime: mtime), started: ArchiveIndex.date(started), lines: lines,
        whole: start..<lines.upperBound)
      order.append(id)
      start = lines.upperBound
    }
    return true
  }

  /// The section of session `id`, if its journal still has the key it was read at and was last
  /// changed well before the index was written (as `ArchiveIndex.trusts` decides).
  func section(_ id: String, key: ArchiveIndex.Key) -> Section? {
    guard let section = sections[id],
      ArchiveIndex.trusts(section.key, for: key, written: written)
    else { return nil }
    return section
  }

  /// What a session's journal said when it was read again: written into the index anew.
  struct Rebuilt {
    var key: ArchiveIndex.Key
    var started: Date
    var lines: [SearchLine]
  }

  /// The file with the sections of `ids`, in that order: each one `rebuilt` anew, else as it
  /// was read; ids with neither are left out.
  func rewritten(_ ids: [String], rebuilt: [String: Rebuilt] = [:]) -> [UInt8] {
    var out = Array((Self.header + "\n").utf8)
    out.reserveCapacity(data.count + 4096)
    for id in ids {
      if let fresh = rebuilt[id] {
        Self.append(id, key: fresh.key, started: fresh.started, lines: fresh.lines, to: &out)
      } else if let section = sections[id] {
        out += data[section.whole]
      }
    }
    return out
  }

  /// Appends session `id`'s section: its `S` line, then its search lines.
  static func append(
    _ id: String, key: ArchiveIndex.Key, started: Date, lines: [SearchLine],
    to out: inout [UInt8]
  ) {
    var body: [UInt8] = []
    for line in lines {
      body.append(letters[line.kind]!)
      body.append(ArchiveIndex.tab)
      ArchiveIndex.text(line.item ?? "", &body)
      body.append(ArchiveIndex.tab)
      ArchiveIndex.text(line.member ?? "", &body)
      body.append(ArchiveIndex.tab)
      let folded = SearchQuery.fold(line.text)
      if folded != line.text.lowercased() || !folded.utf8.allSatisfy({ $0 < 0x80 }) {
        ArchiveIndex.text(folded, &body)
      }
      body.append(ArchiveIndex.tab)
      ArchiveIndex.text(line.text, &body)
      body.append(10)
    }
    out.append(sessionMark)
    out.append(ArchiveIndex.tab)
    ArchiveIndex.text(id, &out)
    out.append(ArchiveIndex.tab)
    out.append(contentsOf: String(key.size).utf8)
    out.append(ArchiveIndex.tab)
    out.append(contentsOf: String(key.mtime).utf8)
    out.append(ArchiveIndex.tab)
    ArchiveIndex.bits(started.timeIntervalSinceReferenceDate, &out)
    out.append(ArchiveIndex.tab)
    out.append(contentsOf: String(body.count).utf8)
    out.append(10)
    out += body
  }

  /// Where a plain ASCII query's first word next occurs in the file, carried from section to
  /// section so the file is searched for it once, however many sections are read.
  struct Cursor {
    fileprivate var next = -1
    fileprivate var last = -1
    fileprivate var finder: WordFinder?
    init(_ query: SearchQuery) { finder = query.isPlainASCII ? query.firstWordFinder() : nil }
  }

  /// The search lines of `section` that `query` matches, in order; nil when a line cannot be
  /// read (the session is then read again from its journal).
  func matches(
    in section: Section, query: SearchQuery, cursor: inout Cursor
  ) -> [SearchLine]? {
    data.withUnsafeBufferPointer { bytes in
      var found: [SearchLine] = []
      // Only lines holding the query's first word can match: where it next occurs is searched
      // for in the whole file, so the lines before it are passed over unread.
      let skipping = cursor.finder != nil
      if section.lines.lowerBound < cursor.last { cursor.next = -1 }
      cursor.last = section.lines.lowerBound
      var start = section.lines.lowerBound
      while start < section.lines.upperBound {
        guard let end = Self.lineEnd(bytes, from: start) else { return nil }
        defer { start = end + 1 }
        if skipping {
          if cursor.next < start {
            cursor.next = cursor.finder?.next(in: bytes, from: start) ?? Int.max
          }
          if cursor.next >= end { continue }
        }
        guard let fields = Self.fields(UnsafeBufferPointer(rebasing: bytes[start..<end]), 5),
          fields[0].count == 1, let kind = Self.kinds[fields[0][0]]
        else { return nil }
        let folded = fields[3].isEmpty ? fields[4] : fields[3]
        let isMatch: Bool
        if folded.contains(ArchiveIndex.backslash) {
          guard let text = ArchiveIndex.text(folded) else { return nil }
          isMatch = query.matches(text)
        } else {
          isMatch = query.matches(utf8: folded)
        }
        guard isMatch else { continue }
        guard let item = ArchiveIndex.text(fields[1]), let member = ArchiveIndex.text(fields[2]),
          let text = ArchiveIndex.text(fields[4])
        else { return nil }
        found.append(
          SearchLine(
            kind: kind, item: item.isEmpty ? nil : item, text: text,
            member: member.isEmpty ? nil : member))
      }
      return found
    }
  }

  private static let sessionMark = UInt8(ascii: "S")

  /// The letter each kind of search line is written with.
  private static let letters: [SearchLine.Kind: UInt8] = [
    .member: UInt8(ascii: "m"), .role: UInt8(ascii: "r"), .item: UInt8(ascii: "i"),
    .prompt: UInt8(ascii: "p"), .note: UInt8(ascii: "n"), .decision: UInt8(ascii: "d"),
    .action: UInt8(ascii: "a"),
  ]
  private static let kinds = Dictionary(uniqueKeysWithValues: letters.map { ($1, $0) })

  /// Where the line starting at `start` ends (its line feed); nil when none does.
  private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard start < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + start, 10, bytes.count - start)
    else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// The `count` tab-separated fields of `line`; nil when it has another number.
  private static func fields(
    _ line: UnsafeBufferPointer<UInt8>, _ count: Int
  ) -> [UnsafeBufferPointer<UInt8>]? {
    var fields: [UnsafeBufferPointer<UInt8>] = []
    fields.reserveCapacity(count)
    var start = 0
    for position in 0...line.count
    where position == line.count || line[position] == ArchiveIndex.tab {
      fields.append(UnsafeBufferPointer(rebasing: line[start..<position]))
      start = position + 1
    }
    return fields.count == count ? fields : nil
  }
}
