import Foundation
import Testing

@Suite("End to end: hearth sessions and hearth stats over a known archive")
struct StatsCommandTests {
  /// A pod "Crew" (Ana, Bo, Chen; Ana then renamed Anna) with two ended sessions written as
  /// journals, and one session whose journal is empty.
  ///
  /// 2026-11-03: Ana 60 s, Bo 120 s, Chen 20 s; Ana facilitates.
  /// 2026-11-10: Ana 30 s, Bo 30 s; Bo facilitates; Chen is away.
  static func archive() throws -> HearthHome {
    let home = try HearthHome()
    let made = try home.run([
      "init", "Crew", "--member", "Ana", "--member", "Bo", "--member", "Chen",
    ])
    #expect(made.status == 0, "\(made.error)")
    try write(
      home, "2026-11-03T1900-check-in", attendees: ["Ana", "Bo", "Chen"], facilitator: "Ana",
      turns: [("Ana", 0), ("Bo", 60), ("Chen", 180)], end: 200)
    try write(
      home, "2026-11-10T1900-check-in", attendees: ["Ana", "Bo"], facilitator: "Bo",
      turns: [("Ana", 0), ("Bo", 30)], end: 60)
    let empty = home.path + "/pods/crew/sessions/2026-11-17T1900-check-in"
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: empty + "/journal.jsonl", contents: Data())
    #expect(try home.run(["members", "rename", "Ana", "Anna"]).status == 0)
    return home
  }

  /// Writes a session's journal: started, the round entered, the stick given at each offset in
  /// seconds, then ended.
  static func write(
    _ home: HearthHome, _ id: String, attendees: [String], facilitator: String,
    turns: [(String, Int)], end: Int
  ) throws {
    let day = String(id.prefix(10))
    func at(_ offset: Int) -> String {
      let minutes = offset / 60
      let seconds = offset % 60
      return
        "\(day)T19:\(minutes < 10 ? "0" : "")\(minutes):\(seconds < 10 ? "0" : "")\(seconds).000Z"
    }
    let names = attendees.map { "\"\($0)\"" }.joined(separator: ",")
    let format =
      #"{"name":"check-in","title":"Check-in","items":[{"title":"Arrival","kind":"round","#
      + #""order":"roster","confidential":false}]}"#
    let session =
      #"{"id":"\#(id)","pod":"Crew","format":\#(format),"attendees":[\#(names)],"#
      + #""roles":{"facilitator":"\#(facilitator)"},"seed":1,"priorSessions":0}"#
    var events = [
      #"{"type":"started","session":\#(session)}"#,
      #"{"type":"itemEntered","index":0,"order":[\#(names)]}"#,
    ].map { (0, $0) }
    events += turns.map { ($0.1, #"{"type":"stickGiven","member":"\#($0.0)"}"#) }
    events.append((end, #"{"type":"ended"}"#))
    let lines = events.enumerated().map { n, event in
      #"{"v":1,"seq":\#(n + 1),"at":"\#(at(event.0))","event":\#(event.1)}"#
    }
    let directory = home.path + "/pods/crew/sessions/" + id
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: directory + "/journal.jsonl", atomically: true, encoding: .utf8)
  }

  @Test("stats --json: airtime, share, attendance and roles, a renamed member under her new name")
  func json() throws {
    let home = try Self.archive()
    defer { home.remove() }
    let result = try home.run(["stats", "--json"])
    #expect(result.status == 0, "\(result.error)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let members = try #require(object["members"] as? [[String: Any]])
    #expect(members.map { $0["name"] as? String } == ["Anna", "Bo", "Chen"])
    #expect(members.map { $0["seconds"] as? Double } == [90, 150, 20])
    #expect(members.map { $0["attended"] as? Int } == [2, 2, 1])
    #expect(
      members.map { $0["present"] as? [Bool] } == [[true, true], [true, true], [true, false]])
    let share = try #require(members[1]["share"] as? Double)
    #expect(abs(share - 150.0 / 260) < 1e-9)
    #expect(object["seconds"] as? Double == 260)
    #expect(object["balance"] as? Double == 7.5, "Bo's 150 s over Chen's 20 s")
    let sessions = try #require(object["sessions"] as? [[String: Any]])
    #expect(
      sessions.map { $0["id"] as? String } == [
        "2026-11-03T1900-check-in", "2026-11-10T1900-check-in",
      ])
    #expect(sessions.map { ($0["roles"] as? [String: String])?["facilitator"] } == ["Anna", "Bo"])
    #expect(sessions.map { $0["balance"] as? Double } == [6, 1])
    let last = try home.run(["stats", "--last", "1", "--json"])
    let newest = try #require(
      try JSONSerialization.jsonObject(with: Data(last.output.utf8)) as? [String: Any])
    #expect((newest["sessions"] as? [Any])?.count == 1)
    #expect(newest["seconds"] as? Double == 60)
  }

  @Test("stats prints bars with shares, a grid of marks and roles, within 80 columns")
  func text() throws {
    let home = try Self.archive()
    defer { home.remove() }
    let result = try home.run(["stats"])
    #expect(result.status == 0, "\(result.error)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "2 sessions, 2026-11-03 to 2026-11-10")
    #expect(lines.contains { $0.hasPrefix("  Bo    ████") && $0.hasSuffix("58%  2m 30s") })
    #expect(lines.contains { $0.hasPrefix("  Anna  ██") && $0.hasSuffix("35%  1m 30s") })
    #expect(lines.contains("  Anna  ●●  2/2"))
    #expect(lines.contains("  Chen  ●·  1/2"))
    #expect(lines.contains { $0.hasPrefix("  2026-11-10T1900-check-in  1.0      Bo") })
    #expect(lines.last == "Left out: 1 damaged session (hearth sessions shows why)")
    for line in lines { #expect(line.count <= 80, "too wide: \(line)") }
    #expect(try home.run(["stats", "--last", "0"]).status == 2)
  }

  @Test("sessions lists damaged ones with the reason; the index is private and only a cache")
  func sessions() throws {
    let home = try Self.archive()
    defer { home.remove() }
    let listed = try home.run(["sessions"])
    #expect(listed.status == 0, "\(listed.error)")
    let lines = listed.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[0].hasPrefix("ID"))
    #expect(lines[1].hasPrefix("2026-11-17T1900-check-in") && lines[1].contains("damaged"))
    #expect(lines[1].hasSuffix("the journal is empty"))
    #expect(lines[2].hasPrefix("2026-11-10T1900-check-in") && lines[2].contains("1m 00s"))
    #expect(lines[2].contains("ended") && lines[2].hasSuffix("Ana, Bo"))
    #expect(try home.run(["sessions", "--limit", "1"]).output.split(separator: "\n").count == 2)

    let json = try home.run(["sessions", "--json"])
    let list = HearthHome.jsonList(json.output, "sessions")
    try #require(list.count == 3)
    #expect(list[0]["damaged"] as? String == "the journal is empty")
    #expect(list[1]["damaged"] is NSNull && list[1]["seconds"] as? Double == 60)
    for key in ["id", "format", "started", "ended", "attendees", "seconds"] {
      #expect(list[1][key] != nil, "\(key) is listed")
    }

    let index = home.path + "/pods/crew/.index"
    let mode =
      try FileManager.default.attributesOfItem(atPath: index + "/sessions.tsv")[
        .posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
    let folder =
      try FileManager.default.attributesOfItem(atPath: index)[.posixPermissions]
      as? NSNumber
    #expect(folder?.intValue == 0o700)
    try FileManager.default.removeItem(atPath: index)
    #expect(try home.run(["sessions"]).output == listed.output)
    try "garbage\n".write(toFile: index + "/sessions.tsv", atomically: true, encoding: .utf8)
    #expect(try home.run(["sessions"]).output == listed.output)
  }
}
