import Crypto
import Foundation

/// Authenticated encryption of one message: ChaChaPoly with a fresh random 12-byte nonce,
/// stored as nonce ‖ ciphertext ‖ tag, bound to a context (the associated data) that says where
/// the message belongs. Every sealed thing of a pod goes through here.
enum Box {
  /// Bytes a sealed message adds to its plain text: a 12-byte nonce and a 16-byte tag.
  static let overhead = 28

  static func seal(_ plain: some DataProtocol, key: SymmetricKey, context: Context) -> [UInt8] {
    do {
      let box = try ChaChaPoly.seal(
        plain, using: key, nonce: ChaChaPoly.Nonce(), authenticating: context.bytes)
      return Array(box.combined)
    } catch {
      // ChaChaPoly fails only for a key that is not 32 bytes, which no caller builds.
      preconditionFailure("ChaChaPoly refused a 32-byte key: \(error)")
    }
  }

  /// Opens what `seal` made; throws `SealError.damaged` when it was changed, cut or moved.
  /// Returns the Data swift-crypto made, uncopied (an 8 MB index is not copied again).
  static func open(_ sealed: some DataProtocol, key: SymmetricKey, context: Context) throws
    -> Data
  {
    guard sealed.count >= overhead else { throw SealError.damaged("too short to be sealed") }
    do {
      let box = try ChaChaPoly.SealedBox(combined: sealed)
      return try ChaChaPoly.open(box, using: key, authenticating: context.bytes)
    } catch {
      throw SealError.damaged("does not authenticate (changed, cut off or moved)")
    }
  }
}

/// Associated data: a domain string and the fields binding a sealed message to its place,
/// each prefixed by its length so that no two different lists give the same bytes.
struct Context {
  let bytes: [UInt8]

  init(_ domain: String, _ fields: String...) {
    var bytes: [UInt8] = []
    for part in [domain] + fields {
      let utf8 = Array(part.utf8)
      withUnsafeBytes(of: UInt32(utf8.count).bigEndian) { bytes.append(contentsOf: $0) }
      bytes += utf8
    }
    self.bytes = bytes
  }
}

/// Random bytes from the system's generator (what swift-crypto's keys use).
func randomBytes(_ count: Int) -> [UInt8] {
  SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { Array($0) }
}
