import Foundation
import Testing

@Suite("What the hearth program is built from")
struct ProductTests {
  @Test("the built hearth holds no test support: TestClock stays in HearthTesting")
  func noTestSupport() throws {
    let symbols = try Tmux.run("/usr/bin/env", ["nm", "--demangle=none", HearthHome.binary])
    try #require(symbols.status == 0, "nm read \(HearthHome.binary): \(symbols.error)")
    #expect(symbols.output.contains("SystemClock"), "the program's own clock is found")
    #expect(!symbols.output.contains("TestClock"))
  }

  @Test("hearth --version says the version as git --version does, and --help offers it")
  func version() throws {
    let home = try HearthHome()
    let shown = try home.run(["--version"])
    #expect(shown.status == 0)
    #expect(shown.error.isEmpty)
    let line = shown.output.trimmingCharacters(in: .newlines)
    #expect(
      line.wholeMatch(of: /hearth version [0-9]+\.[0-9]+\.[0-9]+/) != nil,
      "one line, as git version 2.39.5 is: \(shown.output)")
    #expect(shown.output.split(separator: "\n").count == 1)
    let help = try home.run(["--help"])
    #expect(help.output.contains("--version"), "--help lists --version: \(help.output)")
  }
}
