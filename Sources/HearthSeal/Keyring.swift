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

  /// The keyring as its file holds it, sealed under `keys`: `{"sessions":{ID:base64 key}}`,
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
    plain += Array("}}".utf8)
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
    return keyring
  }

  /// The name bound into the keyring's sealed file.
  static let fileName = "keyring"
}

private struct KeyringFile: Decodable {
  var sessions: [String: String]
}
