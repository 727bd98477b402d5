import CNcurses
import HearthUI

/// Turns style roles into ncurses attributes and colour pairs, each colour the nearest this
/// terminal can show.
struct Palette {
  private let theme: Theme
  private let color: Bool
  /// How many colours the terminal shows, once installed; `none` without colour.
  private(set) var depth = ColorDepth.none
  private var styles: [StyleRole: Ink] = [:]

  /// How ncurses draws a cell: attributes and colour pair, and what a blank drawn so shows.
  struct Ink: Equatable {
    var attributes: attr_t
    var pair: Int16
    /// What a blank in this ink looks like: its background colour alone, unless reverse video
    /// or underline make the attributes show too. Blanks with the same look are interchangeable.
    var blank: [Int64]

    /// What every ncurses update ends with: no attributes, the terminal's own colours.
    static let plain = Ink(attributes: hearth_A_NORMAL(), pair: 0, blank: [-1])
  }

  init(theme: Theme, color: Bool) {
    self.theme = theme
    self.color = color
  }

  /// Reads the terminal's colours from terminfo and allocates a colour pair per distinct
  /// colour combination the theme uses.
  mutating func install() {
    let useColor = color && has_colors()
    if useColor {
      start_color()
      use_default_colors()
    }
    depth = useColor ? ColorDepth(colors: Int(hearth_colors())) : .none
    var pairs: [[Int32]: Int16] = [:]
    for role in StyleRole.allCases {
      var look = theme.look(role).shown(at: depth)
      if role.drawsBlocks { look.reverse = false }
      var pair: Int16 = 0
      if depth != .none, look.foreground != .standard || look.background != .standard {
        let key = [Self.number(look.foreground), Self.number(look.background)]
        if let known = pairs[key] {
          pair = known
        } else if pairs.count + 1 < Int(hearth_color_pairs()) {
          pair = Int16(pairs.count + 1)
          init_extended_pair(Int32(pair), key[0], key[1])
          pairs[key] = pair
        }
      }
      let attributes = Self.attributes(look)
      let blank =
        look.reverse || look.underline
        ? [Int64(attributes), Int64(pair)] : [Int64(Self.number(look.background))]
      styles[role] = Ink(attributes: attributes, pair: pair, blank: blank)
    }
  }

  func ink(for role: StyleRole) -> Ink { styles[role] ?? .plain }

  /// Whether the two cells look the same on screen: the same text in the same ink, or two
  /// blanks whose inks show the same (bold or a foreground colour do not show on a blank).
  func looksSame(_ one: Cell, _ other: Cell) -> Bool {
    one == other
      || (one.text == " " && other.text == " "
        && ink(for: one.role).blank == ink(for: other.role).blank)
  }

  /// The colour's number for ncurses: -1 the terminal's own, a palette index, or for a
  /// direct-colour terminal the 24-bit value.
  private static func number(_ color: TerminalColor) -> Int32 {
    switch color {
    case .standard: -1
    case .ansi(let n), .indexed(let n): Int32(n)
    case .rgb(let r, let g, let b): Int32(r) << 16 | Int32(g) << 8 | Int32(b)
    }
  }

  private static func attributes(_ look: Look) -> attr_t {
    var attributes = hearth_A_NORMAL()
    if look.bold { attributes |= hearth_A_BOLD() }
    if look.dim { attributes |= hearth_A_DIM() }
    if look.reverse { attributes |= hearth_A_REVERSE() }
    if look.underline { attributes |= hearth_A_UNDERLINE() }
    if look.italic { attributes |= hearth_A_ITALIC() }
    return attributes
  }
}
