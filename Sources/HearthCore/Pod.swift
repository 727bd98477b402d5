/// A crew that meets regularly: who belongs to it, which roles rotate, and what it has agreed.
public struct Pod: Sendable, Equatable, Codable {
  public var name: String
  public var members: [Member]
  public var roles: [String]
  public var agreements: [String]

  public init(name: String, members: [Member], roles: [String], agreements: [String] = []) {
    self.name = name
    self.members = members
    self.roles = roles
    self.agreements = agreements
  }

  /// The default rotating roles of a new pod.
  public static let defaultRoles = ["facilitator", "timekeeper", "scribe"]
}

/// One person in a pod.
public struct Member: Sendable, Equatable, Codable {
  public var name: String
  public var pronouns: String?
  public var active: Bool

  public init(name: String, pronouns: String? = nil, active: Bool = true) {
    self.name = name
    self.pronouns = pronouns
    self.active = active
  }
}
