import CHearthSignals

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Catching the signals that ask Hearth to stop (SIGTERM, SIGHUP, SIGINT, SIGQUIT), so a
/// meeting is left (saved, resumable) and the terminal restored instead of dying mid-screen.
///
/// The handler only records the signal, atomically, in one C variable for the whole program
/// (CHearthSignals): a `static` in a shim header would be copied into each module inlining it,
/// so in a release build the loops would never see a signal.
enum Signals {
  /// Installs the handlers and forgets any signal recorded before.
  static func install() {
    hearth_signals_install()
    _ = hearth_signals_take()
  }

  /// Records `signal` as if it had arrived: the terminal hung up.
  static func raise(_ signal: Int32) { hearth_signals_post(signal) }

  /// The signal that arrived since the last call, if any.
  static func take() -> Int32? {
    let signal = hearth_signals_take()
    return signal == 0 ? nil : signal
  }

  /// Stops the process as Ctrl-Z does in a shell, until `fg` continues it.
  static func suspend() { hearth_signals_suspend() }
}
