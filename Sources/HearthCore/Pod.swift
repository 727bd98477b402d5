import Foundation

/// A crew that meets regularly: who belongs to it, which roles rotate, and what it has agreed.
public struct Pod: Sendable, Equatable, Codable {
  public var name: String
  public var members: [Member]
  public var roles: [String]
  public var agreements: [String]
  /// How many sessions the pod committed to before a retrospective asks "continue?".
  public var commitment: Int?
  /// Which term of the commitment runs now: the first, or a renewed one.
  public var commitmentTerm: CommitmentTerm
  /// The theme the pod's screens use (a name or a file), unless `--theme` says otherwise.
  public var theme: String?
  /// How a turn reaching zero is signalled.
  public var bell: Bell
  /// Seconds left at which a timer starts to warn; nil for the usual 30 s (or the last 20 % of
  /// a short timebox).
  public var warning: Int?
  /// Who the pod's shared history is committed as; nil for Hearth's own identity.
  public var syncAuthor: SyncAuthor?

  /// How the terminal signals a turn's time reaching zero.
  public enum Bell: String, Sendable, Equatable, Codable, CaseIterable {
    /// The terminal's bell.
    case audible
    /// A flash of the screen, silent.
    case visual
    case none
  }

  public init(
    name: String, members: [Member], roles: [String], agreements: [String] = [],
    commitment: Int? = nil, commitmentTerm: CommitmentTerm = .first, theme: String? = nil,
    bell: Bell = .audible, warning: Int? = nil, syncAuthor: SyncAuthor? = nil
  ) {
    self.name = name
    self.members = members
    self.roles = roles
    self.agreements = agreements
    self.commitment = commitment
    self.commitmentTerm = commitmentTerm
    self.theme = theme
    self.bell = bell
    self.warning = warning
    self.syncAuthor = syncAuthor
  }

  /// The members who still meet, in roster order.
  public var activeMembers: [Member] { members.filter(\.active) }

  /// The member a name refers to now: their current name, or one they had before a rename.
  public func member(named name: String) -> Member? {
    let key = name.lowercased()
    return members.first {
      $0.name.lowercased() == key || $0.formerNames.contains { $0.lowercased() == key }
    }
  }

  /// Maps a name from history to the member's current name (history keeps old names).
  public func currentName(for name: String) -> String { member(named: name)?.name ?? name }

  /// `currentName(for:)` for the many names of a long history: each name a member has or had
  /// is looked up once, the rest as they come.
  public var currentNames: CurrentNames { CurrentNames(self) }

  /// The default rotating roles of a new pod.
  public static let defaultRoles = ["facilitator", "timekeeper", "scribe"]
}

/// One person in a pod.
public struct Member: Sendable, Equatable, Codable {
  public var name: String
  public var pronouns: String?
  /// Whether they still meet; a removed member stays in history, inactive.
  public var active: Bool
  /// Names they had before a rename, so their history stays theirs.
  public var formerNames: [String]

  public init(
    name: String, pronouns: String? = nil, active: Bool = true, formerNames: [String] = []
  ) {
    self.name = name
    self.pronouns = pronouns
    self.active = active
    self.formerNames = formerNames
  }

  /// Why `name` cannot be a member's name, or nil when it can: any letters of any script are
  /// fine; what the terminal gate holds back (controls, bidi characters), invisible format
  /// characters (two names must look different), leading or trailing spaces and commas are not.
  public static func problem(with name: String) -> String? {
    if name.isEmpty { return "a name cannot be empty" }
    if let held = heldBack("a name", name) { return held }
    if let invisible = name.unicodeScalars.first(where: UserText.isInvisible) {
      return
        "a name cannot contain invisible characters (found \(TerminalText.codePoint(invisible)))"
    }
    if name != name.trimmingCharacters(in: .whitespaces) {
      return "a name cannot start or end with a space"
    }
    if name.contains(",") || name.contains("=") { return "a name cannot contain ',' or '='" }
    if name.count > 40 { return "a name can have at most 40 characters" }
    return nil
  }

  /// Why `pronouns` cannot be someone's pronouns, or nil when they can: not empty, at most 40
  /// characters, nothing the terminal gate holds back.
  public static func problem(withPronouns pronouns: String) -> String? {
    if pronouns.trimmingCharacters(in: .whitespaces).isEmpty { return "pronouns cannot be empty" }
    if let held = heldBack("pronouns", pronouns) { return held }
    if pronouns.count > 40 { return "pronouns can have at most 40 characters" }
    return nil
  }

  /// `what cannot contain control characters (found ^[)` when `text` holds something the
  /// terminal gate would not send as it is.
  static func heldBack(_ what: String, _ text: String) -> String? {
    TerminalText.firstHeld(in: text).map {
      "\(what) cannot contain control characters (found \(TerminalText.visible($0)))"
    }
  }
}

extension Pod {
  /// Why `agreement` cannot be one of the pod's agreements, or nil when it can: it is read out
  /// at every meeting, so it may hold nothing the terminal gate holds back.
  public static func problem(withAgreement agreement: String) -> String? {
    Member.heldBack("an agreement", agreement)
  }
}

/// Maps names from history to members' current names, as `Pod.currentName(for:)` does, with one
/// dictionary lookup for each name a member has or had: 10,000 sessions' roles map in
/// milliseconds.
public struct CurrentNames: Sendable {
  private let pod: Pod
  private let known: [String: String]

  public init(_ pod: Pod) {
    self.pod = pod
    var known: [String: String] = [:]
    for member in pod.members {
      for name in [member.name] + member.formerNames { known[name] = pod.currentName(for: name) }
    }
    self.known = known
  }

  /// The current name of the member `name` refers to, or `name` itself.
  public func callAsFunction(_ name: String) -> String { known[name] ?? pod.currentName(for: name) }
}
