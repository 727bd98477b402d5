import ArgumentParser
import Foundation
import HearthStore
import HearthTerminal
import HearthThemes
import HearthUI

/// `hearth themes`: the themes Hearth can use, each previewed in its own colours, and a check
/// for a theme file.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "List the themes (with a preview) and check theme files.",
    discussion: """
      Themes are TOML files: the built-in ones, and your own in \
      $XDG_CONFIG_HOME/hearth/themes/ (else ~/.config/hearth/themes/). Choose one with \
      --theme NAME|FILE or theme = "NAME" in pod.toml.
      """,
    subcommands: [List.self, Check.self],
    defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List every theme, previewed in its own colours.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      let catalog = ThemeCatalog(environment: environment)
      let depth = ANSIText.depth(
        color: global.color, environment: environment, piped: global.stylesPipes)
      let entries = catalog.entries()
      let width = entries.map { DisplayWidth.of($0.name) }.max() ?? 0
      var failed = false
      for entry in entries {
        let name = DisplayWidth.pad(entry.name, to: width)
        do {
          let file = try catalog.load(entry.name)
          let theme = try catalog.theme(from: file)
          let origin = entry.isBuiltIn ? "" : "  (\(entry.origin))"
          Output.line("\(name)  \(file.description)\(origin)")
          if let depth {
            Output.line(
              StyledText(String(repeating: " ", count: width + 2))
                + preview(theme, depth: depth, indent: width + 2))
          }
        } catch {
          failed = true
          Output.line("\(name)  cannot be used: \(error)")
        }
      }
      if depth == ColorDepth.none {
        Output.line()
        Output.line("(Previews show attributes only: colour is off.)")
      }
      if failed { throw ExitCode(2) }
    }

    /// A strip of the roles people notice most, each in its look.
    private func preview(_ theme: Theme, depth: ColorDepth, indent: Int) -> StyledText {
      let samples: [(String, StyleRole)] = [
        (" Check-in ", .header), ("▶ Updates", .agendaCurrent), ("✓ Arrival", .agendaDone),
        (" Ana ", .stickHolder), ("Bo next", .stickNext), ("2:00", .timerNormal),
        ("0:45", .timerWarning), ("+0:12", .timerOvertime), ("Decision", .noteDecision),
        ("→ Action", .noteAction), (" n next ", .statusKey),
      ]
      // As many as fit the terminal's width beside the names, so the strip never wraps.
      let room = ANSIText.columns() - indent
      var used = 0
      var shown = StyledText()
      for (text, role) in samples {
        let width = DisplayWidth.of(text) + (used == 0 ? 0 : 1)
        guard used + width <= room else { break }
        shown =
          shown + StyledText(used == 0 ? "" : " ")
          + ANSIText.styled(text, theme.look(role), depth: depth)
        used += width
      }
      return shown
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a theme file; errors name the line and column.")
    @Argument(help: "The theme's TOML file.", completion: .file(extensions: ["toml"]))
    var file: String

    func run() throws {
      let catalog = ThemeCatalog(environment: ProcessInfo.processInfo.environment)
      let path = file.contains("/") || file.hasSuffix(".toml") ? file : "./" + file
      let source = try catalog.load(path)
      let theme = try catalog.theme(from: source)
      let inherits = source.inherit.map { ", inherits \($0)" } ?? ""
      let unset = StyleRole.allCases.filter { theme.looks[$0] == nil }
      let plain = unset.isEmpty ? "" : "; \(unset.count) roles left plain"
      let count = source.roles.count == 1 ? "1 role" : "\(source.roles.count) roles"
      Output.line("\(file): ok, theme \(theme.name)\(inherits), sets \(count)\(plain)")
      for role in StyleRole.allCases where role.drawsBlocks && theme.look(role).reverse {
        Output.line(
          "note: \(role.rawValue) asks for reverse, which is not used: its big digits are solid blocks"
        )
      }
    }
  }
}
