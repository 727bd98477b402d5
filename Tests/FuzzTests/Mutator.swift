import Foundation
import HearthCore

/// A deterministic mutation fuzzer: from seed files, cases made by byte flips, inserted control
/// characters, huge and odd numbers, TOML and JSON punctuation, truncation and duplicated lines.
/// The same seed gives the same cases, so a failure found once is found again.
struct Mutator {
  private var random: SplitMix64
  private let seeds: [[UInt8]]

  init(seeds: [[UInt8]], seed: UInt64) {
    precondition(!seeds.isEmpty)
    self.seeds = seeds
    random = SplitMix64(seed: seed)
  }

  /// Text that has broken parsers before, or would break arithmetic on what they read.
  static let tokens: [String] = [
    "9223372036854775807", "-9223372036854775808", "9223372036854775808",
    "99999999999999999999", "18446744073709551615", "1e308", "-1e308", "1e-320", "nan", "inf",
    "-inf", "0", "-1", "86401", "9999999999999999h", "99999h", "0s", "1h1h", "24h1s",
    "\"9223372036854775807s\"", "0x7fffffffffffffff", "0b1", "1_000", "1979-05-27T07:32:00Z",
    "9999-12-31T23:59:59.999Z", "0000-01-01T00:00:00.000Z", "[", "]", "[[", "]]", "{", "}", "=",
    ".", ",", "#", "\\", "\\u0000", "\\U0010FFFF", "\\uD800", "\"", "'", "\"\"\"", "'''", "\n[",
    "\n[[", "\n[ ", "\n[\t", "\n[=]", "\n[.]", "\n[é]", "\n[\u{3000}x]", "\u{FEFF}", "\u{202E}",
    "\u{9B}", "\u{2028}", "\u{1b}]52;c;aGk=\u{07}", "\r", "\r\n", "\t", "a.b.c", "\"\" = 1",
    "x = { a = { b = { c = 1 } } }", "[x]\n[x]", String(repeating: "[", count: 300),
    String(repeating: "{a=", count: 300), String(repeating: "x", count: 5000),
    "null", "true", "false", "{}", "[]", "{\"type\":\"started\"}", "\"seconds\":", "\"seq\":",
    "\"timebox\":", "\"turnTimebox\":", "\"warning\":", "\"priorSessions\":", "\"index\":",
    "\"item\":", "\"sequence\":", "\"commitment\":",
  ]

  /// The next case: a seed with one to four mutations.
  mutating func next() -> [UInt8] {
    var bytes = seeds[pick(seeds.count)]
    for _ in 0...pick(4) { mutate(&bytes) }
    return bytes
  }

  private mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(max(1, count))) }

  private mutating func mutate(_ bytes: inout [UInt8]) {
    let at = pick(bytes.count + 1)
    switch pick(10) {
    case 0 where !bytes.isEmpty:
      bytes[min(at, bytes.count - 1)] ^= 1 << UInt8(pick(8))
    case 1 where !bytes.isEmpty:
      bytes[min(at, bytes.count - 1)] = UInt8(pick(256))
    case 2:
      let controls: [UInt8] = Array(0...31) + [127]
      bytes.insert(controls[pick(controls.count)], at: at)
    case 3:
      bytes.insert(contentsOf: Array(Self.tokens[pick(Self.tokens.count)].utf8), at: at)
    case 4:
      replaceNumber(&bytes, from: at)
    case 5:
      bytes.removeSubrange(at...)
    case 6:
      duplicateLine(&bytes, at: at)
    case 7 where !bytes.isEmpty:
      let end = min(bytes.count, at + 1 + pick(40))
      bytes.removeSubrange(min(at, end)..<end)
    case 8:
      let other = seeds[pick(seeds.count)]
      let start = pick(other.count)
      let end = min(other.count, start + pick(200))
      bytes.insert(contentsOf: other[start..<end], at: at)
    default:
      bytes.insert(contentsOf: [0xFF, 0xC3, 0x28, 0xE2, 0x82][..<(1 + pick(5))], at: at)
    }
  }

  /// The first run of digits at or after `start` becomes a huge or odd number.
  private mutating func replaceNumber(_ bytes: inout [UInt8], from start: Int) {
    guard
      let first = bytes[min(start, bytes.count)...].firstIndex(where: { (48...57).contains($0) })
    else { return }
    let end = bytes[first...].firstIndex { !(48...57).contains($0) } ?? bytes.endIndex
    let numbers = [
      "9223372036854775807", "9223372036854775808", "99999999999999999999", "86401", "0",
      "4294967296", "1000001", "1001",
    ]
    bytes.replaceSubrange(first..<end, with: Array(numbers[pick(numbers.count)].utf8))
  }

  private mutating func duplicateLine(_ bytes: inout [UInt8], at: Int) {
    let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
    guard !lines.isEmpty else { return }
    let line = lines[pick(lines.count)]
    let copies = 1 + pick(3)
    var out = Array(bytes[..<min(at, bytes.count)])
    for _ in 0..<copies { out += line + [10] }
    bytes = out + bytes[min(at, bytes.count)...]
  }
}

/// Stops the test process with the input on standard error when one case runs longer than the
/// limit: a hang is a failure, as a crash is.
final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private var started: UInt64?
  private var input: [UInt8] = []
  private var what = ""
  private var running = true
  let limit: Double

  init(limit: Double) {
    self.limit = limit
    let thread = Thread { [weak self] in
      while let self, self.check() { Thread.sleep(forTimeInterval: 0.25) }
    }
    thread.start()
  }

  /// Where each case is written before it runs, when `HEARTH_FUZZ_LAST` names a file: after a
  /// crash it holds the input that crashed.
  private let last = ProcessInfo.processInfo.environment["HEARTH_FUZZ_LAST"]

  /// Runs one case under the watch.
  func watch<T>(_ what: String, _ input: [UInt8], _ body: () throws -> T) rethrows -> T {
    if let last { _ = FileManager.default.createFile(atPath: last, contents: Data(input)) }
    lock.withLock {
      started = DispatchTime.now().uptimeNanoseconds
      self.input = input
      self.what = what
    }
    defer { lock.withLock { started = nil } }
    return try body()
  }

  func stop() { lock.withLock { running = false } }

  private func check() -> Bool {
    lock.withLock {
      if let started, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 > limit {
        let hex = input.map { String(format: "%02x", $0) }.joined()
        FileHandle.standardError.write(
          Data("\(what) hung over \(limit) s on the input (hex): \(hex)\n".utf8))
        abort()
      }
      return running
    }
  }
}
