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
/// written (id, text, owner,
/// written), actions reviewed (id, status, at), checksum. Text escapes control characters and
/// `\` as `\` and two hex digits; lists separate items with 0x1F and the parts of an item with
/// 0x1E; an absent owner is empty, a present one starts with `=`. Dates are the bits of their Double in hex; seconds are whole tenths, or `~` and the
/// bits. The checksum (FNV-1a of the rest of the line) catches any damaged line, which is then
/// read again from its journal. Parsing this is some ten times faster than JSON.
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
    let directory = (path as NSString).deletingLastPathComponent
    try Files.makeDirectory(directory)
    let ignore = directory + "/" + PodLayout.indexIgnore.name
    if !FileManager.default.fileExists(atPath: ignore) {
      try Files.writeAtomically(PodLayout.indexIgnore.text, to: ignore)
    }
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

  // MARK: Writing a line

  private static let tab: UInt8 = 9
  private static let item: UInt8 = 0x1F
  private static let pair: UInt8 = 0x1E
  private static let backslash: UInt8 = 0x5C
  private static let hex = Array("0123456789abcdef".utf8)

  static func append(_ entry: ArchiveEntry, key: Key, to out: inout [UInt8]) {
    let start = out.count
    text(entry.id, &out)
    out.append(tab)
    out.append(contentsOf: String(key.size).utf8)
    out.append(tab)
    out.append(contentsOf: String(key.mtime).utf8)
    out.append(tab)
    text(entry.format, &out)
    out.append(tab)
    bits(entry.started.timeIntervalSinceReferenceDate, &out)
    out.append(tab)
    if let ended = entry.ended { bits(ended.timeIntervalSinceReferenceDate, &out) }
    out.append(tab)
    seconds(entry.seconds, &out)
    out.append(tab)
    if let damaged = entry.damaged {
      out.append(UInt8(ascii: "!"))
      text(damaged, &out)
    }
    out.append(tab)
    for (n, name) in entry.attendees.enumerated() {
      if n > 0 { out.append(item) }
      text(name, &out)
    }
    out.append(tab)
    for (n, (role, name)) in entry.roles.sorted(by: { $0.key < $1.key }).enumerated() {
      if n > 0 { out.append(item) }
      text(role, &out)
      out.append(pair)
      text(name, &out)
    }
    out.append(tab)
    for (n, (role, names)) in entry.declined.sorted(by: { $0.key < $1.key }).enumerated() {
      if n > 0 { out.append(item) }
      text(role, &out)
      for name in names {
        out.append(pair)
        text(name, &out)
      }
    }
    out.append(tab)
    for (n, (name, time)) in entry.airtime.sorted(by: { $0.key < $1.key }).enumerated() {
      if n > 0 { out.append(item) }
      text(name, &out)
      out.append(pair)
      seconds(time, &out)
    }
    out.append(tab)
    // Entries read without their actions are written back as their original lines, never here.
    let actions = entry.actions ?? ActionChanges()
    for (n, action) in actions.written.enumerated() {
      if n > 0 { out.append(item) }
      text(action.id, &out)
      out.append(pair)
      text(action.text, &out)
      out.append(pair)
      if let owner = action.owner {
        out.append(UInt8(ascii: "="))
        text(owner, &out)
      }
      out.append(pair)
      bits(action.written.timeIntervalSinceReferenceDate, &out)
    }
    out.append(tab)
    for (n, outcome) in actions.reviewed.enumerated() {
      if n > 0 { out.append(item) }
      text(outcome.id, &out)
      out.append(pair)
      text(outcome.status.rawValue, &out)
      out.append(pair)
      bits(outcome.at.timeIntervalSinceReferenceDate, &out)
    }
    out.append(tab)
    let sum = out[start...].withUnsafeBufferPointer { checksum($0) }
    hex64(sum, &out)
    out.append(10)
  }

  private static func text(_ string: String, _ out: inout [UInt8]) {
    for byte in string.utf8 {
      if byte < 0x20 || byte == backslash {
        out.append(backslash)
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 15)])
      } else {
        out.append(byte)
      }
    }
  }

  private static func bits(_ value: Double, _ out: inout [UInt8]) { hex64(value.bitPattern, &out) }

  private static func hex64(_ value: UInt64, _ out: inout [UInt8]) {
    for shift in stride(from: 60, through: 0, by: -4) { out.append(hex[Int(value >> shift & 15)]) }
  }

  /// Whole tenths when that is exact (as reports round them), else `~` and the bits.
  private static func seconds(_ value: Double, _ out: inout [UInt8]) {
    let tenths = (value * 10).rounded()
    if abs(tenths) < 1e15, Double(Int64(tenths)) / 10 == value {
      out.append(contentsOf: String(Int64(tenths)).utf8)
    } else {
      out.append(UInt8(ascii: "~"))
      bits(value, &out)
    }
  }

  /// 64-bit FNV-1a.
  private static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  // MARK: Reading a line

  /// One line's key and entry (with its actions only when `actions` is set); nil if anything
  /// about it is wrong.
  static func parse(
    _ line: UnsafeBufferPointer<UInt8>, actions withActions: Bool = true
  ) -> (Key, ArchiveEntry)? {
    guard let lastTab = line.lastIndex(of: tab), line.count - lastTab - 1 == 16,
      let sum = hexValue(UnsafeBufferPointer(rebasing: line[(lastTab + 1)...])),
      sum == checksum(UnsafeBufferPointer(rebasing: line[...lastTab]))
    else { return nil }
    // Fourteen fields before the checksum, cut without building arrays.
    var cursor = 0
    func field() -> UnsafeBufferPointer<UInt8>? {
      guard cursor <= lastTab else { return nil }
      var end = cursor
      while end < lastTab, line[end] != tab { end += 1 }
      defer { cursor = end + 1 }
      return UnsafeBufferPointer(rebasing: line[cursor..<end])
    }
    guard let idField = field(), let id = text(idField), !id.isEmpty,
      let sizeField = field(), let size = integer(sizeField),
      let mtimeField = field(), let mtime = integer(mtimeField),
      let formatField = field(), let format = text(formatField),
      let startedField = field(), let started = hexValue(startedField),
      let endedField = field(), let secondsField = field(), let seconds = seconds(secondsField),
      let damagedField = field(), let attendeesField = field(), let rolesField = field(),
      let declinedField = field(), let airtimeField = field(), let writtenField = field(),
      let reviewedField = field(),
      cursor == lastTab + 1
    else { return nil }
    var ended: Date?
    if !endedField.isEmpty {
      guard let bits = hexValue(endedField) else { return nil }
      ended = Date(timeIntervalSinceReferenceDate: Double(bitPattern: bits))
    }
    var damaged: String?
    if let mark = damagedField.first {
      guard mark == UInt8(ascii: "!"),
        let reason = text(UnsafeBufferPointer(rebasing: damagedField.dropFirst()))
      else { return nil }
      damaged = reason
    }
    var attendees: [String] = []
    var ok = each(attendeesField) { name in
      guard let name = text(name) else { return false }
      attendees.append(name)
      return true
    }
    var roles: [String: String] = [:]
    ok =
      ok
      && each(rolesField) { role in
        guard let (key, value) = halves(role), let role = text(key), let name = text(value)
        else { return false }
        roles[role] = name
        return true
      }
    var declined: [String: [String]] = [:]
    ok =
      ok
      && each(declinedField) { item in
        let texts = parts(of: item).map(text)
        guard let first = texts.first, let role = first else { return false }
        var names: [String] = []
        for name in texts.dropFirst() {
          guard let name else { return false }
          names.append(name)
        }
        declined[role] = names
        return true
      }
    var airtime: [String: Double] = [:]
    ok =
      ok
      && each(airtimeField) { spoken in
        guard let (key, value) = halves(spoken), let name = text(key),
          let time = self.seconds(value)
        else { return false }
        airtime[name] = time
        return true
      }
    var actions: ActionChanges?
    if withActions {
      var changes = ActionChanges()
      ok =
        ok
        && each(writtenField) { written in
          guard let parts = split(written, into: 4), let actionID = text(parts[0]),
            let words = text(parts[1]), let time = hexValue(parts[3])
          else { return false }
          var owner: String?
          if let mark = parts[2].first {
            guard mark == UInt8(ascii: "="),
              let name = text(UnsafeBufferPointer(rebasing: parts[2].dropFirst()))
            else { return false }
            owner = name
          }
          changes.written.append(
            OpenAction(
              id: actionID, text: words, owner: owner, session: id,
              written: Date(timeIntervalSinceReferenceDate: Double(bitPattern: time))))
          return true
        }
      ok =
        ok
        && each(reviewedField) { reviewed in
          guard let parts = split(reviewed, into: 3), let actionID = text(parts[0]),
            let name = text(parts[1]), let status = ActionStatus(rawValue: name),
            let time = hexValue(parts[2])
          else { return false }
          changes.reviewed.append(
            ActionOutcome(
              id: actionID, status: status,
              at: Date(timeIntervalSinceReferenceDate: Double(bitPattern: time))))
          return true
        }
      actions = changes
    }
    guard ok else { return nil }
    let entry = ArchiveEntry(
      id: id, format: format,
      started: Date(timeIntervalSinceReferenceDate: Double(bitPattern: started)), ended: ended,
      attendees: attendees, seconds: seconds, roles: roles, declined: declined,
      airtime: airtime, damaged: damaged, actions: actions)
    return (Key(size: size, mtime: mtime), entry)
  }

  /// Calls `body` with each item of a list field, until it returns false; false if it did.
  private static func each(
    _ field: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Bool {
    guard !field.isEmpty else { return true }
    var start = 0
    for position in 0...field.count where position == field.count || field[position] == item {
      guard body(UnsafeBufferPointer(rebasing: field[start..<position])) else { return false }
      start = position + 1
    }
    return true
  }

  /// An item's `count` parts, split at its part separators; nil when it has another number.
  private static func split(
    _ item: UnsafeBufferPointer<UInt8>, into count: Int
  ) -> [UnsafeBufferPointer<UInt8>]? {
    let found = parts(of: item)
    return found.count == count ? found : nil
  }

  /// A pair's two sides, split at its one part separator, without building an array: roles and
  /// airtime are read on every load.
  private static func halves(
    _ pair: UnsafeBufferPointer<UInt8>
  ) -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)? {
    guard let middle = pair.firstIndex(of: Self.pair),
      !pair[(middle + 1)...].contains(Self.pair)
    else { return nil }
    return (
      UnsafeBufferPointer(rebasing: pair[..<middle]),
      UnsafeBufferPointer(rebasing: pair[(middle + 1)...])
    )
  }

  /// An item's parts, split at its part separators.
  private static func parts(of item: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
    var parts: [UnsafeBufferPointer<UInt8>] = []
    var start = 0
    for position in 0...item.count where position == item.count || item[position] == pair {
      parts.append(UnsafeBufferPointer(rebasing: item[start..<position]))
      start = position + 1
    }
    return parts
  }

  private static func text(_ field: UnsafeBufferPointer<UInt8>) -> String? {
    guard field.contains(backslash) else { return String(decoding: field, as: UTF8.self) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(field.count)
    var position = 0
    while position < field.count {
      let byte = field[position]
      if byte == backslash {
        guard position + 2 < field.count, let high = digit(field[position + 1]),
          let low = digit(field[position + 2])
        else { return nil }
        bytes.append(UInt8(high << 4 | low))
        position += 3
      } else {
        bytes.append(byte)
        position += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func digit(_ byte: UInt8) -> UInt64? {
    switch byte {
    case 48...57: UInt64(byte - 48)
    case 97...102: UInt64(byte - 87)
    default: nil
    }
  }

  private static func hexValue(_ field: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard field.count == 16 else { return nil }
    var value: UInt64 = 0
    for byte in field {
      guard let d = digit(byte) else { return nil }
      value = value << 4 | d
    }
    return value
  }

  private static func integer(_ field: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard !field.isEmpty, field.count <= 19 else { return nil }
    var negative = false
    var value: Int64 = 0
    for (n, byte) in field.enumerated() {
      if n == 0, byte == UInt8(ascii: "-"), field.count > 1 {
        negative = true
        continue
      }
      guard byte >= 48, byte <= 57 else { return nil }
      value = value * 10 + Int64(byte - 48)
    }
    return negative ? -value : value
  }

  private static func seconds(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
    if field.first == UInt8(ascii: "~") {
      return hexValue(UnsafeBufferPointer(rebasing: field.dropFirst())).map(
        Double.init(bitPattern:))
    }
    return integer(field).map { Double($0) / 10 }
  }
}
