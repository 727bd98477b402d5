import Foundation

/// What `hearth search` looks for: lines holding every word of the query, ignoring case and
/// accents ("jose" finds "José", "CAFE" finds "café").
///
/// Lines that are ASCII (apart from a few punctuation marks that fold to themselves) are matched
/// on their bytes; only other lines are folded with Foundation, which is what makes searching a
/// large archive cheap.
public struct SearchQuery: Sendable, Equatable {
  /// The query as typed.
  public let text: String
  /// The query's words, folded; a line matches when it contains every one.
  public let words: [String]
  /// The words' bytes when every folded word is ASCII.
  let asciiWords: [[UInt8]]?

  /// A query for `text`; nil when it holds no word.
  public init?(_ text: String) {
    let words = Self.fold(text).split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty else { return nil }
    self.text = text
    self.words = words
    let ascii = words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    asciiWords = ascii ? words.map { Array($0.utf8) } : nil
  }

  /// `text` without case and accents.
  public static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// Whether `line` contains every word of the query.
  public func matches(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { matches(utf8: $0) }
  }

  /// Whether the UTF-8 text `line` contains every word of the query.
  public func matches(utf8 line: UnsafeBufferPointer<UInt8>) -> Bool {
    if let asciiWords, Self.isSimple(line) {
      return asciiWords.allSatisfy { Self.contains(line, $0) }
    }
    if asciiWords == nil, !line.contains(where: { $0 >= 0x80 }) { return false }
    let folded = Self.fold(String(decoding: line, as: UTF8.self))
    return words.allSatisfy { folded.contains($0) }
  }

  /// For an ASCII query, a finder of where its first word occurs in a buffer, ignoring ASCII
  /// case; nil when the query is not ASCII. In text that `isSimple` accepts, only lines holding
  /// such a place can match.
  public func firstWordFinder() -> WordFinder? {
    asciiWords?.first.map { WordFinder($0) }
  }

  /// Whether every word is ASCII without controls or backslashes: text holding a match then
  /// holds the first word's bytes (in either case), even escaped as the indexes escape text.
  public var isPlainASCII: Bool {
    asciiWords?.allSatisfy { $0.allSatisfy { $0 >= 0x20 && $0 != 0x5C } } ?? false
  }

  /// The ranges of `line` that match a word of the query, for highlighting, in order and not
  /// overlapping.
  public func highlights(in line: String) -> [Range<String.Index>] {
    // Fold character by character, remembering which character each folded one came from.
    var folded: [Character] = []
    var owners: [String.Index] = []
    for index in line.indices {
      for character in Self.fold(String(line[index])) {
        folded.append(character)
        owners.append(index)
      }
    }
    var marked = Array(repeating: false, count: folded.count)
    for word in words {
      let needle = Array(word)
      guard !needle.isEmpty, needle.count <= folded.count else { continue }
      var start = 0
      while start + needle.count <= folded.count {
        if Array(folded[start..<start + needle.count]) == needle {
          for i in start..<start + needle.count { marked[i] = true }
          start += needle.count
        } else {
          start += 1
        }
      }
    }
    var ranges: [Range<String.Index>] = []
    var i = 0
    while i < folded.count {
      guard marked[i] else {
        i += 1
        continue
      }
      let first = owners[i]
      while i < folded.count, marked[i] { i += 1 }
      let last = owners[i - 1]
      let upper = line.index(after: last)
      if let previous = ranges.last, previous.upperBound >= first {
        ranges[ranges.count - 1] = previous.lowerBound..<max(upper, previous.upperBound)
      } else {
        ranges.append(first..<upper)
      }
    }
    return ranges
  }

  // MARK: Bytes

  /// Non-ASCII characters that fold to themselves and never change their neighbours: the middle
  /// dot, dashes, quotation marks and the bullet. Text made of ASCII and these folds to its ASCII
  /// lower case.
  static let neutral: Set<UInt32> = [
    0xB7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201A, 0x201B,
    0x201C, 0x201D, 0x201E, 0x201F, 0x2022,
  ]

