import HearthUI

/// What every run loop waits on: keys (each waited for up to a time-out), the signals that ask
/// the program to stop, and the bell. The ncurses `Terminal` and `PlainTerminal` are consoles;
/// tests script one, with a test clock, to drive a loop without a terminal.
public protocol Console: AnyObject {
  /// The next key, waiting up to `timeout` milliseconds (forever when nil); nil when none came
  /// in time, a signal interrupted the wait, or the key was Ctrl-Z (the program was suspended
  /// until `fg` and is back) or Ctrl-\ (recorded as SIGQUIT).
  func readKey(timeout: Int?) -> Key?
  /// The signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) received since the last call, if any.
  func takeSignal() -> Int32?
  /// Rings the bell once (or flashes, when `visual` and the console can).
  func bell(visual: Bool)
}

/// A console that shows whole screens, as grids: the full-screen meeting, watch and the screens
/// before and around a meeting run on one.
public protocol Screen: Console {
  /// The screen's size in cells.
  var size: (width: Int, height: Int) { get }
  /// Shows `grid`.
  func present(_ grid: Grid)
  /// Shows `grid`, which differs from the grid presented last only inside `changed` (nil:
  /// anywhere), so a screen may compare only those cells.
  func present(_ grid: Grid, changed: [Rect]?)
  /// Forgets what is on screen, so the next present repaints everything (Ctrl-L, resize).
  func invalidate()
  /// What a key means on the grid last presented: a click on a region becomes its `pick`, a
  /// click elsewhere nothing; every other key is itself.
  func pick(_ key: Key) -> Key?
}

extension Screen {
  /// Shows `grid` as a whole: a screen that does not keep what it showed compares nothing.
  public func present(_ grid: Grid, changed: [Rect]?) { present(grid) }
}

/// A console that tells a meeting line by line (`--plain`): what a screen reader reads.
public protocol LineConsole: Console {
  /// Whether the input has ended (a pipe or file ran out): no key will come any more.
  var inputEnded: Bool { get }
  /// Writes `lines`, each ending a line, through the terminal gate.
  func write(lines: [String])
  /// Writes `text` through the terminal gate without ending the line (an echoed key).
  func write(text: String)
  /// Takes back the character echoed last.
  func eraseLastCharacter()
}
