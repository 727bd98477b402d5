import Foundation
import Testing

@Suite(
  "End to end: show through the pager on a terminal, and --color", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct PagerAndColorTests {
  static let session = "2026-11-10T1900-check-in"

  /// A pager script that notes it ran (and the LESS it was given) in `marker`, then shows its
  /// input with each line marked, so the screen tells paged output from plain.
  static func pager(in home: HearthHome) throws -> (script: String, marker: String) {
    let script = home.path + "/pager.sh"
    let marker = home.path + "/pager-ran"
    try "#!/bin/sh\necho \"LESS=$LESS\" > '\(marker)'\nsed 's/^/paged| /'\n".write(
      toFile: script, atomically: true, encoding: .utf8)
    chmod(script, 0o755)
    return (script, marker)
  }

  @Test("on a terminal show pages through $PAGER with LESS=FRX; --no-pager and pipes do not")
  func pagesOnATerminal() throws {
    let home = try StatsCommandTests.archive()
    defer { home.remove() }
    let (script, marker) = try Self.pager(in: home)
    var paging = home.environment.merging(["PAGER": script]) { $1 }
    paging["LESS"] = ""  // as unset, and overriding a LESS the tmux server may hand on
    let paged = try Tmux(home.shellLine("show \(Self.session)"), environment: paging)
    let lines = try paged.waitFor("EXIT=0")
    #expect(lines.contains { $0.hasPrefix("paged| # Check-in: Crew") }, "\(lines)")
    #expect(try String(contentsOfFile: marker, encoding: .utf8) == "LESS=FRX\n")
    unlink(marker)

    let direct = try Tmux(home.shellLine("show --no-pager \(Self.session)"), environment: paging)
    let plain = try direct.waitFor("EXIT=0")
    #expect(plain.contains { $0.hasPrefix("# Check-in: Crew") }, "\(plain)")
    #expect(!FileManager.default.fileExists(atPath: marker), "--no-pager runs no pager")

    let piped = try home.run(["show", Self.session], environment: paging)
    #expect(piped.status == 0 && piped.output.hasPrefix("# Check-in: Crew"))
    #expect(!FileManager.default.fileExists(atPath: marker), "a pipe gets no pager")
  }

  @Test("less pages a transcript taller than the terminal until q, then hearth ends")
  func less() throws {
    let home = try StatsCommandTests.archive()
    defer { home.remove() }
    let environment = home.environment.merging(["PAGER": "less", "LESS": ""]) { $1 }
    let tmux = try Tmux(
      home.shellLine("show \(Self.session)"), width: 80, height: 6, environment: environment)
    let first = try tmux.waitFor("# Check-in: Crew")
    #expect(!first.contains { $0.contains("EXIT=") }, "less waits on the first page: \(first)")
    try tmux.send("q")
    try tmux.waitFor("EXIT=0")
  }

  @Test("a pager that cannot start leaves the transcript printed plainly")
  func brokenPager() throws {
    let home = try StatsCommandTests.archive()
    defer { home.remove() }
    let environment = home.environment.merging(["PAGER": home.path + "/no-such-pager -R"]) { $1 }
    let tmux = try Tmux(home.shellLine("show \(Self.session)"), environment: environment)
    let lines = try tmux.waitFor("EXIT=0")
    #expect(lines.contains { $0.hasPrefix("# Check-in: Crew") }, "\(lines)")
  }

  @Test("--color always styles piped output despite NO_COLOR; never and auto do not when piped")
  func colorWhen() throws {
    let home = try StatsCommandTests.archive()
    defer { home.remove() }
    var environment = home.environment
    environment["NO_COLOR"] = "1"
    environment["TERM"] = "xterm-256color"
    let always = try home.run(["search", "--color", "always", "Bo"], environment: environment)
    #expect(always.status == 0 && always.output.contains("\u{1B}[7mBo"), "\(always.output)")
    for flags in [[], ["--color", "auto"], ["--color", "never"]] {
      let plain = try home.run(["search"] + flags + ["Bo"], environment: environment)
      #expect(plain.status == 0 && !plain.output.contains("\u{1B}"), "\(flags)")
    }
    let themes = try home.run(["themes", "--color=always"], environment: environment)
    #expect(!ThemeEndToEndTests.colors(in: themes.output).isEmpty, "previews in colour")
    #expect(try home.run(["themes"], environment: environment).output.contains("\u{1B}") == false)

    let both = try home.run(["search", "--no-color", "--color", "always", "Bo"])
    #expect(both.status == 2 && both.error.contains("--no-color and --color always"))
    let wrong = try home.run(["search", "--color", "sometimes", "Bo"])
    #expect(wrong.status == 2 && wrong.error.contains("sometimes"))
  }
}