  /// Whether every non-ASCII character of `bytes` is `neutral`: such text matches on its bytes.
  static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var i = 0
    let count = bytes.count
    while i < count {
      // Eight ASCII bytes at a time.
      if i + 8 <= count,
        UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        i += 8
        continue
      }
      let byte = bytes[i]
      if byte < 0x80 {
        i += 1
      } else if byte == 0xC2, i + 1 < count, bytes[i + 1] == 0xB7 {
        i += 2
      } else if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80,
        (0x90...0xA2).contains(bytes[i + 2]),
        neutral.contains(0x2000 + UInt32(bytes[i + 2] - 0x80))
      {
        i += 3
      } else {
        return false
      }
    }
    return true
  }

  /// Whether `haystack` contains the lower-case ASCII `needle`, ignoring ASCII case.
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    firstIndex(of: needle, in: haystack, from: 0) != nil
  }

  /// Where the lower-case ASCII `needle` first occurs in `haystack` at or after `start`,
  /// ignoring ASCII case.
  static func firstIndex(
    of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    var finder = WordFinder(needle)
    return finder.next(in: haystack, from: start)
  }
}

/// Finds a lower-case ASCII word in one buffer, ignoring ASCII case, place after place. Where
/// each case of its first byte next occurs is found with `memchr` and remembered, so asking
/// again further on never reads the same bytes twice, however rare either case is.
public struct WordFinder: Sendable {
  let needle: [UInt8]
  private var nextLower = -1
  private var nextUpper = -1
  /// Where the last search began: asking from further back forgets what was remembered.
  private var lastStart = Int.min

  init(_ needle: [UInt8]) { self.needle = needle }

  /// Where the word first occurs in `haystack` at or after `start`; nil when it does not. Ask
  /// with the same buffer each time.
  public mutating func next(in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let first = needle.first else { return start }
    guard let base = haystack.baseAddress, needle.count <= haystack.count else { return nil }
    if start < lastStart {
      nextLower = -1
      nextUpper = -1
    }
    lastStart = start
    let isLetter = (0x61...0x7A).contains(first)
    let upperFirst = isLetter ? first - 0x20 : first
    if !isLetter { nextUpper = Int.max }
    let length = needle.count
    let last = haystack.count - length
    var from = start
    func find(_ byte: UInt8, after start: Int) -> Int {
      guard start <= last,
        let found = memchr(base + start, Int32(byte), last - start + 1)
      else { return Int.max }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
    while from <= last {
      if nextLower < from { nextLower = find(first, after: from) }
      if nextUpper < from { nextUpper = find(upperFirst, after: from) }
      let i = min(nextLower, nextUpper)
      guard i <= last else { return nil }
      var j = 1
      while j < length {
        var b = haystack[i + j]
        if b >= 0x41, b <= 0x5A { b += 0x20 }
        if b != needle[j] { break }
        j += 1
      }
      if j == length { return i }
      from = i + 1
    }
    return nil
  }
}

/// One line `hearth search` found: the session, the agenda item, what kind of line and its text.
public struct SearchHit: Sendable, Equatable, Codable {
  /// The session's id.
  public var session: String
  /// When the session began, if known.
  public var started: Date?
  /// The agenda item the line belongs to, if any.
  public var item: String?
  public var kind: SearchLine.Kind
  public var text: String
  /// The member the line is about: an attendee, a role holder or an action's owner.
  public var member: String?

  public init(
    session: String, started: Date?, item: String?, kind: SearchLine.Kind, text: String,
    member: String?
  ) {
    self.session = session
    self.started = started
    self.item = item
    self.kind = kind
    self.text = text
    self.member = member
  }

  private enum CodingKeys: String, CodingKey {
    case session, started, item, kind, text, member
  }

  /// Encodes every field, absent ones as null.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(session, forKey: .session)
    try c.encode(started, forKey: .started)
    try c.encode(item, forKey: .item)
    try c.encode(kind, forKey: .kind)
    try c.encode(text, forKey: .text)
    try c.encode(member, forKey: .member)
  }
}
