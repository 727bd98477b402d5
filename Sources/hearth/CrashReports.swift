import Foundation
import HearthStore
import HearthTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// Where a crash's backtrace goes. Swift's backtracer reads `SWIFT_BACKTRACE` once, as the
/// process starts, and by default on a terminal it paints an interactive report over the
/// screen and waits 30 s. So, on a terminal and unless the user set `SWIFT_BACKTRACE`
/// themselves, a command that takes over the screen sets it and starts itself again (one
/// `exec`: about 30 ms in a debug build): the report goes, without colour or questions, to a
/// private folder under `$XDG_STATE_HOME/hearth`. Other commands keep the runtime's defaults.
enum CrashReports {
  /// Sets the backtracer up (this may replace the process) and installs the handler that
  /// restores the terminal and says where the report went.
  static func configure() {
    let environment = ProcessInfo.processInfo.environment
    let folder = Self.folder(environment)
    let ours = "enable=yes,interactive=no,color=no,output-to=" + folder
    let given = environment["SWIFT_BACKTRACE"]
    #if os(Linux)
      if given == nil, isatty(0) == 1, isatty(1) == 1, takesScreen(CommandLine.arguments),
        !folder.contains(","),
        (try? Files.makeDirectory(folder)) != nil
      {
        // The program's own path, not /proc/self/exe: the report names the program after it.
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        if readlink("/proc/self/exe", &path, path.count - 1) > 0 {
          setenv("SWIFT_BACKTRACE", ours, 1)
          execv(path, CommandLine.unsafeArgv)
          unsetenv("SWIFT_BACKTRACE")
        }
      }
    #endif
    let whereTo: String
    switch given {
    case ours?: whereTo = "the report is being written to \(folder)/hearth-\(getpid())-*.log"
    case nil: whereTo = "the report follows"
    default: whereTo = "the report goes where your SWIFT_BACKTRACE says"
    }
    CrashRescue.install(
      message: """

        hearth crashed: the terminal is restored, and \(whereTo).
        A meeting is saved up to its last event: `hearth resume` continues it.

        """)
  }

  /// Whether `arguments` (the program's, first its name) ask for a command that may draw a
  /// full screen: none (the home screen), demo, meet, resume, review or watch, not `--plain`.
  static func takesScreen(_ arguments: [String]) -> Bool {
    let screens: Set<String> = ["demo", "meet", "resume", "review", "watch"]
    let valued: Set<String> = ["--home", "--pod", "--theme"]
    var rest = arguments.dropFirst()
    while let argument = rest.first {
      rest = rest.dropFirst()
      if argument == "--plain" || argument == "--help" || argument == "-h" { return false }
      if valued.contains(argument) {
        rest = rest.dropFirst()
      } else if !argument.hasPrefix("-") {
        return screens.contains(argument) && !rest.contains("--plain")
      }
    }
    return true
  }

  /// `$XDG_STATE_HOME/hearth/crashes`, else `~/.local/state/hearth/crashes`.
  static func folder(_ environment: [String: String]) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/hearth/crashes"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/state/hearth/crashes"
  }
}
