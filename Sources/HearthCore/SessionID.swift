import Foundation

/// A session's id, `2026-11-27T1900-check-in`: the local time the meeting started, to the
/// minute, then the format's name (and `-2`, `-3`… when that id was taken). Ids sort by time.
/// The one place an id is made or read apart.
public struct SessionID: Sendable, Equatable {
  public var year: Int
  public var month: Int
  public var day: Int
  public var hour: Int
  public var minute: Int
  /// What follows the time and its dash: the format's name and any suffix; may be empty.
  public var rest: String

  /// The id of a meeting of `format` started at `date`, as the clock reads in `timeZone`.
  public init(at date: Date, format: String, timeZone: TimeZone) {
    let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
    let (days, secondOfDay) = Timestamp.floorDivide(local, 86_400)
    (year, month, day) = Timestamp.civilFromDays(days)
    hour = secondOfDay / 3600
    minute = secondOfDay % 3600 / 60
    rest = format
  }

  /// Reads an id that begins `yyyy-MM-ddTHHmm` with a real date and time; nil for any other
  /// name (a directory someone else put there).
  public init?(_ text: String) {
    var text = text
    guard
      let parts = text.withUTF8({ b -> (Int, Int, Int, Int, Int)? in
        guard b.count >= 15, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54,
          b.count == 15 || b[15] == 0x2D,
          let year = Timestamp.number(b, 0..<4), let month = Timestamp.number(b, 5..<7),
          let day = Timestamp.number(b, 8..<10), let hour = Timestamp.number(b, 11..<13),
          let minute = Timestamp.number(b, 13..<15),
          Timestamp.isDate(year: year, month: month, day: day), hour < 24, minute < 60
        else { return nil }
        return (year, month, day, hour, minute)
      })
    else { return nil }
    (year, month, day, hour, minute) = parts
    rest = String(text.utf8.dropFirst(16)) ?? ""
  }

  /// `2026-11-27T1900-check-in`.
  public var text: String {
    var bytes: [UInt8] = []
    appendTime(to: &bytes, separator: 0x54, colon: false)
    if !rest.isEmpty {
      bytes.append(0x2D)
      bytes += rest.utf8
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `check-in of 27 November 2026, 19:00`: the id as a person reads it, for screens (the
  /// id itself stays in listings, JSON and commands).
  public var readable: String {
    let name = rest.isEmpty ? "the meeting" : rest
    let minutes = minute < 10 ? "0\(minute)" : "\(minute)"
    return "\(name) of \(day) \(Transcript.monthName(month)) \(year), \(hour):\(minutes)"
  }

  /// `2026-11-27 19:00`: the start time as the id states it.
  public var localTime: String {
    var bytes: [UInt8] = []
    appendTime(to: &bytes, separator: 0x20, colon: true)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The id's local time as minutes since 1970-01-01 00:00 of the same clock: ids compare by
  /// it as they sort.
  public var localMinutes: Int {
    Timestamp.daysFromCivil(year: year, month: month, day: day) * 1440 + hour * 60 + minute
  }

  /// The instant the id names, reading its time in `timeZone`.
  public func start(in timeZone: TimeZone) -> Date {
    let days = Timestamp.daysFromCivil(year: year, month: month, day: day)
    let local = Double(days * 86_400 + hour * 3600 + minute * 60)
    // The offset at the guessed instant, then at the instant it gives (they differ near a change
    // of summer time).
    let guess = local - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local)))
    let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: guess))
    return Date(timeIntervalSince1970: local - Double(offset))
  }

  private func appendTime(to bytes: inout [UInt8], separator: UInt8, colon: Bool) {
    Timestamp.digits(year, 4, &bytes)
    bytes.append(0x2D)
    Timestamp.digits(month, 2, &bytes)
    bytes.append(0x2D)
    Timestamp.digits(day, 2, &bytes)
    bytes.append(separator)
    Timestamp.digits(hour, 2, &bytes)
    if colon { bytes.append(0x3A) }
    Timestamp.digits(minute, 2, &bytes)
  }
}
