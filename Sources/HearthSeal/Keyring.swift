import Crypto
import Foundation

/// The key of one session: what seals its journal's lines. Destroying it (removing it from the
/// keyring) makes every copy of the journal unreadable.
public struct SessionKey: Sendable {
  /// The session the key belongs to, bound into every line it seals.
  public let sessionID: String
  let key: SymmetricKey
}

/// Each session's own random key, sealed whole under the keyring subkey. It lives outside the
/// pod's shared history, so removing an entry (`sessions delete`) shreds the session.
///
/// It also remembers what was taken away, so that merging with another home's older copy
/// (`merged(with:preferring:)`) cannot bring it back: the fingerprint of each destroyed session
/// key (a new session that happens to get the same id keeps its own, new key) and the id of each
/// removed key slot.
public struct Keyring: Sendable {
  private var keys: [String: SymmetricKey] = [:]
  /// Fingerprints of destroyed session keys (`fingerprint(of:for:)`), hex.
  public private(set) var destroyed: Set<String> = []
  /// Ids of key slots removed from the pod.
  public private(set) var removedSlots: Set<String> = []

  /// An empty keyring (a new pod).
  public init() {}

  /// Every session that has a key, in order.
  public var sessionIDs: [String] { keys.keys.sorted() }

  /// The key of session `id`, if it has one.
  public func key(for id: String) -> SessionKey? {
    keys[id].map { SessionKey(sessionID: id, key: $0) }
  }

  /// The key of session `id`, made (random) when it has none yet.
  public mutating func makeKey(for id: String) -> SessionKey {
    if let existing = key(for: id) { return existing }
    let key = SymmetricKey(size: .bits256)
    keys[id] = key
    return SessionKey(sessionID: id, key: key)
  }

  /// Forgets session `id`'s key, and remembers that it was destroyed: whatever it sealed can
  /// no longer be opened, and no other home's keyring can give it back.
  public mutating func removeKey(for id: String) {
    if let key = keys[id] { destroyed.insert(Self.fingerprint(of: key, for: id)) }
    keys[id] = nil
  }

  /// Session `id`'s key now under `newID` (a renamed session, whose journal is sealed again).
  public mutating func moveKey(from id: String, to newID: String) {
    guard let key = keys[id] else { return }
    keys[newID] = key
    keys[id] = nil
    destroyed.insert(Self.fingerprint(of: key, for: id))
  }

  /// Remembers that key slot `id` was removed, so that no other home's copy brings it back.
  public mutating func recordRemovedSlot(_ id: String) { removedSlots.insert(id) }

  /// This keyring and `other` (another home's) together: every key either holds, but none that
  /// either destroyed; the slots either removed stay removed. A session with a different key
  /// on each side (two meetings given the same id) keeps the `preferring` side's.
  public func merged(with other: Keyring, preferring side: Side = .mine) -> Keyring {
    var result = Keyring()
    result.destroyed = destroyed.union(other.destroyed)
    result.removedSlots = removedSlots.union(other.removedSlots)
    let (first, second) = side == .mine ? (keys, other.keys) : (other.keys, keys)
    for (id, key) in first.merging(second, uniquingKeysWith: { kept, _ in kept })
    where !result.destroyed.contains(Self.fingerprint(of: key, for: id)) {
      result.keys[id] = key
    }
    return result
  }

  /// Which side's key a merge keeps when both hold one for the same session.
  public enum Side: Sendable { case mine, theirs }

  /// Whether `other` holds the same keys, destroyed keys and removed slots.
  public func holdsTheSame(as other: Keyring) -> Bool {
    destroyed == other.destroyed && removedSlots == other.removedSlots
      && keys.count == other.keys.count
      && keys.allSatisfy { id, key in
        other.keys[id].map { Self.bytes($0) == Self.bytes(key) } ?? false
      }
  }

  /// SHA-256 of a domain, the session id and the key: names a destroyed key without holding it.
  static func fingerprint(of key: SymmetricKey, for id: String) -> String {
    var hash = SHA256()
    hash.update(data: Context("hearth destroyed session key", "v1", id).bytes)
    key.withUnsafeBytes { hash.update(bufferPointer: $0) }
    return hash.finalize().map { String(format: "%02x", $0) }.joined()
  }

  private static func bytes(_ key: SymmetricKey) -> [UInt8] { key.withUnsafeBytes { Array($0) } }

  /// The keyring as its file holds it, sealed under `keys`: `{"sessions":{ID:base64 key},"destroyed":[…],"removedSlots":[…]}`,
  /// built in one buffer that is zeroed after sealing (no string ever holds a key).
  public func sealed(with podKeys: PodKeys) -> [UInt8] {
    var plain: [UInt8] = []
    plain.reserveCapacity(16 + keys.count * 128)
    plain += Array(#"{"sessions":{"#.utf8)
    for (position, id) in sessionIDs.enumerated() {
      if position > 0 { plain.append(UInt8(ascii: ",")) }
      // A session id is not secret; encoding one string cannot fail.
      plain += Array((try? JSONEncoder().encode(id)) ?? Data(#""""#.utf8))
      plain += Array(#":""#.utf8)
      keys[id]?.withUnsafeBytes { raw in
        var bytes = Data(raw)
        var text = bytes.base64EncodedData()
        plain += text
        wipe(&bytes)
        wipe(&text)
      }
      plain.append(UInt8(ascii: "\""))
    }
    plain += Array("}".utf8)
    // Tombstones name no key (fingerprints and slot ids): encoding them cannot fail.
    let encoder = JSONEncoder()
    plain += Array(#","destroyed":"#.utf8)
    plain += Array((try? encoder.encode(destroyed.sorted())) ?? Data("[]".utf8))
    plain += Array(#","removedSlots":"#.utf8)
    plain += Array((try? encoder.encode(removedSlots.sorted())) ?? Data("[]".utf8))
    plain += Array("}".utf8)
    defer { zero(&plain) }
    return SealedFile.seal(plain, name: Self.fileName, key: podKeys.subkey(.keyring))
  }

  /// Opens the keyring's file; the copies of keys made on the way are zeroed.
  public static func open(_ sealed: [UInt8], with podKeys: PodKeys) throws -> Keyring {
    var plain = try SealedFile.open(sealed, name: fileName, key: podKeys.subkey(.keyring))
    var data = Data(plain)
    defer {
      zero(&plain)
      wipe(&data)
    }
    guard let file = try? JSONDecoder().decode(KeyringFile.self, from: data) else {
      throw SealError.damaged("the keyring does not read")
    }
    var keyring = Keyring()
    for (id, text) in file.sessions {
      guard var bytes = Data(base64Encoded: text), bytes.count == 32 else {
        throw SealError.damaged("the keyring holds a bad key for \(id)")
      }
      keyring.keys[id] = SymmetricKey(data: bytes)
      wipe(&bytes)
    }
    keyring.destroyed = Set(file.destroyed ?? [])
    keyring.removedSlots = Set(file.removedSlots ?? [])
    return keyring
  }

  /// The name bound into the keyring's sealed file.
  static let fileName = "keyring"
}

private struct KeyringFile: Decodable {
  var sessions: [String: String]
  /// Absent in keyrings written before sealed pods synced.
  var destroyed: [String]?
  var removedSlots: [String]?
}
