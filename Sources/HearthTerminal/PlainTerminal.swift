import CHearthSignals
import Foundation
import HearthCore
import HearthUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Line-by-line output and key-by-key input without drawing screens, for `--plain`: what a
/// screen reader reads, and what a log file or a pipe can hold. Keys are read one at a time
/// (the terminal is put in raw mode, and restored) or from a pipe.
public final class PlainTerminal: LineConsole {
  private var saved: termios?
  private var pending: [UInt8] = []
  /// Whether standard input has ended (a pipe or file ran out).
  public private(set) var inputEnded = false
  /// Whether output goes to a terminal (the bell rings only then).
  public let isInteractive: Bool

  public init() {
    Signals.install()
    isInteractive = isatty(1) == 1
    if isatty(0) == 1 {
      var settings = termios()
      if tcgetattr(0, &settings) == 0 {
        saved = settings
        hearth_crash_arm_terminal(0, &settings, nil, 0, 0)
        enterRaw()
      }
    }
  }

  deinit { restore() }

  /// Keys one at a time, unechoed, with Ctrl-C and Ctrl-Z arriving as keys.
  private func enterRaw() {
    guard var raw = saved else { return }
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
    raw.c_iflag &= ~tcflag_t(ICRNL | IXON)
    tcsetattr(0, TCSANOW, &raw)
  }

  /// Puts the terminal back as it was.
  public func restore() {
    guard var settings = saved else { return }
    tcsetattr(0, TCSANOW, &settings)
    hearth_crash_disarm_terminal()
    saved = nil
  }

  /// Ctrl-Z: the terminal as it was, stopped until `fg`, then keys one at a time again.
  private func suspend() {
    guard var settings = saved else { return }
    tcsetattr(0, TCSANOW, &settings)
    Signals.suspend()
    enterRaw()
  }

  /// Writes `lines`, each ending a line, through the terminal gate: a title, a prompt or a note
  /// read from a file shows its controls and bidi characters visibly (`TerminalText.line`).
  public func write(lines: [String]) {
    guard !lines.isEmpty else { return }
    send(lines.map { TerminalText.line($0) + "\n" }.joined())
  }

  /// Writes `text` through the terminal gate without ending the line (an echoed key).
  public func write(text: String) { send(TerminalText.line(text)) }

  /// Takes back the character echoed last (Backspace while writing a note).
  public func eraseLastCharacter() { send("\u{8} \u{8}") }

  /// Rings the terminal's bell, when there is a terminal to ring; lines cannot flash, so
  /// `visual` rings it too.
  public func bell(visual: Bool = false) { if isInteractive { send("\u{7}") } }

  /// Sends text that passed the gate, or Hearth's own control characters.
  private func send(_ text: String) { StandardStream.write(text, to: StandardStream.output) }

  /// The signal that asked the program to stop, if one came.
  public func takeSignal() -> Int32? {
    Signals.take()
  }

  /// The next key, waiting up to `timeout` milliseconds (forever when nil); nil when none came
  /// (or input has ended).
  public func readKey(timeout: Int?) -> Key? {
    if pending.isEmpty {
      guard !inputEnded, wait(timeout) else { return nil }
      guard fill() else { return nil }
    }
    let key = decode()
    guard saved != nil else { return key }
    switch key {
    case .control("z"):
      suspend()
      return nil
    case .character("\u{1C}"):  // Ctrl-\: leaves as SIGQUIT would in a cooked terminal
      Signals.raise(SIGQUIT)
      return nil
    default:
      return key
    }
  }

  private func wait(_ timeout: Int?) -> Bool {
    var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, Int32(timeout ?? -1)) > 0
  }

  /// Reads what is waiting on standard input; false at its end or on an error.
  private func fill() -> Bool {
    var buffer = [UInt8](repeating: 0, count: 256)
    let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
    if count < 0, errno == EINTR { return false }
    guard count > 0 else {
      inputEnded = true
      return false
    }
    pending += buffer[..<count]
    return true
  }

  /// One key from the bytes read: a character (UTF-8), Enter, Backspace, a control key, Esc,
  /// or an arrow key's escape sequence.
  private func decode() -> Key? {
    let byte = pending.removeFirst()
    switch byte {
    case 0x0D, 0x0A: return .enter
    case 0x7F, 0x08: return .backspace
    case 0x09: return .tab
    case 0x1B:
      if pending.isEmpty, wait(25) { _ = fill() }
      guard pending.first == UInt8(ascii: "[") || pending.first == UInt8(ascii: "O") else {
        return .escape
      }
      pending.removeFirst()
      if pending.isEmpty, wait(25) { _ = fill() }
      guard !pending.isEmpty else { return .escape }
      switch pending.removeFirst() {
      case UInt8(ascii: "A"): return .up
      case UInt8(ascii: "B"): return .down
      case UInt8(ascii: "C"): return .right
      case UInt8(ascii: "D"): return .left
      default: return nil
      }
    case 0x01...0x1A: return .control(Character(UnicodeScalar(byte + 0x60)))
    case 0x20..<0x80: return .character(Character(UnicodeScalar(byte)))
    default:
      let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
      while pending.count < length - 1, wait(25), fill() {}
      let rest = pending.prefix(length - 1)
      pending.removeFirst(rest.count)
      let text = String(decoding: [byte] + rest, as: UTF8.self)
      return text.first.map(Key.character)
    }
  }
}
