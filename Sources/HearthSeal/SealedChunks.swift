import Crypto
import Foundation

/// A large derived file (the sessions index) sealed in chunks, so that a reader opens only the
/// chunks it needs: the line `HEARTH-SEALED-CHUNKS-1 LENGTH`, then the sealed table (LENGTH
/// bytes), then each chunk sealed on its own, back to back. The table holds a random
/// generation, the file's head (its first line) and each chunk's sealed length and label (what
/// the writer says it holds, such as its first and last id). Each chunk's associated data binds
/// the file's name, the generation and the chunk's place: a chunk moved, dropped, cut or taken
/// from another writing of the file does not open.
public struct SealedChunks {
  /// The file's first line, as written.
  public let head: [UInt8]
  /// Each chunk's label, in order.
  public let labels: [[UInt8]]
  private let generation: String
  /// Where each sealed chunk lies in the file.
  private let places: [Range<Int>]
  private let name: String
  private let key: SymmetricKey

  static let magic = Array("HEARTH-SEALED-CHUNKS-".utf8)

  /// The longest first line read: the magic, a version and a length.
  static let longestHeader = 64

  /// The file holding `head` and `chunks` (each body with its label), sealed as the file
  /// `name` (its path within the pod) under the index subkey of `keys`.
  public static func seal(
    head: [UInt8], chunks: [(label: [UInt8], body: [UInt8])], name: String, keys: PodKeys
  ) -> [UInt8] {
    let key = keys.subkey(.index)
    let generation = hex(randomBytes(16))
    var table = Array(generation.utf8) + [10] + Array(hex(head).utf8) + [10]
    var sealed: [UInt8] = []
    for (place, chunk) in chunks.enumerated() {
      let box = Box.seal(chunk.body, key: key, context: chunkContext(name, generation, place))
      table += Array("\(box.count)\t\(hex(chunk.label))\n".utf8)
      sealed += box
    }
    let box = Box.seal(table, key: key, context: tableContext(name))
    return Array(
      "\(String(decoding: magic, as: UTF8.self))\(PodKeys.formatVersion) \(box.count)\n".utf8)
      + box + sealed
  }

  /// Whether `prefix` (a file's first bytes) begins as a file sealed in chunks.
  public static func isChunked(_ prefix: [UInt8]) -> Bool { prefix.starts(with: magic) }

  /// The table of the file `name`, read through `read(offset, count)` (nil when the file is
  /// shorter); `SealError` when it is not such a file, does not open, or is from a newer Hearth.
  public static func open(
    name: String, keys: PodKeys, read: (Int, Int) -> [UInt8]?
  ) throws -> SealedChunks {
    guard let start = read(0, longestHeader), isChunked(start),
      let newline = start.firstIndex(of: 10)
    else { throw SealError.damaged("not a file sealed in chunks") }
    let fields = String(decoding: start[magic.count..<newline], as: UTF8.self)
      .split(separator: " ")
    guard fields.count == 2, let version = Int(fields[0]), let length = Int(fields[1]),
      length >= Box.overhead
    else { throw SealError.damaged("not a file sealed in chunks") }
    guard version <= PodKeys.formatVersion else { throw SealError.newerFormat(version) }
    let key = keys.subkey(.index)
    guard let sealedTable = read(newline + 1, length) else {
      throw SealError.damaged("the table of chunks is cut off")
    }
    let table = Array(try Box.open(sealedTable, key: key, context: tableContext(name)))
    let lines = table.split(separator: 10, omittingEmptySubsequences: false)
    guard lines.count >= 3, lines.last?.isEmpty == true, let head = unhex(lines[1]) else {
      throw SealError.damaged("the table of chunks does not read")
    }
    var labels: [[UInt8]] = []
    var places: [Range<Int>] = []
    var offset = newline + 1 + length
    for line in lines.dropFirst(2).dropLast() {
      let parts = line.split(separator: 9, omittingEmptySubsequences: false)
      guard parts.count == 2, let size = Int(String(decoding: parts[0], as: UTF8.self)),
        size >= Box.overhead, let label = unhex(parts[1])
      else { throw SealError.damaged("the table of chunks does not read") }
      labels.append(label)
      places.append(offset..<offset + size)
      offset += size
    }
    return SealedChunks(
      head: head, labels: labels, generation: String(decoding: lines[0], as: UTF8.self),
      places: places, name: name, key: key)
  }

  /// The body of chunk `place`, read through `read`; `SealError.damaged` when it is cut off or
  /// does not open.
  public func chunk(_ place: Int, read: (Int, Int) -> [UInt8]?) throws -> Data {
    let range = places[place]
    guard let sealed = read(range.lowerBound, range.count) else {
      throw SealError.damaged("chunk \(place) is cut off")
    }
    return try Box.open(
      sealed, key: key, context: Self.chunkContext(name, generation, place))
  }

  private static func tableContext(_ name: String) -> Context {
    Context("hearth sealed chunks table", "v\(PodKeys.formatVersion)", name)
  }

  private static func chunkContext(_ name: String, _ generation: String, _ place: Int)
    -> Context
  {
    Context(
      "hearth sealed chunk", "v\(PodKeys.formatVersion)", name, generation, String(place))
  }

  private static let digits = Array("0123456789abcdef".utf8)

  private static func hex(_ bytes: [UInt8]) -> String {
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 15)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  private static func unhex(_ text: ArraySlice<UInt8>) -> [UInt8]? {
    guard text.count % 2 == 0 else { return nil }
    func value(_ digit: UInt8) -> UInt8? {
      switch digit {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
      default: return nil
      }
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.count / 2)
    var position = text.startIndex
    while position < text.endIndex {
      guard let high = value(text[position]), let low = value(text[position + 1]) else {
        return nil
      }
      bytes.append(high << 4 | low)
      position += 2
    }
    return bytes
  }
}
