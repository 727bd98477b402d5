import Foundation
import Testing

@testable import HearthCore

@Suite("Journal timestamps")
struct TimestampTests {
  static let samples = [
    "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "1969-12-31T23:59:59.500Z",
    "1900-02-28T23:59:59.999Z", "1900-03-01T00:00:00.000Z", "2000-02-28T23:59:59.999Z",
    "2000-02-29T06:00:00.500Z", "2000-03-01T00:00:00.001Z", "2023-02-28T23:59:59.999Z",
    "2023-03-01T00:00:00.000Z", "2024-02-28T12:00:00.000Z", "2024-02-29T00:00:00.000Z",
    "2024-02-29T23:59:59.999Z", "2024-03-01T00:00:00.000Z", "2024-12-31T23:59:59.999Z",
    "2026-11-27T19:00:00.123Z", "2100-02-28T23:59:59.999Z", "2100-03-01T00:00:00.000Z",
    "9999-12-31T23:59:59.999Z",
  ]

  @Test("Formatting a parsed time gives back the same text", arguments: samples)
  func textRoundTrip(text: String) throws {
    let date = try #require(Timestamp.parse(text))
    #expect(Timestamp.format(date) == text)
  }

  @Test("Parsed times agree with Foundation's ISO 8601 parser", arguments: samples)
  func agreesWithFoundation(text: String) throws {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    let expected = try #require(formatter.date(from: text))
    let parsed = try #require(Timestamp.parse(text))
    #expect(abs(parsed.timeIntervalSince(expected)) < 0.0005)
  }

  @Test("A date keeps its milliseconds through format and parse")
  func dateRoundTrip() throws {
    for offset in [0.0, 0.001, 0.123, 0.5, 0.999, 59.25, 86_399.999, -0.001, -86_400.5] {
      let date = Date(timeIntervalSince1970: 1_709_164_800 + offset)  // 2024-02-29T00:00:00Z
      let parsed = try #require(Timestamp.parse(Timestamp.format(date)))
      #expect(abs(parsed.timeIntervalSince(date)) < 0.0005, "offset \(offset)")
    }
  }

  @Test("Leap days are written as such, and the day after them too")
  func leapDays() {
    let leapDay = Date(timeIntervalSince1970: 1_709_164_800)
    #expect(Timestamp.format(leapDay) == "2024-02-29T00:00:00.000Z")
    #expect(Timestamp.format(leapDay.addingTimeInterval(86_400)) == "2024-03-01T00:00:00.000Z")
    #expect(Timestamp.format(leapDay.addingTimeInterval(-0.001)) == "2024-02-28T23:59:59.999Z")
    let nonLeap = Date(timeIntervalSince1970: 1_677_542_400)  // 2023-02-28T00:00:00Z
    #expect(Timestamp.format(nonLeap.addingTimeInterval(86_400)) == "2023-03-01T00:00:00.000Z")
  }

  @Test("Times are rounded to the nearest millisecond")
  func rounding() {
    #expect(Timestamp.format(Date(timeIntervalSince1970: 0.0004)) == "1970-01-01T00:00:00.000Z")
    #expect(Timestamp.format(Date(timeIntervalSince1970: 0.0006)) == "1970-01-01T00:00:00.001Z")
    #expect(Timestamp.format(Date(timeIntervalSince1970: 59.9996)) == "1970-01-01T00:01:00.000Z")
  }

  @Test(
    "Anything but the journal's own format is not a time",
    arguments: [
      "", "2024-02-29T00:00:00Z", "2024-02-29T00:00:00.000", "2024-02-29 00:00:00.000Z",
      "2024-02-29T00:00:00.000+01:00", "2024-13-01T00:00:00.000Z", "2024-00-10T00:00:00.000Z",
      "2024-02-00T00:00:00.000Z", "2024-02-29T24:00:00.000Z", "2024-02-29T00:60:00.000Z",
      "2024-02-29T00:00:00.0a0Z", "２０２４-02-29T00:00:00.000Z", "2023-02-29T00:00:00.000Z",
      "2024-02-30T00:00:00.000Z", "2024-04-31T00:00:00.000Z", "2100-02-29T00:00:00.000Z",
    ])
  func rejects(text: String) {
    #expect(Timestamp.parse(text) == nil)
  }

  @Test(
    "JSON times read as JSONEncoder's .iso8601 writes them, to the second and rounded down",
    arguments: [-86_400.5, -0.25, 0, 0.999, 1_795_806_000.7, 253_402_300_799.9, -11_644_473_600])
  func jsonSeconds(seconds: Double) throws {
    let date = Date(timeIntervalSince1970: seconds)
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    let foundation = String(decoding: try encoder.encode([date]), as: UTF8.self)
    #expect(foundation == "[\"\(Timestamp.formatSeconds(date))\"]")
  }

  @Test(
    "An action whose time is not ISO 8601 is refused, the error quoting the time and naming the field"
  )
  func actionWithBadTime() throws {
    let json = #"{"id":"a#1","text":"call Cy","session":"a","written":"yesterday"}"#
    #expect {
      try JSONDecoder().decode(OpenAction.self, from: Data(json.utf8))
    } throws: { error in
      guard case DecodingError.dataCorrupted(let context) = error else { return false }
      return context.debugDescription == "'yesterday' is not an ISO 8601 time"
        && context.codingPath.map(\.stringValue) == ["written"]
    }
    let good = #"{"id":"a#1","text":"call Cy","session":"a","written":"2026-11-27T19:00:00.123Z"}"#
    let action = try JSONDecoder().decode(OpenAction.self, from: Data(good.utf8))
    #expect(action.written == Timestamp.parse("2026-11-27T19:00:00.123Z"))
  }
}
