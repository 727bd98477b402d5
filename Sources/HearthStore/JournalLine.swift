import Foundation
import HearthCore

/// One line of `journal.jsonl`: the format version, sequence number, wall-clock time and event.
/// Version 2 holds carried actions by reference (decision 0060); version 1 lines still read.
struct JournalLine: Codable {
  static let version = 2

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
    EventRecord(
      sequence: seq, time: try Timestamp.decode(at, at: [CodingKeys.at]), event: event.event)
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
    case heartbeat
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
    case .heartbeat: event = .heartbeat
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
    case .heartbeat: try c.encode(Kind.heartbeat, forKey: .type)
    }
  }
}
