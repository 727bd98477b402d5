import HearthCore

/// The screen before a meeting: choose the format, mark who is present, confirm the rotation's
/// suggested role holders (skip or swap them) and read the pod's agreements.
public struct PreMeetingModel: Sendable {
  /// Which part of the screen the arrow keys move in.
  public enum Section: Int, Sendable, CaseIterable {
    case present, roles, format
  }

  /// What the facilitator settled on.
  public struct Plan: Sendable, Equatable {
    public var format: Format
    public var attendees: [String]
    public var roles: [String: String]
    /// Role → members who declined it before the meeting.
    public var declined: [String: [String]]
    /// The commitment renewed or closed, to write to pod.toml as the meeting starts.
    public var commitment: CommitmentChange?

    public init(
      format: Format, attendees: [String], roles: [String: String], declined: [String: [String]],
      commitment: CommitmentChange? = nil
    ) {
      self.format = format
      self.attendees = attendees
      self.roles = roles
      self.declined = declined
      self.commitment = commitment
    }
  }

  /// Suggests holders of `roles` for the present members, never a member who declined a role;
  /// the roles `held` (chosen with a swap) keep their holders.
  public typealias Suggest =
    @Sendable (
      _ roles: [String], _ present: [String], _ declined: [String: [String]],
      _ held: [String: String]
    ) -> [String: String]

  /// Every key of the screen and what it does: the help (`?`) lists them all, the status line
  /// those marked `hint`, which fit 80 columns.
  public static let keys: [(key: String, label: String, hint: Bool)] = [
    ("Enter", "start", true), ("1-9", "here/away", true), ("Tab", "section", true),
    ("↑↓ j k", "move", false), ("Space", "choose the format, mark here/away, swap", false),
    ("s", "skip: the suggested person declines the role", true),
    ("w", "swap: on one role, then another", true),
    ("+ - x", "once the commitment is complete: renew it, how long, or close it", false),
    ("?", "keys", true), ("q", "quit without meeting", true),
  ]

  public let pod: Pod
  public let formats: [Format]
  /// The pod's session number of this meeting, counted from 1.
  public let sessionNumber: Int
  private let suggest: Suggest

  public private(set) var section: Section = .present
  public private(set) var formatIndex: Int
  public private(set) var cursor = 0
  public private(set) var present: Set<String>
  public private(set) var roles: [String: String] = [:]
  public private(set) var declined: [String: [String]] = [:]
  /// The role picked with `w`, waiting for the role to swap with.
  public private(set) var swapping: String?
  public private(set) var message: String?
  /// A complete commitment renewed (`+`, `-` for how long) or closed (`x`), once it is due.
  public private(set) var commitmentChange: CommitmentChange?
  /// Roles given by a swap, kept while their holders are present (and again when they return).
  public private(set) var swapped: [String: String] = [:]
  /// Whether `?` shows every key.
  public private(set) var showsKeys = false

  public init(
    pod: Pod, formats: [Format], preferred format: String?, sessionNumber: Int,
    suggest: @escaping Suggest
  ) {
    self.pod = pod
    self.formats = formats
    self.sessionNumber = sessionNumber
    self.suggest = suggest
    let due = pod.isCommitmentComplete(beforeSession: sessionNumber)
    let wanted = format ?? (due ? BuiltIn.retrospective.name : BuiltIn.checkIn.name)
    formatIndex = formats.firstIndex { $0.name == wanted } ?? 0
    present = Set(pod.activeMembers.map(\.name))
    resuggest()
  }

  /// The present members in roster order.
  public var attendees: [String] { pod.members.map(\.name).filter(present.contains) }
  public var format: Format { formats[formatIndex] }
  /// The roles this meeting rotates: the pod's, and the focus person when the format has one.
  public var roleNames: [String] { format.roles(for: pod) }
  /// Whether the commitment is complete and a retrospective is due.
  public var isRetrospectiveDue: Bool { pod.isCommitmentComplete(beforeSession: sessionNumber) }

  /// The pod as it will be once the meeting starts: with the commitment renewed or closed.
  public var plannedPod: Pod {
    commitmentChange.map { pod.applying($0, beforeSession: sessionNumber) } ?? pod
  }

  /// What the outcome of a key is.
  public enum Step: Sendable, Equatable {
    case stay
    case start(Plan)
    case cancel
  }

