import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("End to end: hearth search, show --html and sessions delete")
struct SearchCommandTests {
  static let ids = [
    "2026-11-03T1900-check-in", "2026-11-10T1900-check-in", "2026-11-17T1900-check-in",
  ]

  /// A pod "Crew" (Ana, Bo, José) with two ended sessions that have transcripts and a newest
  /// one still open, without one.
  static func archive() throws -> HearthHome {
    let home = try HearthHome()
    let made = try home.run([
      "init", "Crew", "--member", "Ana", "--member", "Bo", "--member", "José",
    ])
    #expect(made.status == 0, "\(made.error)")
    try write(home, ids[0], notes: [("note", "Coffee with José at the Café")], ended: true)
    try write(
      home, ids[1], notes: [("decision", "Meet at the cafe <script>alert(1)</script>")],
      ended: true)
    try write(home, ids[2], notes: [("note", "CAFÉ again, said jose")], ended: false)
    for id in ids.prefix(2) {
      let shown = try home.run(["show", id])
      #expect(shown.status == 0, "\(shown.error)")
      try shown.output.write(
        toFile: sessionPath(home, id) + "/transcript.md", atomically: true, encoding: .utf8)
    }
    return home
  }

  static func sessionPath(_ home: HearthHome, _ id: String) -> String {
    home.path + "/pods/crew/sessions/" + id
  }

