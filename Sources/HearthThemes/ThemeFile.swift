import Foundation
import HearthStore
import HearthUI

/// One theme file as written: what it says about each role, and the theme it builds on.
///
/// A role is a table whose keys are `fg`, `bg` (colours) and `attrs` (a list of `bold`, `dim`,
/// `italic`, `underline`, `reverse`); roles with dotted names are nested tables, `[agenda]`
/// then `current = { fg = "yellow" }`, or `[agenda.current]`. Top-level `description` and
/// `inherit` are text.
public struct ThemeFile: Sendable {
  /// The theme's name: the file's name without `.toml`.
  public var name: String
  /// One line about whom the theme serves.
  public var description: String
  /// The theme this one changes, if any.
  public var inherit: String?
  /// Where `inherit` is written, for errors about it.
  private var inheritPlace: StoreError
  /// What the file sets for each role it names.
  public var roles: [StyleRole: LookChange]

  /// What a theme sets for one role; anything left nil comes from the theme it inherits.
  public struct LookChange: Sendable, Equatable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    /// The role's attributes, replacing the inherited ones as a whole.
    public var attributes: Set<Attribute>?

    /// Applies this change to `look`.
    public func applied(to look: Look) -> Look {
      var look = look
      if let foreground { look.foreground = foreground }
      if let background { look.background = background }
      if let attributes {
        look.bold = attributes.contains(.bold)
        look.dim = attributes.contains(.dim)
        look.italic = attributes.contains(.italic)
        look.underline = attributes.contains(.underline)
        look.reverse = attributes.contains(.reverse)
      }
      return look
    }
  }

  /// The attributes a role may have.
  public enum Attribute: String, Sendable, CaseIterable {
    case bold, dim, italic, underline, reverse
  }

  /// Reads theme `name` from `text`, found at `path`; every mistake is a positioned error.
  public init(name: String, text: String, path: String) throws {
    let document = try TOMLDocument(text: text, path: path)
    let top = document.top
    self.name = name
    description = try top.string("description") ?? ""
    inherit = try top.string("inherit")
    inheritPlace = document.error(at: ["inherit"], "")
    var roles: [StyleRole: LookChange] = [:]
    try Self.read(top, into: &roles)
    self.roles = roles
  }

  /// An error about `inherit`, at the place it is written.
  public func inheritError(_ message: String) -> StoreError {
    var error = inheritPlace
    error.message = message
    return error
  }

  private static let properties = ["fg", "bg", "attrs"]
  private static let roleNames = StyleRole.allCases.map(\.rawValue)

  /// Reads the roles in `table` and the tables under it.
  private static func read(_ table: TOMLReader, into roles: inout [StyleRole: LookChange]) throws {
    let isTop = table.path.isEmpty
    let name = table.path.joined(separator: ".")
    let setsLook = properties.contains { table.has($0) } || table.keys.isEmpty
    if !isTop, setsLook {
      guard let role = StyleRole(rawValue: name) else {
        throw table.document.error(
          at: table.path,
          "unknown role '\(name)'"
            + (TOMLReader.suggestion(for: name, among: roleNames)
              ?? "; `hearth themes check` on a shipped theme lists them all"))
      }
      roles[role] = try change(table)
    }
    for key in table.keys where !properties.contains(key) || isTop {
      if isTop, key == "description" || key == "inherit" { continue }
      guard table.isTable(key), let inner = try table.table(key) else {
        let here = (table.path + [key]).joined(separator: ".")
        let known = isTop ? ["description", "inherit"] + roleNames : properties
        throw table.document.error(
          at: table.path + [key],
          "'\(here)' is not a role's table"
            + (TOMLReader.suggestion(for: key, among: known)
              ?? (isTop
                ? "; write roles as tables, e.g. header = { fg = \"white\", bg = \"blue\" }"
                : "; a role has fg, bg and attrs"))
        )
      }
      try read(inner, into: &roles)
    }
  }

  /// The look one role's table sets.
  private static func change(_ table: TOMLReader) throws -> LookChange {
    var change = LookChange()
    change.foreground = try color(table, "fg")
    change.background = try color(table, "bg")
    if let names = try table.strings("attrs") {
      var attributes = Set<Attribute>()
      for name in names {
        guard let attribute = Attribute(rawValue: name.lowercased()) else {
          let all = Attribute.allCases.map(\.rawValue)
          throw table.error(
            "attrs",
            "unknown attribute '\(name)'"
              + (TOMLReader.suggestion(for: name, among: all)
                ?? "; expected some of: \(all.joined(separator: ", "))"))
        }
        attributes.insert(attribute)
      }
      change.attributes = attributes
    }
    return change
  }

  private static let colorHelp =
    "expected \"default\", a colour name (red, bright-blue, …), 0–255 or \"#rrggbb\""

  /// The colour at `key`, if set.
  private static func color(_ table: TOMLReader, _ key: String) throws -> TerminalColor? {
    switch try table.textOrNumber(key, expected: "a colour (\(colorHelp))") {
    case nil: return nil
    case .number(let index)?:
      guard (0...255).contains(index) else {
        throw table.error(key, "colour \(index) is out of range; \(colorHelp)")
      }
      return .indexed(index)
    case .text(let text)?:
      if let color = parseColor(text) { return color }
      throw table.error(
        key,
        "unknown colour '\(text)'"
          + (TOMLReader.suggestion(
            for: text.lowercased(), among: ["default"] + TerminalColor.names) ?? "")
          + "; \(colorHelp)")
    }
  }

  /// A colour as a theme writes it: `default`, an ANSI name, `grey`, or `#rrggbb`.
  static func parseColor(_ text: String) -> TerminalColor? {
    let lower = text.lowercased().replacingOccurrences(of: "_", with: "-")
    if lower == "default" { return .standard }
    if lower == "grey" || lower == "gray" { return .ansi(8) }
    if let index = TerminalColor.names.firstIndex(of: lower) { return .ansi(index) }
    let hex = Array(lower.utf8)
    guard hex.count == 7, hex[0] == UInt8(ascii: "#") else { return nil }
    var channels: [UInt8] = []
    for start in stride(from: 1, to: 7, by: 2) {
      guard let value = UInt8(String(decoding: hex[start..<start + 2], as: UTF8.self), radix: 16)
      else { return nil }
      channels.append(value)
    }
    return .rgb(channels[0], channels[1], channels[2])
  }
}
