import Foundation
import HearthStore
import HearthUI
import Testing

@testable import HearthThemes

@Suite("Themes: the shipped ones, the user's own, and bad theme files")
struct ThemeTests {
  let folder: String
  let catalog: ThemeCatalog

  init() throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("hearth-themes-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    catalog = ThemeCatalog(userDirectory: folder + "/themes")
  }

  /// Writes `text` as the user's theme `name` (or as `name` under the scratch folder when it
  /// has a slash) and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let path = name.contains("/") ? folder + "/" + name : catalog.userDirectory + "/\(name).toml"
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test("Hearth ships default, light, high-contrast, monochrome and a colour-blind-safe theme")
  func shipped() throws {
    #expect(
      Set(ThemeCatalog.builtInNames)
        .isSuperset(of: ["default", "light", "high-contrast", "monochrome", "colorblind"]))
    #expect(ThemeCatalog.builtInNames.first == "default")
    for name in ThemeCatalog.builtInNames {
      let file = try #require(try catalog.builtIn(name))
      #expect(!file.description.isEmpty, "\(name) says whom it serves")
    }
  }

  @Test("default names every role the screens use; every theme resolves every role")
  func everyRole() throws {
    let file = try #require(try catalog.builtIn("default"))
    let missing = StyleRole.allCases.filter { file.roles[$0] == nil }
    #expect(missing.isEmpty, "default.toml lacks \(missing.map(\.rawValue))")
    for name in ThemeCatalog.builtInNames {
      let theme = try catalog.theme(name)
      let unresolved = StyleRole.allCases.filter { theme.looks[$0] == nil }
      #expect(unresolved.isEmpty, "\(name) leaves \(unresolved.map(\.rawValue)) unset")
    }
  }

  @Test("monochrome uses no colour; overtime and warning differ by attribute in every theme")
  func attributesCarryState() throws {
    let mono = try catalog.theme("monochrome")
    #expect(
      mono.looks.values.allSatisfy { $0.foreground == .standard && $0.background == .standard })
    for name in ThemeCatalog.builtInNames {
      let theme = try catalog.theme(name)
      let states: [StyleRole] = [.timerNormal, .timerWarning, .timerOvertime, .timerPaused]
      let colorless = states.map { theme.look($0).withoutColor }
      #expect(Set(colorless).count == states.count, "\(name): timer states need attributes")
      #expect(theme.look(.stickHolder).withoutColor != theme.look(.stickWaiting).withoutColor)
      #expect(theme.look(.selected).withoutColor != theme.look(.normal).withoutColor)
    }
  }

  @Test("a theme inherits another and overrides single properties of a role")
  func inherits() throws {
    try write(
      "warm",
      """
      inherit = "default"
      [timer]
      normal = { fg = "#ff8800" }
      """)
    let warm = try catalog.theme("warm")
    let base = try catalog.theme("default")
    #expect(warm.look(.timerNormal).foreground == .rgb(0xFF, 0x88, 0x00))
    #expect(warm.look(.timerNormal).bold == base.look(.timerNormal).bold, "attrs kept")
    #expect(warm.look(.header) == base.look(.header))
    #expect(catalog.entries().contains { $0.name == "warm" && !$0.isBuiltIn })
  }

  @Test("a user's default.toml inheriting 'default' builds on the built-in one")
  func replaceDefault() throws {
    try write("default", "inherit = \"default\"\nheader = { bg = 52 }\n")
    let theme = try catalog.theme("default")
    #expect(theme.look(.header).background == .indexed(52))
    #expect(theme.look(.header).bold)
    #expect(catalog.entries().first { $0.name == "default" }?.isBuiltIn == false)
  }

  @Test("a theme file can be named by its path")
  func byPath() throws {
    let path = try write("elsewhere/mine.toml", "normal = { fg = \"bright-white\" }\n")
    let theme = try catalog.theme(path)
    #expect(theme.name == "mine")
    #expect(theme.look(.normal).foreground == .ansi(15))
  }

  /// The error `text`, as the user's theme `name`, gives when chosen.
  func failure(_ text: String, name: String = "bad") throws -> StoreError {
    let path = try write(name, text)
    do {
      _ = try catalog.theme(name)
    } catch let error as StoreError {
      #expect(error.path == path || error.path.hasSuffix(".toml"))
      return error
    }
    Issue.record("\(text) was accepted")
    return StoreError(path: "", message: "")
  }

  @Test(
    "bad themes are file:line:column errors",
    arguments: [
      (
        "normal = {}\n[agenda]\ncurent = { fg = \"red\" }\n", 3, 1,
        "unknown role 'agenda.curent' (did you mean 'agenda.current'?)"
      ),
      (
        "title = { fg = \"brigt-red\" }\n", 1, 11,
        "unknown colour 'brigt-red' (did you mean 'bright-red'?)"
      ),
      ("title = { fg = 300 }\n", 1, 11, "colour 300 is out of range"),
      ("title = { fg = \"#12345\" }\n", 1, 11, "unknown colour '#12345'"),
      ("\n\ntitle = { attrs = [\"bold\", \"blink\"] }\n", 3, 11, "unknown attribute 'blink'"),
      ("title = \"red\"\n", 1, 1, "'title' is not a role's table"),
      ("[title]\nfgg = \"red\"\n", 2, 1, "(did you mean 'fg'?)"),
      ("title = { fg = [1] }\n", 1, 11, "must be a colour"),
      ("inherit = \"nope\"\n", 1, 1, "no such theme"),
      ("title = { fg = \"red\" \n", 1, 22, "inline table"),
    ] as [(String, Int, Int, String)])
  func bad(_ text: String, line: Int, column: Int, message: String) throws {
    let error = try failure(text)
    #expect(error.line == line, "\(error)")
    #expect(error.column == column, "\(error)")
    #expect(error.message.contains(message), "\(error)")
  }

  @Test("a cycle in inherit is an error at the inherit line, naming the cycle")
  func cycle() throws {
    try write("a", "# a\ninherit = \"b\"\n")
    try write("b", "inherit = \"c\"\n")
    try write("c", "inherit = \"a\"\n")
    do {
      _ = try catalog.theme("a")
      Issue.record("a cycle was accepted")
    } catch let error as StoreError {
      #expect(error.message.contains("a → b → c → a"), "\(error)")
      #expect(error.path.hasSuffix("c.toml") && error.line == 1 && error.column == 1, "\(error)")
    }
  }

  @Test("an unknown theme name says which themes there are")
  func unknownName() {
    #expect(throws: StoreError.self) { try catalog.theme("hihg-contrast") }
    do {
      _ = try catalog.theme("hihg-contrast")
    } catch {
      #expect("\(error)".contains("did you mean 'high-contrast'?"))
      #expect("\(error)".contains("monochrome"))
    }
  }
}
