/// What a key does on the home screen's menu.
public enum HomeAction: Sendable, Hashable {
  case down, up, first, last, go, quit, help, switchPod
  /// Choose the row the digit pressed numbers (from 1) and go.
  case pick
}

/// One binding of the home screen's keymap, with the words its help shows.
public struct HomeKeyBinding: Sendable {
  public var keys: [Key]
  public var label: String
  public var action: HomeAction
  public var help: String
}

extension Keymap {
  /// The home screen's keys: bindings are data, and its help is made from them.
  public static let home: [HomeKeyBinding] =
    [
      HomeKeyBinding(
        keys: [.down, .character("j"), .tab], label: "↓ ↑ j k", action: .down,
        help: "choose the next / previous row"),
      HomeKeyBinding(
        keys: [.up, .character("k")], label: "↓ ↑ j k", action: .up, help: ""),
      HomeKeyBinding(
        keys: [.home, .character("g")], label: "g G", action: .first,
        help: "the first / last row"),
      HomeKeyBinding(keys: [.end, .character("G")], label: "g G", action: .last, help: ""),
      HomeKeyBinding(
        keys: [.enter, .character(" ")], label: "Enter", action: .go, help: "do the chosen row"),
      HomeKeyBinding(
        keys: (1...9).map { .character(Character(String($0))) }, label: "1-9", action: .pick,
        help: "do row N at once"),
      HomeKeyBinding(
        keys: [.character("p")], label: "p", action: .switchPod,
        help: "switch to your next pod (when you have several)"),
      HomeKeyBinding(keys: [.character("?")], label: "?", action: .help, help: "this help"),
      HomeKeyBinding(
        keys: [.character("q"), .escape], label: "q Esc", action: .quit, help: "quit"),
    ]

  private static let homeLookup = home.lookup

  /// The action bound to `key` on the home screen's menu.
  public static func homeAction(for key: Key) -> HomeAction? { homeLookup[key] }

  /// One line per distinct label of the home's keys, for its help.
  public static var homeHelpLines: [(String, String)] { home.helpLines }
}

/// A binding of keys to an action, with the words a help shows: a keymap is a list of them.
public protocol Binding: Sendable {
  associatedtype Action: Hashable
  var keys: [Key] { get }
  var label: String { get }
  var action: Action { get }
  var help: String { get }
}

extension KeyBinding: Binding {}
extension HomeKeyBinding: Binding {}

extension Array where Element: Binding {
  /// Each key to its action.
  var lookup: [Key: Element.Action] {
    var table: [Key: Element.Action] = [:]
    for binding in self { for key in binding.keys { table[key] = binding.action } }
    return table
  }

  /// One line per distinct label, for a help overlay.
  var helpLines: [(String, String)] {
    var seen = Set<String>()
    return compactMap { binding in
      seen.insert(binding.label).inserted ? (binding.label, binding.help) : nil
    }
  }
}
