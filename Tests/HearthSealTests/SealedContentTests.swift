import Foundation
import Testing

@testable import HearthSeal

@Suite("Sealed journal lines, files and the keyring")
struct SealedContentTests {
  let keys = PodKeys.generate()
  let json = Array(#"{"at":"2026-11-27T19:00:00.000Z","n":3,"note":"custody lawyer"}"#.utf8)

  func sessionKey(_ id: String = "2026-11-27T1900-check-in") -> SessionKey {
    var keyring = Keyring()
    return keyring.makeKey(for: id)
  }

  @Test("A sealed line opens to its JSON at its sequence number, and shows none of it")
  func lineRoundTrip() throws {
    let key = sessionKey()
    let sealed = SealedLine.seal(json, sequence: 3, key: key)
    #expect(SealedLine.isSealed(sealed[...]))
    #expect(!sealed.contains(10))
    #expect(!String(decoding: sealed, as: UTF8.self).contains("custody"))
    #expect(try SealedLine.open(sealed[...], sequence: 3, key: key) == json)
  }

  @Test("A changed byte, a cut-off end or another sequence number fails to open")
  func tamperedLine() throws {
    let key = sessionKey()
    let sealed = SealedLine.seal(json, sequence: 3, key: key)
    var changed = sealed
    changed[20] = changed[20] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
    #expect(throws: SealError.self) { try SealedLine.open(changed[...], sequence: 3, key: key) }
    #expect(throws: SealError.self) {
      try SealedLine.open(sealed.dropLast(4), sequence: 3, key: key)
    }
    #expect(throws: SealError.self) { try SealedLine.open(sealed.prefix(9), sequence: 3, key: key) }
    #expect(throws: SealError.self) { try SealedLine.open(sealed[...], sequence: 4, key: key) }
    #expect(throws: SealError.self) { try SealedLine.open(json[...], sequence: 3, key: key) }
  }

  @Test("A line moved to another session fails, even under the same key material's keyring")
  func movedLine() throws {
    var keyring = Keyring()
    let first = keyring.makeKey(for: "2026-11-27T1900-check-in")
    let second = keyring.makeKey(for: "2026-12-04T1900-check-in")
    let sealed = SealedLine.seal(json, sequence: 3, key: first)
    #expect(throws: SealError.self) { try SealedLine.open(sealed[...], sequence: 3, key: second) }
    keyring.moveKey(from: "2026-11-27T1900-check-in", to: "2026-11-27T1900-renamed")
    let renamed = try #require(keyring.key(for: "2026-11-27T1900-renamed"))
    #expect(throws: SealError.self) { try SealedLine.open(sealed[...], sequence: 3, key: renamed) }
  }

  @Test("Sealing the same line again gives other bytes: a fresh nonce every time")
  func freshNonces() throws {
    let key = sessionKey()
    var seen = Set<[UInt8]>()
    var nonces = Set<[UInt8]>()
    for _ in 0..<200 {
      let sealed = SealedLine.seal(json, sequence: 1, key: key)
      seen.insert(sealed)
      let box = try #require(Data(base64Encoded: Data(sealed.dropFirst())))
      nonces.insert(Array(box.prefix(12)))
    }
    #expect(seen.count == 200)
    #expect(nonces.count == 200)
  }

  @Test("A sealed file round-trips under its own name and kind, and under no other")
  func fileRoundTrip() throws {
    let toml = Array("name = \"Tuesday Crew\"\nmembers = [\"Zebulon\"]\n".utf8)
    let sealed = SealedFile.seal(toml, name: "pod.toml", kind: .podFile, keys: keys)
    #expect(SealedFile.isSealed(sealed))
    #expect(!SealedFile.isSealed(toml))
    #expect(!String(decoding: sealed, as: UTF8.self).contains("Zebulon"))
    #expect(try SealedFile.open(sealed, name: "pod.toml", kind: .podFile, keys: keys) == toml)
    #expect(throws: SealError.self) {
      try SealedFile.open(sealed, name: "formats/check-in.toml", kind: .podFile, keys: keys)
    }
    #expect(throws: SealError.self) {
      try SealedFile.open(sealed, name: "pod.toml", kind: .index, keys: keys)
    }
    #expect(throws: SealError.self) {
      try SealedFile.open(sealed, name: "pod.toml", kind: .podFile, keys: PodKeys.generate())
    }
    #expect(throws: SealError.self) {
      try SealedFile.open(Array(sealed.dropLast()), name: "pod.toml", kind: .podFile, keys: keys)
    }
    var newer = sealed
    newer[SealedFile.magic.count] = UInt8(ascii: "7")
    #expect(throws: SealError.newerFormat(7)) {
      try SealedFile.open(newer, name: "pod.toml", kind: .podFile, keys: keys)
    }
  }

  @Test("The keyring round-trips; a removed session's key is gone and its lines stay shut")
  func keyringShreds() throws {
    var keyring = Keyring()
    let kept = keyring.makeKey(for: "2026-11-20T1900-check-in")
    let deleted = keyring.makeKey(for: "2026-11-27T1900-check-in")
    let keptLine = SealedLine.seal(json, sequence: 1, key: kept)
    let deletedLine = SealedLine.seal(json, sequence: 1, key: deleted)
    keyring.removeKey(for: "2026-11-27T1900-check-in")
    let file = keyring.sealed(with: keys)
    #expect(!String(decoding: file, as: UTF8.self).contains("2026-11-20"))
    let read = try Keyring.open(file, with: keys)
    #expect(read.sessionIDs == ["2026-11-20T1900-check-in"])
    let reread = try #require(read.key(for: "2026-11-20T1900-check-in"))
    #expect(try SealedLine.open(keptLine[...], sequence: 1, key: reread) == json)
    #expect(read.key(for: "2026-11-27T1900-check-in") == nil)
    var again = read
    let fresh = again.makeKey(for: "2026-11-27T1900-check-in")
    #expect(throws: SealError.self) {
      try SealedLine.open(deletedLine[...], sequence: 1, key: fresh)
    }
    #expect(throws: SealError.self) { try Keyring.open(file, with: PodKeys.generate()) }
  }
}
