import Foundation
import Testing

@testable import HearthCore

@Suite("Session ids")
struct SessionIDTests {
  static let berlin = TimeZone(identifier: "Europe/Berlin")!

  @Test("An id states the local start time to the minute, then the format")
  func made() {
    let winter = Date(timeIntervalSince1970: 1_795_806_000)  // 2026-11-27T19:00:00Z
    #expect(
      SessionID(at: winter, format: "check-in", timeZone: .gmt).text == "2026-11-27T1900-check-in")
    #expect(
      SessionID(at: winter.addingTimeInterval(59), format: "x", timeZone: Self.berlin).text
        == "2026-11-27T2000-x")
    let summer = Date(timeIntervalSince1970: 1_782_932_400)  // 2026-07-01T19:00:00Z
    #expect(SessionID(at: summer, format: "x", timeZone: Self.berlin).text == "2026-07-01T2100-x")
  }

  @Test(
    "Reading an id gives the instant the DateFormatter it replaces gave",
    arguments: [
      "2026-11-27T1900-check-in", "2026-07-01T2100-case-clinic-2", "2024-02-29T0000-x",
      "1999-12-31T2359-retrospective",
    ])
  func read(text: String) throws {
    let id = try #require(SessionID(text))
    #expect(id.text == text)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = Self.berlin
    formatter.dateFormat = "yyyy-MM-dd'T'HHmm"
    let expected = try #require(formatter.date(from: String(text.prefix(15))))
    #expect(id.start(in: Self.berlin) == expected)
    #expect(
      id.localTime == String(text.prefix(10)) + " " + text.dropFirst(11).prefix(2) + ":"
        + text.dropFirst(13).prefix(2))
  }

  @Test("The parts after the time are the format and its suffix")
  func rest() throws {
    let id = try #require(SessionID("2026-11-27T1900-check-in-2"))
    #expect(id.rest == "check-in-2")
    #expect(id.localTime == "2026-11-27 19:00")
    #expect(try #require(SessionID("2026-11-27T1900")).rest == "")
  }

  @Test(
    "A name that is not an id is nothing",
    arguments: [
      "", "notes", "2026-11-27", "2026-13-01T1900-x", "2026-02-30T1900-x", "2025-02-29T1900-x",
      "2026-11-27T2400-x", "2026-11-27T1960-x", "2026-11-27T1900x", "2026-11-27 1900-x",
      "２０２６-11-27T1900-x", ".tmp-2026-11-27T1900-x",
    ])
  func rejects(text: String) {
    #expect(SessionID(text) == nil)
  }
}
