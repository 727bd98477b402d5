import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("The archive and its derived index")
struct ArchiveTests: InPodFixture {
  let fixture: PodFixture

  static let week = 7.0 * 86_400

  /// Two rounds in roster order, so who speaks when is known.
  static let format = Format(
    name: "check-in", title: "Check-in",
    items: [
      AgendaItem(title: "Arrival", kind: .round, order: .roster),
      AgendaItem(title: "Closing", kind: .round, order: .roster),
    ])

  init() throws { fixture = try PodFixture() }

  /// Meets with `attendees`: the arrival round goes around once, each speaking `seconds[i]`,
  /// then the meeting ends unless `end` is false. Returns the session id.
  @discardableResult
  func meet(
    _ attendees: [String] = ["Ana", "Bo", "Chen", "Dee"], seconds: [Double] = [60, 120, 30, 90],
    roles: [String: String] = ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Chen"],
    end: Bool = true
  ) throws -> String {
    let meeting = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: Self.format, attendees: attendees,
      roles: roles, clock: clock, timeZone: .gmt, seed: 1)
    for length in seconds {
      try meeting.perform(.next)
      clock.advance(by: length)
    }
    if end { try meeting.perform(.end) }
    return meeting.id
  }

  /// Makes every journal an hour old, so the index trusts what it read from them (an entry
  /// whose journal changed within seconds of the index being written is always read again).
  func settle() throws {
    let old = Date().addingTimeInterval(-3600)
    for id in pod.sessionIDs() where FileManager.default.fileExists(atPath: pod.journalPath(id)) {
      try FileManager.default.setAttributes(
        [.modificationDate: old], ofItemAtPath: pod.journalPath(id))
    }
  }

  /// A session directory holding `journal` as its journal, or none.
  func session(_ id: String, journal: String?) throws {
    try pod.createSession(id)
    if let journal { try Files.writeAtomically(journal, to: pod.journalPath(id)) }
  }

  /// The journal of session `id` as text.
  func journal(_ id: String) throws -> String {
    try String(contentsOfFile: pod.journalPath(id), encoding: .utf8)
  }

  @Test("every session with its figures, newest first, the same as the full report")
  func figures() throws {
    let start = clock.now()
    let first = try meet()
    clock.advance(by: Self.week)
    let second = try meet(
      ["Ana", "Bo", "Dee"], seconds: [45, 45, 90],
      roles: ["facilitator": "Dee", "timekeeper": "Ana", "scribe": "Bo"])
    let entries = pod.archive()
    #expect(entries.map(\.id) == [second, first])
    let older = try #require(entries.last)
    #expect(older.format == "check-in")
    #expect(older.started == start)
    #expect(older.ended == start + 300)
    #expect(older.attendees == ["Ana", "Bo", "Chen", "Dee"])
    #expect(older.seconds == 300)
    #expect(older.airtime == ["Ana": 60, "Bo": 120, "Chen": 30, "Dee": 90])
    #expect(older.facilitator == "Ana")
    #expect(older.damaged == nil && !older.isOpen)
    #expect(entries.first?.facilitator == "Dee")
    for entry in entries {
      let loaded = try pod.loadSession(entry.id)
      let ended = try #require(loaded.state.endedAt)
      let report = try #require(loaded.state.report(at: ended))
      #expect(entry.airtime == report.airtime && entry.seconds == report.seconds)
      #expect(entry.roles == report.roles && entry.attendees == report.attendees)
    }
  }

  @Test("an interrupted meeting is listed as open, with the airtime it had")
  func open() throws {
    try meet()
    clock.advance(by: Self.week)
    let interrupted = try meet(seconds: [40, 20], end: false)
    let entry = try #require(pod.archive().first)
    #expect(entry.id == interrupted)
    #expect(entry.isOpen && entry.ended == nil && entry.damaged == nil)
    // Read as of its last event: Bo had just taken the stick.
    #expect(entry.airtime == ["Ana": 40, "Bo": 0, "Chen": 0, "Dee": 0])
    #expect(entry.seconds == 40)
  }

  @Test("the index is written 0600 in a 0700 folder git ignores, and serves the next read")
  func indexWritten() throws {
    try meet()
    try settle()
    let first = pod.archive()
    let index = pod.indexPath
    #expect(FileManager.default.fileExists(atPath: index))
    #expect(try permissions(index) == 0o600)
    let folder = (index as NSString).deletingLastPathComponent
    #expect(try permissions(folder) == 0o700)
    #expect(try String(contentsOfFile: folder + "/.gitignore", encoding: .utf8).contains("*"))
    let written = try FileManager.default.attributesOfItem(atPath: index)
    #expect(pod.archive() == first)
    let again = try FileManager.default.attributesOfItem(atPath: index)
    #expect(
      written[.modificationDate] as? Date == again[.modificationDate] as? Date,
      "nothing changed, so the index is not rewritten")
  }

  @Test("the index is a cache: a journal that grew after indexing is read again")
  func stale() throws {
    let id = try meet(seconds: [60, 30], end: false)
    let before = try #require(pod.archive().first)
    #expect(before.isOpen && before.airtime["Ana"] == 60)
    let resumed = try Meeting.resume(in: pod, id: id, clock: clock)
    try resumed.perform(.next)
    clock.advance(by: 45)
    try resumed.perform(.end)
    let after = try #require(pod.archive().first)
    #expect(!after.isOpen && after.airtime["Chen"] == 45)
  }

  @Test("a running meeting is read again each time, without rewriting the index for it")
  func running() throws {
    try meet()
    try settle()
    clock.advance(by: Self.week)
    let meeting = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: Self.format, attendees: ["Ana", "Bo"],
      roles: [:], clock: clock, timeZone: .gmt, seed: 1)
    try meeting.perform(.next)
    clock.advance(by: 30)
    try meeting.perform(.next)
    #expect(pod.archive().first?.airtime["Ana"] == 30)
    let written = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
    clock.advance(by: 20)
    try meeting.perform(.next)
    #expect(pod.archive().first?.airtime["Bo"] == 20)
    #expect(try String(contentsOfFile: pod.indexPath, encoding: .utf8) == written)
    try meeting.perform(.end)
    let ended = try #require(pod.archive().first)
    #expect(!ended.isOpen)
    #expect(try String(contentsOfFile: pod.indexPath, encoding: .utf8) != written)
  }

  @Test("a journal rewritten to the same size just after indexing is read again")
  func staleSameSize() throws {
    let id = try meet()
    #expect(pod.archive().first?.facilitator == "Ana")
    let text = try journal(id)
    let edited = text.replacingOccurrences(of: "\"Ana\"", with: "\"Ann\"")
    #expect(edited.utf8.count == text.utf8.count)
    try Files.writeAtomically(edited, to: pod.journalPath(id))
    let after = try #require(pod.archive().first)
    #expect(after.airtime["Ann"] == 60 && after.airtime["Ana"] == nil)
    #expect(after.facilitator == "Ann")
  }

  @Test("a corrupt index is ignored and rewritten; a missing one is rebuilt the same")
  func corruptIndex() throws {
    try meet()
    clock.advance(by: Self.week)
    try meet(["Ana", "Bo"], seconds: [10, 20])
    let truth = pod.archive()
    for garbage in ["not an index at all\n", "", ArchiveIndex.header + "\n{oops\n"] {
      try Files.writeAtomically(garbage, to: pod.indexPath)
      #expect(pod.archive() == truth)
      let rewritten = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
      #expect(rewritten.split(separator: "\n").count == 3, "a header and two sessions")
    }
    // One bad line among good ones: the others are kept, the bad one rebuilt.
    var lines = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
      .split(separator: "\n").map(String.init)
    lines[1] = String(lines[1].prefix(40))
    try Files.writeAtomically(lines.joined(separator: "\n") + "\n", to: pod.indexPath)
    #expect(pod.archive() == truth)
    try FileManager.default.removeItem(
      atPath: (pod.indexPath as NSString).deletingLastPathComponent)
    #expect(pod.archive() == truth)
  }

  /// An index file whose one line says `entry` for its journal as it is now.
  func forgedIndex(_ entry: ArchiveEntry, header: String = ArchiveIndex.header) throws {
    var out = Array((header + "\n").utf8)
    ArchiveIndex.append(entry, key: ArchiveIndex.key(of: pod.journalPath(entry.id)), to: &out)
    try Files.writeAtomically(String(decoding: out, as: UTF8.self), to: pod.indexPath)
  }

  @Test("an entry whose journal is unchanged (and not new) is served from the index")
  func served() throws {
    try meet()
    try settle()
    var forged = try #require(pod.archive().first)
    forged.roles["facilitator"] = "Forged"
    try forgedIndex(forged)
    #expect(pod.archive().first?.facilitator == "Forged")
  }

  @Test("an index from another version is not trusted")
  func otherVersion() throws {
    try meet()
    var forged = try #require(pod.archive().first)
    forged.roles["facilitator"] = "Forged"
    try forgedIndex(forged, header: "hearth sessions index\t99")
    #expect(pod.archive().first?.facilitator == "Ana")
  }

  @Test("a line with one byte changed fails its checksum and is read again from the journal")
  func checksum() throws {
    try meet()
    let truth = pod.archive()
    var bytes = try #require(FileManager.default.contents(atPath: pod.indexPath))
    let position = try #require(bytes.firstRange(of: Data("Ana".utf8))).lowerBound
    bytes[position] = UInt8(ascii: "E")
    try Files.writeAtomically(String(decoding: bytes, as: UTF8.self), to: pod.indexPath)
    #expect(pod.archive() == truth)
    #expect(try String(contentsOfFile: pod.indexPath, encoding: .utf8).contains("Ana"))
  }

  @Test("a line whose actions are damaged still serves its summary; the ledger reads again")
  func damagedActions() throws {
    let meeting = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: Self.format, attendees: ["Ana", "Bo"],
      roles: ["facilitator": "Ana"], clock: clock, timeZone: .gmt, seed: 1)
    try meeting.perform(.next)
    clock.advance(by: 10)
    try meeting.perform(.write(.action, "Send the notes"))
    try meeting.perform(.end)
    try settle()
    var forged = try #require(pod.archive(limit: nil, withActions: true).first)
    #expect(forged.actions?.written.map(\.text) == ["Send the notes"])
    forged.roles["facilitator"] = "Forged"
    forged.actions?.written[0].text = "Forged action"
    try forgedIndex(forged)
    var bytes = try #require(FileManager.default.contents(atPath: pod.indexPath))
    let position = try #require(bytes.firstRange(of: Data("Forged action".utf8))).lowerBound
    bytes[position] = UInt8(ascii: "f")
    try Files.writeAtomically(String(decoding: bytes, as: UTF8.self), to: pod.indexPath)
    // The summary's own checksum holds: what skips the actions is served from the line.
    #expect(pod.archive().first?.facilitator == "Forged")
    // The actions' does not: the ledger reads the journal, and the line is rewritten from it.
    #expect(pod.actionLedger().open.map(\.text) == ["Send the notes"])
    #expect(pod.archive().first?.facilitator == "Ana")
  }

  @Test("a line with a field missing, cut short or one too many is not read")
  func lineFields() throws {
    let entry = ArchiveEntry(
      id: "2026-11-27T1900-weekly", format: "weekly", started: Date(timeIntervalSince1970: 0),
      attendees: ["Ana"], roles: ["facilitator": "Ana"], airtime: ["Ana": 30],
      actions: ActionChanges(
        written: [
          OpenAction(
            id: "a#1", text: "call Cy", owner: nil, session: "2026-11-27T1900-weekly",
            written: Date(timeIntervalSince1970: 30))
        ]))
    var out: [UInt8] = []
    ArchiveIndex.append(entry, key: .init(size: 1, mtime: 2), to: &out)
    let line = Array(out.dropLast())
    func read(_ bytes: [UInt8], actions: Bool) -> ArchiveEntry? {
      bytes.withUnsafeBufferPointer { ArchiveIndex.parse($0, actions: actions)?.1 }
    }
    #expect(read(line, actions: true) == entry)
    var summary = entry
    summary.actions = nil
    #expect(read(line, actions: false) == summary)
    let tabs = line.indices.filter { line[$0] == ArchiveIndex.tab }
    #expect(tabs.count == 15, "sixteen fields")
    // Cut after the summary checksum: the summary stands, the actions do not.
    for cut in [tabs[12], tabs[13], tabs[14]] {
      #expect(read(Array(line[..<cut]), actions: false) == summary)
      #expect(read(Array(line[..<cut]), actions: true) == nil)
    }
    #expect(read(line + Array("\tmore".utf8), actions: true) == nil)
    // Cut before it, or a summary field dropped: nothing stands.
    for cut in [Array(line[..<tabs[11]]), Array(line[..<tabs[10]]), [], [ArchiveIndex.tab]] {
      #expect(read(cut, actions: false) == nil)
      #expect(read(cut, actions: true) == nil)
    }
    var dropped = Array(line[..<tabs[5]] + line[tabs[6]..<tabs[11]]) + [ArchiveIndex.tab]
    ArchiveIndex.hex64(dropped.withUnsafeBufferPointer { ArchiveIndex.checksum($0) }, &dropped)
    #expect(read(dropped, actions: false) == nil)
  }

  @Test("index lines in any order are found; of two for one session the last counts")
  func lineOrder() throws {
    var ids: [String] = []
    for _ in 0..<3 {
      ids.append(try meet())
      clock.advance(by: Self.week)
    }
    try settle()
    let truth = pod.archive()
    let text = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
    var lines = text.split(separator: "\n").map(String.init)
    lines = [lines[0]] + lines.dropFirst().reversed()
    try Files.writeAtomically(lines.joined(separator: "\n") + "\n", to: pod.indexPath)
    #expect(pod.archive() == truth)
    var forged = try #require(truth.first { $0.id == ids[1] })
    forged.roles["facilitator"] = "Forged"
    var out = Array((lines.joined(separator: "\n") + "\n").utf8)
    ArchiveIndex.append(forged, key: ArchiveIndex.key(of: pod.journalPath(ids[1])), to: &out)
    try Files.writeAtomically(String(decoding: out, as: UTF8.self), to: pod.indexPath)
    #expect(pod.archive().first { $0.id == ids[1] }?.facilitator == "Forged")
    let rewritten = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
    #expect(rewritten.split(separator: "\n").count == 4, "the line it overrode is dropped")
  }

  @Test("a session whose id is escaped in the index is found there")
  func escapedID() throws {
    let good = try meet()
    let odd = "2026-01-01T1900-odd\\id"
    try session(odd, journal: try journal(good))
    try settle()
    var forged = try #require(pod.archive().first { $0.id == odd })
    forged.roles["facilitator"] = "Forged"
    try forgedIndex(forged)
    #expect(pod.archive().first { $0.id == odd }?.facilitator == "Forged")
  }

  @Test("index lines keep any text and any number exactly")
  func roundTrip() throws {
    let entry = ArchiveEntry(
      id: "2026-11-27T1900-odd\tid\\", format: "tabs\there, new\nline, \u{1F}\u{1E} 🌱",
      started: Date(timeIntervalSince1970: 1_795_806_000.123),
      ended: Date(timeIntervalSinceReferenceDate: 812_345_678.987_654_3),
      attendees: ["李雷", "Zoë 🌱"],
      seconds: 1.0 / 3, roles: ["facilitator": "李雷", "odd\u{1E}role": "Zoë 🌱"],
      declined: ["scribe": ["李雷", "Zoë\u{1F} 🌱"], "timekeeper": [""], "host": []],
      airtime: ["李雷": 61.3, "Zoë 🌱": 0.123_456_789, "x": -0.0], damaged: "",
      actions: ActionChanges(
        written: [
          OpenAction(
            id: "2026-11-27T1900-odd\tid\\#7", text: "=tabs\there \u{1F}\u{1E}\\ 🌱", owner: "",
            session: "2026-11-27T1900-odd\tid\\", written: Date(timeIntervalSince1970: 1.5)),
          OpenAction(
            id: "2026-11-27T1900-odd\tid\\#9", text: "", owner: nil,
            session: "2026-11-27T1900-odd\tid\\", written: Date(timeIntervalSince1970: -2)),
        ],
        reviewed: [
          ActionOutcome(id: "a#1", status: .carried, at: Date(timeIntervalSince1970: 3)),
          ActionOutcome(id: "b\u{1E}#2", status: .dropped, at: Date(timeIntervalSince1970: 4)),
        ]))
    var out: [UInt8] = []
    ArchiveIndex.append(entry, key: .init(size: 12_345, mtime: -7), to: &out)
    #expect(out.last == 10 && out.dropLast().allSatisfy { $0 != 10 })
    let parsed = out.dropLast().withUnsafeBufferPointer { ArchiveIndex.parse($0) }
    #expect(parsed?.0 == .init(size: 12_345, mtime: -7))
    #expect(parsed?.1 == entry)
    let plain = ArchiveEntry(
      id: "x", format: "", started: Date(timeIntervalSince1970: 0), actions: ActionChanges())
    out = []
    ArchiveIndex.append(plain, key: .init(size: -1, mtime: 0), to: &out)
    #expect(out.dropLast().withUnsafeBufferPointer { ArchiveIndex.parse($0) }?.1 == plain)
  }

  @Test("an index line is written in the format of its version, byte for byte")
  func lineFormat() {
    let entry = ArchiveEntry(
      id: "2026-11-27T1900-weekly", format: "weekly", started: Date(timeIntervalSince1970: 0),
      ended: Date(timeIntervalSince1970: 60), attendees: ["Ana", "Bo"], seconds: 61.5,
      roles: ["timer": "Bo", "facilitator": "Ana"], declined: ["scribe": ["Cy", "Di"]],
      airtime: ["Bo": 20.25, "Ana": 30],
      actions: ActionChanges(
        written: [
          OpenAction(
            id: "a#1", text: "call\tCy", owner: "Ana", session: "2026-11-27T1900-weekly",
            written: Date(timeIntervalSince1970: 30))
        ],
        reviewed: [ActionOutcome(id: "z#0", status: .done, at: Date(timeIntervalSince1970: 5))]))
    var out: [UInt8] = []
    ArchiveIndex.append(entry, key: .init(size: 321, mtime: 42), to: &out)
    let golden =
      "2026-11-27T1900-weekly\t321\t42\tweekly\tc1cd27e440000000\t"
      + "c1cd27e422000000\t615\t\tAna\u{1F}Bo\t"
      + "facilitator\u{1E}Ana\u{1F}timer\u{1E}Bo\tscribe\u{1E}Cy\u{1E}Di\t"
      + "Ana\u{1E}300\u{1F}Bo\u{1E}~4034400000000000\t546accd375ac7a7f\t"
      + "a#1\u{1E}call\\09Cy\u{1E}=Ana\u{1E}c1cd27e431000000\t"
      + "z#0\u{1E}done\u{1E}c1cd27e43d800000\tca6d522a9675f547\n"
    #expect(String(decoding: out, as: UTF8.self) == golden)
  }

  @Test("a deleted session leaves the index too")
  func deleted() throws {
    let first = try meet()
    clock.advance(by: Self.week)
    let second = try meet()
    #expect(pod.archive().count == 2)
    try FileManager.default.removeItem(atPath: pod.sessionPath(first))
    #expect(pod.archive().map(\.id) == [second])
    let index = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
    #expect(!index.contains(first))
  }

  @Test("damaged sessions are listed with the reason and never stop the others")
  func damaged() throws {
    let good = try meet()
    let journal = try journal(good)
    let lines = journal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    try session("2026-01-01T1900-check-in", journal: nil)
    try session("2026-01-02T1900-check-in", journal: "")
    try session("2026-01-03T1900-check-in", journal: String(lines[0].prefix(50)))
    var corrupted = lines
    corrupted[2] = "{\"v\":1,\"seq\":3,oops}"
    try session("2026-01-04T1900-check-in", journal: corrupted.joined(separator: "\n"))
    let headless = lines[1].replacingOccurrences(of: "\"seq\":2", with: "\"seq\":1")
    try session("2026-01-05T1900-check-in", journal: headless + "\n")
    let entries = pod.archive()
    #expect(entries.count == 6)
    let reasons = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.damaged) })
    #expect(reasons[good] == .some(nil))
    #expect(reasons["2026-01-01T1900-check-in"] == "no journal")
    #expect(reasons["2026-01-02T1900-check-in"] == "the journal is empty")
    #expect(reasons["2026-01-03T1900-check-in"] == "the journal's only line was cut off")
    let middle = try #require(reasons["2026-01-04T1900-check-in"] ?? nil)
    #expect(middle.hasPrefix("corrupted at line 3, column "), "\(middle)")
    #expect(reasons["2026-01-05T1900-check-in"] == "the journal does not begin with a start")
    // A corrupted journal still tells what its start line says.
    let partial = try #require(entries.first { $0.id == "2026-01-04T1900-check-in" })
    #expect(partial.attendees == ["Ana", "Bo", "Chen", "Dee"] && partial.format == "check-in")
    #expect(partial.statsSession == nil && !partial.isOpen)
    // Without a start, the id dates it (read in the local time zone).
    let missing = try #require(entries.first { $0.id == "2026-01-01T1900-check-in" })
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let parts = calendar.dateComponents([.year, .month, .day, .hour], from: missing.started)
    #expect([parts.year, parts.month, parts.day, parts.hour] == [2026, 1, 1, 19])
    // Served from the index, a damaged session stays damaged; repaired, it is read again.
    #expect(pod.archive() == entries)
    try Files.writeAtomically(journal, to: pod.journalPath("2026-01-02T1900-check-in"))
    let repaired = pod.archive().first { $0.id == "2026-01-02T1900-check-in" }
    #expect(repaired?.damaged == nil && repaired?.airtime["Bo"] == 120)
  }

  @Test("a torn last line is not damage: the session is open with what was kept")
  func tornLastLine() throws {
    let id = try meet(seconds: [60, 120], end: false)
    try appendRaw(#"{"v":1,"seq":99,"at":"2026-11-27T19:0"#, to: pod.journalPath(id))
    let entry = try #require(pod.archive().first)
    #expect(entry.damaged == nil && entry.isOpen)
    #expect(entry.airtime["Ana"] == 60)
  }

  @Test("archive(limit:) reads only the newest sessions, and keeps the rest of the index")
  func limited() throws {
    var ids: [String] = []
    for _ in 0..<5 {
      ids.append(try meet())
      clock.advance(by: Self.week)
    }
    // Starting a meeting reads the whole archive (for open actions): begin from no index.
    try FileManager.default.removeItem(atPath: pod.indexPath)
    #expect(pod.archive(limit: 2).map(\.id) == [ids[4], ids[3]])
    let partial = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
    #expect(partial.split(separator: "\n").count == 3)
    #expect(pod.archive().map(\.id) == ids.reversed())
    #expect(pod.archive(limit: 3).map(\.id) == [ids[4], ids[3], ids[2]])
    let full = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
    #expect(full.split(separator: "\n").count == 6, "a limited read keeps the other entries")
    // A limited read that rewrites the index keeps the lines it did not read, as they were.
    try FileManager.default.removeItem(atPath: pod.sessionPath(ids[0]))
    #expect(pod.archive(limit: 1).map(\.id) == [ids[4]])
    let rewritten = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
    #expect(rewritten.split(separator: "\n").count == 5)
    #expect(
      Set(full.split(separator: "\n").dropFirst(2))
        == Set(rewritten.split(separator: "\n").dropFirst()))
    #expect(pod.archive().map(\.id) == ids.dropFirst().reversed())
    #expect(try String(contentsOfFile: pod.indexPath, encoding: .utf8) == rewritten)
  }

  @Test("a pod without sessions, or without a directory, has an empty archive")
  func empty() {
    #expect(pod.archive().isEmpty)
    #expect(PodDirectory(path: scratch.file("nowhere")).archive().isEmpty)
  }

  @Test("many sessions are built in parallel into the same entries as one by one")
  func parallel() throws {
    for n in 0..<12 {
      try meet(seconds: [Double(10 + n), 20, 30, 40])
      clock.advance(by: Self.week)
    }
    let built = pod.archive(limit: nil, withActions: true)
    let oneByOne = pod.sessionIDs().reversed().map { ArchiveBuilder.entry(for: $0, in: pod) }
    #expect(built == oneByOne)
    #expect(built.map { $0.airtime["Ana"] } == (0..<12).reversed().map { Double(10 + $0) })
  }

  @Test("a session summary prints the entry's seven fields, null where they do not apply")
  func summaryJSON() throws {
    let id = try meet()
    let entry = try #require(pod.archive().first { $0.id == id })
    let data = try JSONEncoder().encode([SessionSummary(entry)])
    let object = try #require(
      (JSONSerialization.jsonObject(with: data) as? [[String: Any]])?.first)
    #expect(
      Set(object.keys) == ["id", "format", "started", "ended", "attendees", "seconds", "damaged"])
    #expect(object["id"] as? String == id)
    #expect(object["attendees"] as? [String] == ["Ana", "Bo", "Chen", "Dee"])
    #expect(object["seconds"] as? Double == entry.seconds)
    #expect(object["damaged"] is NSNull)
    clock.advance(by: Self.week)
    let open = try meet(end: false)
    let openEntry = try #require(pod.archive().first { $0.id == open })
    let openData = try JSONEncoder().encode(SessionSummary(openEntry))
    let openObject = try #require(
      JSONSerialization.jsonObject(with: openData) as? [String: Any])
    #expect(openObject["ended"] is NSNull)
  }
}
