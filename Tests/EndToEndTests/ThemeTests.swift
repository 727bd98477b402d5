import Foundation
import Testing

@Suite(
  "End to end: themes and colour", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct ThemeEndToEndTests {
  /// The colour parameters of every SGR sequence in `styled`: 30–37, 38;…, 40–47, 48;…,
  /// 90–97, 100–107 (39 and 49, back to the terminal's own colours, are not colours).
  static func colors(in styled: String) -> [String] {
    var found: [String] = []
    var rest = styled[...]
    while let start = rest.range(of: "\u{1B}[") {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(where: { $0.isLetter }) else { break }
      if rest[end] == "m" {
        var parameters = rest[..<end].split(separator: ";").map(String.init)
        while let first = parameters.first {
          parameters.removeFirst()
          guard let code = Int(first) else { continue }
          if code == 38 || code == 48 {
            found.append(first + ";" + parameters.prefix(4).joined(separator: ";"))
            parameters.removeFirst(
              min(parameters.count, parameters.first == "5" ? 2 : parameters.first == "2" ? 4 : 0))
          } else if (30...37).contains(code) || (40...47).contains(code)
            || (90...97).contains(code) || (100...107).contains(code)
          {
            found.append(first)
          }
        }
      }
      rest = rest[end...]
    }
    return found
  }

  /// A demo meeting with someone holding the stick, in a 256-colour terminal, styled.
  func styledMeeting(_ arguments: String, environment extra: [String: String]) throws -> String {
    let home = try HearthHome()
    defer { home.remove() }
    var environment = home.environment.merging(["TERM": "xterm-256color"]) { $1 }
    environment.merge(extra) { $1 }
    let tmux = try Tmux.meeting(home, arguments, environment: environment)
    try tmux.send("n")
    try tmux.waitUntil("the stick given and its caption drawn") { lines in
      lines.contains { $0.contains(" of 2:00") } && lines.contains { $0.contains("Talking stick") }
    }
    let styled = try tmux.styledScreen()
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    return styled
  }

  @Test("NO_COLOR=1 and --no-color give attributes only; otherwise the theme's colours show")
  func noColor() throws {
    let colored = try styledMeeting("demo", environment: [:])
    #expect(!Self.colors(in: colored).isEmpty, "the default theme is in colour")
    let noColor = try styledMeeting("demo", environment: ["NO_COLOR": "1"])
    #expect(Self.colors(in: noColor).isEmpty, "\(Self.colors(in: noColor))")
    #expect(noColor.contains("\u{1B}[1m") || noColor.contains(";1m") || noColor.contains("[1;"))
    let flag = try styledMeeting("demo --no-color", environment: [:])
    #expect(Self.colors(in: flag).isEmpty)
  }

  @Test("--theme monochrome draws no colour; an unknown theme warns and falls back to default")
  func chooseTheme() throws {
    let mono = try styledMeeting("demo --theme monochrome", environment: [:])
    #expect(Self.colors(in: mono).isEmpty)
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux(home.shellLine("demo --theme hihg-contrast"), environment: home.environment)
    try tmux.waitFor("hihg-contrast: no such theme (did you mean 'high-contrast'?)")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
  }

  @Test("hearth themes previews every theme in its colours, each strip fitting 80 columns")
  func list() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let environment = home.environment.merging(["TERM": "xterm-256color"]) { $1 }
    let tmux = try Tmux(
      home.shellLine("themes"), width: 80, height: 24, environment: environment)
    let lines = try tmux.waitFor("EXIT=0")
    for name in ["default", "light", "high-contrast", "monochrome", "colorblind"] {
      let row = try #require(lines.firstIndex { $0.hasPrefix(name + " ") })
      #expect(lines[row + 1].hasPrefix("     ") && lines[row + 1].contains("+0:12"))
      #expect(lines[row + 2].isEmpty || !lines[row + 2].hasPrefix(" "), "no wrapped strip")
    }
    #expect(!Self.colors(in: try tmux.styledScreen()).isEmpty)
  }
}
