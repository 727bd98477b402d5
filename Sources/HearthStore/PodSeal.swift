import Foundation
import HearthSeal

/// A sealed pod, unlocked: its keys, the slot that opened it, and its keyring (each session's
/// own key), saved to `.seal/keyring` whenever a key is made or destroyed.
public final class PodSeal: @unchecked Sendable {
  let keys: PodKeys
  /// The key slot the passphrase opened.
  public let slot: KeySlot
  private let layout: PodLayout
  private let lock = NSLock()
  private var keyring: Keyring

  init(keys: PodKeys, slot: KeySlot, keyring: Keyring, layout: PodLayout) {
    self.keys = keys
    self.slot = slot
    self.keyring = keyring
    self.layout = layout
  }

  /// Session `id`'s key, if the keyring holds one.
  func sessionKey(_ id: String) -> SessionKey? {
    lock.withLock { keyring.key(for: id) }
  }

  /// Session `id`'s key, made and saved first when it has none (a new meeting).
  func makeSessionKey(_ id: String) throws -> SessionKey {
    try lock.withLock {
      if let key = keyring.key(for: id) { return key }
      let key = keyring.makeKey(for: id)
      try save()
      return key
    }
  }

  /// Makes the keys of the sessions `ids` that have none, saving the keyring once (a
  /// generated archive).
  func makeSessionKeys(_ ids: [String]) throws {
    try lock.withLock {
      for id in ids where keyring.key(for: id) == nil { _ = keyring.makeKey(for: id) }
      try save()
    }
  }

  /// Destroys session `id`'s key: every copy of its journal is unreadable from then on.
  func destroySessionKey(_ id: String) throws {
    try lock.withLock {
      guard keyring.key(for: id) != nil else { return }
      keyring.removeKey(for: id)
      try save()
    }
  }

  /// The keyring as it is now.
  var currentKeyring: Keyring { lock.withLock { keyring } }

  /// Replaces the keyring with what `change` makes of it, saving it when it holds anything
  /// different; returns the keyring now.
  @discardableResult
  func update(_ change: (Keyring) -> Keyring) throws -> Keyring {
    try lock.withLock {
      let changed = change(keyring)
      guard !changed.holdsTheSame(as: keyring) else { return keyring }
      keyring = changed
      try save()
      return keyring
    }
  }

  /// The same keys and keyring for the pod now at `layout` (a pod sealed in place).
  func moved(to layout: PodLayout) -> PodSeal {
    lock.withLock { PodSeal(keys: keys, slot: slot, keyring: keyring, layout: layout) }
  }

  /// Writes the keyring, sealed, atomically; the caller holds the lock.
  private func save() throws {
    try Files.makeDirectory(layout.sealPath)
    try Files.writeAtomically(bytes: keyring.sealed(with: keys), to: layout.keyringPath)
  }

  /// Writes the keyring of a new sealed pod.
  static func create(keys: PodKeys, slot: KeySlot, layout: PodLayout) throws -> PodSeal {
    try Files.makeDirectory(layout.slotsPath)
    try Files.writeAtomically(bytes: slot.encoded(), to: layout.slotPath(slot.id))
    let seal = PodSeal(keys: keys, slot: slot, keyring: Keyring(), layout: layout)
    try seal.lock.withLock { try seal.save() }
    return seal
  }
}

extension PodDirectory {
  /// Whether this pod is sealed (it has key slots).
  public var isSealed: Bool { FileManager.default.fileExists(atPath: layout.slotsPath) }

  /// Every key slot of this sealed pod, by file name; a slot that does not read is an error
  /// naming its file.
  public func keySlots() throws -> [KeySlot] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: layout.slotsPath)) ?? []
    return try names.filter(PodLayout.isListed).filter { !PodLayout.isLeftover($0) }.sorted()
      .map { name in
        let path = layout.slotPath(name)
        guard let bytes = Files.readAll(path) else {
          throw StoreError(path: path, message: "cannot read the key slot: \(Files.errorText())")
        }
        do {
          return try KeySlot.decode(bytes)
        } catch {
          throw StoreError(path: path, line: 1, column: 1, message: "\(error)")
        }
      }
  }

  /// This pod opened with `passphrase`: every read and write of its sessions, pod file,
  /// formats and index then goes through its keys. A plain pod is returned as it is.
  /// "wrong passphrase for pod …" when no slot opens; nothing is written either way.
  public func unlocked(with passphrase: Secret) throws -> PodDirectory {
    guard isSealed else { return self }
    let slots = try keySlots()
    guard !slots.isEmpty else {
      throw StoreError(path: layout.slotsPath, message: "this sealed pod has no key slot left")
    }
    let opened: (slot: KeySlot, keys: PodKeys)
    do {
      opened = try KeySlot.unlock(slots, with: passphrase)
    } catch SealError.wrongPassphrase {
      throw StoreError(path: path, message: "wrong passphrase for pod \(slug)")
    }
    guard let bytes = Files.readAll(layout.keyringPath) else {
      throw StoreError(
        path: layout.keyringPath, message: "cannot read the keyring: \(Files.errorText())")
    }
    let keyring: Keyring
    do {
      keyring = try Keyring.open(bytes, with: opened.keys)
    } catch {
      throw StoreError(path: layout.keyringPath, message: "\(error)")
    }
    return PodDirectory(
      path: path,
      seal: PodSeal(keys: opened.keys, slot: opened.slot, keyring: keyring, layout: layout))
  }
}
