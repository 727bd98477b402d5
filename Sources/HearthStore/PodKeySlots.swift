import Foundation
import HearthSeal

extension PodDirectory {
  /// One key slot as `keys list` shows it: its id, kind and (opened) label.
  public struct KeySlotSummary: Sendable, Equatable {
    public var id: String
    public var kind: KeySlot.Kind
    public var label: String
    /// Whether this run unlocked the pod with it.
    public var isInUse: Bool
  }

  /// The pod's key slots, labels opened; an unlocked sealed pod only.
  public func keySlotSummaries() throws -> [KeySlotSummary] {
    let seal = try requireSeal()
    return try keySlots().map { slot in
      KeySlotSummary(
        id: slot.id, kind: slot.kind, label: (try? slot.label(with: seal.keys)) ?? "?",
        isInUse: slot.id == seal.slot.id)
    }
  }

  /// Adds a key slot letting `passphrase` open the pod (a recovery slot takes the code's
  /// secret); returns it. Only that slot's file is written.
  public func addKeySlot(
    label: String, kind: KeySlot.Kind = .passphrase, passphrase: Secret,
    cost: ScryptCost = .standard
  ) throws -> KeySlot {
    let seal = try requireSeal()
    let slot = try KeySlot.make(
      label: label, kind: kind, passphrase: passphrase, keys: seal.keys, cost: cost)
    try Files.writeAtomically(bytes: slot.encoded(), to: layout.slotPath(slot.id))
    return slot
  }

  /// Removes the key slot whose id is or begins with `id`. Refuses the last slot (the pod
  /// would be lost), the slot this run unlocked with (unlock with another first), and an id
  /// matching none or several.
  public func removeKeySlot(_ id: String) throws -> KeySlot {
    let seal = try requireSeal()
    let slots = try keySlots()
    let matching = slots.filter { $0.id.hasPrefix(id.lowercased()) && !id.isEmpty }
    guard matching.count == 1, let slot = matching.first else {
      let known = slots.map(\.id).joined(separator: ", ")
      throw StoreError(
        path: layout.slotsPath,
        message: matching.isEmpty
          ? "no key slot '\(id)' (slots: \(known))" : "'\(id)' names several key slots")
    }
    guard slots.count > 1 else {
      throw StoreError(
        path: layout.slotPath(slot.id),
        message: "this is the pod's last key slot: removing it would lose the pod for good")
    }
    guard slot.id != seal.slot.id else {
      throw StoreError(
        path: layout.slotPath(slot.id),
        message: "this run unlocked the pod with this slot; unlock with another to remove it")
    }
    // Remembered first, so that a sync cannot bring the slot back from another home.
    try seal.update { current in
      var keyring = current
      keyring.recordRemovedSlot(slot.id)
      return keyring
    }
    guard unlink(layout.slotPath(slot.id)) == 0 else {
      throw StoreError(
        path: layout.slotPath(slot.id), message: "cannot remove: \(Files.errorText())")
    }
    Files.syncDirectory(of: layout.slotPath(slot.id))
    return slot
  }

  private func requireSeal() throws -> PodSeal {
    guard let seal else {
      // No keys to be found: exit 1, as for anything asked for that is not there.
      throw StoreError(
        path: path, message: "this pod is not sealed (see hearth init --seal)", code: ENOENT)
    }
    return seal
  }
}
