/// A recovery code: 150 random bits as 30 Crockford base32 characters in six groups of five
/// (`7KQ2M-…`), printed once by `keys add --recovery`. Typed back, case, spaces, dashes and the
/// look-alikes O/o (0) and I/i/L/l (1) do not matter.
public struct RecoveryCode: Sendable {
  /// Crockford's base32: digits and letters without I, L, O and U.
  static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
  static let length = 30
  static let groupLength = 5

  /// The code as printed: groups of five joined by dashes.
  public let text: String

  /// A new random code.
  public static func generate() -> RecoveryCode {
    var characters: [Character] = []
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<length {
      characters.append(alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))])
    }
    var groups: [String] = []
    var rest = characters[...]
    while !rest.isEmpty {
      groups.append(String(rest.prefix(groupLength)))
      rest = rest.dropFirst(groupLength)
    }
    return RecoveryCode(text: groups.joined(separator: "-"))
  }

  /// The canonical secret a recovery slot is sealed with.
  public var secret: Secret {
    // `text` is built from the alphabet, so it always reads back.
    Self.secret(typed: Array(text.utf8)) ?? Secret(text)
  }

  /// The canonical secret of what someone typed (its UTF-8 bytes, never copied into a
  /// string), when it reads as a recovery code: 30 characters of the alphabet once spaces and
  /// dashes are dropped, letters upper-cased and look-alikes mapped.
  public static func secret(typed: [UInt8]) -> Secret? {
    var canonical: [UInt8] = []
    // Never grown, so no copy of the code is left in freed memory.
    canonical.reserveCapacity(typed.count)
    for byte in typed {
      let upper = (97...122).contains(byte) ? byte - 32 : byte
      switch upper {
      case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"): continue
      case UInt8(ascii: "O"): canonical.append(UInt8(ascii: "0"))
      case UInt8(ascii: "I"), UInt8(ascii: "L"): canonical.append(UInt8(ascii: "1"))
      default:
        guard alphabetBytes.contains(upper) else {
          zero(&canonical)
          return nil
        }
        canonical.append(upper)
      }
    }
    guard canonical.count == length else {
      zero(&canonical)
      return nil
    }
    return Secret(bytes: canonical)
  }

  static let alphabetBytes = Set(alphabet.compactMap(\.asciiValue))
}
