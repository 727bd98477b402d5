import Crypto
import CryptoExtras
import Foundation

/// The cost of turning a passphrase into a key with scrypt: N = 2^logN, r, p. Stored in each
/// key slot, so a slot made later may cost more; bounded when read, so a hostile slot cannot
/// make unlocking run for hours or take all memory.
public struct ScryptCost: Sendable, Equatable, Codable {
  public var logN: Int
  public var r: Int
  public var p: Int

  public init(logN: Int, r: Int, p: Int) {
    self.logN = logN
    self.r = r
    self.p = p
  }

  /// What new key slots use: N = 2^15, r = 8, p = 1 (32 MiB), about 0.1–0.2 s in a release
  /// build on this machine (docs/decisions/0050-sealed-pod-format.md).
  public static let standard = ScryptCost(logN: 15, r: 8, p: 1)

  /// The cheapest cost accepted: what tests use to stay fast. Never written by Hearth itself.
  public static let cheapest = ScryptCost(logN: 10, r: 8, p: 1)

  /// Whether a slot may ask for this cost: 2^10 ≤ N ≤ 2^20, 1 ≤ r ≤ 32, 1 ≤ p ≤ 4, at most
  /// 1 GiB of memory.
  public var isAccepted: Bool {
    (10...20).contains(logN) && (1...32).contains(r) && (1...4).contains(p)
      && memory <= 1 << 30
  }

  /// The memory scrypt needs: 128 · r · N · p bytes.
  var memory: Int { 128 * r * (1 << logN) * p }

  /// The 32-byte key scrypt derives from `passphrase` and `salt`.
  func key(from passphrase: Secret, salt: [UInt8]) throws -> SymmetricKey {
    guard isAccepted else {
      throw SealError.refused("scrypt parameters N=2^\(logN) r=\(r) p=\(p) are out of range")
    }
    guard !passphrase.isEmpty else { throw SealError.refused("the passphrase is empty") }
    return try passphrase.withBytes { bytes in
      do {
        return try KDF.Scrypt.deriveKey(
          from: bytes, salt: salt, outputByteCount: 32, rounds: 1 << logN, blockSize: r,
          parallelism: p)
      } catch {
        throw SealError.refused("scrypt failed: \(error)")
      }
    }
  }
}
