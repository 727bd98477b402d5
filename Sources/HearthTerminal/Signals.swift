import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The last terminating signal received (SIGTERM, SIGHUP, SIGINT), or 0: set by the handler,
/// taken by the run loops between keys. One variable for the whole program, which a C `static`
/// in the shim header could not be (each module inlining it got its own copy, so in a release
/// build the loops never saw a signal).
nonisolated(unsafe) private var pendingSignal: Int32 = 0

/// Catching the signals that ask Hearth to stop, so a meeting is left (saved, resumable) and
/// the terminal restored instead of dying mid-screen.
enum Signals {
  /// Installs the handlers.
  static func install() {
    pendingSignal = 0
    hearth_install_signal_handlers { signal in pendingSignal = signal }
  }

  /// Records `signal` as if it had arrived: the terminal hung up.
  static func raise(_ signal: Int32) { pendingSignal = signal }

  /// The signal that arrived since the last call, if any.
  static func take() -> Int32? {
    let signal = pendingSignal
    pendingSignal = 0
    return signal == 0 ? nil : signal
  }
}
