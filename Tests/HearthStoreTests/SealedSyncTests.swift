import Foundation
import HearthCore
import HearthSeal
import HearthTesting
import Testing

@testable import HearthStore

/// Sealed pods shared through the bare remote: the keys travel apart from the history, and a
/// deleted session's key is gone from every object store once each home has synced.
extension PodSyncTests {
  static let passphrase = "owl words at dusk"

  /// Ana's home: a sealed pod shared through the remote.
  func sealedHome() throws -> PodDirectory {
    let pod = try Home(path: scratch.file("ana")).createPod(
      Self.crew, seal: (Secret(Self.passphrase), "Ana"), cost: .cheapest)
    _ = try syncer(pod).initialize(remote: remote)
    return pod
  }

  /// A home named `name` with the sealed pod cloned from the remote, opened with `passphrase`.
  func sealedClone(_ name: String, passphrase: String = Self.passphrase) throws -> PodDirectory {
    try PodSync.clone(
      remote: remote, into: Home(path: scratch.file(name)), environment: environment,
      passphrase: { _ in Secret(passphrase) }
    ).pod
  }

  func gitOutput(_ arguments: [String], in directory: String) throws -> Data {
    try GitRunner(directory: directory, environment: environment, ceiling: nil)
      .check(arguments).output
  }

  /// Every object `store` (a repository's folder) holds, reachable or not.
  func objects(in store: String) throws -> [(id: String, type: String)] {
    try git(["cat-file", "--batch-all-objects", "--batch-check"], in: store)
      .split(separator: "\n").map { line in
        let fields = line.split(separator: " ")
        return (String(fields[0]), String(fields[1]))
      }
  }

  /// Every keyring any blob of `store` holds that opens with `keys`.
  func keyrings(in store: String, keys: PodKeys) throws -> [Keyring] {
    try objects(in: store).filter { $0.type == "blob" }.compactMap { object in
      let bytes = try gitOutput(["cat-file", "blob", object.id], in: store)
      return try? Keyring.open(Array(bytes), with: keys)
    }
  }

  @Test("sealed: a clone opens it; no key enters the branch; the keys ref has no parent")
  func cloneOpens() throws {
    let ana = try sealedHome()
    let id = try meet(in: ana)
    _ = try sync(ana)
    let bo = try sealedClone("bo")
    #expect(bo.seal != nil)
    #expect(try bo.loadSession(id).state.isEnded)
    let files = try git(["ls-tree", "-r", "--name-only", "main"], in: remote)
    #expect(!files.split(separator: "\n").contains { $0.hasPrefix(".seal") })
    #expect(files.contains("pod.toml.sealed"))
    let parents = try git(["rev-list", "--parents", "-n", "1", PodLayout.keyringRef], in: remote)
    #expect(parents.split(separator: " ").count == 1)
    let history = try git(["log", "--all", "-p", "--format=%an %ae"], in: remote)
    #expect(!history.contains("Tuesday"))
    #expect(history.contains("Hearth hearth@localhost"))
  }

  @Test("sealed: a wrong passphrase on clone leaves nothing behind")
  func wrongPassphraseOnClone() throws {
    let ana = try sealedHome()
    _ = try meet(in: ana)
    _ = try sync(ana)
    #expect(throws: StoreError.self) { _ = try sealedClone("bo", passphrase: "not it") }
    let pods = (try? FileManager.default.contentsOfDirectory(atPath: scratch.file("bo/pods")))
    #expect(pods ?? [] == [])
  }

  @Test("sealed: after delete and a sync on each home no object holds the key, stale or not")
  func deletionReachesEveryStore() throws {
    let ana = try sealedHome()
    let kept = try meet(in: ana)
    let deleted = try meet(in: ana)
    _ = try sync(ana)
    let bo = try sealedClone("bo")
    let chen = try sealedClone("chen")
    let boMeeting = try meet(in: bo)
    _ = try sync(bo)
    _ = try sync(chen)
    try ana.deleteSession(deleted)
    _ = try sync(ana)
    _ = try sync(bo)
    // Chen was away when the session was deleted: their older keyring must not bring it back.
    let chenReport = try sync(chen)
    #expect(chenReport.removed == [deleted])
    _ = try sync(ana)
    let keys = try #require(ana.seal?.keys)
    for store in [remote, ana.layout.gitPath, bo.layout.gitPath, chen.layout.gitPath] {
      let found = try keyrings(in: store, keys: keys)
      #expect(!found.isEmpty, "\(store) holds no keyring")
      for keyring in found {
        #expect(keyring.key(for: deleted) == nil, "\(store) still holds the deleted key")
        #expect(keyring.key(for: kept) != nil)
      }
    }
    for pod in [ana, bo, chen] {
      #expect(pod.seal?.sessionKey(deleted) == nil)
      #expect(throws: StoreError.self) { _ = try pod.unlockedAgain().readJournal(deleted) }
      #expect(try pod.unlockedAgain().loadSession(boMeeting).state.isEnded)
      #expect(!FileManager.default.fileExists(atPath: pod.sessionPath(deleted)))
    }
    // The deleted journal is still in the branch's history, but nothing opens it.
    let journal = try git(
      ["log", "--all", "--format=%H", "--", PodLayout.journalFile(of: deleted)], in: remote)
    #expect(!journal.isEmpty)
  }

  @Test("sealed: another pod's keys on the remote are refused before anything is taken in")
  func anotherPodsKeys() throws {
    let ana = try sealedHome()
    _ = try meet(in: ana)
    _ = try sync(ana)
    let eve = try Home(path: scratch.file("eve")).createPod(
      Self.crew, seal: (Secret(Self.passphrase), "Eve"), cost: .cheapest)
    let error = syncError { _ = try syncer(eve).initialize(remote: remote) }
    #expect(
      error?.message.contains("do not open with this pod's key") == true,
      "\(String(describing: error))")
    #expect(eve.sessionIDs().isEmpty)
    #expect(
      try git(["rev-parse", "main"], in: remote) == git(["rev-parse", "main"], in: ana.path))
  }

  @Test("sealed: a passphrase added on one home opens the other; a removed one stays removed")
  func slotsTravel() throws {
    let ana = try sealedHome()
    let bo = try sealedClone("bo")
    let boSlot = try ana.addKeySlot(
      label: "Bo", passphrase: Secret("bo's own words"), cost: .cheapest)
    _ = try sync(ana)
    _ = try sync(bo)
    #expect(FileManager.default.fileExists(atPath: bo.layout.slotPath(boSlot.id)))
    let dee = try sealedClone("dee", passphrase: "bo's own words")
    #expect(dee.seal?.slot.id == boSlot.id)
    _ = try ana.removeKeySlot(boSlot.id)
    _ = try sync(ana)
    _ = try sync(bo)
    #expect(!FileManager.default.fileExists(atPath: bo.layout.slotPath(boSlot.id)))
    _ = try sync(ana)
    #expect(!FileManager.default.fileExists(atPath: ana.layout.slotPath(boSlot.id)))
    #expect(throws: StoreError.self) { _ = try sealedClone("eve", passphrase: "bo's own words") }
  }
}

extension PodDirectory {
  /// The pod opened afresh from its files, as the next command would.
  fileprivate func unlockedAgain() throws -> PodDirectory {
    try PodDirectory(path: path).unlocked(with: Secret(PodSyncTests.passphrase))
  }
}