  /// Writes a journal, an event a second: started, the round entered, Ana speaking, the notes,
  /// and maybe the end; a synced or hand-edited pod may hold any text in any of them.
  static func write(
    _ home: HearthHome, _ id: String, notes: [(String, String)], ended: Bool,
    title: String = "Check-in", item: String = "Arrival", prompt: String = "How are you arriving?",
    attendees: [String] = ["Ana", "Bo", "José"], facilitator: String = "José"
  ) throws {
    let day = String(id.prefix(10))
    var events: [[String: Any]] = [
      [
        "type": "started",
        "session": [
          "id": id, "pod": "Crew",
          "format": [
            "name": "check-in", "title": title,
            "items": [
              [
                "title": item, "kind": "round", "order": "roster", "confidential": false,
                "prompt": prompt,
              ]
            ],
          ],
          "attendees": attendees, "roles": ["facilitator": facilitator], "seed": 1,
          "priorSessions": 0,
        ] as [String: Any],
      ],
      ["type": "itemEntered", "index": 0, "order": attendees],
      ["type": "stickGiven", "member": "Ana"],
    ]
    for (kind, text) in notes {
      events.append([
        "type": "noteAdded", "note": ["kind": kind, "text": text, "member": "Ana", "item": 0],
      ])
    }
    if ended { events.append(["type": "ended"]) }
    let lines = try events.enumerated().map { n, event in
      let line: [String: Any] = [
        "v": 1, "seq": n + 1,
        "at": "\(day)T" + String(format: "%02d:%02d:%02d", 19 + n / 3600, n / 60 % 60, n % 60)
          + ".000Z", "event": event,
      ]
      let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
      return String(decoding: data, as: UTF8.self)
    }
    let directory = sessionPath(home, id)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: directory + "/journal.jsonl", atomically: true, encoding: .utf8)
  }

  @Test("search ignores case and accents, newest first, the open session included")
  func search() throws {
    let home = try Self.archive()
    defer { home.remove() }
    let result = try home.run(["search", "cafe"])
    #expect(result.status == 0, "\(result.error)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(
      lines
        == [
          "2026-11-17T1900-check-in  2026-11-17 19:00",
          "  Arrival · note: CAFÉ again, said jose",
          "",
          "2026-11-10T1900-check-in  2026-11-10 19:00",
          "  Arrival · decision: Meet at the cafe <script>alert(1)</script>",
          "",
          "2026-11-03T1900-check-in  2026-11-03 19:00",
          "  Arrival · note: Coffee with José at the Café",
        ].filter { !$0.isEmpty })
    #expect(result.error == "3 lines in 3 sessions.\n", "the summary is not one of the hits")
    #expect(!result.output.contains("\u{1B}["), "no highlighting without a terminal")
    let names = try home.run(["search", "JOSE", "cafe"])
    #expect(names.error == "2 lines in 2 sessions.\n")
    #expect(!names.output.contains("sessions."))
    let none = try home.run(["search", "zebra"])
    #expect(none.status == 1, "nothing found is exit 1, as in grep")
    #expect(none.output == "Nothing found for \"zebra\".\n")
  }

  @Test("search --json lists each hit with its session, start, item, kind, text and member")
  func searchJSON() throws {
    let home = try Self.archive()
    defer { home.remove() }
    let result = try home.run(["search", "--json", "jose"])
    #expect(result.status == 0, "\(result.error)")
    let hits = HearthHome.jsonList(result.output, "hits")
    #expect(
      hits.map { $0["session"] as? String } == [Self.ids[2]] + [Self.ids[2], Self.ids[2]] + [
        Self.ids[1], Self.ids[1],
      ] + [Self.ids[0], Self.ids[0], Self.ids[0]])
    let first = try #require(hits.first)
    #expect(first["kind"] as? String == "member")
    #expect(first["member"] as? String == "José")
    #expect(first["started"] as? String == "2026-11-17T19:00:00Z")
    #expect(first["item"] is NSNull)
    let note = try #require(hits.first { $0["kind"] as? String == "note" })
    #expect(note["text"] as? String == "CAFÉ again, said jose")
    #expect(note["item"] as? String == "Arrival")
  }

  /// Hits that `search --json` prints, read back to be written again with `JSONEncoder`.
  struct Hit: Codable {
    var item: String?
    var kind: String
    var member: String?
    var session: String
    var started: Date?
    var text: String

    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(item, forKey: .item)
      try c.encode(kind, forKey: .kind)
      try c.encode(member, forKey: .member)
      try c.encode(session, forKey: .session)
      try c.encode(started, forKey: .started)
      try c.encode(text, forKey: .text)
    }
  }

  /// What `search --json` prints: the hits and the JSON version.
  struct Hits: Codable {
    var hits: [Hit]
    var version: Int
  }

  @Test("thousands of hits come out whole, in text and in JSON exactly as JSONEncoder writes it")
  func manyHits() throws {
    let home = try HearthHome()
    defer { home.remove() }
    try home.initCrew("Ana", "Bo")
    let text = { (n: Int) in
      "Garden round \(n): \"water\" the beds\\pots, see a/b and José's <list>"
    }
    let count = 3000
    try Self.write(home, Self.ids[0], notes: (1...count).map { ("note", text($0)) }, ended: true)
    let shown = try home.run(["show", Self.ids[0]])
    try shown.output.write(
      toFile: Self.sessionPath(home, Self.ids[0]) + "/transcript.md", atomically: true,
      encoding: .utf8)
    // The open session is read from its journal, which keeps the tab: the text shows it as ^I,
    // JSON escapes it.
    try Self.write(home, Self.ids[1], notes: [("note", "The garden\tgate")], ended: false)

    let result = try home.run(["search", "GARDEN"])
    #expect(result.status == 0, "\(result.error)")
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == count + 5)
    #expect(
      lines.prefix(4) == [
        "2026-11-10T1900-check-in  2026-11-10 19:00", "  Arrival · note: The garden^Igate", "",
        "2026-11-03T1900-check-in  2026-11-03 19:00",
      ])
    #expect(
      lines[4..<(count + 4)].elementsEqual((1...count).map { "  Arrival · note: " + text($0) }))
    #expect(lines.suffix(1) == [""])
    #expect(result.error == "\(count + 1) lines in 2 sessions.\n")

    let json = try home.run(["search", "--json", "garden"])
    #expect(json.status == 0, "\(json.error)")
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    let printed = try decoder.decode(Hits.self, from: Data(json.output.utf8))
    let hits = printed.hits
    #expect(printed.version == 1 && hits.count == count + 1)
    #expect(hits.last?.text == text(count))
    #expect(hits.first?.started != nil)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    #expect(json.output == String(decoding: try encoder.encode(printed), as: UTF8.self) + "\n")
    let none = String(decoding: try encoder.encode(Hits(hits: [], version: 1)), as: UTF8.self)
    #expect(try home.run(["search", "--json", "zebra"]).output == none + "\n")
  }

  @Test("on a terminal, the matching words are shown in reverse video")
  func highlighting() throws {
    let home = try Self.archive()
    defer { home.remove() }
    let output = try Self.runOnTerminal(home, ["search", "jose", "cafe"])
    #expect(
      output.contains(
        "  Arrival · note: Coffee with \u{1B}[7mJosé\u{1B}[27m at the "
          + "\u{1B}[7mCafé\u{1B}[27m\r\n"))
  }

  /// What hearth writes when its output is a terminal (a pseudo-terminal here).
  static func runOnTerminal(_ home: HearthHome, _ arguments: [String]) throws -> String {
    var controller: Int32 = -1
    var terminal: Int32 = -1
    guard openpty(&controller, &terminal, nil, nil, nil) == 0 else {
      throw E2EError("no pseudo-terminal")
    }
    defer { close(controller) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: HearthHome.binary)
    process.arguments = arguments
    process.environment = home.environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
    process.standardError = FileHandle.nullDevice
    defer { close(terminal) }
    try process.run()
    process.waitUntilExit()
    // The few lines wait in the terminal's buffer; read them without waiting for more.
    _ = fcntl(controller, F_SETFL, O_NONBLOCK)
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(controller, &buffer, buffer.count)
      guard count > 0 else { break }
      output += buffer[..<count]
    }
    return String(decoding: output, as: UTF8.self)
  }

  @Test("show --html is one escaped page; --json with --html is a usage error")
  func html() throws {
    let home = try Self.archive()
    defer { home.remove() }
    let page = try home.run(["show", Self.ids[1], "--html"])
    #expect(page.status == 0, "\(page.error)")
    #expect(page.output.hasPrefix("<!DOCTYPE html>"))
    #expect(page.output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!page.output.contains("<script"))
    let both = try home.run(["show", "latest", "--html", "--json"])
    #expect(both.status == 2)
    #expect(both.error.contains("--json and --html"))
  }

  @Test("sessions delete needs --yes without a terminal, then removes the session entirely")
  func delete() throws {
    let home = try Self.archive()
    defer { home.remove() }
    let asked = try home.run(["sessions", "delete", Self.ids[0]])
    #expect(asked.status == 2)
    #expect(asked.error.contains("--yes"))
    #expect(FileManager.default.fileExists(atPath: Self.sessionPath(home, Self.ids[0])))
    let deleted = try home.run(["sessions", "delete", Self.ids[0], "--yes"])
    #expect(deleted.status == 0, "\(deleted.error)")
    #expect(!FileManager.default.fileExists(atPath: Self.sessionPath(home, Self.ids[0])))
    let left = try FileManager.default.contentsOfDirectory(
      atPath: home.path + "/pods/crew/sessions")
    #expect(left.sorted() == Array(Self.ids.dropFirst()))
    #expect(!(try home.run(["sessions"]).output.contains(Self.ids[0])))
    #expect(try home.run(["search", "coffee"]).output.contains("Nothing found"))
    let again = try home.run(["sessions", "delete", Self.ids[0], "--yes"])
    #expect(again.status == 1)
  }

  @Test("sessions delete refuses a meeting open in another terminal")
  func deleteLocked() throws {
    let home = try Self.archive()
    defer { home.remove() }
    let journal = Self.sessionPath(home, Self.ids[2]) + "/journal.jsonl"
    let fd = open(journal, O_RDONLY)
    #expect(fd >= 0)
    defer { close(fd) }
    #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
    let refused = try home.run(["sessions", "delete", Self.ids[2], "--yes"])
    #expect(refused.status == 1, "busy, not bad input: exit 1")
    #expect(refused.error.contains("open in another terminal"))
    let resumed = try home.run(["--plain", "resume"])
    #expect(resumed.status == 1)
    #expect(resumed.error.contains("open in another terminal"))
    #expect(FileManager.default.fileExists(atPath: journal))
  }
}
