import Foundation
import Testing

@Suite(
  "End to end: hostile files are refused with their place, never crashed on", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct HostileFileTests {
  @Test("formats check refuses an overflowing timebox and an escape in a header: exit 2, no abort")
  func formatsCheck() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let overflow = home.path + "/overflow.toml"
    try
      "title = \"Huge\"\n\n[[items]]\ntitle = \"Arrival\"\nkind = \"round\"\ntimebox = \"9999999999999999h\"\n"
      .write(toFile: overflow, atomically: true, encoding: .utf8)
    let checked = try home.run(["formats", "check", overflow])
    #expect(checked.status == 2)
    #expect(
      checked.error
        == "hearth: \(overflow):6:1: 'timebox': '9999999999999999h' is longer than 24 hours"
        + " (24h at most)\n")
    let escape = home.path + "/escape.toml"
    try "title = \"Huge\"\n[\u{1b}]\n".write(toFile: escape, atomically: true, encoding: .utf8)
    let aborted = try home.run(["formats", "check", escape])
    #expect(aborted.status == 2, "toml++ aborted with 134 before")
    #expect(
      aborted.error.hasPrefix(
        "hearth: \(escape):2:2: the file holds a control character (U+001B)"))
  }

  @Test("a real meeting's journal edited to a huge timebox: listed damaged, and no command crashes")
  func damagedJournal() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Bo")
    let tmux = try Tmux(
      home.shellLine("meet --format check-in --present Ana,Bo --role facilitator=Ana"),
      environment: home.environment)
    try tmux.waitFor("Arrival")
    try tmux.send("n")
    try tmux.send("q", "y")
    try tmux.leaveSummary()
    try tmux.waitFor("EXIT=0")
    let sessions = home.path + "/pods/crew/sessions"
    let id = try #require(try FileManager.default.contentsOfDirectory(atPath: sessions).first)
    let journal = "\(sessions)/\(id)/journal.jsonl"
    // As an older Hearth wrote it from a format with `timebox = 9223372036854775807`.
    let text = try String(contentsOfFile: journal, encoding: .utf8)
    let box = try #require(text.range(of: #""timebox":\d+"#, options: .regularExpression))
    try text.replacingCharacters(in: box, with: "\"timebox\":9223372036854775807")
      .write(toFile: journal, atomically: true, encoding: .utf8)
    let reason =
      "the format's item 1: its timebox must be at most 24 hours (86400 seconds), not"
      + " 9223372036854775807 seconds"

    let listed = try home.run(["sessions"])
    #expect(listed.status == 0)
    #expect(listed.output.contains("damaged"))
    #expect(listed.output.contains("corrupted at line 1, column 1: \(reason)"))
    let shown = try home.run(["show", id])
    #expect(shown.status == 2)
    #expect(shown.error == "hearth: \(journal):1:1: \(reason)\n")
    for command in [["search", "Arrival"], ["stats"], ["roles"], ["resume"], ["show", "latest"]] {
      let result = try home.run(command)
      #expect((0...2).contains(result.status), "\(command): \(result.status) \(result.error)")
    }
  }
}
