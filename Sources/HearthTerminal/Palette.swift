import CNcurses
import HearthUI

/// Turns style roles into ncurses attributes and colour pairs for this terminal's colours.
struct Palette {
  private let theme: Theme
  private let color: Bool
  private var styles: [StyleRole: (attr_t, Int16)] = [:]

  init(theme: Theme, color: Bool) {
    self.theme = theme
    self.color = color
  }

  /// Allocates a colour pair per distinct colour combination the theme uses.
  mutating func install() {
    let useColor = color && has_colors()
    if useColor {
      start_color()
      use_default_colors()
    }
    let colors = useColor ? Int(hearth_colors()) : 0
    var pairs: [[Int16]: Int16] = [:]
    for role in StyleRole.allCases {
      let look = useColor ? theme.look(role) : theme.look(role).withoutColor
      var pair: Int16 = 0
      if useColor, look.foreground != .standard || look.background != .standard {
        let key = [Self.index(look.foreground, colors), Self.index(look.background, colors)]
        if let known = pairs[key] {
          pair = known
        } else if pairs.count + 1 < Int(hearth_color_pairs()) {
          pair = Int16(pairs.count + 1)
          init_pair(pair, key[0], key[1])
          pairs[key] = pair
        }
      }
      styles[role] = (Self.attributes(look, colorless: !useColor), pair)
    }
  }

  func style(for role: StyleRole) -> (attr_t, Int16) { styles[role] ?? (hearth_A_NORMAL(), 0) }

  private static func index(_ color: TerminalColor, _ available: Int) -> Int16 {
    switch color {
    case .standard: return -1
    case .ansi(let n): return Int16(available >= 16 ? n : n % 8)
    }
  }

  private static func attributes(_ look: Look, colorless: Bool) -> attr_t {
    var attributes = hearth_A_NORMAL()
    if look.bold { attributes |= hearth_A_BOLD() }
    if look.dim { attributes |= hearth_A_DIM() }
    if look.reverse { attributes |= hearth_A_REVERSE() }
    if look.underline { attributes |= hearth_A_UNDERLINE() }
    if look.italic { attributes |= hearth_A_ITALIC() }
    if colorless, look.background != .standard { attributes |= hearth_A_REVERSE() }
    return attributes
  }
}
