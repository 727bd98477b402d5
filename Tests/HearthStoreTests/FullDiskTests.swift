import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("A full disk in a live meeting")
struct FullDiskTests: InPodFixture {
  let fixture: PodFixture
  init() throws { fixture = try PodFixture() }

  /// A disk with `room` bytes left: writes go through until it is full, the one that crosses
  /// the edge is cut short there and fails with ENOSPC, as write(2) does.
  final class Disk: @unchecked Sendable {
    var room: Int
    init(room: Int) { self.room = room }

    func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
      let fits = min(room, bytes.count)
      if fits > 0 { _ = Files.writeAll(fd, Array(bytes.prefix(fits))) }
      room -= fits
      guard fits == bytes.count else {
        errno = ENOSPC
        return false
      }
      return true
    }
  }

  @Test("a note that does not fit: nothing of it is shown or left in the journal; retry saves it")
  func retry() throws {
    let meeting = try Fixture.startDemo(in: pod, clock: clock)
    let path = pod.journalPath(meeting.id)
    try meeting.perform(.next)
    clock.advance(by: 40)
    let saved = meeting.state
    let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
    let disk = Disk(room: 20)
    meeting.writer.writeBytes = disk.write
    clock.advance(by: 5)
    let noteTime = clock.now()
    #expect {
      try meeting.perform(.write(.note, "Ana feels welcome here"))
    } throws: { error in
      guard var unsaved = error as? Meeting.Unsaved else { return false }
      unsaved.timeZone = .gmt
      return "\(unsaved)" == "the disk is full: nothing after 19:00:00 was saved"
        && unsaved.cause.isStorageFailure
    }
    #expect(meeting.state == saved, "the screen shows only what was saved")
    #expect(meeting.hasUnsaved)
    // The 20 bytes that reached the disk were cut off again: the journal ends with a whole line.
    #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == size)
    #expect(try Journal.read(path).records == saved.records)
    #expect(try Journal.read(path).warnings.isEmpty)

    clock.advance(by: 30)
    #expect(throws: Meeting.Unsaved.self) { try meeting.retry() }
    #expect(throws: Meeting.Unsaved.self, "other commands wait for it") {
      try meeting.perform(.next)
    }
    #expect(meeting.state == saved)

    disk.room = 1_000_000
    clock.advance(by: 30)
    try meeting.retry()
    #expect(!meeting.hasUnsaved)
    #expect(meeting.state.notes.map(\.text) == ["Ana feels welcome here"])
    let records = try Journal.read(path).records
    #expect(records == meeting.state.records)
    #expect(records.last?.time == noteTime, "saved with the time it was written, not retried")
    try meeting.perform(.next)
    #expect(meeting.state.holder == "Bo")
    #expect(try Journal.read(path).records == meeting.state.records)
  }

  @Test("write errors of a full disk, a quota, a size limit or the device are storage failures")
  func storageFailures() {
    for (code, problem) in [
      (ENOSPC, "the disk is full"), (EDQUOT, "the disk is full"),
      (EFBIG, "the file-size limit is reached"), (EIO, "the disk failed to write (an I/O error)"),
    ] {
      let error = StoreError(path: "j", message: "cannot write", code: code)
      #expect(error.isStorageFailure)
      #expect(error.storageProblem == problem)
    }
    #expect(!StoreError(path: "j", message: "cannot write", code: EACCES).isStorageFailure)
    #expect(!StoreError(path: "j", line: 3, column: 1, message: "not valid JSON").isStorageFailure)
  }
}
