import Foundation
import Testing

/// The checked-in completion scripts (which `scripts/generate-docs --check` keeps equal to what
/// the program writes), asked for values in each shell: the values come from the home when Tab
/// is pressed, through the hidden `hearth ---completion`.
@Suite("End to end: shell completion of values from the home")
struct CompletionTests {
  static let completions = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("completions").path

  /// `home`'s environment with the built `hearth` first on PATH, as an installed one would be.
  static func environment(_ home: HearthHome) -> [String: String] {
    var environment = home.environment
    let folder = (HearthHome.binary as NSString).deletingLastPathComponent
    environment["PATH"] = folder + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    return environment
  }

  /// What bash's completion offers for `line` (the cursor at its end), run in `folder`.
  static func bash(_ line: String, _ home: HearthHome, in folder: String? = nil) throws -> [String]
  {
    let script = """
      source '\(completions)/hearth.bash'
      \(folder.map { "cd '\($0)'" } ?? "")
      COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}
      read -ra COMP_WORDS <<<"$COMP_LINE"
      [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
      COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
      _hearth "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let run = try Tmux.run(
      "/bin/bash", ["-c", script, "bash", line], environment: environment(home))
    #expect(run.error.isEmpty, "\(run.error)")
    return run.output.split(separator: "\n").map(String.init)
  }

  /// An interactive `shell` in tmux with the completions loaded and `hearth` on its path,
  /// started in `folder`.
  static func interactive(_ shell: String, _ home: HearthHome, in folder: String? = nil) throws
    -> Tmux
  {
    let binaries = (HearthHome.binary as NSString).deletingLastPathComponent
    let tmux = try Tmux(
      (folder.map { "cd '\($0)' && " } ?? "") + (shell == "zsh" ? "zsh -f" : "fish --no-config"),
      width: 120, height: 30, environment: environment(home))
    let setup =
      shell == "zsh"
      ? "path=(\(binaries) $path); fpath=(\(completions) $fpath); autoload -Uz compinit; "
        + "compinit -u; PS1='> '"
      : "set PATH \(binaries) $PATH; source \(completions)/hearth.fish; function fish_prompt; "
        + "echo '> '; end"
    try tmux.send(setup, literal: true)
    try tmux.send("Enter")
    return tmux
  }

  /// Types `line` at `tmux`'s clean prompt and presses Tab; waits until every one of `values`
  /// shows, listed or completed in the line.
  static func offers(
    _ tmux: Tmux, _ line: String, _ values: Set<String>, fish: Bool,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    // Escape closes fish's list of candidates; in zsh it would begin a key sequence.
    if fish { try tmux.send("Escape") }
    try tmux.send("C-u")
    try tmux.send("C-l")
    try tmux.waitUntil("a clean prompt") { $0.filter { !$0.isEmpty } == [">"] }
    try tmux.send(line, literal: true)
    // A value shows whole, or (fish) after "…" standing for the prefix all candidates share.
    func shown(_ lines: [String]) -> Bool {
      values.allSatisfy { value in
        lines.contains { $0.contains(value) || ($0.contains("…") && $0.contains(value.suffix(6))) }
      }
    }
    try tmux.send("Tab")
    // zsh's first Tab may only insert what every candidate begins with; the second lists them.
    if try !poll(timeout: 2, until: { shown(try tmux.screen()) }) { try tmux.send("Tab") }
    try tmux.waitUntil("\(values) offered for \(line)", sourceLocation: sourceLocation, shown)
  }

  static let hasFish = FileManager.default.isExecutableFile(atPath: "/usr/bin/fish")

  /// What each shell must offer for a command line, over StatsCommandTests' archive (Anna,
  /// formerly Ana, Bo and Chen; sessions of 2026-11-03, -10 and an empty one of -17).
  static let cases: [(line: String, offered: Set<String>, notOffered: Set<String>)] = [
    (
      "hearth show ",
      ["latest", "2026-11-03T1900-check-in", "2026-11-10T1900-check-in"], []
    ),
    (
      "hearth show 2026-11-1", ["2026-11-10T1900-check-in", "2026-11-17T1900-check-in"], ["latest"]
    ),
    ("hearth sessions delete 2026", ["2026-11-03T1900-check-in"], ["latest"]),
    ("hearth members remove ", ["Anna", "Bo", "Chen"], ["Ana"]),
    ("hearth members rename B", ["Bo"], ["Anna"]),
    ("hearth meet --present Anna,", ["Anna,Bo", "Anna,Chen"], ["Anna,Anna"]),
    ("hearth meet --role fac", ["facilitator=Anna", "facilitator=Bo"], ["facilitator=Ana"]),
    ("hearth meet --format ", ["check-in", "case-clinic"], []),
    ("hearth formats show check", ["check-in"], []),
    ("hearth --theme ", ["default", "light", "high-contrast", "monochrome"], []),
    ("hearth demo --theme high", ["high-contrast"], ["default"]),
  ]

  @Test("bash offers session ids, members, formats and themes from the home")
  func bashValues() throws {
    let home = try StatsCommandTests.archive()
    defer { home.remove() }
    for (line, offered, notOffered) in Self.cases {
      let got = Set(try Self.bash(line, home))
      #expect(offered.isSubset(of: got), "bash: \(line) offered \(got)")
      #expect(notOffered.isDisjoint(with: got), "bash: \(line) offered \(got)")
    }
  }

  @Test(
    "fish and zsh offer what bash does when Tab is pressed in them", arguments: ["fish", "zsh"])
  func interactiveValues(shell: String) throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/" + shell) || Requirement.isCI,
      Requirement.tmux
    else { return }
    let home = try StatsCommandTests.archive()
    defer { home.remove() }
    let other = try HearthHome()
    defer { other.remove() }
    try other.initCrew("Zoe")
    let tmux = try Self.interactive(shell, home)
    let fish = shell == "fish"
    for (line, offered, _) in Self.cases { try Self.offers(tmux, line, offered, fish: fish) }
    try Self.offers(tmux, "hearth --home \(other.path) members remove ", ["Zoe"], fish: fish)
  }

  @Test("--home on the command line chooses the home whose values are offered")
  func homeOption() throws {
    let home = try StatsCommandTests.archive()
    defer { home.remove() }
    let other = try HearthHome()
    defer { other.remove() }
    try other.initCrew("Zoe")
    let line = "hearth --home \(other.path) members remove "
    #expect(try Self.bash(line, home) == ["Zoe"])
  }

  @Test("format and theme files complete as TOML files and folders; --home as folders")
  func files() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let folder = home.path + "/work"
    try FileManager.default.createDirectory(
      atPath: folder + "/themes", withIntermediateDirectories: true)
    for file in ["agenda.toml", "notes.txt"] {
      _ = FileManager.default.createFile(atPath: folder + "/" + file, contents: Data())
    }
    let check = Set(try Self.bash("hearth formats check ", home, in: folder))
    #expect(
      check.contains("agenda.toml") && check.contains("themes") && !check.contains("notes.txt"))
    let homes = Set(try Self.bash("hearth --home ", home, in: folder))
    #expect(homes == ["themes"])
    if Self.hasFish && Requirement.tmux {
      let fish = try Self.interactive("fish", home, in: folder)
      try Self.offers(fish, "hearth themes check ", ["agenda.toml", "themes/"], fish: true)
    }
  }
}
