import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

@Suite("Private files: 0700 directories, 0600 files")
struct PermissionTests {
  let scratch: Scratch
  init() throws { scratch = try Scratch() }

  @Test("Files.makeDirectory creates every missing level with mode 0700")
  func makeDirectory() throws {
    let deep = scratch.file("a/b/c")
    try Files.makeDirectory(deep)
    for path in [scratch.file("a"), scratch.file("a/b"), deep] {
      #expect(try permissions(path) == 0o700, "\(path)")
    }
    // Calling it again on what exists is fine.
    try Files.makeDirectory(deep)
  }

  @Test("A file where a directory should be is an error naming it")
  func fileInTheWay() throws {
    let path = scratch.file("taken")
    try "x".write(toFile: path, atomically: false, encoding: .utf8)
    let error = storeError { try Files.makeDirectory(path) }
    #expect(error?.path == path)
    #expect(error?.message == "exists and is not a directory")
  }

  @Test("Files.writeAtomically leaves a 0600 file, even replacing a readable one")
  func writeAtomically() throws {
    let path = scratch.file("notes.md")
    #expect(
      FileManager.default.createFile(
        atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644]))
    #expect(try permissions(path) == 0o644)
    try Files.writeAtomically("new ✨\n", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new ✨\n")
    #expect(try permissions(path) == 0o600)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
    #expect(leftovers == ["notes.md"])
  }

  @Test("A pod's directories are 0700 and its pod.toml, journal and transcript 0600")
  func podFiles() throws {
    let fixture = try PodFixture()
    let (home, pod, clock) = (fixture.home, fixture.pod, fixture.clock)
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    clock.advance(by: 60)
    try meeting.perform(.end)
    let transcript = try #require(try meeting.writeTranscript(timeZone: .gmt))
    for directory in [
      home.path, home.podsPath, pod.path, pod.sessionsPath, pod.sessionPath(meeting.id),
    ] {
      #expect(try permissions(directory) == 0o700, "\(directory)")
    }
    for file in [pod.podFilePath, pod.journalPath(meeting.id), transcript] {
      #expect(try permissions(file) == 0o600, "\(file)")
    }
    #expect(transcript == pod.transcriptPath(meeting.id))
  }

  @Test("A journal is created 0600")
  func journal() throws {
    let path = scratch.file(Journal.fileName)
    _ = try JournalWriter(path: path)
    #expect(try permissions(path) == 0o600)
  }
}
