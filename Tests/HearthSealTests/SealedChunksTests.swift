import Crypto
import Foundation
import Testing

@testable import HearthSeal

@Suite("A file sealed in chunks, and the keyring's copies of keys")
struct SealedChunksTests {
  let keys = PodKeys.generate()
  let chunks: [(label: [UInt8], body: [UInt8])] = [
    (Array("a\tb".utf8), Array("a Quillfeather\nb\n".utf8)),
    (Array("c\td".utf8), Array("c custody\nd\n".utf8)),
  ]

  func reader(_ file: [UInt8]) -> (Int, Int) -> [UInt8]? {
    { offset, count in
      offset >= 0 && offset <= file.count && count <= file.count - offset
        ? Array(file[offset..<offset + count]) : nil
    }
  }

  func sealed() -> [UInt8] {
    SealedChunks.seal(
      head: Array("hearth sessions index\t4".utf8), chunks: chunks, name: ".index/sessions.tsv",
      keys: keys)
  }

  @Test("Each chunk opens alone under its name, and the file shows none of its words")
  func roundTrip() throws {
    let file = sealed()
    #expect(SealedChunks.isChunked(file))
    for word in ["Quillfeather", "custody", "hearth sessions"] {
      #expect(!String(decoding: file, as: UTF8.self).contains(word))
    }
    let table = try SealedChunks.open(
      name: ".index/sessions.tsv", keys: keys, read: reader(file))
    #expect(table.head == Array("hearth sessions index\t4".utf8))
    #expect(table.labels == chunks.map(\.label))
    #expect(try Array(table.chunk(1, read: reader(file))) == chunks[1].body)
    #expect(try Array(table.chunk(0, read: reader(file))) == chunks[0].body)
    #expect(throws: SealError.self) {
      try SealedChunks.open(name: ".index/search.tsv", keys: keys, read: reader(file))
    }
    #expect(throws: SealError.self) {
      try SealedChunks.open(
        name: ".index/sessions.tsv", keys: PodKeys.generate(), read: reader(file))
    }
  }

  @Test("A chunk changed, cut off, or taken from another writing of the file does not open")
  func tampered() throws {
    let file = sealed()
    let table = try SealedChunks.open(
      name: ".index/sessions.tsv", keys: keys, read: reader(file))
    var changed = file
    changed[changed.count - 3] ^= 1
    #expect(throws: SealError.self) { try table.chunk(1, read: reader(changed)) }
    #expect(throws: SealError.self) { try table.chunk(1, read: reader(Array(file.dropLast(5)))) }
    // Another writing has another generation: its chunk does not open in this table's place.
    let other = sealed()
    let size = chunks[1].body.count + Box.overhead
    let spliced = Array(file.dropLast(size)) + other.suffix(size)
    #expect(try Array(table.chunk(0, read: reader(spliced))) == chunks[0].body)
    #expect(throws: SealError.self) { try table.chunk(1, read: reader(spliced)) }
    var header = file
    header[header.firstIndex(of: 10)! + 5] ^= 1
    #expect(throws: SealError.self) {
      try SealedChunks.open(name: ".index/sessions.tsv", keys: keys, read: reader(header))
    }
  }

  @Test("A hostile header (a huge, negative or missing length) is a damaged file, not a crash")
  func hostileHeader() {
    for line in ["9223372036854775807", "-5", "", "x", "1 2"] {
      let file = Array("HEARTH-SEALED-CHUNKS-1 \(line)\n".utf8) + Array(repeating: 7, count: 80)
      #expect(throws: SealError.self) {
        try SealedChunks.open(name: ".index/sessions.tsv", keys: keys, read: reader(file))
      }
    }
  }

  @Test("The keyring reads as it was written, and as earlier versions wrote it (\\/ escaped)")
  func keyringFormats() throws {
    var keyring = Keyring()
    var slashed: SessionKey
    repeat {
      keyring = Keyring()
      slashed = keyring.makeKey(for: "2026-11-27T1900-check-in")
    } while !slashed.key.withUnsafeBytes { Data($0).base64EncodedString().contains("/") }
    _ = keyring.makeKey(for: "2026-12-04T1900-check-in")
    let opened = try Keyring.open(keyring.sealed(with: keys), with: keys)
    #expect(opened.sessionIDs == keyring.sessionIDs)
    #expect(opened.key(for: "2026-11-27T1900-check-in")?.key == slashed.key)
    let text = slashed.key.withUnsafeBytes { Data($0).base64EncodedString() }
    let earlier =
      #"{"sessions":{"2026-11-27T1900-check-in":""#
      + text.replacingOccurrences(of: "/", with: #"\/"#) + #""}}"#
    let file = SealedFile.seal(
      Array(earlier.utf8), name: Keyring.fileName, key: keys.subkey(.keyring))
    #expect(
      try Keyring.open(file, with: keys).key(for: "2026-11-27T1900-check-in")?.key == slashed.key)
  }
}
