import ArgumentParser
import Foundation
import HearthStore
import HearthTerminal
import HearthThemes
import HearthUI

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
  @Option(
    help: "The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).",
    completion: .directory)
  var home: String?

  @Option(help: "The pod to use, when the home holds several.", completion: Completions.pods)
  var pod: String?

  @Option(
    help: ArgumentHelp(
      "The look: a theme's name (see hearth themes list) or a theme file.",
      valueName: "name|file"),
    completion: Completions.themes)
  var theme: String?

  @Flag(help: "Attributes only, no colour (also when NO_COLOR is set); as --color never.")
  var noColor = false

  @Option(
    name: .customLong("color"),
    help: ArgumentHelp(
      "When to colour: auto (on a terminal, unless NO_COLOR is set), always (also when"
        + " piped, and despite NO_COLOR) or never (attributes only).",
      valueName: "when"))
  var colorWhen: ColorWhen?

  @Flag(
    help: "No full screens: every change is one line of text (for screen readers and logs).")
  var plain = false

  @Option(
    help: ArgumentHelp(
      "A sealed pod's passphrase: the first line of this file (else $HEARTH_PASSPHRASE_FILE,"
        + " else $HEARTH_PASSPHRASE_COMMAND's output, else asked on the terminal).",
      valueName: "file"),
    completion: .file())
  var passphraseFile: String?

  /// The data root; the first time in a run, what interrupted writes left there is removed.
  func resolvedHome() -> Home {
    var home = Home.resolve(option: home, environment: ProcessInfo.processInfo.environment)
    if SweptHomes.shared.first(home.path) { Leftovers.remove(under: home) }
    home.migrationProgress = Self.tellMigration
    return home
  }

  /// What a journal migration that takes long says on standard error: a big home's first open
  /// is not left looking hung.
  static let tellMigration: PodDirectory.MigrationProgress = { done, total in
    Output.note(
      done < total
        ? "bringing this pod's journals to the current format, once: \(done) of \(total)…"
        : "\(total) journals looked at: every one is in the current format")
  }

  /// The pod a command works on (`--pod`, else the only or last one), unlocked when it is
  /// sealed: its passphrase is asked once per run, before any full screen starts.
  func openPod() throws -> PodDirectory {
    try unlock(resolvedHome().selectPod(named: pod))
  }

  /// `directory` unlocked when it is sealed (once per run: later calls reuse the keys).
  func unlock(_ directory: PodDirectory) throws -> PodDirectory {
    guard directory.seal == nil, directory.isSealed else { return directory }
    if let unlocked = UnlockedPods.shared.pod(at: directory.path) { return unlocked }
    let passphrase = try Passphrase.obtain(for: directory.slug, file: passphraseFile)
    defer { passphrase.wipe() }
    let unlocked = try directory.unlocked(with: passphrase)
    // Unlocked, its journals can be brought to the current format (those that arrived since).
    unlocked.migrateJournalsOnce(progress: Self.tellMigration)
    UnlockedPods.shared.keep(unlocked)
    return unlocked
  }

  /// The theme to draw with: `--theme`, else the pod's `theme` setting, else `light` on a
  /// light background and `default` on any other (`DefaultTheme`). A theme that cannot be
  /// used is replaced by `default`, with a warning saying why.
  func chosenTheme() -> (theme: Theme, warning: String?) {
    let environment = ProcessInfo.processInfo.environment
    let catalog = ThemeCatalog(environment: environment)
    let fromPod =
      theme == nil ? try? resolvedHome().selectPod(named: pod).unlockedHere().loadPod().theme : nil
    let choice =
      theme ?? fromPod ?? DefaultTheme.name(environment: environment, asking: color)
    do {
      return (try catalog.theme(choice), nil)
    } catch {
      let fallback = (try? catalog.theme(ThemeCatalog.defaultName)) ?? Theme(name: "", looks: [:])
      return (fallback, "\(error) (using the default theme)")
    }
  }

  /// Whether to use plain text instead of full screens: `--plain`, or a terminal that cannot
  /// draw them (`PlainFallback`).
  var isPlain: Bool { plain || PlainFallback.needed }

  /// These options as command-line arguments, to run another command with them.
  var arguments: [String] {
    var arguments: [String] = []
    if let home { arguments += ["--home", home] }
    if let pod { arguments += ["--pod", pod] }
    if let theme { arguments += ["--theme", theme] }
    if noColor { arguments.append("--no-color") }
    if let colorWhen { arguments += ["--color", colorWhen.rawValue] }
    if plain { arguments.append("--plain") }
    if let passphraseFile { arguments += ["--passphrase-file", passphraseFile] }
    return arguments
  }

  /// The full-screen terminal in the chosen theme; a theme that could not be used is said on
  /// stderr and returned, for the screen to say too.
  func openTerminal() throws -> (terminal: Terminal, themeWarning: String?) {
    let (theme, warning) = chosenTheme()
    if let warning { Output.error("warning: " + warning) }
    return (try Terminal(theme: theme, color: color), warning)
  }

  /// Whether to colour: `--color`, else not with `--no-color` or a non-empty NO_COLOR.
  var color: Bool {
    switch colorWhen ?? (noColor ? .never : .auto) {
    case .always: return true
    case .never: return false
    case .auto: return (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }
  }

  /// Whether printed text is styled when standard output is not a terminal (`--color always`,
  /// for `less -R`).
  var stylesPipes: Bool { colorWhen == .always }

  func validate() throws {
    if noColor, let colorWhen, colorWhen != .never {
      throw ValidationError("--no-color and --color \(colorWhen.rawValue) cannot be used together")
    }
  }
}

/// The sealed pods this run has unlocked, so the passphrase is asked once per run.
final class UnlockedPods: @unchecked Sendable {
  static let shared = UnlockedPods()
  private let lock = NSLock()
  private var pods: [String: PodDirectory] = [:]

  func pod(at path: String) -> PodDirectory? { lock.withLock { pods[path] } }
  func keep(_ pod: PodDirectory) { lock.withLock { pods[pod.path] = pod } }
}

extension PodDirectory {
  /// This pod as this run has unlocked it already, else as it is (never asking).
  func unlockedHere() -> PodDirectory { UnlockedPods.shared.pod(at: path) ?? self }
}

/// The homes whose leftovers this run has removed: once each is enough.
private final class SweptHomes: @unchecked Sendable {
  static let shared = SweptHomes()
  private let lock = NSLock()
  private var paths: Set<String> = []

  /// Whether `path` is seen for the first time.
  func first(_ path: String) -> Bool {
    lock.withLock { paths.insert(path).inserted }
  }
}
