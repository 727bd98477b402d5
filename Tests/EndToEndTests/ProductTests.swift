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
}
