import Foundation
import HearthSeal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a sealed pod's keys travel (decision 0051). The key slots and the keyring (each
/// session's key) never enter the pod's branch, whose history every clone keeps: they are the
/// tree of one parentless commit at `refs/hearth/keyring`, replaced (pushed with a lease) when
/// the union of the homes' keyrings changes. Once a key was destroyed, what held it is expired
/// and pruned here and, for a remote on a local path, there too.
extension PodSync {
  /// What a keyring commit holds: the keyring's sealed bytes and each key slot's file, by id.
  struct SharedKeys {
    var keyring: [UInt8]
    var slots: [String: [UInt8]]
  }

  /// Takes in the keys the others shared and sends back the union of theirs and this home's,
  /// less what either destroyed or removed. Returns whether a key destroyed since the last
  /// sync means old objects must be pruned. A plain pod shares no keys.
  func shareKeys(address: String) throws -> Bool {
    guard let seal = pod.seal else { return false }
    let before = try git.revision(PodLayout.keyringRef)
    let destroyedBefore =
      try before.map { try openShared(Self.sharedKeys(at: $0, in: git), seal, address).destroyed }
      ?? []
    for attempt in 1...3 {
      let fetched = try git.run(["fetch", "-q", "origin", "+refs/hearth/*:refs/hearth/*"])
      guard fetched.status == 0 else { throw unreachable(address, fetched) }
      let remoteCommit = try git.revision(PodLayout.keyringRef)
      let theirs = try remoteCommit.map { try Self.sharedKeys(at: $0, in: git) }
      let theirKeyring = try theirs.map { try openShared($0, seal, address) } ?? Keyring()
      let mine = try seal.update { $0.merged(with: theirKeyring) }
      let slots = try mergeSlots(theirs?.slots ?? [:], removed: mine.removedSlots)
      // Two meetings given one id: the shared journal is theirs, so the shared key is too.
      let shared = theirKeyring.merged(with: mine)
      let needsPruning = mine.destroyed != destroyedBefore
      if let theirs, shared.holdsTheSame(as: theirKeyring),
        Set(theirs.slots.keys) == Set(slots.keys)
      {
        return needsPruning
      }
      let commit = try makeKeysCommit(
        SharedKeys(keyring: shared.sealed(with: seal.keys), slots: slots))
      let pushed = try git.run([
        "push", "-q", "--force-with-lease=\(PodLayout.keyringRef):\(remoteCommit ?? "")",
        "origin", "\(commit):\(PodLayout.keyringRef)",
      ])
      if pushed.status == 0 {
        try git.check(["update-ref", PodLayout.keyringRef, commit])
        return needsPruning
      }
      guard attempt < 3 else {
        throw SyncError(
          "Could not send this pod's keys to \(address): \(pushed.reason). Nothing of this "
            + "home's was lost; run hearth sync again in a moment.")
      }
    }
    return false
  }

  /// The keyring a keyring commit holds, opened with this pod's keys.
  private func openShared(_ keys: SharedKeys, _ seal: PodSeal, _ address: String) throws -> Keyring
  {
    do {
      return try Keyring.open(keys.keyring, with: seal.keys)
    } catch {
      throw SyncError(
        "The keys shared through \(address) do not open with this pod's key (\(error)): they "
          + "are another pod's, or were changed. Nothing was taken in.")
    }
  }

