import Foundation
import HearthTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// Whether a run that could draw full screens must use plain text instead: on a terminal that
/// cannot draw them (TERM=dumb, a type terminfo does not know, no cursor addressing) a
/// command that would draw says so once on stderr and goes on as with `--plain`.
enum PlainFallback {
  private static let reason: String? = {
    guard isatty(0) == 1, isatty(1) == 1, !Terminal.canDraw() else { return nil }
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    return term.isEmpty ? "TERM is not set" : "TERM=\(term) cannot draw full screens"
  }()

  private static let told = Told()

  /// Whether plain text is needed; the first time it is, a one-line notice says why.
  static var needed: Bool {
    guard let reason else { return false }
    if told.first() { Output.error("\(reason); using --plain (plain text, one line a change)") }
    return true
  }

  private final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    func first() -> Bool {
      lock.withLock {
        defer { done = true }
        return !done
      }
    }
  }
}
