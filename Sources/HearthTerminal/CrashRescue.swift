import CHearthSignals

/// What happens when Hearth crashes (a Swift trap, SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE):
/// a handler in front of Swift's backtracer first restores any terminal a screen had taken
/// over, then says `message` on standard error, then lets the backtracer write its report.
public enum CrashRescue {
  /// Installs the handler; call once, early, after the Swift runtime has installed its own.
  public static func install(message: String) {
    var bytes = Array(message.utf8)
    bytes.withUnsafeMutableBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { hearth_crash_install($0.baseAddress, $0.count) }
    }
  }
}
