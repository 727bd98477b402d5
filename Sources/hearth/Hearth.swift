import ArgumentParser
import Foundation
import HearthStore
import HearthTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// The `hearth` command: facilitate a pod's meeting and keep its history.
struct Hearth: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hearth",
    abstract: "Facilitate peer-support pod meetings in the terminal.",
    discussion: """
      Start with `hearth demo` to try a live check-in meeting.

      Exit status, for every command: 0 success; 1 the command was right but could not be \
      done (nothing found, no terminal, the pod not shared yet, a full disk); 2 bad usage or \
      a damaged file (its path:line:column named).
      """,
    version: Version.line,
    subcommands: [
      DemoCommand.self, InitCommand.self, MembersCommand.self, FormatsCommand.self,
      MeetCommand.self, ResumeCommand.self, RolesCommand.self, SessionsCommand.self,
      ShowCommand.self, SearchCommand.self, StatsCommand.self, ReviewCommand.self,
      WatchCommand.self, ThemesCommand.self, SyncCommand.self, KeysCommand.self,
      SealCommand.self,
    ])

  @OptionGroup var global: GlobalOptions

  /// With no command: the home screen on a terminal, else a few lines on where to start.
  func run() throws {
    if isatty(0) == 1, isatty(1) == 1, !global.isPlain {
      try HomeLoop.run(global)
      return
    }
    let home = global.resolvedHome()
    let pods = home.podSlugs()
    Output.line("Hearth keeps your pod's meetings at \(home.path)")
    if pods.isEmpty {
      Output.line("No pod yet. Try a live meeting now: hearth demo")
    } else {
      Output.line("Pods: \(pods.joined(separator: ", "))")
      Output.line("Commands: hearth meet · hearth resume · hearth review · hearth sessions")
    }
    Output.line("Every command has --help.")
  }
}

@main
enum Main {
  static func main() {
    CrashReports.configure()
    // As git does: started with SIGPIPE ignored, writes to a closed pipe would fail one by one
    // while the command runs on; with the default action `hearth search x | head -1` ends at
    // once, quietly, with status 141.
    signal(SIGPIPE, SIG_DFL)
    // Past a file-size limit (`ulimit -f`) a write must fail with EFBIG, as on a full disk,
    // instead of the signal killing the meeting mid-screen.
    signal(SIGXFSZ, SIG_IGN)
    do {
      try SystemClock.check()
      var command = try Hearth.parseAsRoot()
      try command.run()
    } catch {
      exit(Failure.report(error))
    }
  }
}
