import Foundation
import Testing

@Suite("End to end: every command's --json has the fields docs/json.md lists, and a version")
struct JSONDocsTests {
  /// One table of docs/json.md: the command it documents and its fields by path
  /// (`items[].turns[].member`), each with its type as written.
  struct Table {
    var arguments: [String]
    var fields: [String: String]
  }

  static let document = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/json.md")

  /// The tables of docs/json.md, each under a heading "## `hearth ARGUMENTS`".
  static func tables() throws -> [Table] {
    var tables: [Table] = []
    for line in try String(contentsOf: document, encoding: .utf8).split(separator: "\n") {
      if line.hasPrefix("## `hearth ") {
        let command = line.dropFirst("## `hearth ".count).prefix { $0 != "`" }
        tables.append(Table(arguments: command.split(separator: " ").map(String.init), fields: [:]))
      } else if line.hasPrefix("| `"), !tables.isEmpty {
        let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        tables[tables.count - 1].fields[cells[0].trimmingCharacters(in: ["`"])] = cells[1]
      }
    }
    return tables
  }

  /// Every field path in `value`: an object's keys, and through lists of objects, `key[].…`;
  /// a field documented as a map (of names) is not gone into.
  static func paths(of value: Any, under prefix: String, maps: Set<String>) -> Set<String> {
    var found: Set<String> = []
    if let object = value as? [String: Any] {
      for (key, inner) in object {
        let path = prefix.isEmpty ? key : prefix + "." + key
        found.insert(path)
        if !maps.contains(path) { found.formUnion(paths(of: inner, under: path, maps: maps)) }
      }
    } else if let list = value as? [Any] {
      for element in list where element is [String: Any] {
        found.formUnion(paths(of: element, under: prefix + "[]", maps: maps))
      }
    }
    return found
  }

  /// A pod with two ended sessions; the later has a passed turn, a note and an action with an
  /// owner, and a member with pronouns, so every documented field has something to show.
  static func home() throws -> HearthHome {
    let home = try StatsCommandTests.archive()
    #expect(try home.run(["members", "add", "Dee", "--pronouns", "she/her"]).status == 0)
    let id = "2026-11-24T1900-check-in"
    let format =
      #"{"name":"check-in","title":"Check-in","items":[{"title":"Arrival","kind":"round","#
      + #""order":"roster","confidential":false}]}"#
    let session =
      #"{"id":"\#(id)","pod":"Crew","format":\#(format),"attendees":["Anna","Bo"],"#
      + #""roles":{"facilitator":"Bo"},"seed":1,"priorSessions":2}"#
    let events = [
      #"{"type":"started","session":\#(session)}"#,
      #"{"type":"itemEntered","index":0,"order":["Anna","Bo"]}"#,
      #"{"type":"stickGiven","member":"Anna"}"#,
      #"{"type":"noteAdded","note":{"kind":"note","text":"garden plans","member":"Anna","item":0}}"#,
      #"{"type":"noteAdded","note":{"kind":"action","text":"water the garden","#
        + #""member":"Anna","owner":"Bo","item":0}}"#,
      #"{"type":"passed","next":"Bo"}"#,
      #"{"type":"ended"}"#,
    ]
    let lines = events.enumerated().map { n, event in
      #"{"v":1,"seq":\#(n + 1),"at":"2026-11-24T19:0\#(n):00.000Z","event":\#(event)}"#
    }
    let directory = home.path + "/pods/crew/sessions/" + id
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: directory + "/journal.jsonl", atomically: true, encoding: .utf8)
    return home
  }

  @Test("each documented command prints version 1 and exactly the fields its table lists")
  func fieldsAsDocumented() throws {
    let tables = try Self.tables()
    #expect(tables.count == 7, "show, sessions, stats, search, roles, members, formats")
    let home = try Self.home()
    defer { home.remove() }
    for table in tables {
      let result = try home.run(table.arguments)
      try #require(result.status == 0, "\(table.arguments): \(result.error)")
      let value = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
      let object = try #require(value as? [String: Any], "\(table.arguments) prints an object")
      #expect(object["version"] as? Int == 1, "\(table.arguments)")
      let maps = Set(table.fields.filter { $0.value.hasPrefix("map") }.keys)
      let printed = Self.paths(of: object, under: "", maps: maps)
      let listed = Set(table.fields.keys)
      let required = listed.filter { !table.fields[$0, default: ""].contains("optional") }
      #expect(printed.subtracting(listed).isEmpty, "\(table.arguments) prints undocumented fields")
      #expect(required.subtracting(printed).isEmpty, "\(table.arguments) lacks documented fields")
    }
  }

  /// The names of the commands (first words after `hearth`) that have a `--json` flag in
  /// `command` of argument-parser's help dump, or in any subcommand beneath it.
  static func commandsWithJSON(_ command: [String: Any], top: String?) -> Set<String> {
    let arguments = command["arguments"] as? [[String: Any]] ?? []
    let names = arguments.flatMap { $0["names"] as? [[String: Any]] ?? [] }
    var found: Set<String> = []
    if let top, names.contains(where: { $0["name"] as? String == "json" }) { found.insert(top) }
    for sub in command["subcommands"] as? [[String: Any]] ?? [] {
      found.formUnion(commandsWithJSON(sub, top: top ?? sub["commandName"] as? String))
    }
    return found
  }

  @Test("every command with --json is documented in docs/json.md")
  func everyJSONCommandDocumented() throws {
    let documented = Set(try Self.tables().compactMap(\.arguments.first))
    let home = try HearthHome()
    defer { home.remove() }
    let dump = try home.run(["--experimental-dump-help"])
    let tree = try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any]
    let root = try #require(tree?["command"] as? [String: Any])
    let withJSON = Self.commandsWithJSON(root, top: nil)
    #expect(withJSON.contains("members") && withJSON.contains("formats"))
    #expect(withJSON == documented, "docs/json.md documents every --json")
  }
}
