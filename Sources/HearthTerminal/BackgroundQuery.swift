import Foundation
import HearthUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Asks the terminal on standard input and output for its background colour (OSC 11), then
/// for its attributes (DA1), which every terminal answers: the answers come in order, so once
/// DA1's is read, an OSC 11 answer not before it is never coming, and nothing is left to
/// arrive later as keys. Waits `timeout` milliseconds at most, for a terminal that answers
/// neither.
public enum BackgroundQuery {
  /// The background the terminal reports, or nil (no terminal, no answer, not a colour).
  public static func ask(timeout: Int = 250) -> Background? {
    guard isatty(0) == 1, isatty(1) == 1 else { return nil }
    var saved = termios()
    guard tcgetattr(0, &saved) == 0 else { return nil }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ICANON | ECHO)
    guard tcsetattr(0, TCSANOW, &quiet) == 0 else { return nil }
    defer { tcsetattr(0, TCSANOW, &saved) }
    let query = Array("\u{1B}]11;?\u{1B}\\\u{1B}[c".utf8)
    guard query.withUnsafeBytes({ write(1, $0.baseAddress, $0.count) }) == query.count else {
      return nil
    }
    var answer: [UInt8] = []
    let deadline = Date().addingTimeInterval(Double(timeout) / 1000)
    while !Self.holdsAttributes(answer) {
      let left = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
      var waiting = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      guard left > 0, poll(&waiting, 1, left) > 0 else {
        tcflush(0, TCIFLUSH)
        break
      }
      var chunk = [UInt8](repeating: 0, count: 256)
      let count = read(0, &chunk, chunk.count)
      guard count > 0 else { break }
      answer += chunk.prefix(count)
    }
    return Background.from(osc11Reply: answer)
  }

  /// Whether `bytes` hold a DA1 answer, `ESC [ ? … c`.
  static func holdsAttributes(_ bytes: [UInt8]) -> Bool {
    guard
      let start = bytes.indices.first(where: { index in
        index + 2 < bytes.count && bytes[index] == 0x1B && bytes[index + 1] == 0x5B
          && bytes[index + 2] == 0x3F
      })
    else { return false }
    return bytes[(start + 3)...].contains(0x63)
  }
}
