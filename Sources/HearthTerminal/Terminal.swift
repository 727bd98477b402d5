import CHearthSignals
import CNcurses
import Foundation
import HearthUI

#if canImport(Glibc)
  import Glibc
#endif

/// An ncurses screen: starts it, presents grids (sending only what changed), reads keys, and
/// always restores the terminal.
public final class Terminal: Screen {
  /// Where the screen is drawn.
  public enum Output {
    /// The controlling terminal, on standard input and output.
    case standard
    /// A file, for measuring what a frame costs (`TERM` names the terminal type to emulate);
    /// keys are read from `input`.
    case file(path: String, term: String, input: String = "/dev/null")
  }

  public enum Failure: Error, CustomStringConvertible {
    case noTerminal(String)

    public var description: String {
      switch self {
      case .noTerminal(let reason): reason
      }
    }
  }

  private var screen: OpaquePointer?
  private var window: UnsafeMutablePointer<WINDOW>?
  private var files: [UnsafeMutablePointer<FILE>] = []
  private var palette: Palette
  private var shown: Grid?
  private var isActive = false
  /// Whether the terminal was asked to mark pastes (a real terminal, not a file).
  private var marksPastes = false
  /// Whether the locale cannot show anything but ASCII (`LC_ALL=C`): cells are drawn in their
  /// ASCII stand-ins (`ASCIIFallback`).
  private let asciiOnly: Bool

  /// Starts ncurses on `output` with `theme`; `color` false gives attributes only.
  public init(output: Output = .standard, theme: Theme, color: Bool) throws {
    setlocale(LC_ALL, "")
    asciiOnly = !Self.localeIsUTF8
    Signals.install()
    var termName: String?
    var outFile: UnsafeMutablePointer<FILE>
    var inFile: UnsafeMutablePointer<FILE>
    var cooked: termios?
    switch output {
    case .standard:
      guard isatty(0) == 1, isatty(1) == 1 else {
        throw Failure.noTerminal(
          "Hearth needs a terminal: run it in an interactive terminal window.")
      }
      var settings = termios()
      if tcgetattr(1, &settings) == 0 { cooked = settings }
      outFile = hearth_fdopen(dup(1), "w")
      inFile = hearth_fdopen(dup(0), "r")
    case .file(let path, let term, let keys):
      termName = term
      guard let out = fopen(path, "w"), let input = fopen(keys, "r") else {
        throw Failure.noTerminal("cannot open \(path)")
      }
      outFile = out
      inFile = input
    }
    files = [outFile, inFile]
    let made: OpaquePointer? =
      termName.map { name in name.withCString { newterm($0, outFile, inFile) } }
      ?? newterm(nil, outFile, inFile)
    guard let made else {
      for file in files { fclose(file) }
      let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
      throw Failure.noTerminal("cannot start the screen: unknown terminal type TERM=\(term)")
    }
    screen = made
    set_term(made)
    window = stdscr_window()
    palette = Palette(theme: theme, color: color)
    isActive = true
    raw()
    noecho()
    nonl()
    set_escdelay(25)
    keypad(window, true)
    hearth_enable_mouse()
    leaveok(window, true)
    // Each update is sent whole, in one write: no polling for keys between its lines (the
    // loops take waiting keys before they draw).
    typeahead(-1)
    curs_set(0)
    palette.install()
    // ncurses 6.4 flushes its output at every cursor move until the screen has been left and
    // entered once (`_endwin` stays `ewInitial`): leave and enter it now, before anything is
    // drawn, so each update goes out in one write.
    endwin()
    doupdate()
    if var cooked {
      let reset = Self.resetSequence()
      reset.withUnsafeBufferPointer { bytes in
        bytes.withMemoryRebound(to: CChar.self) {
          hearth_crash_arm_terminal(fileno(outFile), &cooked, $0.baseAddress, $0.count, 1)
        }
      }
    }
    if case .standard = output {
      BracketedPaste.enable(outFile)
      marksPastes = true
    }
  }

