import Foundation
import HearthCore

/// The derived history of a pod, `.index/history.tsv`: what starting a meeting reads (the role
/// history, the open meeting, the open actions) as it was last computed from the whole archive,
/// with the key of every session's journal it was computed from. Never the source of truth: it
/// stands while each of those journals is as it was read (`ArchiveIndex.trusts`); sessions
/// added since are folded in when each began after every one it holds; anything else (a
/// session changed, gone, renamed, or added that began earlier) computes it all again.
///
/// A header line naming its version and the sessions index's (whose entries it is computed
/// from), then a `J` row per session in the order of `sessionIDs()` (id, journal size, journal
/// mtime in ns), the role history as `R` rows (oldest first), the open meeting as an `O` row if
/// there is one, the open actions as `A` rows (oldest first), and a last line `#` with the
/// checksum (FNV-1a) of everything before it. Each row states its fields once (`IndexRow`).
struct HistoryIndex {
  /// The first line. A different one means the history is derived differently: it is rebuilt.
  static let header = "hearth history index\t1\t" + ArchiveIndex.header

  /// One session's journal as the history read it.
  struct JournalRow: IndexRow {
    static let mark = UInt8(ascii: "J")
    var id = ""
    var size: Int64 = 0
    var mtime: Int64 = 0

    mutating func code<Coder: IndexRowCoder>(_ coder: inout Coder) {
      coder.text(&id)
      coder.number(&size)
      coder.number(&mtime)
    }

    var key: ArchiveIndex.Key { .init(size: size, mtime: mtime) }
  }

  /// The id of the meeting still open.
  struct OpenSession: IndexRow {
    static let mark = UInt8(ascii: "O")
    var id = ""
    mutating func code<Coder: IndexRowCoder>(_ coder: inout Coder) { coder.text(&id) }
  }

  private static let checksumMark = UInt8(ascii: "#")

  /// Every session's journal the history was computed from, in the order of `sessionIDs()`.
  var journals: [JournalRow] = []
  /// The history, its open actions included.
  var history = MeetingHistory(roles: [], openSession: nil, openActions: [])
  /// The file's own modification time, in nanoseconds.
  var written = Int64.min

  /// The file at `path` of `pod` (opened through its keys when sealed); nil when it is missing,
  /// damaged or of another version.
  static func load(from path: String, in pod: PodDirectory) -> HistoryIndex? {
    // The file's time is taken before it is read: a newer file read meanwhile is doubted more.
    var index = HistoryIndex()
    index.written = ArchiveIndex.key(of: path).mtime
    guard let bytes = pod.readIndexBytes(path) else { return nil }
    let read = bytes.withUnsafeBufferPointer { bytes in
      var lines = ArchiveIndex.Cut(bytes, at: 10)
      guard let head = lines.next(), head.elementsEqual(header.utf8) else { return false }
      while let line = lines.next() {
        switch line.first {
        case JournalRow.mark?:
          guard let row: JournalRow = IndexRowReader.row(line) else { return false }
          index.journals.append(row)
        case RoleHistoryEntry.mark?:
          guard let entry: RoleHistoryEntry = IndexRowReader.row(line) else { return false }
          index.history.roles.append(entry)
        case OpenSession.mark?:
          guard index.history.openSession == nil, let open: OpenSession = IndexRowReader.row(line)
          else { return false }
          index.history.openSession = open.id
        case OpenAction.mark?:
          guard let action: OpenAction = IndexRowReader.row(line) else { return false }
          index.history.openActions?.append(action)
        case checksumMark?:
          let start = bytes.baseAddress.map { line.baseAddress! - $0 } ?? 0
          return line.count == 18 && line[1] == ArchiveIndex.tab
            && ArchiveIndex.hexValue(UnsafeBufferPointer(rebasing: line[2...]))
              == ArchiveIndex.checksum(UnsafeBufferPointer(rebasing: bytes[..<start]))
            && lines.next()?.isEmpty == true && lines.isDone
        default:
          return false
        }
      }
      return false
    }
    return read ? index : nil
  }

  /// Writes `history` (read with its open actions) as computed from sessions `ids` whose
  /// journals had `keys`: atomically, 0600, in the 0700 index folder git is told to ignore,
  /// sealed in a sealed pod.
  static func write(
    _ history: MeetingHistory, ids: [String], keys: [ArchiveIndex.Key], to path: String,
    in pod: PodDirectory
  ) throws {
    var writer = IndexRowWriter()
    writer.out = Array((header + "\n").utf8)
    for (id, key) in zip(ids, keys) {
      writer.append(JournalRow(id: id, size: key.size, mtime: key.mtime))
    }
    for entry in history.roles { writer.append(entry) }
    if let id = history.openSession { writer.append(OpenSession(id: id)) }
    for action in history.openActions ?? [] { writer.append(action) }
    let sum = writer.out.withUnsafeBufferPointer(ArchiveIndex.checksum)
    writer.out += [checksumMark, ArchiveIndex.tab]
    ArchiveIndex.hex64(sum, &writer.out)
    writer.out.append(10)
    try ArchiveIndex.prepareFolder((path as NSString).deletingLastPathComponent)
    try pod.writeIndexBytes(writer.out, to: path)
  }

  /// The sessions of `ids` (whose journals have `keys` now) that the file does not hold, in
  /// order; nil when a session it holds is gone or its journal is not as it was read.
  func added(_ ids: [String], keys: [ArchiveIndex.Key]) -> [String]? {
    var added: [String] = []
    var held = 0
    for (id, key) in zip(ids, keys) {
      if held < journals.count, journals[held].id == id {
        guard ArchiveIndex.trusts(journals[held].key, for: key, written: written) else {
          return nil
        }
        held += 1
      } else {
        added.append(id)
      }
    }
    return held == journals.count ? added : nil
  }

  /// The history with sessions `entries` (newest first) folded in after the ones it holds; nil
  /// when one of them began before the newest it holds, so the fold would take them in
  /// another order.
  func extended(with entries: [ArchiveEntry]) -> MeetingHistory? {
    let newest = history.roles.last?.started ?? .distantPast
    guard entries.allSatisfy({ !$0.hasStart || $0.started > newest }) else { return nil }
    var ledger = ActionLedger(open: history.openActions ?? [])
    ledger.record(archive: entries)
    return MeetingHistory(
      roles: history.roles + RoleHistoryEntry.history(of: entries),
      openSession: PodDirectory.openSession(in: entries) ?? history.openSession,
      openActions: ledger.open)
  }
}

extension RoleHistoryEntry: IndexRow {
  static let mark = UInt8(ascii: "R")

  init() { self.init(session: "", started: .distantPast, roles: [:]) }

  mutating func code<Coder: IndexRowCoder>(_ coder: inout Coder) {
    coder.text(&session)
    coder.date(&started)
    coder.pairs(&roles)
    coder.lists(&declined)
  }
}

extension OpenAction: IndexRow {
  static let mark = UInt8(ascii: "A")

  init() { self.init(id: "", text: "", owner: nil, session: "", written: .distantPast) }

  mutating func code<Coder: IndexRowCoder>(_ coder: inout Coder) {
    coder.text(&id)
    coder.text(&text)
    coder.optional(&owner)
    coder.text(&session)
    coder.date(&written)
  }
}
