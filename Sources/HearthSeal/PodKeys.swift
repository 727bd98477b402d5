import Crypto
import Foundation

/// A sealed pod's keys once unlocked: its random 32-byte master key and the subkeys derived
/// from it by HKDF<SHA256>, one per purpose, so no key ever seals two kinds of thing.
public struct PodKeys: Sendable {
  /// The format of every sealed thing this version writes.
  public static let formatVersion = 1

  let master: SymmetricKey

  /// A new pod's keys: a fresh random master key.
  public static func generate() -> PodKeys { PodKeys(master: SymmetricKey(size: .bits256)) }

  /// The subkey for `purpose`: HKDF<SHA256> of the master key, with the purpose as its info.
  func subkey(_ purpose: Purpose) -> SymmetricKey {
    HKDF<SHA256>.deriveKey(
      inputKeyMaterial: master, salt: Array("hearth-pod-keys".utf8),
      info: Array("hearth/v\(Self.formatVersion)/\(purpose.rawValue)".utf8), outputByteCount: 32)
  }

  /// What a subkey seals.
  enum Purpose: String {
    /// pod.toml and formats/*.toml, sealed whole.
    case podFiles = "pod-files"
    /// The derived indexes in `.index/`, sealed whole.
    case index = "index"
    /// The keyring: each session's own key.
    case keyring = "keyring"
    /// The labels of key slots (whose passphrase each is).
    case slotLabels = "slot-labels"
  }

  /// Whether two sets of keys are the same pod's (the same master key).
  public func isSamePod(as other: PodKeys) -> Bool { master == other.master }
}
