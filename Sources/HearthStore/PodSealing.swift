import Foundation
import HearthCore
import HearthSeal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where sealing in place stops early: what a crash at that point leaves (for tests).
enum SealingStop {
  /// The sealed copy is written whole beside the pod, not yet in its place.
  case beforeExchange
  /// The sealed pod is in place; the plain one, under the hidden name, not yet removed.
  case beforeCleanup
}

extension Home {
  /// Seals the plain pod `directory` in place under `passphrase`, and returns it unlocked.
  ///
  /// A sealed copy is written whole under a hidden name in `pods/` (`.cloning-PID-seal`,
  /// which `Leftovers` removes once this process is gone), then swapped with the pod in one
  /// atomic exchange of the two names, then the plain one is removed. A crash before the
  /// exchange leaves the plain pod, after it the sealed one: never neither. Transcripts and
  /// the derived index are not carried (a sealed pod renders on demand and rebuilds its
  /// index); a torn last line is dropped. Refuses, changing nothing, a pod already sealed, a
  /// running meeting, a journal that cannot be read, and one that syncs (its git history holds
  /// it in plain text) unless `leavingHistory`: then its repository is left out of the sealed
  /// pod and removed with the plain copy, for sync to start afresh on a new remote.
  public func sealInPlace(
    _ directory: PodDirectory, passphrase: Secret, label: String, cost: ScryptCost = .standard,
    leavingHistory: Bool = false
  ) throws -> PodDirectory {
    try sealInPlace(
      directory, passphrase: passphrase, label: label, cost: cost, stop: nil,
      leavingHistory: leavingHistory)
  }

  func sealInPlace(
    _ directory: PodDirectory, passphrase: Secret, label: String, cost: ScryptCost,
    stop: SealingStop?, leavingHistory: Bool = false
  ) throws -> PodDirectory {
    guard !directory.isSealed else {
      throw StoreError(path: directory.path, message: "this pod is sealed already")
    }
    guard leavingHistory || !FileManager.default.fileExists(atPath: directory.layout.gitPath)
    else {
      throw StoreError(
        path: directory.layout.gitPath,
        message: "this pod syncs: its git history, on the remote and in every clone, holds it"
          + " in plain text, which sealing here cannot take back. To seal it and share it"
          + " afresh through a new, empty git repository: hearth seal --new-remote ADDRESS")
    }
    let pod = try directory.loadPod()
    let formats = try formatTexts(of: directory)
    var journals: [(id: String, records: [EventRecord])] = []
    for id in directory.sessionIDs()
    where FileManager.default.fileExists(atPath: directory.journalPath(id)) {
      if Journal.isHeldSteadily(directory.journalPath(id)) {
        throw StoreError(
          path: directory.journalPath(id),
          message: "a meeting is running in another terminal; end it before sealing the pod")
      }
      journals.append((id, try directory.readJournal(id).records))
    }
    let staging = PodDirectory(
      path: podsPath + "/" + PodLayout.cloningName(pid: getpid(), tag: "seal"))
    try? FileManager.default.removeItem(atPath: staging.path)
    try Files.makeDirectory(staging.sessionsPath)
    try Files.makeDirectory(staging.formatsPath)
    let keys = PodKeys.generate()
    let slot = try KeySlot.make(label: label, passphrase: passphrase, keys: keys, cost: cost)
    let seal = try PodSeal.create(keys: keys, slot: slot, layout: staging.layout)
    let sealed = PodDirectory(path: staging.path, seal: seal)
    try sealed.makeSessionKeys(journals.map(\.id))
    try sealed.savePod(pod)
    for (name, text) in formats {
      try sealed.writePodText(text, to: sealed.formatsPath + "/" + name)
    }
    for (id, records) in journals {
      try sealed.createSession(id)
      try sealed.writeJournal(records, for: id)
    }
    // Its journals were written in the current format, the marker sealed with them.
    try sealed.markMigrated()
    Files.syncDirectory(of: staging.sessionsPath + "/.")
    if stop == .beforeExchange { return sealed }
    try Self.exchange(staging.path, directory.path)
    Files.syncDirectory(of: directory.path)
    if stop == .beforeCleanup { return directory }
    try? FileManager.default.removeItem(atPath: staging.path)
    return PodDirectory(path: directory.path, seal: seal.moved(to: directory.layout))
  }

  /// The text of each of the pod's own format files, by file name; each must parse.
  private func formatTexts(of directory: PodDirectory) throws -> [(String, String)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.formatsPath)) ?? []
    return try names.sorted().filter { $0.hasSuffix(".toml") && PodLayout.isListed($0) }.map {
      name in
      let path = directory.formatsPath + "/" + name
      guard let text = try directory.readPodText(path) else {
        throw StoreError(path: path, message: "cannot read the format: \(Files.errorText())")
      }
      _ = try FormatFile.parse(
        text, path: path, defaultName: (name as NSString).deletingPathExtension)
      return (name, text)
    }
  }

  /// Swaps the names `a` and `b` in one atomic step (Linux `renameat2` with
  /// `RENAME_EXCHANGE`, macOS `renamex_np` with `RENAME_SWAP`).
  static func exchange(_ a: String, _ b: String) throws {
    #if canImport(Glibc)
      typealias Renameat2 =
        @convention(c) (
          Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32
        ) -> Int32
      guard let symbol = dlsym(nil, "renameat2") else {
        throw StoreError(path: b, message: "this system cannot swap two folders atomically")
      }
      let renameat2 = unsafeBitCast(symbol, to: Renameat2.self)
      let exchangeFlag: UInt32 = 1 << 1
      guard renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0 else {
        throw Files.failure(b, "cannot put the sealed pod in place")
      }
    #else
      guard renamex_np(a, b, UInt32(RENAME_SWAP)) == 0 else {
        throw Files.failure(b, "cannot put the sealed pod in place")
      }
    #endif
  }
}