  /// Brings in the key slots the others added and removes the ones anyone removed; returns
  /// the slots this home now has, by id. A shared slot that does not read is left out.
  private func mergeSlots(_ theirs: [String: [UInt8]], removed: Set<String>) throws
    -> [String: [UInt8]]
  {
    let layout = pod.layout
    var slots: [String: [UInt8]] = [:]
    let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.slotsPath)) ?? []
    for name in names where PodLayout.isListed(name) && !PodLayout.isLeftover(name) {
      if removed.contains(name) {
        unlink(layout.slotPath(name))
        Files.syncDirectory(of: layout.slotPath(name))
      } else if let bytes = Files.readAll(layout.slotPath(name)) {
        slots[name] = bytes
      }
    }
    for (id, bytes) in theirs where slots[id] == nil && !removed.contains(id) {
      guard (try? KeySlot.decode(bytes))?.id == id else { continue }
      try Files.writeAtomically(bytes: bytes, to: layout.slotPath(id))
      slots[id] = bytes
    }
    return slots
  }

  /// What the keyring commit `commit` holds (of `git`'s repository).
  static func sharedKeys(at commit: String, in git: GitRunner) throws -> SharedKeys {
    let keyring = try git.run(["cat-file", "blob", commit + ":" + PodLayout.keyring])
    guard keyring.status == 0 else {
      throw SyncError("The pod's shared keys do not read: \(keyring.reason).")
    }
    var slots: [String: [UInt8]] = [:]
    let listing = try git.run(["ls-tree", "-z", commit + ":" + PodLayout.slots])
    for entry in listing.output.split(separator: 0) where listing.status == 0 {
      let text = String(decoding: entry, as: UTF8.self)
      guard let tab = text.firstIndex(of: "\t") else { continue }
      let fields = text[..<tab].split(separator: " ")
      let name = String(text[text.index(after: tab)...])
      guard fields.count == 3, fields[1] == "blob", PodLayout.isListed(name),
        !name.contains("/")
      else { continue }
      slots[name] = Array(try git.check(["cat-file", "blob", String(fields[2])]).output)
    }
    return SharedKeys(keyring: Array(keyring.output), slots: slots)
  }

  /// A parentless commit whose tree is `keys`: `keyring` and `slots/ID`.
  private func makeKeysCommit(_ keys: SharedKeys) throws -> String {
    func object(_ arguments: [String], _ input: [UInt8]) throws -> String {
      try git.check(arguments, input: Data(input)).text
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let blob = ["hash-object", "-w", "--no-filters", "--stdin"]
    var slotEntries = ""
    for (id, bytes) in keys.slots.sorted(by: { $0.key < $1.key }) {
      let hash = try object(blob, bytes)
      slotEntries += "100644 blob \(hash)\t\(id)\n"
    }
    let slotsTree = try object(["mktree"], Array(slotEntries.utf8))
    let keyring = try object(blob, keys.keyring)
    let root =
      "100644 blob \(keyring)\t\(PodLayout.keyring)\n"
      + "040000 tree \(slotsTree)\t\(PodLayout.slots)\n"
    let tree = try object(["mktree"], Array(root.utf8))
    return try object(
      ["commit-tree", tree, "-m", "Hearth: the pod's keys, sealed; replaced at each sync"], [])
  }

  // MARK: Pruning

  /// Expires every reflog and prunes every unreachable object here and, when the remote is a
  /// folder on this computer, there: no old keyring commit outlives the key it held. Returns
  /// warnings for what could not be pruned (tried again at the next sync).
  func pruneOldKeys(address: String) -> [String] {
    var warnings: [String] = []
    var stores: [(name: String, git: GitRunner)] = [("this home", git)]
    if let remote = localRemote(address) { stores.append((address, remote)) }
    var pruned = true
    for (name, runner) in stores {
      for step in [["reflog", "expire", "--expire=now", "--all"], ["gc", "-q", "--prune=now"]] {
        guard let result = try? runner.run(step), result.status == 0 else {
          pruned = false
          warnings.append(
            "could not prune old keys in \(name) (git \(step[0]) failed); the next sync tries "
              + "again")
          break
        }
      }
    }
    if pruned { unlink(pod.layout.prunePendingPath) }
    return warnings
  }

  /// Marks that old keys are to be pruned, so an interrupted sync prunes them the next time.
  func markPruningPending() throws {
    try Files.writeAtomically("prune unreachable objects\n", to: pod.layout.prunePendingPath)
  }

  var isPruningPending: Bool {
    FileManager.default.fileExists(atPath: pod.layout.prunePendingPath)
  }

  /// A runner in the remote's repository when `address` is a folder on this computer (a path
  /// or `file://`), run with the folder's own permissions; nil for a server.
  func localRemote(_ address: String) -> GitRunner? {
    var path = address
    if path.hasPrefix("file://") {
      path.removeFirst("file://".count)
    } else if path.contains("://") {
      return nil
    } else if !path.hasPrefix("/") {
      // `host:path` is a server reached by ssh; anything else is relative to the pod.
      if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return nil }
      path = pod.path + "/" + path
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return nil }
    var runner = GitRunner(
      executable: git.executable, directory: path, environment: git.environment)
    runner.isPrivate = false
    return runner
  }

  // MARK: Cloning

  /// Writes the keys shared at the remote into the clone `candidate` (the slots and the
  /// keyring) and opens it with the passphrase `passphrase` gives.
  static func receiveKeys(
    into candidate: PodDirectory, git: GitRunner, address: String,
    passphrase: ((String) throws -> Secret)?
  ) throws -> PodDirectory {
    let fetched = try git.run(["fetch", "-q", "origin", "+refs/hearth/*:refs/hearth/*"])
    guard fetched.status == 0, let commit = try git.revision(PodLayout.keyringRef) else {
      throw SyncError(
        "\(address) holds a sealed pod but not its keys (\(PodLayout.keyringRef)). The "
          + "facilitator who shares it runs hearth sync once more; then try again.")
    }
    guard let passphrase else {
      throw SyncError("The pod at \(address) is sealed: a passphrase is needed.", isUsage: true)
    }
    let keys = try sharedKeys(at: commit, in: git)
    let layout = candidate.layout
    try Files.makeDirectory(layout.slotsPath)
    for (id, bytes) in keys.slots where (try? KeySlot.decode(bytes))?.id == id {
      try Files.writeAtomically(bytes: bytes, to: layout.slotPath(id))
    }
    try Files.writeAtomically(bytes: keys.keyring, to: layout.keyringPath)
    let secret = try passphrase(repositoryName(address))
    defer { secret.wipe() }
    do {
      return try candidate.unlocked(with: secret)
    } catch let error as StoreError where error.message.hasPrefix("wrong passphrase") {
      throw StoreError(
        path: address, message: "wrong passphrase for the pod shared here; nothing was fetched")
    }
  }
}
