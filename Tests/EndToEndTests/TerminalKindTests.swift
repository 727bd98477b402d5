import Foundation
import Testing

@Suite(
  "End to end: terminals that cannot draw, locales that are not UTF-8, light backgrounds",
  .serialized, .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct TerminalKindEndToEndTests {
  @Test("TERM=dumb: the meeting is told in plain lines, with a one-line notice; review refuses")
  func dumbTerminal() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let tmux = try Tmux(
      "env TERM=dumb " + home.shellLine("demo"), width: 80, height: 24,
      environment: home.environment)
    let start = try tmux.waitFor("Keys: ")
    #expect(
      start.contains {
        $0.contains("hearth: TERM=dumb cannot draw full screens; using --plain")
      }, "\(start)")
    #expect(start.contains("Check-in of Demo Pod: Ana, Bo, Chen, Dee present."))
    try tmux.send("n")
    try tmux.waitFor("Ana has the stick for 2 minutes.")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")

    let review = try Tmux(
      "env TERM=dumb " + home.shellLine("review --pod demo-pod"), width: 80, height: 24,
      environment: home.environment)
    let refused = try review.waitFor("EXIT=1")
    #expect(refused.contains { $0.contains("review draws a full screen") }, "\(refused)")
  }

  @Test("LC_ALL=C: ASCII borders and big digits, and nothing garbled, at 80x24 and 120x40")
  func asciiLocale() throws {
    for (width, height) in [(80, 24), (120, 40)] {
      let home = try HearthHome()
      defer { home.remove() }
      let tmux = try Tmux(
        "env LC_ALL=C " + home.shellLine("demo"), width: width, height: height,
        environment: home.environment)
      try tmux.waitFor("n gives the stick to")
      try tmux.send("n")
      let screen = try tmux.waitUntil("the stick given and its big digits drawn") { lines in
        lines.contains { $0.contains(" of 2:00") } && lines.contains { $0.contains("###") }
      }
      for line in screen {
        let ascii = line.unicodeScalars.allSatisfy(\.isASCII)
        #expect(ascii, "not ASCII at \(width)x\(height): \(line)")
      }
      #expect(screen.contains { $0.contains("Talking stick") })
      #expect(screen.contains { $0.contains("Ana") })
      #expect(screen.contains { $0.contains("+--") || $0.contains("--+") || $0.contains("|") })
      try tmux.send("q", "y")
      try tmux.leaveSummary()
      try tmux.waitFor("EXIT=0")
    }
  }

  @Test("COLORFGBG with a light background chooses the light theme; --theme still wins")
  func lightBackground() throws {
    let themes = ThemeEndToEndTests()
    let light = ThemeEndToEndTests.colors(
      in: try themes.styledMeeting("demo --theme light", environment: [:]))
    let dark = ThemeEndToEndTests.colors(
      in: try themes.styledMeeting("demo", environment: ["COLORFGBG": "15;0"]))
    let detected = ThemeEndToEndTests.colors(
      in: try themes.styledMeeting("demo", environment: ["COLORFGBG": "0;15"]))
    let chosen = ThemeEndToEndTests.colors(
      in: try themes.styledMeeting("demo --theme default", environment: ["COLORFGBG": "0;15"]))
    #expect(Set(light) != Set(dark), "the two themes look different")
    #expect(Set(detected) == Set(light), "a light background gets the light theme")
    #expect(Set(chosen) == Set(dark), "--theme default wins over the background")
  }
}
