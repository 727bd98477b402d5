import Crypto
import Foundation

/// One journal line sealed on its own: `~` then base64 of nonce ‖ ciphertext ‖ tag of the line's
/// JSON, under the session's key, with associated data binding the session and the line's
/// sequence number. Each event stays one append and one fsync; a line moved to another place
/// or session fails to open.
public enum SealedLine {
  /// The first byte of a sealed line (a plain journal line begins with `{`).
  public static let marker = UInt8(ascii: "~")

  /// Whether `line` is sealed.
  public static func isSealed(_ line: ArraySlice<UInt8>) -> Bool { line.first == marker }

  /// `json` (one journal line, no newline) sealed as line `sequence` of the key's session;
  /// no newline either. A fresh nonce every time, so a rewrite never reuses one.
  public static func seal(_ json: [UInt8], sequence: Int, key: SessionKey) -> [UInt8] {
    let box = Box.seal(json, key: key.key, context: context(sequence, key))
    return [marker] + Array(Data(box).base64EncodedData())
  }

  /// The JSON of a sealed line expected to be line `sequence` of the key's session;
  /// `SealError.damaged` when it is cut off, changed or belongs elsewhere.
  public static func open(_ line: ArraySlice<UInt8>, sequence: Int, key: SessionKey) throws
    -> [UInt8]
  {
    guard isSealed(line) else { throw SealError.damaged("not a sealed line") }
    guard let box = Data(base64Encoded: Data(line.dropFirst())) else {
      throw SealError.damaged("a sealed line that is not base64")
    }
    do {
      return Array(try Box.open(box, key: key.key, context: context(sequence, key)))
    } catch {
      throw SealError.damaged(
        "line \(sequence) of \(key.sessionID) does not authenticate (changed, cut off or moved)")
    }
  }

  private static func context(_ sequence: Int, _ key: SessionKey) -> Context {
    Context("hearth journal line", "v\(PodKeys.formatVersion)", key.sessionID, String(sequence))
  }
}
