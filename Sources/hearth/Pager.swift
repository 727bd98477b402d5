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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    var pagerEnvironment = environment
    for (name, value) in [("LESS", "FRX"), ("LV", "-c")] where pagerEnvironment[name] ?? "" == "" {
      pagerEnvironment[name] = value
    }
    process.environment = pagerEnvironment
    let input = Pipe()
    process.standardInput = input
    do { try process.run() } catch { return Output.document(document) }
    // While the pager runs, Ctrl-C is the pager's (less uses it to stop a search), and a pager
    // quit before reading everything must not end hearth with SIGPIPE.
    let interrupt = signal(SIGINT, SIG_IGN)
    let pipe = signal(SIGPIPE, SIG_IGN)
    StandardStream.write(
      Output.gatedDocument(document), to: input.fileHandleForWriting.fileDescriptor)
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    signal(SIGINT, interrupt)
    signal(SIGPIPE, pipe)
    // The shell says 126 or 127 when the pager it was asked to run cannot be run.
    if process.terminationReason == .exit, [126, 127].contains(process.terminationStatus) {
      Output.document(document)
    }
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
