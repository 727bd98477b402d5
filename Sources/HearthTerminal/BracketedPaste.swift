import CNcurses

#if canImport(Glibc)
  import Glibc
#endif

/// Bracketed paste: the terminal marks pasted text with `ESC [200~` … `ESC [201~`, so a paste
/// is never taken as typed keys (a line break in it as Enter, its letters as commands).
enum BracketedPaste {
  /// The key codes ncurses reports for the two marks (past every code it defines itself).
  static let startCode: Int32 = 0x7F20
  static let endCode: Int32 = 0x7F21

  /// Teaches ncurses the marks and asks the terminal to send them; a terminal that does not
  /// know the request ignores it.
  static func enable(_ output: UnsafeMutablePointer<FILE>) {
    define_key("\u{1B}[200~", startCode)
    define_key("\u{1B}[201~", endCode)
    fputs("\u{1B}[?2004h", output)
    fflush(output)
  }

  /// Asks the terminal to stop marking pastes (the shell after us expects its own setting).
  static func disable(_ output: UnsafeMutablePointer<FILE>) {
    fputs("\u{1B}[?2004l", output)
    fflush(output)
  }
}
