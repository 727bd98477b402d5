/// A colour as a theme names it: the terminal's own, one of the 16 ANSI colours, an index of
/// the 256-colour palette, or an exact `#rrggbb`.
public enum TerminalColor: Sendable, Hashable {
  case standard
  /// 0–7 the ANSI colours, 8–15 their bright forms.
  case ansi(Int)
  /// 0–255 of the xterm palette: the 16 ANSI colours, a 6×6×6 cube, 24 greys.
  case indexed(Int)
  case rgb(UInt8, UInt8, UInt8)

  /// The ANSI names, in order, as theme files write them.
  public static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
    "bright-magenta", "bright-cyan", "bright-white",
  ]

  /// The colour as a terminal of `depth` can show it: the nearest one it has.
  public func shown(at depth: ColorDepth) -> TerminalColor {
    switch (self, depth) {
    case (.standard, _), (_, .none): return .standard
    case (.ansi(let n), .eight): return .ansi(n < 8 ? n : n == 8 ? 7 : n - 8)
    case (.ansi(let n), .direct) where n >= 8:
      return rgbValue.map { .rgb($0.0, $0.1, $0.2) } ?? self
    case (.ansi, _): return self
    case (.indexed(let n), _) where n < 16: return TerminalColor.ansi(n).shown(at: depth)
    case (.indexed, .palette256): return self
    case (.rgb, .direct): return self
    case (.rgb(let r, let g, let b), .palette256): return .indexed(Self.nearest256(r, g, b))
    case (.indexed, .direct):
      return rgbValue.map { .rgb($0.0, $0.1, $0.2) } ?? self
    case (_, .sixteen), (_, .eight):
      guard let (r, g, b) = rgbValue else { return .standard }
      return .ansi(Self.nearestANSI(r, g, b, count: depth == .eight ? 8 : 16))
    }
  }

  /// The colour's red, green and blue as xterm shows them by default; nil for `standard`.
  public var rgbValue: (UInt8, UInt8, UInt8)? {
    switch self {
    case .standard: return nil
    case .ansi(let n): return Self.ansiRGB[max(0, min(15, n))]
    case .indexed(let n):
      if n < 16 { return Self.ansiRGB[max(0, n)] }
      if n >= 232 {
        let level = UInt8(min(255, 8 + 10 * (n - 232)))
        return (level, level, level)
      }
      let cube = n - 16
      return (Self.cubeLevels[cube / 36], Self.cubeLevels[cube / 6 % 6], Self.cubeLevels[cube % 6])
    case .rgb(let r, let g, let b): return (r, g, b)
    }
  }

  /// xterm's default ANSI colours.
  static let ansiRGB: [(UInt8, UInt8, UInt8)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The six levels of each channel in the 256-colour cube.
  static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

  /// The cube colour or grey (16–255) nearest to an exact colour.
  static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
    func level(_ value: UInt8) -> Int {
      cubeLevels.indices.min {
        abs(Int(cubeLevels[$0]) - Int(value)) < abs(Int(cubeLevels[$1]) - Int(value))
      } ?? 0
    }
    let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
    let average = (Int(r) + Int(g) + Int(b)) / 3
    let grey = 232 + max(0, min(23, (average - 8 + 5) / 10))
    return distance(TerminalColor.indexed(grey).rgbValue!, (r, g, b))
      < distance(TerminalColor.indexed(cube).rgbValue!, (r, g, b)) ? grey : cube
  }

  /// The ANSI colour (of the first `count`) nearest to an exact colour.
  static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8, count: Int) -> Int {
    (0..<count).min { distance(ansiRGB[$0], (r, g, b)) < distance(ansiRGB[$1], (r, g, b)) } ?? 7
  }

  /// Squared distance, weighted for how the eye sees red, green and blue.
  static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
    let dr = Int(a.0) - Int(b.0)
    let dg = Int(a.1) - Int(b.1)
    let db = Int(a.2) - Int(b.2)
    return 3 * dr * dr + 4 * dg * dg + 2 * db * db
  }
}

/// How many colours a terminal can show, from none to any 24-bit colour.
public enum ColorDepth: Int, Sendable, Comparable, CaseIterable {
  case none = 0
  case eight = 8
  case sixteen = 16
  case palette256 = 256
  case direct = 16_777_216

  /// The depth of a terminal whose terminfo reports `colors`.
  public init(colors: Int) {
    self = Self.allCases.last { $0.rawValue <= colors } ?? .none
  }

  public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }
}
