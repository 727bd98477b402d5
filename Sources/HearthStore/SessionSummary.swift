import Foundation

/// One line of `hearth sessions --json`: an archive entry at a glance, or why it cannot be read.
/// It prints the entry's own fields, so the list and its JSON cannot drift apart.
public struct SessionSummary: Sendable, Equatable, Encodable {
  public var entry: ArchiveEntry

  public init(_ entry: ArchiveEntry) { self.entry = entry }

  private enum CodingKeys: String, CodingKey {
    case id, format, started, ended, attendees, seconds, damaged
  }

  /// Encodes every field, `ended` and `damaged` as null when they do not apply.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(entry.id, forKey: .id)
    try c.encode(entry.format, forKey: .format)
    try c.encode(entry.started, forKey: .started)
    try c.encode(entry.ended, forKey: .ended)
    try c.encode(entry.attendees, forKey: .attendees)
    try c.encode(entry.seconds, forKey: .seconds)
    try c.encode(entry.damaged, forKey: .damaged)
  }
}
