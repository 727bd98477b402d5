import Foundation
import Testing

/// A pod whose files were edited by hand or arrived through `hearth sync` holding a clipboard
/// write (`ESC ] 52`), a window title (`ESC ] 0`), a clear screen (`ESC [2J`), a one-byte CSI
/// (U+009B) and a right-to-left override (U+202E): the terminal must receive none of them, and
/// the screen must show them visibly.
@Suite(
  "End to end: text from files reaches the terminal only through the gate", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct HostileTextTests {
  static let id = "2026-11-03T1900-check-in"
  static let note =
    "note \u{1B}]52;c;aGk=\u{7} \u{1B}]0;pwned\u{7} wipe\u{1B}[2J csi\u{9B}31m rlo\u{202E}x"
  static let dee = "Dee\u{1B}]0;pwned\u{7}"
  static let deeShown = "Dee^[]0;pwned^G"
  static let pronounsShown = "they^[]0;pwned^G<U+009B>2J<U+202E>"
  static let titleShown = "Weekly^[]0;pwned^G ^[[2J <U+009B>31m <U+202E>end"
  static let itemShown = "Arrival^[]52;c;aGk=^G"

  /// The pod "Crew" with Bo's pronouns, a format, a theme and a session journal all hostile.
  static func hostilePod() throws -> HearthHome {
    let home = try HearthHome()
    try home.initCrew("Ana", "Bo")
    let pod = home.path + "/pods/crew"
    let toml = try String(contentsOfFile: pod + "/pod.toml", encoding: .utf8)
    try toml.replacingOccurrences(
      of: "name = \"Bo\"\n",
      with: "name = \"Bo\"\npronouns = \"they\\u001B]0;pwned\\u0007\\u009B2J\\u202E\"\n"
    ).write(toFile: pod + "/pod.toml", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: pod + "/formats", withIntermediateDirectories: true)
    try """
    title = "Weekly\\u001B]0;pwned\\u0007 \\u001B[2J \\u009B31m \\u202Eend"

    [[items]]
    title = "Arrival\\u001B]52;c;aGk=\\u0007"
    kind = "round"
    prompt = "How\\u202E are you?\\u001B[2J"

    """.write(toFile: pod + "/formats/hostile.toml", atomically: true, encoding: .utf8)
    try """
    title = "x"
    [[items]]
    title = "a"
    kind = "r\\u001B]0;pwned\\u0007"

    """.write(toFile: home.path + "/bad.toml", atomically: true, encoding: .utf8)
    let themes = home.path + "/config/hearth/themes"
    try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
    try "description = \"Mine\\u001B]0;pwned\\u0007 \\u202Eend\"\ninherit = \"default\"\n"
      .write(toFile: themes + "/mine.toml", atomically: true, encoding: .utf8)
    try SearchCommandTests.write(
      home, id, notes: [("note", note)], ended: true, title: "Weekly\u{1B}]0;pwned\u{7}",
      item: "Arrival\u{202E}", prompt: "How\u{1B}[2J", attendees: ["Ana", "Bo", dee],
      facilitator: dee)
    return home
  }

  /// A shell in tmux for the pod, every byte it sends recorded in `log`.
  static func shell(_ home: HearthHome, log: String) throws -> Tmux {
    var environment = home.environment
    environment["XDG_CONFIG_HOME"] = home.path + "/config"
    environment["PS1"] = "$ "
    let tmux = try Tmux("/bin/sh", width: 200, height: 50, environment: environment)
    try tmux.record(to: log)
    return tmux
  }

  /// What the terminal received so far.
  static func received(_ log: String) -> String {
    String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: log))) ?? Data(), as: UTF8.self)
  }

  /// Runs `arguments` in the shell and returns what the terminal received for it, with the
  /// exit status the shell saw.
  static func run(_ arguments: String, _ n: Int, in tmux: Tmux, log: String) throws -> String {
    let before = received(log).utf8.count
    // The marker is typed as END""-n, so only the echo's output matches END-n.
    try tmux.send("\(HearthHome.binary) \(arguments); echo \"END\"\"-\(n) $?\"", literal: true)
    try tmux.send("Enter")
    _ = poll(timeout: 15) { received(log).contains("END-\(n) ") }
    let bytes = Array(received(log).utf8)
    return String(decoding: bytes[min(before, bytes.count)...], as: UTF8.self)
  }

  /// None of the hostile sequences, and no raw C1 or bidi character, in what the terminal got.
  static func expectNothingRaw(
    _ bytes: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for sequence in ["\u{1B}]52", "\u{1B}]0;pwned", "wipe\u{1B}[2J", "\u{1B}[2J <", "?\u{1B}[2J"] {
      #expect(
        !bytes.contains(sequence), "\(what) sent \(sequence.debugDescription)",
        sourceLocation: sourceLocation)
    }
    let raw = bytes.unicodeScalars.filter {
      (0x80...0x9F).contains($0.value) || $0.properties.isBidiControl
    }
    #expect(raw.isEmpty, "\(what) sent \(raw.map { "U+\(String($0.value, radix: 16))" })")
  }

  @Test("show, search, sessions, members, formats, themes, roles and stats show it visibly")
  func commands() throws {
    let home = try Self.hostilePod()
    defer { home.remove() }
    let log = home.path + "/terminal.log"
    let tmux = try Self.shell(home, log: log)
    let checks: [(arguments: String, status: Int, shows: String)] = [
      ("show latest", 0, "csi<U+009B>31m rlo<U+202E>x"),
      ("show latest --json", 0, #"csi\u009b31m rlo\u202ex"#),
      ("show latest --html", 0, "csi&lt;U+009B&gt;31m rlo&lt;U+202E&gt;x"),
      ("search pwned", 0, "csi<U+009B>31m rlo<U+202E>x"),
      ("search --json pwned", 0, #"wipe\u001b[2J csi\u009b31m rlo\u202ex"#),
      ("sessions", 0, Self.deeShown),
      ("sessions --json", 0, #"Dee\u001b]0;pwned\u0007"#),
      ("members list", 0, "2. Bo (\(Self.pronounsShown))"),
      ("formats list", 0, Self.titleShown),
      ("formats show hostile", 0, #"How\u202E are you?"#),
      ("formats check \(home.path)/pods/crew/formats/hostile.toml", 0, "ok, " + Self.titleShown),
      ("formats check \(home.path)/bad.toml", 2, "unknown item kind 'r^[]0;pwned^G'"),
      ("themes list", 0, "Mine^[]0;pwned^G <U+202E>end"),
      ("roles", 0, Self.deeShown),
      ("roles --json", 0, #"Dee\u001b]0;pwned\u0007"#),
      ("stats --json", 0, #"Dee\u001b]0;pwned\u0007"#),
      ("stats", 0, Self.deeShown),
    ]
    for (n, check) in checks.enumerated() {
      let got = try Self.run(check.arguments, n, in: tmux, log: log)
      #expect(got.contains("END-\(n) \(check.status)"), "\(check.arguments): \(got)")
      #expect(got.contains(check.shows), "\(check.arguments) did not show \(check.shows): \(got)")
      Self.expectNothingRaw(got, check.arguments)
    }
    try tmux.waitFor("  " + Self.deeShown + "  ")
  }

  @Test("the pre-meeting screen, --plain narration, the meeting screen and review show it visibly")
  func screens() throws {
    let home = try Self.hostilePod()
    defer { home.remove() }
    let log = home.path + "/terminal.log"
    let tmux = try Self.shell(home, log: log)
    let binary = HearthHome.binary

    try tmux.send("\(binary) meet", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor(Self.pronounsShown)
    try tmux.send("q")
    try tmux.waitFor("No meeting started.")

    try tmux.send("\(binary) meet --format hostile --present Ana,Bo --plain", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("Keys: ")
    try tmux.waitFor(Self.titleShown + " of Crew: Ana, Bo present.")
    try tmux.waitFor("Item 1 of 1: \(Self.itemShown).")
    try tmux.waitFor("Prompt: How<U+202E> are you?^[[2J")
    try tmux.send("n")
    try tmux.waitFor("Ana has the stick.")
    try tmux.send("q")
    try tmux.send("y")
    try tmux.leaveSummary()
    try tmux.waitFor("Meeting ended. Transcript: ")

    try tmux.send("clear; \(binary) meet --format hostile --present Ana,Bo", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor(Self.itemShown)
    try tmux.waitFor("Weekly^[]0;pwned^G")
    try tmux.send("q")
    try tmux.send("y")
    try tmux.leaveSummary()
    try tmux.waitFor("Meeting ended. Transcript: ")

    try tmux.send("clear; \(binary) review", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("3 Nov 2026")
    try tmux.send("G")
    try tmux.send("Enter")
    // The review reads the record, so nothing is escaped for Markdown: only the gate's forms.
    try tmux.waitFor(
      "• note ^[]52;c;aGk=^G ^[]0;pwned^G wipe^[[2J csi<U+009B>31m rlo<U+202E>x")
    try tmux.waitFor("Roles: facilitator Dee^[]0;pwned^G")
    try tmux.send("q")
    try tmux.send("q")
    try tmux.send("echo \"ALL\"\"DONE\"", literal: true)
    try tmux.send("Enter")
    try tmux.waitFor("ALLDONE")

    Self.expectNothingRaw(Self.received(log), "the meetings and review")
  }

  @Test("search --json escapes hostile text exactly as the JSON of the other commands does")
  func searchJSON() throws {
    let home = try Self.hostilePod()
    defer { home.remove() }
    let result = try home.run(["search", "--json", "pwned"])
    #expect(result.status == 0, "\(result.error)")
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    let hits = try decoder.decode(SearchCommandTests.Hits.self, from: Data(result.output.utf8))
    #expect(hits.hits.map(\.text).contains(Self.note))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    // JSONEncoder's output, then DEL, C1 and bidi characters as \u escapes (Reports.json).
    var expected = ""
    for scalar in String(decoding: try encoder.encode(hits), as: UTF8.self).unicodeScalars {
      if scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
        || scalar.properties.isBidiControl
      {
        let hex = String(scalar.value, radix: 16)
        expected += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        expected.unicodeScalars.append(scalar)
      }
    }
    #expect(result.output == expected + "\n")
    #expect(result.output.contains(#"csi\u009b31m rlo\u202ex"#))
  }

  @Test("names and pronouns with controls are refused at init and members add and rename")
  func refused() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let attempts: [[String]] = [
      ["init", "Crew", "--member", "Ana", "--member", "Bo\u{9B}2J"],
      ["init", "Crew", "--member", "Ana", "--agreement", "Stay\u{1B}[2J\u{7}"],
      ["init", "Crew\u{202E}", "--member", "Ana"],
    ]
    for arguments in attempts {
      let result = try home.run(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.error.contains("cannot contain control characters"), "\(result.error)")
      Self.expectNothingRaw(result.error, "\(arguments)")
    }
    #expect(!FileManager.default.fileExists(atPath: home.path + "/pods/crew"))
    try home.initCrew("Ana", "Bo")
    let changes: [[String]] = [
      ["members", "add", "Cy", "--pronouns", "x\u{1B}]0;pwned\u{7}"],
      ["members", "add", "Cy\u{1B}]52;c;aGk=\u{7}"],
      ["members", "rename", "Bo", "Bo\u{202E}"],
    ]
    for arguments in changes {
      let result = try home.run(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.error.contains("cannot contain control characters (found "))
      Self.expectNothingRaw(result.error, "\(arguments)")
    }
    let long = try home.run([
      "members", "add", "Cy", "--pronouns", String(repeating: "x", count: 41),
    ])
    #expect(long.status == 2)
    #expect(long.error.contains("pronouns can have at most 40 characters"))
    let listed = try home.run(["members", "list"])
    #expect(listed.output == "1. Ana\n2. Bo\n")
  }
}

@Suite("The hearth command writes only through Output")
struct OutputGateSourceTests {
  @Test("no raw print or standard stream write in Sources/hearth outside Output.swift")
  func noRawPrint() throws {
    let package = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let sources = package.appendingPathComponent("Sources/hearth")
    let files = try FileManager.default.contentsOfDirectory(atPath: sources.path)
      .filter { $0.hasSuffix(".swift") && $0 != "Output.swift" }
    #expect(files.contains("ShowCommand.swift"), "the sources were found")
    let forbidden = [
      "print(", "debugPrint(", "dump(", "FileHandle.standard", "fputs(", "putchar(", "write(1",
      "write(2",
    ]
    for file in files {
      let text = try String(
        contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for (number, line) in text.components(separatedBy: "\n").enumerated() {
        for word in forbidden where line.contains(word) {
          Issue.record("Sources/hearth/\(file):\(number + 1): \(word) bypasses Output")
        }
      }
    }
  }
}
