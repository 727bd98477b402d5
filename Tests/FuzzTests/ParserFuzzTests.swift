import Foundation
import HearthCore
import HearthStore
import HearthThemes
import Testing

/// Every parser of a file that travels between facilitators, fed mutations of the files Hearth
/// ships and writes. Whatever the input, the parser returns a value within bounds or a
/// positioned error: no crash (which ends this test process), no case over 5 seconds (the
/// watchdog ends it). What parses is then used as Hearth uses it, so a number that slipped
/// through cannot trap later either. `HEARTH_FUZZ_CASES` sets the cases per parser (CI runs
/// more than the default).
@Suite("Fuzzing the file parsers", .serialized)
struct ParserFuzzTests {
  static let cases =
    ProcessInfo.processInfo.environment["HEARTH_FUZZ_CASES"].flatMap(Int.init)
    ?? 1500
  static let watchdog = Watchdog(limit: 5)

  @Test("pod.toml: a pod within bounds or a positioned error")
  func podFile() throws {
    try run("pod", seeds: Seeds.pods, seed: 1) { text in
      let pod = try PodFile.parse(String(decoding: text, as: UTF8.self), path: "pod.toml")
      #expect(pod.warning.map { Bounds.durationProblem($0) == nil } ?? true)
      #expect(pod.commitment.map { (1...Bounds.mostSessions).contains($0) } ?? true)
    }
  }

  @Test("formats/*.toml: a format within bounds, which a meeting can run, or a positioned error")
  func formatFile() throws {
    try run("format", seeds: Seeds.formats, seed: 2) { text in
      let format = try FormatFile.parse(
        String(decoding: text, as: UTF8.self), path: "f.toml", defaultName: "f")
      for item in format.items {
        #expect(item.timebox.map { Bounds.durationProblem($0) == nil } ?? true)
        #expect(item.turnTimebox.map { Bounds.durationProblem($0) == nil } ?? true)
      }
      Seeds.meet(format)
    }
  }

  @Test("themes/*.toml: a theme or a positioned error")
  func themeFile() throws {
    try run("theme", seeds: Seeds.themes, seed: 3) { text in
      _ = try ThemeFile(name: "t", text: String(decoding: text, as: UTF8.self), path: "t.toml")
    }
  }

  @Test("journal.jsonl: records Hearth can fold and show, or a positioned error")
  func journal() throws {
    try run("journal", seeds: Seeds.journals, seed: 4) { bytes in
      let contents = try Journal.parse(bytes, path: "journal.jsonl")
      // As `show`, `resume` and the archive do: only a journal that begins with its start.
      guard case .started? = contents.records.first?.event else { return }
      Seeds.show(SessionState(replaying: contents.records))
    }
  }

  /// Runs the seeds and `Self.cases` mutations of them through `parse`, each under the
  /// watchdog, and prints the counts. A `StoreError` must say where; any other error fails.
  private func run(
    _ what: String, seeds: [[UInt8]], seed: UInt64, parse: ([UInt8]) throws -> Void
  ) throws {
    var mutator = Mutator(seeds: seeds, seed: seed)
    var parsed = 0
    for seed in seeds where try check(what, seed, parse, mustParse: true) { parsed += 1 }
    for _ in 0..<Self.cases where try check(what, mutator.next(), parse, mustParse: false) {
      parsed += 1
    }
    print(
      "fuzz \(what): \(Self.cases + seeds.count) cases (\(parsed) parsed, the rest refused with"
        + " a place), 0 crashes, 0 hangs over 5 s")
  }

  /// Whether `input` parsed.
  private func check(
    _ what: String, _ input: [UInt8], _ parse: ([UInt8]) throws -> Void, mustParse: Bool
  ) throws -> Bool {
    do {
      try Self.watchdog.watch(what, input) { try parse(input) }
      return true
    } catch let error as StoreError {
      #expect(!mustParse, "a shipped \(what) file must parse: \(error)")
      #expect(
        error.line != nil && error.column != nil && !error.message.isEmpty,
        "\(what): an error without a place: \(error)")
      return false
    }
  }
}
