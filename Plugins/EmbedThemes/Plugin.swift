import Foundation
import PackagePlugin

/// Builds the repository's `themes/*.toml` into the target as `BuiltInThemeFiles`, so the
/// program carries its themes wherever its binary goes, with `themes/` their only source.
@main
struct EmbedThemes: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "themes")
    let themes = try FileManager.default.contentsOfDirectory(
      at: folder, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "toml" }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInThemeFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(themes.count) themes from themes/",
        executable: try context.tool(named: "ThemeEmbedder").url,
        arguments: [output.path] + themes.map(\.path),
        inputFiles: themes + [folder],
        outputFiles: [output])
    ]
  }
}
