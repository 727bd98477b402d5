import Foundation
import HearthCore
import Testing

@testable import HearthStore

@Suite("Deleting a session")
struct SessionDeletionTests {
  let archive: SearchArchive
  var pod: PodDirectory { archive.pod }

  init() throws { archive = try SearchArchive() }

  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: pod.sessionsPath).sorted()
  }

  @Test("The session's directory goes entirely: journal, transcript and anything else")
  func goneEntirely() throws {
    let id = archive.ids[0]
    try Files.writeAtomically("extra", to: pod.sessionPath(id) + "/journal.jsonl.torn")
    try pod.deleteSession(id)
    #expect(!FileManager.default.fileExists(atPath: pod.sessionPath(id)))
    #expect(pod.sessionIDs() == Array(archive.ids.dropFirst()))
    #expect(try names() == Array(archive.ids.dropFirst()))
    #expect(try archive.search("books").hits.isEmpty)
  }

  @Test("What the archive index knew of a deleted session (names, roles, airtime) goes too")
  func indexForgets() throws {
    let id = archive.ids[0]
    #expect(pod.archive().contains { $0.id == id })
    let before = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
    #expect(before.contains(id))
    try pod.deleteSession(id)
    let after = try String(contentsOfFile: pod.indexPath, encoding: .utf8)
    #expect(!after.contains(id))
    #expect(after.contains(archive.ids[1]))
  }

  @Test("A half-deleted session under its hidden name is never listed, and is cleaned up later")
  func hiddenLeftovers() throws {
    // Named after a PID no process can have: its deleting process is gone.
    let leftover =
      pod.sessionsPath + "/" + PodLayout.deletingPrefix + "2026-01-01T1900-x-2147483000"
    try Files.makeDirectory(leftover)
    try Files.writeAtomically("{}\n", to: leftover + "/journal.jsonl")
    #expect(pod.sessionIDs() == archive.ids)
    #expect(pod.openSessionID() == archive.ids[2])
    try pod.deleteSession(archive.ids[1])
    #expect(try names() == [archive.ids[0], archive.ids[2]])
  }

  @Test("A meeting open in another terminal (its journal locked) is not deleted")
  func refusedWhileLocked() throws {
    let id = archive.ids[2]
    var writer: JournalWriter? = try JournalWriter(path: pod.journalPath(id))
    let error = storeError { try pod.deleteSession(id) }
    #expect(error?.message.contains("open in another terminal") == true)
    #expect(pod.sessionIDs() == archive.ids)
    #expect(writer != nil)
    // Once the other terminal lets go, it can be deleted.
    writer = nil
    try pod.deleteSession(id)
    #expect(pod.sessionIDs() == Array(archive.ids.prefix(2)))
  }

  @Test("Ids that are not sessions are refused")
  func noSuchSession() throws {
    for id in ["2020-01-01T1900-none", "", ".", "..", "../x", ".deleting-x"] {
      #expect(storeError { try pod.deleteSession(id) } != nil, "\(id)")
    }
    #expect(pod.sessionIDs() == archive.ids)
  }
}
