import ArgumentParser
import Foundation
import HearthSeal
import HearthStore

/// `hearth seal`: seals an existing plain pod in place, atomically; with `--new-remote`, a pod
/// that syncs, which then shares afresh through a new, empty repository.
struct SealCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seal",
    abstract: "Seal the pod in place: encrypt everything said in it under a passphrase.",
    discussion: """
      Asks a new passphrase twice (or --passphrase-file). A crash half-way leaves the pod \
      plain or sealed, never neither. Forget every passphrase and the history is gone. A pod \
      that syncs is refused: its git history holds it in plain text, on the remote and in \
      every clone. With --new-remote ADDRESS it is sealed, its old history is removed from \
      this home, and it is shared afresh, sealed, through the empty repository at ADDRESS; \
      the old repository and the other facilitators' clones keep the plain history until \
      they are deleted.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "Whose passphrase this is, kept sealed in its key slot.")
  var label = "first passphrase"

  @Option(
    name: .customLong("new-remote"),
    help: ArgumentHelp(
      "Seal a pod that syncs and share it afresh through the empty git repository at ADDRESS.",
      valueName: "address"))
  var newRemote: String?

  func validate() throws {
    if let newRemote, newRemote.isEmpty || newRemote.hasPrefix("-") {
      throw ValidationError("the address must not be empty or begin with -")
    }
  }

  func run() throws {
    let home = global.resolvedHome()
    let directory = try home.selectPod(named: global.pod)
    guard !directory.isSealed else {
      throw Failure.Runtime(description: "\(directory.slug) is sealed already")
    }
    let oldRemote = PodSync.history(of: directory).kept ? try? PodSync(pod: directory).remote : nil
    if PodSync.history(of: directory).kept, newRemote == nil {
      throw Failure.Usage(
        description: "\(directory.slug) syncs\(oldRemote.map { " through \($0)" } ?? ""): its git "
          + "history there and in every clone holds everything said in it in plain text, which "
          + "sealing here cannot take back. To seal it and share it afresh, make a new, empty "
          + "git repository and run: hearth seal --new-remote ADDRESS. Then delete the old "
          + "repository, and ask the other facilitators to delete their copies and run hearth "
          + "sync --clone ADDRESS. Nothing was changed.")
    }
    if let newRemote {
      guard newRemote != oldRemote else {
        throw Failure.Usage(
          description: "\(newRemote) is the repository that holds the plain history; give a "
            + "new, empty one. Nothing was changed.")
      }
      try PodSync.checkEmptyRemote(newRemote)
    }
    let passphrase = try Passphrase.choose(for: directory.slug, file: global.passphraseFile)
    defer { passphrase.wipe() }
    let sealed = try home.sealInPlace(
      directory, passphrase: passphrase, label: label, leavingHistory: newRemote != nil)
    let count = sealed.sessionIDs().count
    Output.line("Sealed \(sealed.slug): \(count) session\(count == 1 ? "" : "s"), its pod file")
    Output.line("and formats. Add a passphrase for each facilitator: hearth keys add --label NAME")
    guard let newRemote else { return }
    do {
      _ = try PodSync(pod: sealed).initialize(remote: newRemote)
    } catch let error as SyncError {
      throw SyncError(
        error.message + " The pod is sealed; share it with hearth sync --init \(newRemote).")
    }
    Output.line("Sharing it afresh, sealed, through \(newRemote).")
    Output.line("The old repository keeps the plain history until it is deleted.")
    Output.line("The others get the sealed pod with: hearth sync --clone \(newRemote)")
  }
}
