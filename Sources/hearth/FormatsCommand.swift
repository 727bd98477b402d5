import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthUI

/// `hearth formats`: the agendas a meeting can follow.
struct FormatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "formats",
    abstract: "List, show, check and add meeting formats.",
    subcommands: [List.self, Show.self, Check.self, Add.self],
    defaultSubcommand: List.self)

  /// The formats of the selected pod, or the built-in ones when there is no pod yet.
  static func available(_ global: GlobalOptions) throws -> [Format] {
    let home = global.resolvedHome()
    guard global.pod != nil || !home.podSlugs().isEmpty else { return BuiltIn.formats }
    return try global.unlock(home.selectPod(named: global.pod)).formats()
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the formats.")
    @OptionGroup var global: GlobalOptions
    @Flag(
      help: "Print JSON: {\"formats\": [{name, title, itemCount, plannedSeconds}], \"version\": 1}."
    )
    var json = false

    /// One format as `--json` lists it.
    struct Listed: Encodable {
      var name: String
      var title: String
      var itemCount: Int
      var plannedSeconds: Int
    }

    func run() throws {
      let formats = try FormatsCommand.available(global)
      if json {
        let listed = formats.map {
          Listed(
            name: $0.name, title: $0.title, itemCount: $0.items.count,
            plannedSeconds: $0.plannedSeconds)
        }
        return Output.document(try Reports.versionedJSON(listed, as: "formats"))
      }
      let width = formats.map { DisplayWidth.of($0.name) }.max() ?? 0
      for format in formats {
        let name = DisplayWidth.pad(format.name, to: width)
        let minutes = format.plannedSeconds / 60
        Output.line("\(name)  \(format.title) · \(format.items.count) items · \(minutes) min")
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a format as TOML.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The format's name.", completion: Completions.formats) var name: String

    func run() throws {
      guard let format = try FormatsCommand.available(global).first(where: { $0.name == name })
      else { throw Failure.Runtime(description: "no format named '\(name)'") }
      Output.document(FormatFile.toml(for: format))
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a format file to the pod (sealed in a sealed pod); errors name the line.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The TOML file.", completion: .file(extensions: ["toml"])) var file: String
    @Flag(help: "Replace the pod's own format of the same name.") var replace = false

    func run() throws {
      let format = try global.openPod().addFormat(from: file, replacing: replace)
      Output.line("added \(format.name): \(format.title) with \(format.items.count) items")
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a format file; errors name the line and column.")
    @Argument(help: "The TOML file.", completion: .file(extensions: ["toml"])) var file: String

    func run() throws {
      let format = try FormatFile.load(file)
      Output.line("\(file): ok, \(format.title) with \(format.items.count) items")
    }
  }
}
