import Foundation

/// A line of a session that search can find: a note, decision, action, prompt, item title,
/// attendee or role holder.
public struct SearchLine: Sendable, Equatable {
  /// What kind of line it is.
  public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
    /// An attendee's name.
    case member
    /// A role and who held it, `facilitator Ana`.
    case role
    /// An agenda item's title.
    case item
    /// An agenda item's prompt.
    case prompt
    case note, decision, action
  }

  public var kind: Kind
  /// The agenda item's title, if the line belongs to one.
  public var item: String?
  public var text: String
  /// The member the line is about: the attendee, the role holder, the action's owner.
  public var member: String?

  public init(kind: Kind, item: String?, text: String, member: String?) {
    self.kind = kind
    self.item = item
    self.text = text
    self.member = member
  }
}

/// Reads back the searchable lines of a Markdown transcript as `Transcript.markdown` writes it.
public enum TranscriptSearch {
  /// The lines of `transcript` (UTF-8) that `query` matches, in transcript order.
  public static func matches(
    in transcript: UnsafeBufferPointer<UInt8>, query: SearchQuery
  ) -> [SearchLine] {
    var found: [SearchLine] = []
    // In a plain transcript, only the lines holding the first word. Otherwise a line with a
    // backslash may match only once unescaped, and any other line is checked as is.
    let filter =
      plainFilter(transcript, query: query) ?? { line in
        line.contains(0x5C) || query.mightMatch(file: line)
      }
    scan(transcript, filter: filter) { kind, item, content, member in
      guard query.matches(utf8: content) else { return }
      let text = String(decoding: content, as: UTF8.self)
      found.append(SearchLine(kind: kind, item: item, text: text, member: member?()))
    }
    return found
  }

  /// For an ASCII query and a transcript of plain text (no escapes, nothing that folds), a filter
  /// of its lines that passes only those holding the query's first word. The next place the
  /// word occurs is searched for in the whole transcript, so the many lines before it are
  /// rejected without being read again. Nil for other transcripts and queries.
  private static func plainFilter(
    _ transcript: UnsafeBufferPointer<UInt8>, query: SearchQuery
  ) -> ((UnsafeBufferPointer<UInt8>) -> Bool)? {
    guard query.asciiWords != nil, let base = transcript.baseAddress,
      memchr(base, 0x5C, transcript.count) == nil, SearchQuery.isSimple(transcript)
    else { return nil }
    var next = -1
    return { line in
      let start = base.distance(to: line.baseAddress!)
      if next < start { next = query.firstWordIndex(in: transcript, from: start) ?? Int.max }
      return next < start + line.count
    }
  }

  /// Every searchable line of `transcript`.
  public static func lines(of transcript: String) -> [SearchLine] {
    var found: [SearchLine] = []
    Array(transcript.utf8).withUnsafeBufferPointer { buffer in
      scan(buffer) { kind, item, content, member in
        found.append(
          SearchLine(
            kind: kind, item: item, text: String(decoding: content, as: UTF8.self),
            member: member?()))
      }
    }
    return found
  }

  private enum Section { case header, item, airtime, reviewed, actions }

