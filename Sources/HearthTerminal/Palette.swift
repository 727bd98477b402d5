import CNcurses
import HearthUI

/// Turns style roles into ncurses attributes and colour pairs, each colour the nearest this
/// terminal can show.
struct Palette {
  private let theme: Theme
  private let color: Bool
  /// How many colours the terminal shows, once installed; `none` without colour.
  private(set) var depth = ColorDepth.none
  private var styles: [StyleRole: (attr_t, Int16)] = [:]

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
      styles[role] = (Self.attributes(look), pair)
    }
  }

  func style(for role: StyleRole) -> (attr_t, Int16) { styles[role] ?? (hearth_A_NORMAL(), 0) }

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
