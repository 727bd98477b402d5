import ArgumentParser
import Foundation
import HearthStore

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
  @Option(help: "The data root (else $HEARTH_HOME, else $XDG_DATA_HOME/hearth).")
  var home: String?

  @Option(help: "The pod to use, when the home holds several.")
  var pod: String?

  @Flag(help: "Attributes only, no colour (also when NO_COLOR is set).")
  var noColor = false

  func resolvedHome() -> Home {
    Home.resolve(option: home, environment: ProcessInfo.processInfo.environment)
  }

  var color: Bool {
    let env = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
    return !noColor && env.isEmpty
  }
}
