import ArgumentParser
import Foundation
import HearthSeal
import HearthStore

/// `hearth keys`: the passphrases (key slots) that open a sealed pod.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: "List, add or remove the passphrases that open a sealed pod.",
    discussion: """
      One passphrase per facilitator; `keys add --recovery` prints a recovery code once. \
      Removing a passphrase protects only what is written afterwards.
      """,
    subcommands: [List.self, Add.self, Remove.self], defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the pod's key slots.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
      for slot in try global.openPod().keySlotSummaries() {
        let kind = slot.kind == .recovery ? "  [recovery code]" : ""
        let used = slot.isInUse ? "  [unlocked with]" : ""
        Output.line("\(slot.id)  \(slot.label)\(kind)\(used)")
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a passphrase (asked twice), or with --recovery a recovery code.")
    @OptionGroup var global: GlobalOptions

    @Option(help: "Whose passphrase it is (kept sealed).")
    var label: String?

    @Flag(help: "Make a recovery code instead, printed once: keep it somewhere safe.")
    var recovery = false

    @Option(help: "The new passphrase: the first line of this file (else asked twice).")
    var newPassphraseFile: String?

    func run() throws {
      let pod = try global.openPod()
      guard pod.seal != nil else {
        throw Failure.Runtime(description: "\(pod.slug) is not sealed: it has no keys")
      }
      if recovery {
        let code = RecoveryCode.generate()
        let secret = code.secret
        defer { secret.wipe() }
        let slot = try pod.addKeySlot(
          label: label ?? "recovery", kind: .recovery, passphrase: secret)
        Output.line("Recovery code for \(pod.slug) (slot \(slot.id)), shown this once:")
        Output.line("")
        Output.line("    \(code.text)")
        Output.line("")
        Output.line("It opens the pod as a passphrase does. Keep it offline, somewhere safe.")
        return
      }
      let passphrase = try Passphrase.choose(
        for: pod.slug, file: newPassphraseFile, fromEnvironment: false)
      defer { passphrase.wipe() }
      let slot = try pod.addKeySlot(label: label ?? "passphrase", passphrase: passphrase)
      Output.line("Added key slot \(slot.id) to \(pod.slug).")
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove a key slot (never the last one, nor the one unlocked with).")
    @OptionGroup var global: GlobalOptions

    @Argument(help: "The slot's id, or its beginning, as `hearth keys list` shows it.")
    var id: String

    func run() throws {
      let pod = try global.openPod()
      let slot = try pod.removeKeySlot(id)
      Output.line("Removed key slot \(slot.id) from \(pod.slug).")
      Output.line(
        "Whoever used it may still hold what they read or copied before, and the pod's key.")
    }
  }
}
