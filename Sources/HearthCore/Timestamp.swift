import Foundation

/// The one codec for the instants Hearth writes and reads: UTC ISO 8601 on the proleptic
/// Gregorian calendar, `2026-11-27T19:00:00.123Z` in journals and action records, and
/// `2026-11-27T19:00:00Z` (to the second, rounded down, as `JSONEncoder`'s `.iso8601`) in JSON
/// output. Written by hand: it runs for every journal line of a 10,000-session archive.
public enum Timestamp {
  /// `2026-11-27T19:00:00.123Z`: UTC to the nearest millisecond.
  public static func format(_ date: Date) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(24)
    append(date, millis: true, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `2026-11-27T19:00:00Z`: UTC to the second, rounded down.
  public static func formatSeconds(_ date: Date) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(20)
    append(date, millis: false, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `date` as `format` (with `millis`) or `formatSeconds` writes it.
  public static func append(_ date: Date, millis: Bool, to bytes: inout [UInt8]) {
    let whole: Int
    var ms = 0
    if millis {
      let (seconds, fraction) = floorDivide(
        Int((date.timeIntervalSince1970 * 1000).rounded()), 1000)
      (whole, ms) = (seconds, fraction)
    } else {
      whole = Int(date.timeIntervalSince1970.rounded(.down))
    }
    let (days, secondOfDay) = floorDivide(whole, 86_400)
    let (year, month, day) = civilFromDays(days)
    digits(year, 4, &bytes)
    bytes.append(0x2D)
    digits(month, 2, &bytes)
    bytes.append(0x2D)
    digits(day, 2, &bytes)
    bytes.append(0x54)
    digits(secondOfDay / 3600, 2, &bytes)
    bytes.append(0x3A)
    digits(secondOfDay % 3600 / 60, 2, &bytes)
    bytes.append(0x3A)
    digits(secondOfDay % 60, 2, &bytes)
    if millis {
      bytes.append(0x2E)
      digits(ms, 3, &bytes)
    }
    bytes.append(0x5A)
  }

  /// `parse` for a decoder: the time `text` read at `codingPath`, or a data-corrupted error
  /// that quotes it.
  public static func decode(_ text: String, at codingPath: [any CodingKey]) throws -> Date {
    guard let date = parse(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: codingPath, debugDescription: "'\(text)' is not an ISO 8601 time"))
    }
    return date
  }

  /// Parses `2026-11-27T19:00:00.123Z` exactly; nil for anything else.
  public static func parse(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { b -> Date? in
      guard b.count == 24, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A,
        b[16] == 0x3A, b[19] == 0x2E, b[23] == 0x5A,
        let year = number(b, 0..<4), let month = number(b, 5..<7), let day = number(b, 8..<10),
        let hour = number(b, 11..<13), let minute = number(b, 14..<16),
        let second = number(b, 17..<19), let millis = number(b, 20..<23),
        isDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 61
      else { return nil }
      let days = daysFromCivil(year: year, month: month, day: day)
      let total = Double(days * 86_400 + hour * 3600 + minute * 60 + second)
      return Date(timeIntervalSince1970: total + Double(millis) / 1000)
    }
  }

  /// The decimal number in `range` of `b`, nil unless every byte is a digit.
  static func number(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var value = 0
    for i in range {
      guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
      value = value * 10 + Int(b[i] - 0x30)
    }
    return value
  }

  /// Whether the day exists: 1...31 for 31-day months, 29 February only in leap years.
  static func isDate(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date of a day counted from 1970-01-01 (Howard Hinnant's algorithm).
  static func civilFromDays(_ z: Int) -> (year: Int, month: Int, day: Int) {
    let z = z + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  static func floorDivide(_ a: Int, _ b: Int) -> (Int, Int) {
    let q = a >= 0 ? a / b : (a - b + 1) / b
    return (q, a - q * b)
  }

  /// `value` zero-padded to `count` digits (a wider or negative value is written whole).
  static func digits(_ value: Int, _ count: Int, _ bytes: inout [UInt8]) {
    var divisor = 1
    for _ in 1..<count { divisor *= 10 }
    guard value >= 0, value < divisor * 10 else {
      bytes += String(value).utf8
      return
    }
    while divisor > 0 {
      bytes.append(0x30 + UInt8(value / divisor % 10))
      divisor /= 10
    }
  }
}
