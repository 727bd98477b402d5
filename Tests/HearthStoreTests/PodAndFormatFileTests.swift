import Foundation
import HearthCore
import Testing

@testable import HearthStore

/// The fixture files beside this test.
private func fixture(_ name: String) -> String {
  URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/\(name)").path
}

@Suite("Pod and format files")
struct PodAndFormatFileTests {
  @Test("a pod's own format reads with durations written as 6m, 90s, 1h30m or seconds")
  func goodFormat() throws {
    let format = try FormatFile.load(fixture("good-weekly.toml"))
    #expect(format.name == "weekly")
    #expect(format.title == "Weekly crew")
    #expect(format.items.map(\.kind) == [.round, .silence, .round])
    #expect(format.items[0].timebox == 360)
    #expect(format.items[0].turnTimebox == 90)
    #expect(format.items[0].order == .rotate)
    #expect(format.items[2].timebox == 5400)
    #expect(format.items[2].turnTimebox == 300)
    #expect(format.items[2].confidential)
  }

  @Test("every built-in format survives being written as TOML and read back")
  func builtInsRoundTrip() throws {
    for format in BuiltIn.formats {
      let text = FormatFile.toml(for: format)
      let read = try FormatFile.parse(text, path: "x.toml", defaultName: "x")
      #expect(read == format, "\(format.name)")
    }
  }

  @Test(
    "each broken file is reported as file:line:column with a helpful message",
    arguments: [
      ("bad/syntax.toml", 3, nil as String?),
      ("bad/unknown-key.toml", 6, "unknown key 'timebxo' (did you mean 'timebox'?)"),
      ("bad/wrong-type.toml", 6, "'confidential' must be true or false, not a string"),
      ("bad/unknown-kind.toml", 9, "unknown item kind 'picnic'"),
      ("bad/negative-duration.toml", 6, "is negative"),
      ("bad/prose-duration.toml", 6, "write it like 90s, 2m or 1h30m"),
    ])
  func brokenFormats(file: String, line: Int, message: String?) throws {
    let path = fixture(file)
    let error = try #require(throws: StoreError.self) { try FormatFile.load(path) }
    #expect(error.path == path)
    #expect(error.line == line)
    #expect(error.column != nil)
    if let message { #expect(error.message.contains(message), "\(error)") }
    #expect(error.description.hasPrefix("\(path):\(line):"))
  }

  @Test("a member named twice (whatever the case) is an error at the second one")
  func memberTwice() throws {
    let path = fixture("bad/twice-named.pod.toml")
    let error = try #require(throws: StoreError.self) { try PodFile.load(path) }
    #expect(error.line == 10)
    #expect(error.message.contains("named twice"))
  }

  @Test("a member name with control characters is refused; any letters are fine")
  func names() throws {
    let error = try #require(throws: StoreError.self) {
      try PodFile.load(fixture("bad/control-name.pod.toml"))
    }
    #expect(error.line == 4)
    #expect(error.message.contains("control characters"))
    for name in ["José", "陳美玲", "Zoë-Ann", "Ayo 🌻", "Ngọc"] {
      #expect(Member.problem(with: name) == nil, "\(name)")
    }
    for name in ["", " Ana", "Ana\n", "A,B", "Bell\u{07}"] {
      #expect(Member.problem(with: name) != nil, "\(name.debugDescription)")
    }
  }

  @Test("pod.toml round trips members, pronouns, removals, renames, roles, commitment, theme")
  func podRoundTrip() throws {
    let pod = Pod(
      name: "Tuesday \"Crew\"",
      members: [
        Member(name: "Ana", pronouns: "she/her"), Member(name: "Bo", active: false),
        Member(name: "Chen", formerNames: ["Chan"]),
      ],
      roles: ["facilitator", "scribe"], agreements: ["Stays here.", "No advice unless asked"],
      commitment: 6, theme: "high-contrast", bell: .visual, warning: 75)
    let read = try PodFile.parse(PodFile.toml(for: pod), path: "pod.toml")
    #expect(read == pod)
    #expect(read.member(named: "chan")?.name == "Chen")
    #expect(read.activeMembers.map(\.name) == ["Ana", "Chen"])
  }

  @Test("a renewed commitment is written as its term and first session, and read back")
  func commitmentTerm() throws {
    let pod = Pod(name: "Crew", members: [Member(name: "Ana")], roles: ["facilitator"])
    let second = pod.renewingCommitment(for: 6, from: 1)
    let renewed = second.renewingCommitment(for: 4, from: 8)
    let text = PodFile.toml(for: renewed)
    #expect(text.contains("commitment = 4\ncommitment_term = 3\ncommitment_from = 8\n"))
    let read = try PodFile.parse(text, path: "pod.toml")
    #expect(read.commitment == 4 && read.commitmentTerm == CommitmentTerm(number: 3, from: 8))
    #expect(read.isCommitmentComplete(beforeSession: 12) == true)
    #expect(read.isCommitmentComplete(beforeSession: 11) == false)
    let closed = try PodFile.parse(PodFile.toml(for: read.closingCommitment), path: "pod.toml")
    #expect(closed.commitment == nil && !PodFile.toml(for: closed).contains("commitment"))
  }

  @Test("pod.toml's bell and warning: the defaults, and mistakes at their line and column")
  func bellAndWarning() throws {
    let plain = try PodFile.parse("name = \"Crew\"\n", path: "pod.toml")
    #expect(plain.bell == .audible && plain.warning == nil)
    let set = try PodFile.parse(
      "name = \"Crew\"\nbell = \"none\"\nwarning = \"1m\"\n", path: "pod.toml")
    #expect(set.bell == Pod.Bell.none && set.warning == 60)
    #expect(
      throws: StoreError(
        path: "pod.toml", line: 2, column: 1,
        message: "unknown bell 'visul' (did you mean 'visual'?)")
    ) {
      try PodFile.parse("name = \"Crew\"\nbell = \"visul\"\n", path: "pod.toml")
    }
    #expect(throws: StoreError.self) {
      try PodFile.parse("name = \"Crew\"\n\nwarning = \"soon\"\n", path: "pod.toml")
    }
  }

  @Test("durations: what parses and what is refused")
  func durations() throws {
    #expect(try DurationText.seconds(in: "90s") == 90)
    #expect(try DurationText.seconds(in: "2m") == 120)
    #expect(try DurationText.seconds(in: "1h30m") == 5400)
    #expect(try DurationText.seconds(in: "1h2m3s") == 3723)
    for bad in ["2 minutes", "5", "m", "1m1h", "-2m", "2x", ""] {
      #expect(throws: DurationText.Problem.self, "\(bad)") { try DurationText.seconds(in: bad) }
    }
    for seconds in [1, 59, 60, 90, 3600, 5400, 3723] {
      #expect(try DurationText.seconds(in: DurationText.text(seconds)) == seconds)
    }
  }
}
