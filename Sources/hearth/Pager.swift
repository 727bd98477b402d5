import Foundation
import HearthTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// Long output through the reader's pager, as git does it: `$PAGER` (else `less -R`, with
/// `LESS=FRX` when LESS is unset or empty, so a short document is printed and the pager quits), only
/// when standard output is a terminal. A pager that cannot start leaves the output plain.
enum Pager {
  /// The pager command for this run, or nil: never with `--no-pager`, when standard output is
  /// not a terminal, or when PAGER is empty or `cat`.
  static func command(disabled: Bool, environment: [String: String]) -> String? {
    guard !disabled, isatty(StandardStream.output) == 1 else { return nil }
    let command = (environment["PAGER"] ?? "less -R").trimmingCharacters(in: .whitespaces)
    return command.isEmpty || command == "cat" ? nil : command
  }

  /// Writes `document` (through the gate for documents) to `command`'s standard input and
  /// waits for it to end; prints it plainly instead when the pager cannot be started.
  static func show(_ document: String, through command: String, environment: [String: String]) {
    guard isRunnable(command, path: environment["PATH"] ?? "/usr/bin:/bin") else {
      return Output.document(document)
    }
    var pagerEnvironment = environment
    for (name, value) in [("LESS", "FRX"), ("LV", "-c")] where pagerEnvironment[name] ?? "" == "" {
      pagerEnvironment[name] = value
    }
    guard let (pid, input) = spawn(command, environment: pagerEnvironment) else {
      return Output.document(document)
    }
    // While the pager runs, Ctrl-C is the pager's (less uses it to stop a search), and a pager
    // quit before reading everything must not end hearth with SIGPIPE.
    let interrupt = signal(SIGINT, SIG_IGN)
    let brokenPipe = signal(SIGPIPE, SIG_IGN)
    StandardStream.write(Output.gatedDocument(document), to: input)
    close(input)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    signal(SIGINT, interrupt)
    signal(SIGPIPE, brokenPipe)
    // The shell says 126 or 127 when the pager it was asked to run cannot be run.
    let exited = status & 0x7F == 0
    if exited, [126, 127].contains((status >> 8) & 0xFF) { Output.document(document) }
  }

  /// Starts `/bin/sh -c command` with its standard input the read end of a new pipe, in this
  /// session (Foundation's `Process` starts a new one, where less cannot read the terminal);
  /// the pager's pid and the pipe's write end, or nil.
  private static func spawn(_ command: String, environment: [String: String]) -> (
    pid: pid_t, input: Int32
  )? {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return nil }
    _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
    posix_spawn_file_actions_addclose(&actions, ends[0])
    let words: [String] = ["/bin/sh", "-c", command]
    let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    let variables: [UnsafeMutablePointer<CChar>?] =
      environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in arguments + variables { free(pointer) } }
    var pid: pid_t = 0
    let started = posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, variables)
    close(ends[0])
    guard started == 0 else {
      close(ends[1])
      return nil
    }
    return (pid, ends[1])
  }

  /// Whether the first word of `command`, when it is a plain word, names an executable (a
  /// path, or a program on `path`); a command with quotes or expansions is left to the shell.
  static func isRunnable(_ command: String, path: String) -> Bool {
    guard let first = command.split(separator: " ").first.map(String.init) else { return false }
    if first.contains(where: { "\"'$`\\=".contains($0) }) { return true }
    if first.contains("/") { return access(first, X_OK) == 0 }
    return path.split(separator: ":").contains { access("\($0)/\(first)", X_OK) == 0 }
  }
}
