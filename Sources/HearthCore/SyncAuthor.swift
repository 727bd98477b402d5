/// The name and address the pod's shared history is written under: "Hearth" with an address
/// that names no person and no computer, unless the pod chose another in `pod.toml`.
public struct SyncAuthor: Sendable, Equatable, Codable {
  public var name: String
  public var address: String

  /// Hearth's own identity: no person's name, and `localhost` instead of this computer's name.
  public static let hearth = SyncAuthor(name: "Hearth", address: "hearth@localhost")

  public init(name: String, address: String) {
    self.name = name
    self.address = address
  }

  /// `Name <address>`, as git writes an identity.
  public var text: String { "\(name) <\(address)>" }

  /// Reads `Name <address>`; nil when `text` is not of that shape.
  public init?(parsing text: String) {
    guard Self.problem(with: text) == nil, let open = text.lastIndex(of: "<") else { return nil }
    name = text[..<open].trimmingCharacters(in: [" "])
    address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
  }

  /// Why `text` cannot be the pod's sync author, or nil when it can: `Name <address>`, a name
  /// without `<` or `>`, an address without spaces, nothing the terminal gate holds back.
  public static func problem(with text: String) -> String? {
    let shape =
      "the author is written as \"Name <address>\", for example \"Tuesday Crew <crew@localhost>\""
    if let held = Member.heldBack("the author", text) { return held }
    guard text.hasSuffix(">"), let open = text.lastIndex(of: "<") else { return shape }
    let name = text[..<open].trimmingCharacters(in: [" "])
    let address = text[text.index(after: open)..<text.index(before: text.endIndex)]
    if name.isEmpty { return "the author needs a name before <address>; " + shape }
    if address.isEmpty { return "the author needs an address between < and >; " + shape }
    if name.contains(where: { $0 == "<" || $0 == ">" }) {
      return "the author's name cannot contain < or >"
    }
    if address.contains(where: { $0 == "<" || $0 == ">" || $0 == " " }) {
      return "the author's address cannot contain spaces, < or >"
    }
    if text.count > 200 { return "the author can have at most 200 characters" }
    return nil
  }
}