  deinit { stop() }

  /// Whether the locale set from the environment encodes text as UTF-8.
  public static var localeIsUTF8: Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    return String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
  }

  /// Whether terminfo knows `term` (else `$TERM`) and it can draw a full screen: TERM=dumb,
  /// an unset or unknown type cannot, and gets plain text instead.
  public static func canDraw(term: String? = nil) -> Bool {
    guard let name = term ?? ProcessInfo.processInfo.environment["TERM"], !name.isEmpty
    else { return false }
    return hearth_terminal_can_draw(name) == 1
  }

  /// What puts the terminal back after a crash, as `endwin` would: plain attributes, the
  /// cursor shown, mouse reports, paste marks and keypad mode off, the alternate screen left.
  private static func resetSequence() -> [UInt8] {
    func capability(_ name: String) -> [UInt8] {
      guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
      return Array(String(cString: value).utf8)
    }
    let mouseOff = capability("kmous").isEmpty ? [] : Array("\u{1B}[?1006l\u{1B}[?1000l".utf8)
    let pastesOff = Array("\u{1B}[?2004l".utf8)
    return capability("sgr0") + capability("cnorm") + mouseOff + pastesOff + capability("rmkx")
      + capability("rmcup")
  }

  /// Restores the terminal. Safe to call more than once.
  public func stop() {
    guard isActive else { return }
    isActive = false
    endwin()
    hearth_crash_disarm_terminal()
    if marksPastes { BracketedPaste.disable(files[0]) }
    if let screen { delscreen(screen) }
    screen = nil
    for file in files { fclose(file) }
    files = []
  }

  /// The screen's size in cells.
  public var size: (width: Int, height: Int) {
    (Int(getmaxx(window)), Int(getmaxy(window)))
  }

  /// Forgets what is on screen, so the next present repaints everything (Ctrl-L, resize).
  public func invalidate() {
    shown = nil
    clearok(window, true)
  }

  /// What a click at a cell means on the screen last presented: a `pick`, or nothing.
  public func pick(_ key: Key) -> Key? {
    guard case .click(let x, let y) = key else { return key }
    return shown?.pick(x: x, y: y)
  }

  /// Draws `grid`, touching only the cells that look different from the last one presented.
  /// A blank takes the ink of the cell drawn before it when that shows the same, so a clock's
  /// digits and the blanks around them go out without an attribute change between them.
  public func present(_ grid: Grid) {
    present(grid, changed: nil)
  }

  /// Draws `grid`, which differs from the grid presented last only inside `changed` (nil:
  /// anywhere): only those cells are compared, and only those kept as what is on screen.
  public func present(_ grid: Grid, changed: [Rect]?) {
    guard let changed, var kept = shown, kept.width == grid.width, kept.height == grid.height
    else { return presentWhole(grid) }
    shown = nil
    var pen = Palette.Ink.plain
    let cells = grid.cells
    let old = kept.cells
    for area in changed {
      let clipped = area.clipped(to: grid.bounds)
      for y in clipped.y..<clipped.maxY {
        for x in clipped.x..<clipped.maxX {
          let index = y * grid.width + x
          let cell = cells[index]
          if cell.text.isEmpty || palette.looksSame(old[index], cell) { continue }
          pen = draw(cell, x: x, y: y, after: pen)
        }
      }
    }
    kept.copy(changed, from: grid)
    shown = kept
    wnoutrefresh(window)
    doupdate()
  }

  /// Draws all of `grid`, touching only the cells that look different from the last one
  /// presented when it had the same size.
  private func presentWhole(_ grid: Grid) {
    let previous = shown.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
    if previous == nil { werase(window) }
    var pen = Palette.Ink.plain
    let cells = grid.cells
    let old = previous?.cells
    for index in cells.indices {
      let cell = cells[index]
      if cell.text.isEmpty { continue }
      if let old, palette.looksSame(old[index], cell) { continue }
      pen = draw(cell, x: index % grid.width, y: index / grid.width, after: pen)
    }
    shown = grid
    wnoutrefresh(window)
    doupdate()
  }

  /// Draws `cell` at (x, y); a blank takes `pen`, the ink drawn before, when that shows the
  /// same. Returns the ink it drew with.
  private func draw(_ cell: Cell, x: Int, y: Int, after pen: Palette.Ink) -> Palette.Ink {
    var ink = palette.ink(for: cell.role)
    if cell.text == " ", ink.blank == pen.blank { ink = pen }
    draw(cell.text, ink, x: x, y: y)
    return ink
  }

  private func draw(_ text: String, _ ink: Palette.Ink, x: Int, y: Int) {
    if asciiOnly {
      let stand = ASCIIFallback.text(for: text, width: DisplayWidth.of(text))
      for (offset, character) in stand.enumerated() {
        let scalar = wchar_t(bitPattern: character.unicodeScalars.first?.value ?? 63)
        _ = hearth_put(window, Int32(y), Int32(x + offset), [scalar, 0], ink.attributes, ink.pair)
      }
      return
    }
    var scalars = text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
    scalars.append(0)
    if hearth_put(window, Int32(y), Int32(x), scalars, ink.attributes, ink.pair) == ERR,
      scalars.count > 2
    {
      _ = hearth_put(window, Int32(y), Int32(x), [scalars[0], 0], ink.attributes, ink.pair)
    }
  }

  /// The terminating signal (SIGTERM, SIGHUP, SIGINT) received since the last call, if any.
  public func takeSignal() -> Int32? {
    Signals.take()
  }

  /// Rings the terminal bell once (or flashes, when `visual`).
  public func bell(visual: Bool = false) {
    if visual { flash() } else { beep() }
  }

  /// Waits up to `milliseconds` (forever when nil) for a key. Returns nil on time-out or when a
  /// signal interrupted the wait.
  public func readKey(timeout milliseconds: Int?) -> Key? {
    wtimeout(window, Int32(milliseconds.map { max(0, min($0, 60_000)) } ?? -1))
    var value: wint_t = 0
    let code = wget_wch(window, &value)
    if code == hearth_key_code_yes() {
      if Int32(value) == hearth_key_mouse() {
        var x: Int32 = 0
        var y: Int32 = 0
        guard hearth_mouse_press(&x, &y) == 1 else { return nil }
        return .click(x: Int(x), y: Int(y))
      }
      return Self.functionKey(Int32(value))
    }
    guard code == OK else {
      if inputHungUp() { Signals.raise(SIGHUP) }
      return nil
    }
    switch value {
    case 26:  // Ctrl-Z, which raw mode delivers as a key
      suspend()
      return nil
    case 28:  // Ctrl-\: leaves as SIGQUIT would in a cooked terminal
      Signals.raise(SIGQUIT)
      return nil
    default:
      break
    }
    return Self.characterKey(UInt32(value))
  }

  /// Ctrl-Z: restores the terminal and stops, as a program in a cooked terminal would; when
  /// `fg` continues it, the next present repaints the whole screen. Timers are not touched:
  /// the meeting's time runs on while it is suspended, as it does in the room.
  private func suspend() {
    if marksPastes { BracketedPaste.disable(files[0]) }
    endwin()
    Signals.suspend()
    if marksPastes { BracketedPaste.enable(files[0]) }
    invalidate()
  }

  /// Whether the terminal's input is gone (its window closed, the ssh link dropped): reads
  /// would fail at once forever, so the meeting must be left as if on SIGHUP.
  private func inputHungUp() -> Bool {
    guard files.count > 1 else { return false }
    var descriptor = pollfd(fd: fileno(files[1]), events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) > 0 else { return false }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }

  static func characterKey(_ value: UInt32) -> Key? {
    switch value {
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 9: return .tab
    case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
    default:
      guard value >= 32, let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case hearth_key_resize(): return .resize
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case BracketedPaste.startCode: return .pasteStart
    case BracketedPaste.endCode: return .pasteEnd
    default: return nil
    }
  }
}
