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
public struct Keyring: Sendable {
  private var keys: [String: SymmetricKey] = [:]

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

  /// Forgets session `id`'s key: whatever it sealed can no longer be opened.
  public mutating func removeKey(for id: String) { keys[id] = nil }

  /// Session `id`'s key now under `newID` (a renamed session, whose journal is sealed again).
  public mutating func moveKey(from id: String, to newID: String) {
    keys[newID] = keys[id]
    keys[id] = nil
  }

  /// The keyring as its file holds it, sealed under `keys`.
  public func sealed(with podKeys: PodKeys) -> [UInt8] {
    var entries: [String: String] = [:]
    for (id, key) in keys {
      entries[id] = key.withUnsafeBytes { Data($0).base64EncodedString() }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var plain = Array((try? encoder.encode(KeyringFile(sessions: entries))) ?? Data())
    defer { zero(&plain) }
    return SealedFile.seal(plain, name: Self.fileName, key: podKeys.subkey(.keyring))
  }

  /// Opens the keyring's file.
  public static func open(_ sealed: [UInt8], with podKeys: PodKeys) throws -> Keyring {
    var plain = try SealedFile.open(sealed, name: fileName, key: podKeys.subkey(.keyring))
    defer { zero(&plain) }
    guard let file = try? JSONDecoder().decode(KeyringFile.self, from: Data(plain)) else {
      throw SealError.damaged("the keyring does not read")
    }
    var keyring = Keyring()
    for (id, text) in file.sessions {
      guard let bytes = Data(base64Encoded: text), bytes.count == 32 else {
        throw SealError.damaged("the keyring holds a bad key for \(id)")
      }
      keyring.keys[id] = SymmetricKey(data: bytes)
    }
    return keyring
  }

  /// The name bound into the keyring's sealed file.
  static let fileName = "keyring"
}

private struct KeyringFile: Codable {
  var sessions: [String: String]
}
