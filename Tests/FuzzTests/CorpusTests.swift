import Foundation
import HearthCore
import HearthStore
import HearthThemes
import Testing

/// The inputs that crashed or aborted Hearth before, kept as files in `Corpus/`: each is now
/// refused with the place and the reason, and a damaged journal is listed as damaged.
@Suite("Inputs that once crashed Hearth")
struct CorpusTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Corpus")

  /// Each file of the corpus and the `line:column: message` start it must be refused with.
  static let expected: [String: String] = [
    "format-timebox-text-overflow.toml":
      "6:1: 'timebox': '9999999999999999h' is longer than 24 hours",
    "format-timebox-int-max.toml":
      "6:1: 'timebox' must be at most 24 hours (86400 seconds), not 9223372036854775807 seconds",
    "format-turn-int-max.toml": "6:1: 'turn' must be at most 24 hours",
    "format-turn-25h.toml": "6:1: 'turn': '25h' is longer than 24 hours",
    "format-escape-header.toml": "2:2: the file holds a control character (U+001B)",
    "format-delete-header.toml": "2:2: the file holds a control character (U+007F)",
    "format-bang-header.toml": "2:3: a table header begins with a name",
    "format-bad-utf8-header.toml": "2:2: a table header begins with a name",
    "format-nul-in-title.toml": "1:13: the file holds a control character (U+0000)",
    "pod-warning-overflow.toml": "2:1: 'warning': '9999999999999999h' is longer than 24 hours",
    "pod-warning-int-max.toml": "2:1: 'warning' must be at most 24 hours",
    "pod-commitment-huge.toml":
      "2:1: 'commitment' must be from 1 to 1000 sessions, not 9223372036854775807",
    "pod-escape-header.toml": "3:2: the file holds a control character (U+001B)",
    "pod-bom-header.toml": "1:3: a table header begins with a name",
    "pod-line-separator-in-list.toml":
      "3:2: '\u{2028}' (U+2028) belongs inside a quoted string or a comment",
    "pod-brace-closes-list.toml": "4:1: '}' cannot close the list opened with '['",
    "theme-escape-header.toml": "2:2: the file holds a control character (U+001B)",
    "theme-delete-header.toml": "3:2: the file holds a control character (U+007F)",
    "theme-ideographic-space-header.toml": "2:2: a table header begins with a name",
    "journal-timebox-int-max.jsonl":
      "1:1: the format's item 1: its timebox must be at most 24 hours",
    "journal-turn-int-max.jsonl": "1:1: the format's item 1: its turn must be at most 24 hours",
    "journal-warning-int-max.jsonl": "1:1: the pod's warning must be at most 24 hours",
    "journal-prior-sessions-int-max.jsonl":
      "1:1: 9223372036854775807 earlier sessions is not from 0 to 1000000",
    "journal-commitment-huge.jsonl": "1:1: the commitment of 9223372036854775807 sessions",
    "journal-turn-extended-huge.jsonl":
      "4:1: a timebox changes by 9223372036854775807 seconds; 24 hours (86400) at most",
    "journal-item-extended-negative.jsonl": "4:1: a timebox changes by -9223372036854775808",
    "journal-timestamp-absurd.jsonl": "4:1: event 4 is dated ten years or more after",
    "journal-item-index-huge.jsonl": "4:1: it enters item 9223372036854775808 of an agenda of 2",
    "journal-note-item-huge.jsonl": "4:1: a note belongs to item 9223372036854775808",
    "journal-undo-later-event.jsonl": "4:1: event 4 undoes event 9223372036854775807",
    "journal-action-written-huge-year.jsonl": "1:",
  ]

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  @Test("every file in the corpus has its expected refusal, and every expectation its file")
  func corpusIsComplete() {
    #expect(Set(Self.files) == Set(Self.expected.keys))
  }

  @Test("each hostile file is refused with its place and reason", arguments: files)
  func refused(_ name: String) throws {
    let path = Self.folder.appendingPathComponent(name).path
    let error = #expect(throws: StoreError.self) { try Self.load(name, path) }
    let expected = try #require(Self.expected[name])
    #expect(
      error?.description.hasPrefix("\(path):\(expected)") == true, "\(error.map { "\($0)" } ?? "")")
  }

  @Test(
    "a journal holding such a number is listed as damaged with the reason, and cannot be opened",
    arguments: files.filter { $0.hasSuffix(".jsonl") })
  func damagedJournal(_ name: String) throws {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("hearth-corpus-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let home = Home(path: scratch)
    let pod = try home.createPod(Pod(name: "Tuesday Crew", members: [], roles: Pod.defaultRoles))
    let id = "2026-11-27T1900-check-in"
    try pod.createSession(id)
    try FileManager.default.copyItem(
      atPath: Self.folder.appendingPathComponent(name).path, toPath: pod.journalPath(id))
    let entry = try #require(pod.archive().first)
    #expect(entry.damaged?.hasPrefix("corrupted at line") == true, "\(entry.damaged ?? "")")
    #expect(throws: StoreError.self) { try pod.loadSession(id) }
  }

  private static func load(_ name: String, _ path: String) throws {
    if name.hasPrefix("format-") {
      _ = try FormatFile.load(path)
    } else if name.hasPrefix("pod-") {
      _ = try PodFile.load(path)
    } else if name.hasPrefix("theme-") {
      let text = String(
        decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
      _ = try ThemeFile(name: "hostile", text: text, path: path)
    } else {
      _ = try Journal.read(path)
    }
  }
}
