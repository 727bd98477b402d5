import Crypto
import Foundation

/// A file sealed whole (pod.toml, a format, a derived index, the keyring): a header naming the
/// format version, then nonce ‖ ciphertext ‖ tag. The associated data binds the file's name
/// within the pod, so one sealed file cannot stand in for another.
public enum SealedFile {
  static let magic = Array("HEARTH-SEALED-".utf8)

  /// What a sealed pod file is: the subkey that seals it.
  public enum Kind: Sendable {
    /// pod.toml and formats/*.toml.
    case podFile
    /// The derived indexes in `.index/`.
    case index

    var purpose: PodKeys.Purpose {
      switch self {
      case .podFile: return .podFiles
      case .index: return .index
      }
    }
  }

  /// `plain` sealed as the file `name` (its path within the pod, e.g. `pod.toml`).
  public static func seal(_ plain: [UInt8], name: String, kind: Kind, keys: PodKeys) -> [UInt8] {
    seal(plain, name: name, key: keys.subkey(kind.purpose))
  }

  /// The plain bytes of the sealed file `name`; `SealError` when it was changed, cut off, moved
  /// from another name, or sealed by a newer Hearth.
  public static func open(_ sealed: [UInt8], name: String, kind: Kind, keys: PodKeys) throws
    -> [UInt8]
  {
    try open(sealed, name: name, key: keys.subkey(kind.purpose))
  }

  /// `open(_:name:kind:keys:)` for a file read as Data, giving Data: no copy of a large file
  /// is made on the way.
  public static func open(data sealed: Data, name: String, kind: Kind, keys: PodKeys) throws
    -> Data
  {
    guard sealed.starts(with: magic), let newline = sealed.firstIndex(of: 10) else {
      throw SealError.damaged("not a sealed file")
    }
    try checkVersion(sealed[sealed.startIndex + magic.count..<newline])
    return try Box.open(
      sealed[(newline + 1)...], key: keys.subkey(kind.purpose), context: context(name))
  }

  /// Whether `bytes` begin as a sealed file does (a plain TOML or TSV file never does).
  public static func isSealed(_ bytes: some Sequence<UInt8>) -> Bool { bytes.starts(with: magic) }

  static func seal(_ plain: [UInt8], name: String, key: SymmetricKey) -> [UInt8] {
    magic + Array("\(PodKeys.formatVersion)\n".utf8)
      + Box.seal(plain, key: key, context: context(name))
  }

  static func open(_ sealed: [UInt8], name: String, key: SymmetricKey) throws -> [UInt8] {
    guard isSealed(sealed), let newline = sealed.firstIndex(of: 10) else {
      throw SealError.damaged("not a sealed file")
    }
    try checkVersion(sealed[magic.count..<newline])
    return Array(try Box.open(sealed[(newline + 1)...], key: key, context: context(name)))
  }

  /// The header's version digits: a sealed file from a newer Hearth is said to be one.
  private static func checkVersion(_ digits: some Collection<UInt8>) throws {
    guard let version = Int(String(decoding: digits, as: UTF8.self)) else {
      throw SealError.damaged("not a sealed file")
    }
    guard version <= PodKeys.formatVersion else { throw SealError.newerFormat(version) }
  }

  private static func context(_ name: String) -> Context {
    Context("hearth sealed file", "v\(PodKeys.formatVersion)", name)
  }
}
