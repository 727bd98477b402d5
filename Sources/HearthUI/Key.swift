import HearthCore

/// A key press as the UI understands it, whatever terminal produced it.
public enum Key: Sendable, Hashable {
  case character(Character)
  case control(Character)
  case enter, escape, backspace, tab
  /// The Delete key: the character under the cursor.
  case delete
  case up, down, left, right, pageUp, pageDown, home, end
  case resize
  /// The left mouse button pressed on a cell.
  case click(x: Int, y: Int)
  /// A click on something a screen marked (a list row, an agenda item): its tag.
  case pick(Int)
  /// The marks a terminal puts around pasted text (bracketed paste): the keys between them
  /// were pasted, not typed.
  case pasteStart, pasteEnd
}

/// The named things a facilitator can do in a live meeting; keys map to these.
public enum MeetingAction: Sendable, Hashable {
  case next, pass, togglePause, moreTime, lessTime, nextItem, previousItem
  case give(Int)
  case reply
  case write(Note.Kind)
  /// In an actions item: choose the next or previous action to review.
  case nextAction, previousAction
  /// In an actions item: mark the chosen action done, dropped or carried.
  case reviewAction(ActionStatus)
  case undo, help, agreements, end, leave, redraw
}

/// One binding of the live meeting's keymap, with the words the help overlay shows.
public struct KeyBinding: Sendable {
  public var keys: [Key]
  public var label: String
  public var action: MeetingAction
  public var help: String
}

/// Keys to named actions: bindings are data, and the help overlay is made from them.
public enum Keymap {
  public static let meeting: [KeyBinding] =
    [
      KeyBinding(
        keys: [.character("n"), .enter], label: "n Enter", action: .next,
        help: "stick to the next speaker"),
      KeyBinding(
        keys: [.character("p")], label: "p", action: .pass, help: "the speaker passes"),
      KeyBinding(
        keys: [.character(" ")], label: "Space", action: .togglePause,
        help: "pause / resume all timers"),
      KeyBinding(
        keys: [.character("+"), .character("=")], label: "+ -", action: .moreTime,
        help: Self.timeHelp),
      KeyBinding(keys: [.character("-")], label: "+ -", action: .lessTime, help: Self.timeHelp),
      KeyBinding(
        keys: [.character("]")], label: "] [", action: .nextItem, help: Self.itemHelp),
      KeyBinding(
        keys: [.character("[")], label: "] [", action: .previousItem, help: Self.itemHelp),
    ]
    + (1...9).map {
      KeyBinding(
        keys: [.character(Character(String($0)))], label: "1-9", action: .give($0),
        help: "round: give N the stick · open: queue N (pressed again: remove)")
    }
    + [
      KeyBinding(
        keys: [.character("r")], label: "r 1-9", action: .reply,
        help: "member N takes the direct reply (again: gives it up)"),
      KeyBinding(
        keys: [.character("i")], label: "i", action: .write(.note), help: "write a note"),
      KeyBinding(
        keys: [.character("d")], label: "d", action: .write(.decision), help: "record a decision"
      ),
      KeyBinding(
        keys: [.character("a")], label: "a", action: .write(.action),
        help: "add an action item (@Name …)"),
      // The actions item's keys share one help line: the overlay has room for one more.
      KeyBinding(
        keys: [.character("x")], label: "x z c", action: .reviewAction(.done),
        help: Self.reviewHelp),
      KeyBinding(
        keys: [.character("z")], label: "x z c", action: .reviewAction(.dropped),
        help: Self.reviewHelp),
      KeyBinding(
        keys: [.character("c")], label: "x z c", action: .reviewAction(.carried),
        help: Self.reviewHelp),
      KeyBinding(
        keys: [.character("j"), .down], label: "x z c", action: .nextAction,
        help: Self.reviewHelp),
      KeyBinding(
        keys: [.character("k"), .up], label: "x z c", action: .previousAction,
        help: Self.reviewHelp),
      KeyBinding(keys: [.character("u")], label: "u", action: .undo, help: "undo the last action"),
      // The agreements share the help's line: the overlay has no room for another at 80x24.
      KeyBinding(keys: [.character("?")], label: "? g", action: .help, help: Self.helpHelp),
      KeyBinding(keys: [.character("g")], label: "? g", action: .agreements, help: Self.helpHelp),
      KeyBinding(
        keys: [.character("q")], label: "q", action: .end, help: "end the meeting (asks first)"),
      KeyBinding(
        keys: [.control("c")], label: "Ctrl-C", action: .leave,
        help: "leave now, resume later"),
      KeyBinding(keys: [.control("l")], label: "Ctrl-L", action: .redraw, help: "redraw"),
    ]

  private static let reviewHelp = "actions item: done / dropped / carried · j k ↓ ↑ choose"

  private static let helpHelp = "this help / the pod's agreements"
  private static let timeHelp = "one minute more / less (the turn, or the item)"
  private static let itemHelp = "next / previous agenda item"

  private static let lookup = meeting.lookup

  /// The action bound to `key` in a live meeting.
  public static func action(for key: Key) -> MeetingAction? { lookup[key] }

  /// One line per distinct label, for the help overlay.
  public static var helpLines: [(String, String)] { meeting.helpLines }
}
