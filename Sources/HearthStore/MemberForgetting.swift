import Foundation
import HearthCore

/// Replaces one person's name, wherever Hearth wrote it, with a pseudonym.
struct NameScrubber {
  let names: [String]
  let pseudonym: String
  private let pattern: NSRegularExpression
  /// The names as a journal line spells them (JSON escapes included), to pass over quickly the
  /// records that cannot hold them.
  private let spellings: [String]

  /// Keys whose text (not a list) is Hearth's own vocabulary (`"kind": "round"`,
  /// `"order": "roster"`), never a person's words; and the pod's name, which pod.toml keeps.
  private static let vocabulary: Set<String> = [
    "type", "kind", "status", "order", "queue", "at", "pod",
  ]

  init(names: [String], pseudonym: String) throws {
    self.names = names
    self.pseudonym = pseudonym
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    spellings = try names.map {
      String(String(decoding: try encoder.encode($0), as: UTF8.self).dropFirst().dropLast())
    }
    let alternatives = names.sorted { $0.count > $1.count }
      .map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
    pattern = try NSRegularExpression(
      pattern: "(?<![\\p{L}\\p{N}])(?:\(alternatives))(?![\\p{L}\\p{N}])",
      options: [.caseInsensitive])
  }

  /// `text` with every whole-word mention of the names replaced.
  func scrub(_ text: String) -> String {
    if names.contains(text) { return pseudonym }
    let range = NSRange(text.startIndex..., in: text)
    return pattern.stringByReplacingMatches(
      in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: pseudonym))
  }

  /// A decoded JSON value with every string scrubbed but Hearth's own vocabulary.
  func scrub(json value: Any, key: String? = nil) -> Any {
    switch value {
    case let text as String:
      return key.map(Self.vocabulary.contains) == true ? text : scrub(text)
    case let array as [Any]:
      // A list under `order` holds names (a round's speaking order), never vocabulary.
      return array.map { scrub(json: $0) }
    case let object as [String: Any]:
      var out: [String: Any] = [:]
      for (name, inner) in object { out[name] = scrub(json: inner, key: name) }
      return out
    default:
      return value
    }
  }

  /// The record with the names replaced in every text it holds; it is read back as a journal
  /// line is, so what comes out is a record Hearth can fold.
  func scrub(_ record: EventRecord) throws -> EventRecord {
    let text = try Journal.line(for: record)
    guard spellings.contains(where: { text.range(of: $0, options: .caseInsensitive) != nil })
    else {
      return record
    }
    let line = Data(text.utf8)
    let object = try JSONSerialization.jsonObject(with: line)
    let scrubbed = try JSONSerialization.data(withJSONObject: scrub(json: object))
    return try JSONDecoder().decode(JournalLine.self, from: scrubbed).record()
  }
}

extension PodDirectory {
  /// What forgetting a member changed.
  public struct Forgotten: Sendable, Equatable {
    /// The name that now stands where theirs stood.
    public var pseudonym: String
    /// How many sessions' journals named them.
    public var sessions: Int
    /// Their notes and actions deleted (none unless asked to).
    public var deleted = MemberNotes()
  }

  /// Forgets the member called `name` (now or before a rename): every journal that names them
  /// is rewritten with a pseudonym ("Former member 1") in its place, sequence numbers kept, one
  /// journal at a time through a temporary file and a rename, so a crash leaves each journal
  /// whole, old or new; transcripts are rendered again, `pod.toml` written last (so forgetting
  /// again after a crash finishes the job), and the derived index removed, to be rebuilt.
  /// Formats and this home's sides of clashes (`pod.toml.mine`, `formats/*.toml.mine`) lose the
  /// name too. With `deletingNotes`, their notes, decisions and actions (`MemberNotes`) are
  /// erased first, as undo erases them, and the sessions that reviewed one of those actions
  /// have their transcripts rendered again.
  /// Refuses, changing nothing, while a meeting runs or when a journal cannot be read.
  public func forgetMember(
    named name: String, timeZone: TimeZone, deletingNotes: Bool = false
  ) throws -> Forgotten {
    var pod = try loadPod()
    let index = try rosterIndex(of: name, in: pod)
    let member = pod.members[index]
    var number = 1
    while pod.member(named: "Former member \(number)") != nil { number += 1 }
    let scrubber = try NameScrubber(
      names: [member.name] + member.formerNames, pseudonym: "Former member \(number)")
    let ids = sessionIDs()
    // First every check, so a refusal changes nothing.
    for id in ids where FileManager.default.fileExists(atPath: journalPath(id)) {
      if Journal.isHeldSteadily(journalPath(id)) {
        throw StoreError(
          path: journalPath(id),
          message: "a meeting is running in another terminal; end it before forgetting anyone")
      }
      _ = try readJournal(id).records.map(scrubber.scrub)
    }
    var changed = 0
    var deleted = MemberNotes()
    var erasedActions = Set<String>()
    var reviews: [String: Set<String>] = [:]
    for id in ids where FileManager.default.fileExists(atPath: journalPath(id)) {
      let writer = try journalWriter(id)
      let contents = try readJournal(id)
      var kept = contents.records
      if deletingNotes {
        let state = SessionState(replaying: kept)
        deleted = deleted + state.notes(of: scrubber.names)
        kept = state.erasingNotes(of: scrubber.names)
        erasedActions.formUnion(Self.erasedActions(from: contents.records, to: kept))
        reviews[id] = Set(state.actionReviews.keys)
      }
      let records = try kept.map(scrubber.scrub)
      // A torn last line is dropped here as resume would drop it: it may hold the name too.
      guard records != contents.records || contents.torn != nil else { continue }
      try writer.replace(with: records)
      changed += 1
      try rewriteTranscript(of: id, records: records, timeZone: timeZone)
      let torn = PodLayout.tornPath(of: journalPath(id))
      if let data = FileManager.default.contents(atPath: torn) {
        try Files.writeAtomically(
          scrubber.scrub(String(decoding: data, as: UTF8.self)), to: torn, staging: path)
      }
    }
    for (id, reviewed) in reviews where !reviewed.isDisjoint(with: erasedActions) {
      try rewriteTranscript(of: id, timeZone: timeZone)
    }
    try scrubSideFiles(scrubber)
    pod.members[index] = Member(name: scrubber.pseudonym, active: false)
    pod.agreements = pod.agreements.map(scrubber.scrub)
    try savePod(pod)
    try? FileManager.default.removeItem(atPath: layout.indexFolderPath)
    return Forgotten(pseudonym: scrubber.pseudonym, sessions: changed, deleted: deleted)
  }
}
