import Foundation

extension Calendar {
  /// The Gregorian calendar in `timeZone`: how every screen and transcript tells days and times.
  public static func gregorian(in timeZone: TimeZone) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }
}
