import Crypto
import Foundation

/// One way into a sealed pod (restic's key file): a passphrase's scrypt cost and salt, the
/// pod's master key sealed under the key scrypt derives, and the slot's label (whose
/// passphrase it is) sealed under the master key. Adding or removing a passphrase touches its
/// slot alone.
public struct KeySlot: Sendable, Equatable {
  /// A passphrase someone chose, or a recovery code Hearth made and printed once.
  public enum Kind: String, Sendable, Codable {
    case passphrase
    case recovery
  }

  /// Random, 16 hex digits: names the slot's file and is bound into what it seals.
  public let id: String
  public let kind: Kind
  public let cost: ScryptCost
  let salt: [UInt8]
  let sealedMaster: [UInt8]
  let sealedLabel: [UInt8]

  /// A new slot letting `passphrase` open the pod of `keys`. A recovery slot takes the code's
  /// canonical text (`RecoveryCode.secret`).
  public static func make(
    label: String, kind: Kind = .passphrase, passphrase: Secret, keys: PodKeys,
    cost: ScryptCost = .standard
  ) throws -> KeySlot {
    let id = randomBytes(8).map { String(format: "%02x", $0) }.joined()
    let salt = randomBytes(32)
    let wrapping = try cost.key(from: passphrase, salt: salt)
    return KeySlot(
      id: id, kind: kind, cost: cost, salt: salt,
      sealedMaster: keys.master.withUnsafeBytes { master in
        Box.seal(master, key: wrapping, context: masterContext(id: id, kind: kind))
      },
      sealedLabel: Box.seal(
        Array(label.utf8), key: keys.subkey(.slotLabels), context: labelContext(id: id)))
  }

  /// The pod's keys, when `passphrase` is this slot's; `SealError.wrongPassphrase` otherwise.
  public func unlock(with passphrase: Secret) throws -> PodKeys {
    let wrapping = try cost.key(from: passphrase, salt: salt)
    guard
      var master = try? Box.open(
        sealedMaster, key: wrapping, context: Self.masterContext(id: id, kind: kind))
    else { throw SealError.wrongPassphrase }
    // The key is copied into swift-crypto's own storage (zeroed when freed); this copy now.
    defer { wipe(&master) }
    guard master.count == 32 else { throw SealError.wrongPassphrase }
    return PodKeys(master: SymmetricKey(data: master))
  }

  /// Whose passphrase this is, readable only with the pod's keys.
  public func label(with keys: PodKeys) throws -> String {
    let bytes = try Box.open(
      sealedLabel, key: keys.subkey(.slotLabels), context: Self.labelContext(id: id))
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func masterContext(id: String, kind: Kind) -> Context {
    Context("hearth key slot", "v\(PodKeys.formatVersion)", id, kind.rawValue)
  }

  private static func labelContext(id: String) -> Context {
    Context("hearth key slot label", "v\(PodKeys.formatVersion)", id)
  }
}

extension KeySlot {
  /// The slot that `passphrase` opens among `slots`, and the pod's keys. `preferred` (the slot
  /// this home opened last) is tried first, so one scrypt usually suffices; a recovery slot is
  /// tried only with what reads as a recovery code. `SealError.wrongPassphrase` when none opens.
  public static func unlock(
    _ slots: [KeySlot], with passphrase: Secret, preferring preferred: String? = nil
  ) throws -> (slot: KeySlot, keys: PodKeys) {
    let ordered = slots.filter { $0.id == preferred } + slots.filter { $0.id != preferred }
    let code = passphrase.withBytes { RecoveryCode.secret(typed: $0) }
    for slot in ordered {
      let given: Secret
      switch slot.kind {
      case .passphrase: given = passphrase
      case .recovery:
        guard let code else { continue }
        given = code
      }
      do {
        return (slot, try slot.unlock(with: given))
      } catch SealError.wrongPassphrase {
        continue
      }
    }
    throw SealError.wrongPassphrase
  }
}

extension KeySlot {
  /// The slot as its file holds it: one line of JSON, nothing personal in the clear.
  public func encoded() -> [UInt8] {
    let file = SlotFile(
      v: PodKeys.formatVersion, id: id, kind: kind, kdf: "scrypt", logN: cost.logN, r: cost.r,
      p: cost.p, salt: Data(salt).base64EncodedString(),
      key: Data(sealedMaster).base64EncodedString(),
      label: Data(sealedLabel).base64EncodedString())
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    // Encoding strings and numbers cannot fail.
    return Array((try? encoder.encode(file)) ?? Data()) + [10]
  }

  /// Reads a slot's file; every field is checked, and a cost out of range is refused before
  /// any work is done.
  public static func decode(_ bytes: [UInt8]) throws -> KeySlot {
    if let probe = try? JSONDecoder().decode(VersionProbe.self, from: Data(bytes)),
      probe.v > PodKeys.formatVersion
    {
      throw SealError.newerFormat(probe.v)
    }
    guard let file = try? JSONDecoder().decode(SlotFile.self, from: Data(bytes)) else {
      throw SealError.damaged("not a key slot")
    }
    guard file.kdf == "scrypt" else {
      throw SealError.damaged("unknown key derivation \(file.kdf)")
    }
    guard file.id.count == 16, file.id.allSatisfy(\.isHexDigit) else {
      throw SealError.damaged("bad key slot id")
    }
    let cost = ScryptCost(logN: file.logN, r: file.r, p: file.p)
    guard cost.isAccepted else {
      throw SealError.refused(
        "scrypt parameters N=2^\(cost.logN) r=\(cost.r) p=\(cost.p) are out of range")
    }
    guard let salt = Data(base64Encoded: file.salt), salt.count >= 16,
      let key = Data(base64Encoded: file.key), let label = Data(base64Encoded: file.label)
    else { throw SealError.damaged("bad base64 in a key slot") }
    return KeySlot(
      id: file.id, kind: file.kind, cost: cost, salt: Array(salt), sealedMaster: Array(key),
      sealedLabel: Array(label))
  }
}

/// A key slot's file.
private struct SlotFile: Codable {
  var v: Int
  var id: String
  var kind: KeySlot.Kind
  var kdf: String
  var logN: Int
  var r: Int
  var p: Int
  var salt: String
  var key: String
  var label: String
}

/// Just the format version of a sealed file, to recognise one from a newer Hearth.
struct VersionProbe: Decodable {
  var v: Int
}
