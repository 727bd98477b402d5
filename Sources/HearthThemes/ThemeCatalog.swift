import Foundation
import HearthStore
import HearthUI

/// Every theme Hearth can find: those built into the program (from the repository's `themes/`)
/// and the user's own in `$XDG_CONFIG_HOME/hearth/themes/`, and any file named by path.
public struct ThemeCatalog: Sendable {
  /// Where the user's own themes live.
  public let userDirectory: String

  /// A theme the catalog knows, before it is resolved.
  public struct Entry: Sendable, Equatable {
    public var name: String
    /// Where it comes from: `built in`, or the file's path.
    public var origin: String
    public var isBuiltIn: Bool { origin == Self.builtIn }
    public static let builtIn = "built in"
  }

  public init(userDirectory: String) {
    self.userDirectory = userDirectory
  }

  /// The catalog for this environment: `$XDG_CONFIG_HOME/hearth/themes`, else
  /// `~/.config/hearth/themes`.
  public init(environment: [String: String]) {
    let config =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
    self.init(userDirectory: config + "/hearth/themes")
  }

  /// The name of the theme used when none is chosen.
  public static let defaultName = "default"

  /// The built-in themes' names, in a stable order: default first.
  public static var builtInNames: [String] {
    let names = BuiltInThemeFiles.texts.keys.sorted()
    return names.filter { $0 == defaultName } + names.filter { $0 != defaultName }
  }

  /// Every theme: the built-in ones, then the user's (a user's theme with a built-in name
  /// replaces it).
  public func entries() -> [Entry] {
    let user = userThemeNames()
    var entries = Self.builtInNames.map {
      Entry(name: $0, origin: user.contains($0) ? userPath($0) : Entry.builtIn)
    }
    for name in user.sorted() where BuiltInThemeFiles.texts[name] == nil {
      entries.append(Entry(name: name, origin: userPath(name)))
    }
    return entries
  }

  /// The theme named `choice` (a name, or a path to a `.toml` file), with everything it
  /// inherits resolved; errors name the file, line and column.
  public func theme(_ choice: String) throws -> Theme {
    try theme(from: load(choice))
  }

  /// The theme a file read with `load` makes, with everything it inherits resolved.
  public func theme(from file: ThemeFile) throws -> Theme {
    try resolve(file, chain: [])
  }

  /// Reads `choice` without resolving what it inherits: a path when it has a `/` or ends in
  /// `.toml`, else a name.
  public func load(_ choice: String) throws -> ThemeFile {
    if choice.contains("/") || choice.hasSuffix(".toml") { return try file(at: choice) }
    if FileManager.default.fileExists(atPath: userPath(choice)) {
      return try file(at: userPath(choice))
    }
    guard let file = try builtIn(choice) else {
      let known = entries().map(\.name)
      throw StoreError(
        path: choice,
        message: "no such theme"
          + (TOMLReader.suggestion(for: choice, among: known) ?? "")
          + "; the themes are: \(known.joined(separator: ", "))")
    }
    return file
  }

  /// The built-in theme `name`, if there is one.
  public func builtIn(_ name: String) throws -> ThemeFile? {
    guard let text = BuiltInThemeFiles.texts[name] else { return nil }
    return try ThemeFile(name: name, text: text, path: "themes/\(name).toml")
  }

  private func file(at path: String) throws -> ThemeFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw StoreError(path: path, message: "cannot read the theme: \(Files.errorText())")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw StoreError(path: path, line: 1, column: 1, message: "the theme is not UTF-8 text")
    }
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    return try ThemeFile(name: name, text: text, path: path)
  }

  /// `file` with what it inherits applied under it. A theme inheriting its own name builds on
  /// the built-in one of that name (a user's `default.toml` can change a few roles of Hearth's).
  private func resolve(_ file: ThemeFile, chain: [String]) throws -> Theme {
    var base = Theme(name: file.name, looks: [:])
    if let parent = file.inherit {
      guard !chain.contains(parent) || parent == file.name else {
        throw file.inheritError(
          "'inherit' makes a cycle: \((chain + [file.name, parent]).joined(separator: " → "))")
      }
      let next: ThemeFile
      if parent == file.name {
        guard let builtIn = try builtIn(parent) else {
          throw file.inheritError("a theme cannot inherit itself ('\(parent)')")
        }
        next = builtIn
      } else {
        do {
          next = try load(parent)
        } catch let error as StoreError where error.line == nil {
          throw file.inheritError(error.message)
        }
      }
      base = try resolve(next, chain: chain + [file.name])
    }
    var looks = base.looks
    for (role, change) in file.roles { looks[role] = change.applied(to: looks[role] ?? Look()) }
    return Theme(name: file.name, looks: looks)
  }

  private func userPath(_ name: String) -> String { userDirectory + "/\(name).toml" }

  private func userThemeNames() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: userDirectory)) ?? []
    return names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.map {
      String($0.dropLast(5))
    }
  }
}