  /// Calls `visit` with each searchable line: its kind, item title, unescaped text and a way to
  /// get the member it is about (only worked out for lines that are kept). Lines `filter`
  /// rejects are not visited and cost next to nothing.
  private static func scan(
    _ bytes: UnsafeBufferPointer<UInt8>,
    filter: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil,
    visit: (SearchLine.Kind, String?, UnsafeBufferPointer<UInt8>, (() -> String?)?) -> Void
  ) {
    /// Visits raw (escaped) text, unescaping it only when it holds a backslash.
    func visitRaw(
      _ kind: SearchLine.Kind, _ item: String?, _ raw: Slice<UnsafeBufferPointer<UInt8>>,
      _ member: (() -> String?)?
    ) {
      if raw.contains(0x5C) {
        unescape(raw).withUnsafeBufferPointer { visit(kind, item, $0, member) }
      } else {
        visit(kind, item, UnsafeBufferPointer(rebasing: raw), member)
      }
    }
    func visitArray(
      _ kind: SearchLine.Kind, _ item: String?, _ text: [UInt8], _ member: (() -> String?)?
    ) {
      text.withUnsafeBufferPointer { visit(kind, item, $0, member) }
    }
    var section = Section.header
    // The current item's heading, read into a title only when a line under it is visited.
    var heading: UnsafeBufferPointer<UInt8>?
    var title: String??
    func item() -> String? {
      if let title { return title }
      let read = heading.flatMap(itemTitle).map { String(decoding: $0, as: UTF8.self) }
      title = .some(read)
      return read
    }
    // The Present line, read into names only when a turn must be told from a note.
    var present: Slice<UnsafeBufferPointer<UInt8>>?
    var names: [[UInt8]]?
    func attendees() -> [[UInt8]] {
      if let names { return names }
      let read = present.map { split(unescape($0), by: [0x2C, 0x20]) } ?? []
      names = read
      return read
    }
    var start = 0
    let count = bytes.count
    while start < count {
      let end =
        memchr(bytes.baseAddress! + start, 10, count - start).map {
          bytes.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self))
        } ?? count
      let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
      start = end + 1
      guard let first = line.first else { continue }
      if first == 0x23 {  // #
        guard line.starts(with: headingPrefix) else { continue }
        let rest = UnsafeBufferPointer(rebasing: line[headingPrefix.count...])
        if isItemHeading(rest) {
          section = .item
          heading = rest
          title = nil
          if filter?(rest) ?? true, let item = item() {
            Array(item.utf8).withUnsafeBufferPointer { visit(.item, item, $0, nil) }
          }
        } else if rest.elementsEqual(airtimeHeading) {
          section = .airtime
          heading = nil
          title = .some(nil)
        } else if rest.elementsEqual(reviewedHeading) {
          section = .reviewed
          heading = nil
          title = .some("Actions reviewed")
        } else {
          section = .actions
          heading = nil
          title = .some(nil)
        }
        continue
      }
      if section == .header, line.starts(with: presentPrefix) {
        present = line[presentPrefix.count...]
      }
      if section == .airtime || section == .actions { continue }
      if let filter, !filter(line) { continue }
      switch section {
      case .header:
        if line.starts(with: presentPrefix) {
          for name in attendees() {
            visitArray(.member, nil, name) { String(decoding: name, as: UTF8.self) }
          }
        } else if line.starts(with: rolesPrefix) {
          for role in split(unescape(line[rolesPrefix.count...]), by: [0x2C, 0x20]) {
            let holder = role.firstIndex(of: 0x20).map { Array(role[($0 + 1)...]) }
            visitArray(.role, nil, role) { holder.map { String(decoding: $0, as: UTF8.self) } }
          }
        }
      case .item:
        if first == 0x3E, line.starts(with: [0x3E, 0x20]) {  // "> "
          visitRaw(.prompt, item(), line[2...], nil)
        } else if line.starts(with: decisionPrefix) {
          visitRaw(.decision, item(), line[decisionPrefix.count...], nil)
        } else if line.starts(with: actionPrefix) {
          let rest = line[actionPrefix.count...]
          if rest.starts(with: [0x2A, 0x2A, 0x3A, 0x2A, 0x2A, 0x20]) {  // "**:** "
            visitRaw(.action, item(), rest.dropFirst(6), nil)
          } else if let close = find([0x29, 0x3A, 0x2A, 0x2A, 0x20], in: rest),  // "):** "
            rest.first == 0x20, rest.dropFirst().first == 0x28
          {
            let owner = unescape(rest[(rest.startIndex + 2)..<close])
            visitRaw(.action, item(), rest[(close + 5)...]) {
              String(decoding: owner, as: UTF8.self)
            }
          }
        } else if line.starts(with: [0x2D, 0x20]) {  // "- "
          let content = line[2...]
          if isTurn(content, attendees: attendees) { continue }
          visitRaw(.note, item(), content, nil)
        }
      case .reviewed:
        // - **Done:** text (owner), from 13 November 2026
        guard line.starts(with: [0x2D, 0x20, 0x2A, 0x2A]),
          let colon = find([0x3A, 0x2A, 0x2A, 0x20], in: line[4...])
        else { continue }
        var rest = Array(line[(colon + 4)...])
        if let from = lastRange(of: Array(", from ".utf8), in: rest) { rest = Array(rest[..<from]) }
        var owner: [UInt8]?
        if rest.last == 0x29, let open = lastRange(of: [0x20, 0x28], in: rest) {
          owner = unescape(rest[(open + 2)..<(rest.count - 1)])
          rest = Array(rest[..<open])
        }
        visitArray(.action, item(), unescape(rest[...])) {
          owner.map { String(decoding: $0, as: UTF8.self) }
        }
      case .airtime, .actions:
        continue
      }
    }
  }

  private static let headingPrefix = Array("## ".utf8)
  private static let airtimeHeading = Array("Airtime".utf8)
  private static let reviewedHeading = Array("Actions reviewed".utf8)
  private static let presentPrefix = Array("- **Present:** ".utf8)
  private static let rolesPrefix = Array("- **Roles:** ".utf8)
  private static let decisionPrefix = Array("- **Decision:** ".utf8)
  private static let actionPrefix = Array("- **Action".utf8)

  /// Whether a heading's text is an item's, `N. Title`.
  private static func isItemHeading(_ rest: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < rest.count, (0x30...0x39).contains(rest[i]) { i += 1 }
    return i > 0 && i + 1 < rest.count && rest[i] == 0x2E && rest[i + 1] == 0x20
  }

  /// The unescaped title of an item heading `N. Title (4m 00s of 10m 00s)`, nil for other headings.
  private static func itemTitle(_ rest: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var i = 0
    while i < rest.count, (0x30...0x39).contains(rest[i]) { i += 1 }
    guard i > 0, i + 1 < rest.count, rest[i] == 0x2E, rest[i + 1] == 0x20 else { return nil }
    var title = Array(rest[(i + 2)...])
    if title.last == 0x29, let open = lastRange(of: [0x20, 0x28], in: title),
      title[(open + 2)..<(title.count - 1)].allSatisfy({ Self.isTimeByte($0) })
    {
      title = Array(title[..<open])
    }
    return unescape(title[...])
  }

  /// Digits, spaces and the letters of `4m 05s of 10m 00s`.
  private static func isTimeByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || byte == 0x20 || byte == 0x68 || byte == 0x6D || byte == 0x73
      || byte == 0x6F || byte == 0x66
  }

  /// Whether a list item is a turn, `Ana: 2m 05s` or `Ana: passed (0s)`, of an attendee. The
  /// attendees are asked for only when the item reads like a turn.
  private static func isTurn(
    _ content: Slice<UnsafeBufferPointer<UInt8>>, attendees: () -> [[UInt8]]
  ) -> Bool {
    guard content.last == 0x73 || content.last == 0x6D || content.last == 0x29 else {
      return false
    }
    var colon = content.endIndex - 2
    while colon >= content.startIndex, !(content[colon] == 0x3A && content[colon + 1] == 0x20) {
      colon -= 1
    }
    guard colon >= content.startIndex else { return false }
    var time = content[(colon + 2)...]
    if time.starts(with: passedPrefix), time.last == 0x29 {
      time = time.dropFirst(passedPrefix.count).dropLast()
    }
    guard !time.isEmpty, time.last == 0x73 || time.last == 0x6D, time.allSatisfy(isTimeByte)
    else { return false }
    let name = content[..<colon]
    if name.contains(0x5C) {
      let unescaped = unescape(name)
      return attendees().contains { $0 == unescaped }
    }
    return attendees().contains { $0.elementsEqual(name) }
  }

  private static let passedPrefix = Array("passed (".utf8)

  /// Removes the backslashes `Transcript.escape` put before Markdown characters.
  static func unescape(_ bytes: some Collection<UInt8>) -> [UInt8] {
    guard bytes.contains(0x5C) else { return Array(bytes) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var escaped = false
    for byte in bytes {
      if byte == 0x5C, !escaped {
        escaped = true
        continue
      }
      escaped = false
      out.append(byte)
    }
    return out
  }

  private static func split(_ bytes: [UInt8], by separator: [UInt8]) -> [[UInt8]] {
    var parts: [[UInt8]] = []
    var current: [UInt8] = []
    var i = 0
    while i < bytes.count {
      if bytes[i...].starts(with: separator) {
        parts.append(current)
        current = []
        i += separator.count
      } else {
        current.append(bytes[i])
        i += 1
      }
    }
    parts.append(current)
    return parts.filter { !$0.isEmpty }
  }

  /// The index where `needle` first occurs in `haystack`.
  private static func find(_ needle: [UInt8], in haystack: some Collection<UInt8>) -> Int? {
    let bytes = Array(haystack)
    guard needle.count <= bytes.count else { return nil }
    let offset = (haystack.startIndex as? Int) ?? 0
    for i in 0...(bytes.count - needle.count)
    where bytes[i..<(i + needle.count)].elementsEqual(needle) {
      return offset + i
    }
    return nil
  }

  /// The index where `needle` last occurs in `haystack`.
  private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    for i in stride(from: haystack.count - needle.count, through: 0, by: -1)
    where haystack[i..<(i + needle.count)].elementsEqual(needle) {
      return i
    }
    return nil
  }
}
