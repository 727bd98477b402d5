import Foundation

/// Reads durations as people write them in pod and format files: `90s`, `2m`, `1h30m`.
public enum DurationText {
  /// What was wrong with a duration, for the file's error message.
  public struct Problem: Error, Equatable, Sendable {
    public var message: String
  }

  /// Seconds in `text`, which is one or more of a whole number followed by `h`, `m` or `s`,
  /// 24 hours at most.
  public static func seconds(in text: String) throws(Problem) -> Int {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { throw Problem(message: "an empty duration") }
    if trimmed.hasPrefix("-") {
      throw Problem(message: "'\(text)' is negative; durations count up from 0")
    }
    let tooLong = Problem(message: "'\(text)' is longer than 24 hours (24h at most)")
    var total = 0
    var value: Int?
    var lastUnit = 4
    for character in trimmed {
      if let digit = character.wholeNumberValue, character.isASCII {
        // Any number past the longest duration is too long, however many digits follow.
        value = min((value ?? 0) * 10 + digit, Bounds.longestDuration + 1)
        continue
      }
      let units: [Character: (Int, Int)] = ["h": (3600, 3), "m": (60, 2), "s": (1, 1)]
      guard let (size, rank) = units[character], let number = value, rank < lastUnit else {
        throw Problem(message: "'\(text)' is not a duration; write it like 90s, 2m or 1h30m")
      }
      total += number * size
      guard total <= Bounds.longestDuration else { throw tooLong }
      value = nil
      lastUnit = rank
    }
    guard value == nil else {
      throw Problem(message: "'\(text)' needs a unit; write it like 90s, 2m or 1h30m")
    }
    return total
  }

  /// The shortest way to write `seconds` that reads back the same: `1h30m`, `2m`, `90s`.
  public static func text(_ seconds: Int) -> String {
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
    var out = ""
    if h > 0 { out += "\(h)h" }
    if m > 0 { out += "\(m)m" }
    if s > 0 || out.isEmpty { out += "\(s)s" }
    return out
  }
}