  public mutating func handle(_ key: Key) -> Step {
    message = nil
    if showsKeys {
      showsKeys = false
      return .stay
    }
    switch key {
    case .character("?"):
      showsKeys = true
    case .character("q"), .escape, .control("c"):
      if swapping != nil {
        swapping = nil
        return .stay
      }
      return .cancel
    case .enter:
      guard attendees.count >= 1 else {
        message = "Mark at least one person present."
        return .stay
      }
      return .start(
        Plan(
          format: format, attendees: attendees, roles: roles, declined: declined,
          commitment: commitmentChange))
    case .tab:
      section = Section(rawValue: (section.rawValue + 1) % Section.allCases.count)!
      cursor = section == .format ? formatIndex : 0
    case .up, .character("k"):
      cursor = max(0, cursor - 1)
    case .down, .character("j"):
      cursor = min(rows - 1, cursor + 1)
    case .character(" "):
      toggle()
    case .pick(let tag):
      // A click on a format chooses it, on a member marks them here or away, on a role moves
      // there (for s and w).
      guard let clicked = Section(rawValue: tag / 1000) else { break }
      section = clicked
      cursor = min(max(0, tag % 1000), max(0, rows - 1))
      if clicked != .roles { toggle() }
    case .character("s"):
      skip()
    case .character("w"):
      swap()
    case .character("+"), .character("-"), .character("x"):
      decideCommitment(key)
    case .character(let c):
      if let n = c.wholeNumberValue, n >= 1, n <= pod.activeMembers.count {
        section = .present
        cursor = n - 1
        toggle()
      }
    default:
      break
    }
    return .stay
  }

  /// The tag a screen marks row `row` of `section` with, for clicks.
  public static func tag(_ section: Section, _ row: Int) -> Int { section.rawValue * 1000 + row }

  /// Rows in the current section.
  private var rows: Int {
    switch section {
    case .format: formats.count
    case .present: pod.activeMembers.count
    case .roles: roleNames.count
    }
  }

  private mutating func toggle() {
    switch section {
    case .format:
      formatIndex = cursor
      resuggest()
    case .present:
      let name = pod.activeMembers[cursor].name
      let before = roles
      if present.contains(name) { present.remove(name) } else { present.insert(name) }
      resuggest()
      let changed = roleNames.filter { roles[$0] != before[$0] }.map {
        "\($0) now \(roles[$0] ?? "nobody")"
      }
      if !changed.isEmpty {
        let why = present.contains(name) ? "\(name) is here" : "\(name) is away"
        message = why + ": " + changed.joined(separator: ", ") + "."
      }
    case .roles:
      swap()
    }
  }

  /// Once the commitment is complete: `+` renews it for as many sessions as before (again, one
  /// more), `-` one fewer, `x` closes it (again: undecided).
  private mutating func decideCommitment(_ key: Key) {
    guard isRetrospectiveDue, let sessions = pod.commitment else {
      message = "+ and x renew or close the commitment once it is complete."
      return
    }
    switch (key, commitmentChange) {
    case (.character("x"), .close?): commitmentChange = nil
    case (.character("x"), _): commitmentChange = .close
    case (.character("+"), .renew(let n)?): commitmentChange = .renew(sessions: min(n + 1, 1000))
    case (.character("-"), .renew(let n)?): commitmentChange = .renew(sessions: max(n - 1, 1))
    default: commitmentChange = .renew(sessions: sessions)
    }
    switch commitmentChange {
    case .renew(let n)?:
      message = "Renewed for \(CommitmentTerm.sessions(n)) from this one; + - change, x closes."
    case .close?: message = "The commitment closes as this meeting starts; x again undoes."
    case nil: message = "The commitment stays undecided."
    }
  }

  /// The holder of the role under the cursor declines; the rotation suggests someone else.
  private mutating func skip() {
    guard section == .roles else {
      message = "Tab to the roles, then s skips the suggested person."
      return
    }
    let role = roleNames[cursor]
    guard let holder = roles[role] else { return }
    let others = attendees.filter { !(declined[role] ?? []).contains($0) && $0 != holder }
    guard !others.isEmpty else {
      message = "Nobody else present can take \(role)."
      return
    }
    declined[role, default: []].append(holder)
    resuggest()
    message = "\(holder) passes on \(role); \(roles[role] ?? "nobody") is suggested."
  }

  /// `w` on one role, then on another, exchanges their holders.
  private mutating func swap() {
    guard section == .roles else {
      message = "Tab to the roles, then w swaps two holders."
      return
    }
    let role = roleNames[cursor]
    guard let first = swapping else {
      swapping = role
      message = "Swap \(role) with which role? Move and press w."
      return
    }
    swapping = nil
    guard first != role else { return }
    let a = roles[first]
    roles[first] = roles[role]
    roles[role] = a
    swapped[first] = roles[first]
    swapped[role] = roles[role]
    message = "Swapped \(first) and \(role)."
  }

  private mutating func resuggest() {
    for role in declined.keys { declined[role]?.removeAll { !present.contains($0) } }
    let held = swapped.filter { roleNames.contains($0.key) && present.contains($0.value) }
    roles = attendees.isEmpty ? [:] : suggest(roleNames, attendees, declined, held)
  }
}
