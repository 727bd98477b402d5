import Foundation
import HearthCore
import HearthStore
import HearthTesting

/// The demo pod's check-in meeting on disk, in a fresh home, on a test clock, started as
/// `hearth meet` starts it: every command a loop performs is written to its journal.
struct DemoMeeting {
  let clock = TestClock()
  let home: String
  let meeting: Meeting

  init() throws {
    home =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("hearth-loop-tests-\(UUID().uuidString)").path
    let pod = try Home(path: home).ensureDemoPod()
    meeting = try Meeting.start(
      in: pod, pod: BuiltIn.demoPod, format: BuiltIn.checkIn,
      attendees: ["Ana", "Bo", "Chen", "Dee"],
      roles: ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Chen"], clock: clock,
      timeZone: .gmt, seed: 42)
  }

  /// Records `command` in the journal, as the loops' `perform` does in the product.
  func perform(_ command: Command) throws -> (Decision, SessionState) {
    (try meeting.perform(command), meeting.state)
  }

  /// What the journal on disk holds, event by event, after the start and the first item.
  func journalEvents() throws -> [Event] {
    try Journal.read(meeting.pod.journalPath(meeting.id)).records.dropFirst(2).map(\.event)
  }

  /// Removes the home.
  func remove() { try? FileManager.default.removeItem(atPath: home) }
}
