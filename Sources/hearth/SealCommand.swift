import ArgumentParser
import Foundation
import HearthSeal
import HearthStore

/// `hearth seal`: seals an existing plain pod in place, atomically.
struct SealCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seal",
    abstract: "Seal the pod in place: encrypt everything said in it under a passphrase.",
    discussion: """
      Asks a new passphrase twice (or --passphrase-file). A crash half-way leaves the pod \
      plain or sealed, never neither. Forget every passphrase and the history is gone. A pod \
      that syncs is refused: its git history holds it in plain text.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Whose passphrase this is, kept sealed in its key slot.")
  var label = "first passphrase"

  func run() throws {
    let home = global.resolvedHome()
    let directory = try home.selectPod(named: global.pod)
    guard !directory.isSealed else {
      throw Failure.Runtime(description: "\(directory.slug) is sealed already")
    }
    let passphrase = try Passphrase.choose(for: directory.slug, file: global.passphraseFile)
    defer { passphrase.wipe() }
    let sealed = try home.sealInPlace(directory, passphrase: passphrase, label: label)
    let count = sealed.sessionIDs().count
    Output.line("Sealed \(sealed.slug): \(count) session\(count == 1 ? "" : "s"), its pod file")
    Output.line("and formats. Add a passphrase for each facilitator: hearth keys add --label NAME")
  }
}
