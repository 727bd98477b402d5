/// Who an action item belongs to, read from how its text begins. `@name` names a present member
/// by the whole name or by a beginning only one of them has, ignoring case and accents (`@chen`
/// is "Chen 陈", `@jose` is "José"; `@Mary Ann` is Mary Ann, `@Mary` is Mary when both are
/// here). `Name: …` does the same for a whole name only, since many lines begin with a word and
/// a colon. The name is taken off the saved text: the owner is kept beside it (decision 0030).
public enum ActionOwner: Sendable, Equatable {
  /// The text names nobody: the action falls to whoever holds the stick.
  case unnamed
  /// `member` owns it; `text` is what remains once the name is taken off.
  case named(String, text: String)
  /// `typed` (with its `@`) begins no present member's name.
  case nobody(typed: String, present: [String])
  /// `typed` (with its `@`) begins the names of several present members.
  case several(typed: String, [String])

  /// Reads the owner that `text` names among the `present` members.
  public static func read(_ text: String, present: [String]) -> ActionOwner {
    // Only as many words as the longest name are looked at: the line may be a long paste,
    // read again at every key.
    let longest = present.map { $0.split(whereSeparator: \.isWhitespace).count }.max() ?? 0
    let words = text.split(maxSplits: max(1, longest), whereSeparator: \.isWhitespace)
    guard let first = words.first else { return .unnamed }
    let mention = first.hasPrefix("@")
    var best: (member: String, words: Int)?
    for member in present {
      let name = member.split(whereSeparator: \.isWhitespace).map { fold($0) }
      guard !name.isEmpty, words.count >= name.count else { continue }
      var typed = words.prefix(name.count).map { fold($0) }
      if mention { typed[0].removeFirst() }
      let last = typed.removeLast()
      let ends = mention ? [last, trimmed(last)] : (last.hasSuffix(":") ? [trimmed(last)] : [])
      guard typed == name.dropLast(), let end = name.last, ends.contains(end) else { continue }
      if best.map({ name.count > $0.words }) ?? true { best = (member, name.count) }
    }
    if let best { return .named(best.member, text: rest(of: text, after: words[best.words - 1])) }
    guard mention else { return .unnamed }
    let typed = trimmed(fold(first.dropFirst()))
    guard !typed.isEmpty else { return .unnamed }
    let matches = present.filter { fold($0[...]).hasPrefix(typed) }
    switch matches.count {
    case 0: return .nobody(typed: String(first), present: present)
    case 1: return .named(matches[0], text: rest(of: text, after: first))
    default: return .several(typed: String(first), matches)
    }
  }

  /// The owner and the text to save: the member named, else `holder`, with the name taken off.
  public func owner(or holder: String?, text: String) -> (owner: String?, text: String) {
    guard case .named(let member, let rest) = self else { return (holder, text) }
    return (member, rest)
  }

  /// Why an action with this owner cannot be saved; nil when it can.
  public var refusal: String? {
    switch self {
    case .unnamed: return nil
    case .named(let member, let text):
      return text.isEmpty ? "Say what \(member) will do, after the name." : nil
    case .nobody(let typed, let present):
      let here =
        present.isEmpty ? "nobody is present" : "present: " + present.joined(separator: ", ")
      return "\(typed) is nobody present (\(here))."
    case .several(let typed, let members):
      return "\(typed) could be \(Self.either(members)): type more of the name."
    }
  }

  /// "Ana or Anabel", "Ana, Anabel or Anouk".
  private static func either(_ names: [String]) -> String {
    guard names.count > 1, let last = names.last else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " or " + last
  }

  private static func fold(_ text: Substring) -> String {
    SearchQuery.fold(String(text))
  }

  /// A typed word without the punctuation that may follow a name (`@Bo:`, `@Ana,`).
  private static func trimmed(_ word: String) -> String {
    var word = word
    while let last = word.last, ":,;.".contains(last) { word.removeLast() }
    return word
  }

  /// What follows `word` in `text`, without the space before it.
  private static func rest(of text: String, after word: Substring) -> String {
    String(text[word.endIndex...].drop { $0.isWhitespace })
  }
}
