/// Whether the terminal's background is light or dark, read from what the terminal says of
/// itself: `COLORFGBG` (rxvt, Konsole, some others) or its answer to the OSC 11 query.
public enum Background: Sendable, Equatable {
  case light, dark

  /// From `COLORFGBG` (`"0;15"`: foreground 0 on background 15; `"15;default;0"` has three
  /// parts, the background last). ANSI 7 and 9 to 15 are light; nil when the background is
  /// not a colour number.
  public static func from(colorFGBG value: String) -> Background? {
    guard let last = value.split(separator: ";", omittingEmptySubsequences: false).last,
      let number = Int(last.trimmingCharacters(in: .whitespaces)), (0...255).contains(number)
    else { return nil }
    if number < 16 { return number == 7 || number >= 9 ? .light : .dark }
    return nil
  }

  /// From a terminal's answer to `ESC ] 11 ; ? BEL`: `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by
  /// BEL or `ESC \`, each channel 1 to 4 hex digits. Light when its relative luminance is over
  /// a half; nil when the bytes hold no such answer.
  public static func from(osc11Reply bytes: [UInt8]) -> Background? {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let start = text.range(of: "\u{1B}]11;rgb:") else { return nil }
    let rest = text[start.upperBound...]
    let end = rest.firstIndex { $0 == "\u{07}" || $0 == "\u{1B}" } ?? rest.endIndex
    let channels = rest[..<end].split(separator: "/", omittingEmptySubsequences: false)
    guard channels.count == 3 else { return nil }
    var levels: [Double] = []
    for channel in channels {
      guard (1...4).contains(channel.count), let value = UInt32(channel, radix: 16) else {
        return nil
      }
      let top = Double((1 << (4 * UInt32(channel.count))) - 1)
      levels.append(Double(value) / top)
    }
    let luminance = 0.2126 * levels[0] + 0.7152 * levels[1] + 0.0722 * levels[2]
    return luminance > 0.5 ? .light : .dark
  }
}
