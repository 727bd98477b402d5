import Foundation
import HearthCore

/// One line of `journal.jsonl`: the format version, sequence number, wall-clock time and event.
struct JournalLine: Codable {
  static let version = 1

  var v: Int
  var seq: Int
  var at: String
  var event: EventCoding

  init(_ record: EventRecord) {
    v = Self.version
    seq = record.sequence
    at = Timestamp.format(record.time)
    event = EventCoding(record.event)
  }

  func record() throws -> EventRecord {
    guard let time = Timestamp.parse(at) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [CodingKeys.at], debugDescription: "'\(at)' is not an ISO 8601 time"))
    }
    return EventRecord(sequence: seq, time: time, event: event.event)
  }
}

/// An event's JSON shape: `{"type": "stickGiven", "member": "Ana"}`; a review is
/// `{"type": "actionReviewed", "action": "2026-11-20T1900-check-in#14", "status": "done"}`.
struct EventCoding: Codable {
  var event: Event

  init(_ event: Event) { self.event = event }

  private enum Key: String, CodingKey {
    case type, session, index, order, member, next, seconds, note, sequence, action, status
  }

  private enum Kind: String, Codable {
    case started, itemEntered, stickGiven, passed, stickReleased, paused, resumed
    case handRaised, handLowered, replyClaimed, replyWithdrawn
    case turnExtended, itemExtended, noteAdded, actionReviewed, undone, left, recovered, ended
  }

  init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    switch try c.decode(Kind.self, forKey: .type) {
    case .started: event = .started(try c.decode(SessionStart.self, forKey: .session))
    case .itemEntered:
      event = .itemEntered(
        index: try c.decode(Int.self, forKey: .index),
        order: try c.decode([String].self, forKey: .order))
    case .stickGiven: event = .stickGiven(member: try c.decode(String.self, forKey: .member))
    case .passed: event = .passed(next: try c.decodeIfPresent(String.self, forKey: .next))
    case .stickReleased: event = .stickReleased
    case .handRaised: event = .handRaised(member: try c.decode(String.self, forKey: .member))
    case .handLowered: event = .handLowered(member: try c.decode(String.self, forKey: .member))
    case .replyClaimed: event = .replyClaimed(member: try c.decode(String.self, forKey: .member))
    case .replyWithdrawn:
      event = .replyWithdrawn(member: try c.decode(String.self, forKey: .member))
    case .paused: event = .paused
    case .resumed: event = .resumed
    case .turnExtended: event = .turnExtended(seconds: try c.decode(Int.self, forKey: .seconds))
    case .itemExtended: event = .itemExtended(seconds: try c.decode(Int.self, forKey: .seconds))
    case .noteAdded: event = .noteAdded(try c.decode(Note.self, forKey: .note))
    case .actionReviewed:
      event = .actionReviewed(
        id: try c.decode(String.self, forKey: .action),
        status: try c.decode(ActionStatus.self, forKey: .status))
    case .undone: event = .undone(sequence: try c.decode(Int.self, forKey: .sequence))
    case .left: event = .left
    case .recovered: event = .recovered
    case .ended: event = .ended
    }
  }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Key.self)
    switch event {
    case .started(let start):
      try c.encode(Kind.started, forKey: .type)
      try c.encode(start, forKey: .session)
    case .itemEntered(let index, let order):
      try c.encode(Kind.itemEntered, forKey: .type)
      try c.encode(index, forKey: .index)
      try c.encode(order, forKey: .order)
    case .stickGiven(let member):
      try c.encode(Kind.stickGiven, forKey: .type)
      try c.encode(member, forKey: .member)
    case .passed(let next):
      try c.encode(Kind.passed, forKey: .type)
      try c.encode(next, forKey: .next)
    case .stickReleased: try c.encode(Kind.stickReleased, forKey: .type)
    case .handRaised(let member):
      try c.encode(Kind.handRaised, forKey: .type)
      try c.encode(member, forKey: .member)
    case .handLowered(let member):
      try c.encode(Kind.handLowered, forKey: .type)
      try c.encode(member, forKey: .member)
    case .replyClaimed(let member):
      try c.encode(Kind.replyClaimed, forKey: .type)
      try c.encode(member, forKey: .member)
    case .replyWithdrawn(let member):
      try c.encode(Kind.replyWithdrawn, forKey: .type)
      try c.encode(member, forKey: .member)
    case .paused: try c.encode(Kind.paused, forKey: .type)
    case .resumed: try c.encode(Kind.resumed, forKey: .type)
    case .turnExtended(let seconds):
      try c.encode(Kind.turnExtended, forKey: .type)
      try c.encode(seconds, forKey: .seconds)
    case .itemExtended(let seconds):
      try c.encode(Kind.itemExtended, forKey: .type)
      try c.encode(seconds, forKey: .seconds)
    case .noteAdded(let note):
      try c.encode(Kind.noteAdded, forKey: .type)
      try c.encode(note, forKey: .note)
    case .actionReviewed(let id, let status):
      try c.encode(Kind.actionReviewed, forKey: .type)
      try c.encode(id, forKey: .action)
      try c.encode(status, forKey: .status)
    case .undone(let sequence):
      try c.encode(Kind.undone, forKey: .type)
      try c.encode(sequence, forKey: .sequence)
    case .left: try c.encode(Kind.left, forKey: .type)
    case .recovered: try c.encode(Kind.recovered, forKey: .type)
    case .ended: try c.encode(Kind.ended, forKey: .type)
    }
  }
}

/// UTC times with milliseconds, `2026-11-27T19:00:00.123Z`, read fast and written the same way.
public enum Timestamp {
  public static func format(_ date: Date) -> String {
    let millis = Int64((date.timeIntervalSince1970 * 1000).rounded())
    let (seconds, fraction) = millis.quotientAndRemainder(dividingBy: 1000)
    let (days, secondOfDay) = floorDivide(Int(seconds) + (fraction < 0 ? -1 : 0), 86_400)
    let (year, month, day) = civilFromDays(days)
    let ms = fraction < 0 ? fraction + 1000 : fraction
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
      + "\(pad(secondOfDay % 3600 / 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(Int(ms), 3))Z"
  }

  /// Parses the format above; nil for anything else.
  public static func parse(_ text: String) -> Date? {
    let b = Array(text.utf8)
    guard b.count == 24, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58,
      b[19] == 46, b[23] == 90
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        guard b[i] >= 48, b[i] <= 57 else { return nil }
        value = value * 10 + Int(b[i] - 48)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      let millis = number(20..<23), (1...12).contains(month), (1...31).contains(day), hour < 24,
      minute < 60, second < 61
    else { return nil }
    let days = daysFromCivil(year: year, month: month, day: day)
    let total = Double(days * 86_400 + hour * 3600 + minute * 60 + second) + Double(millis) / 1000
    return Date(timeIntervalSince1970: total)
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date of a day counted from 1970-01-01 (Howard Hinnant's algorithm).
  private static func civilFromDays(_ z: Int) -> (Int, Int, Int) {
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

  private static func floorDivide(_ a: Int, _ b: Int) -> (Int, Int) {
    let q = a >= 0 ? a / b : (a - b + 1) / b
    return (q, a - q * b)
  }

  private static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }
}
