import Foundation
import HearthCore

/// The data root holding every pod: `--home`, else `$HEARTH_HOME`, else `$XDG_DATA_HOME/hearth`,
/// else `~/.local/share/hearth`.
public struct Home: Sendable {
  public let path: String
  /// What a long journal migration on opening a pod tells (`migrateJournalsOnce`); nothing
  /// when nil.
  public var migrationProgress: PodDirectory.MigrationProgress?

  public init(path: String) { self.path = path }

  /// Resolves the data root from an explicit option and the environment.
  public static func resolve(option: String?, environment: [String: String]) -> Home {
    func present(_ key: String) -> String? {
      guard let value = environment[key], !value.isEmpty else { return nil }
      return value
    }
    if let option, !option.isEmpty { return Home(path: absolute(option)) }
    if let home = present("HEARTH_HOME") { return Home(path: absolute(home)) }
    if let data = present("XDG_DATA_HOME") { return Home(path: absolute(data) + "/hearth") }
    let user = present("HOME") ?? NSHomeDirectory()
    return Home(path: user + "/.local/share/hearth")
  }

  private static func absolute(_ path: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    return FileManager.default.currentDirectoryPath + "/" + expanded
  }

  public var podsPath: String { path + "/" + PodLayout.pods }

  /// The directory of the pod with this display name.
  public func pod(named name: String) -> PodDirectory {
    PodDirectory(path: podsPath + "/" + PodDirectory.slug(for: name))
  }

  /// Creates the demo pod's directory and pod.toml if they are missing.
  public func ensureDemoPod() throws -> PodDirectory {
    let directory = pod(named: BuiltIn.demoPod.name)
    try Files.makeDirectory(directory.sessionsPath)
    if !FileManager.default.fileExists(atPath: directory.podFilePath) {
      try Files.writeAtomically(PodFile.toml(for: BuiltIn.demoPod), to: directory.podFilePath)
    }
    return directory
  }
}
