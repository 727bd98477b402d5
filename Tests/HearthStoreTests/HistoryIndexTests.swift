import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("The derived history a meeting starts from")
struct HistoryIndexTests: InPodFixture {
  let fixture: PodFixture
  /// What every journal's modification time is set back to: well before any index is written.
  let old = Date(timeIntervalSinceNow: -3600)

  init() throws { fixture = try PodFixture() }

  /// A meeting a week after the last, with these roles, writing these actions and reviewing
  /// the carried ones; ended unless `leave`. Its id.
  @discardableResult
  func meet(
    _ facilitator: String, actions: [String] = [], reviews: [(Int, ActionStatus)] = [],
    leave: Bool = false
  ) throws -> String {
    clock.advance(by: 7 * 86_400)
    let meeting = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: ActionHistoryTests.format,
      attendees: ["Ana", "Bo", "Chen", "Dee"], roles: ["facilitator": facilitator],
      clock: clock, timeZone: .gmt, seed: 1)
    try meeting.perform(.nextItem)
    for (number, status) in reviews { try meeting.perform(.reviewAction(number, status)) }
    for action in actions { try meeting.perform(.write(.action, action)) }
    try meeting.perform(leave ? .leave : .end)
    return meeting.id
  }

  /// Sets every journal's modification time to `old`: only its size and id can tell it changed.
  func age() throws {
    for id in pod.sessionIDs() {
      try FileManager.default.setAttributes(
        [.modificationDate: old], ofItemAtPath: pod.journalPath(id))
    }
  }

  /// The history as the journals give it, with no derived file to serve it.
  func fromJournals() throws -> MeetingHistory {
    try? FileManager.default.removeItem(atPath: pod.layout.indexFolderPath)
    return pod.meetingHistory(withActions: true)
  }

  /// The inode of the derived history: a new one each time it is written.
  func historyInode() -> UInt64? {
    var info = stat()
    return stat(pod.historyIndexPath, &info) == 0 ? UInt64(info.st_ino) : nil
  }

  /// Three weeks of meetings with actions, aged, and the history read once (and written).
  func threeWeeks() throws -> [String] {
    let first = try meet("Ana", actions: ["@Bo books the room\twith a tab", "Send the notes"])
    let second = try meet("Bo", actions: ["@Chen prints \\ the agenda"], reviews: [(1, .done)])
    let third = try meet("Chen", actions: ["Dee: calls the venue"], reviews: [(2, .carried)])
    try age()
    _ = pod.meetingHistory(withActions: true)
    #expect(historyInode() != nil)
    return [first, second, third]
  }

  /// Blanks the journals of `ids` behind the history's back (same size, same time) and removes
  /// the sessions index: only the history can still tell what they held.
  func blank(_ ids: [String]) throws {
    try FileManager.default.removeItem(atPath: pod.indexPath)
    for id in ids {
      let path = pod.journalPath(id)
      let size = try #require(FileManager.default.contents(atPath: path)).count
      try Files.writeAtomically(String(repeating: " ", count: size), to: path)
    }
    try age()
  }

  func expectSame(_ served: MeetingHistory, _ expected: MeetingHistory) {
    #expect(served.roles == expected.roles)
    #expect(served.openSession == expected.openSession)
    #expect(served.openActions == expected.openActions)
  }

  @Test("While no journal changed, the history is read from its file alone, 0600")
  func servedWhileUnchanged() throws {
    let ids = try threeWeeks()
    let expected = pod.meetingHistory(withActions: true)
    let inode = historyInode()
    #expect(
      expected.openActions?.map(\.text) == [
        "Send the notes", "prints \\ the agenda", "calls the venue",
      ])
    #expect(
      expected.roles.map(\.roles) == [
        ["facilitator": "Ana"], ["facilitator": "Bo"], ["facilitator": "Chen"],
      ])
    // Every journal blanked behind its back (same size, same time): only the file can tell.
    try blank(ids)
    expectSame(pod.meetingHistory(withActions: true), expected)
    #expect(pod.roleHistory() == expected.roles)
    #expect(pod.openActions() == expected.openActions)
    #expect(pod.meetingHistory(withActions: false).openActions == nil)
    #expect(historyInode() == inode, "served, not written again")
    let mode =
      try FileManager.default.attributesOfItem(atPath: pod.historyIndexPath)[
        .posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test("A deleted session is no longer in the history, nor its actions in the file")
  func deleted() throws {
    let ids = try threeWeeks()
    try pod.deleteSession(ids[2])
    let served = pod.meetingHistory(withActions: true)
    #expect(served.roles.map(\.session) == [ids[0], ids[1]])
    #expect(!served.openActions!.map(\.text).contains("calls the venue"))
    #expect(!filesHolding("venue", in: pod).contains { $0.hasPrefix(".index") })
    expectSame(served, try fromJournals())
  }

  @Test("A journal edited by hand (same time, another size) is read again")
  func edited() throws {
    let ids = try threeWeeks()
    let path = pod.journalPath(ids[1])
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try Files.writeAtomically(
      text.replacingOccurrences(of: "prints \\\\ the agenda", with: "prints the new agenda"),
      to: path)
    try age()
    let served = pod.meetingHistory(withActions: true)
    #expect(served.openActions?.map(\.text).contains("prints the new agenda") == true)
    expectSame(served, try fromJournals())
  }

  @Test("A session added since is folded into the history, the others read from it alone")
  func added() throws {
    let ids = try threeWeeks()
    let held = try #require(Files.readAll(pod.historyIndexPath))
    let fourth = try meet("Dee", actions: ["@Ana finds a new room"], reviews: [(1, .dropped)])
    try age()
    let expected = try fromJournals()
    #expect(expected.roles.last?.session == fourth)
    #expect(expected.openActions?.map(\.text).last == "finds a new room")
    #expect(expected.openActions?.map(\.text).contains("Send the notes") == false)
    // The history of the first three as it was, and their journals blanked: the fourth is
    // folded in after what the file holds.
    try Files.writeAtomically(bytes: held, to: pod.historyIndexPath)
    try FileManager.default.setAttributes(
      [.modificationDate: old + 60], ofItemAtPath: pod.historyIndexPath)
    try blank(ids)
    expectSame(pod.meetingHistory(withActions: true), expected)
    expectSame(pod.meetingHistory(withActions: true), expected)
  }

  @Test("A session added that began before the newest one held is taken in its place")
  func addedEarlier() throws {
    let ids = try threeWeeks()
    // Shared by another facilitator: a copy of the second meeting under another id.
    let copy = ids[1] + "-2"
    try pod.createSession(copy)
    try Files.writeAtomically(
      bytes: try #require(Files.readAll(pod.journalPath(ids[1]))), to: pod.journalPath(copy))
    try age()
    let served = pod.meetingHistory(withActions: true)
    #expect(served.roles.map(\.session) == [ids[0], ids[1], copy, ids[2]])
    expectSame(served, try fromJournals())
  }

  @Test("A session renamed by sync is in the history under its new id")
  func renamed() throws {
    let ids = try threeWeeks()
    let newID = ids[2] + "-2"
    try pod.renameSession(ids[2], to: newID)
    try age()
    let served = pod.meetingHistory(withActions: true)
    #expect(served.roles.last?.session == newID)
    expectSame(served, try fromJournals())
  }

  @Test("An action undone in an open meeting leaves the history, and every file, at once")
  func undoErasure() throws {
    _ = try threeWeeks()
    clock.advance(by: 7 * 86_400)
    let meeting = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: ActionHistoryTests.format, attendees: ["Ana", "Bo"],
      roles: ["facilitator": "Dee"], clock: clock, timeZone: .gmt, seed: 1)
    try meeting.perform(.write(.action, "Ask about the custody hearing"))
    try age()
    // Another terminal starts to set up a meeting meanwhile: the history holds the words.
    let during = pod.meetingHistory(withActions: true)
    #expect(during.openSession == meeting.id)
    #expect(during.openActions?.last?.text == "Ask about the custody hearing")
    #expect(filesHolding("custody", in: pod).contains(".index/history.tsv"))
    try meeting.perform(.undo)
    #expect(filesHolding("custody", in: pod).isEmpty)
    try age()
    let served = pod.meetingHistory(withActions: true)
    #expect(served.openActions?.map(\.text).contains("Ask about the custody hearing") == false)
    expectSame(served, try fromJournals())
  }

  @Test("A damaged, cut-off or older history file is computed again and rewritten")
  func damagedFile() throws {
    _ = try threeWeeks()
    let expected = try fromJournals()
    let good = try #require(Files.readAll(pod.historyIndexPath))
    var flipped = good
    flipped[try #require(good.firstRange(of: Array("venue".utf8))).lowerBound] ^= 0x20
    let older = String(decoding: good, as: UTF8.self).replacingOccurrences(
      of: HistoryIndex.header, with: "hearth history index\t0")
    for bad in [flipped, Array(good.prefix(good.count / 2)), Array(older.utf8), []] {
      try Files.writeAtomically(bytes: bad, to: pod.historyIndexPath)
      // Made to look written long after the journals, so only its contents can condemn it.
      try FileManager.default.setAttributes(
        [.modificationDate: old + 60], ofItemAtPath: pod.historyIndexPath)
      expectSame(pod.meetingHistory(withActions: true), expected)
      #expect(Files.readAll(pod.historyIndexPath) == good, "written again as it should be")
    }
  }

  @Test("A journal changed just before the history was written is not trusted")
  func racy() throws {
    _ = try meet("Ana", actions: ["Send the notes"])
    _ = pod.meetingHistory(withActions: true)
    let inode = historyInode()
    #expect(pod.openActions().map(\.text) == ["Send the notes"])
    #expect(historyInode() != inode, "computed again: the journal is too recent to trust")
  }
}
