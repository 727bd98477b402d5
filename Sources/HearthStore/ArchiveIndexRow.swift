import Foundation
import HearthCore

/// Writing one line of the index: the fields of an entry, escaped, with the checksum that
/// tells a damaged line on reading. The format is described on `ArchiveIndex`.
extension ArchiveIndex {
  static let tab: UInt8 = 9
  static let item: UInt8 = 0x1F
  static let pair: UInt8 = 0x1E
  static let backslash: UInt8 = 0x5C
  static let hex = Array("0123456789abcdef".utf8)

  static func append(_ entry: ArchiveEntry, key: Key, to out: inout [UInt8]) {
    let start = out.count
    text(entry.id, &out)
    out.append(tab)
    out.append(contentsOf: String(key.size).utf8)
    out.append(tab)
    out.append(contentsOf: String(key.mtime).utf8)
    out.append(tab)
    text(entry.format, &out)
    out.append(tab)
    bits(entry.started.timeIntervalSinceReferenceDate, &out)
    out.append(tab)
    if let ended = entry.ended { bits(ended.timeIntervalSinceReferenceDate, &out) }
    out.append(tab)
    seconds(entry.seconds, &out)
    out.append(tab)
    marked(entry.damaged, "!", &out)
    out.append(tab)
    list(entry.attendees, &out) { name, out in text(name, &out) }
    out.append(tab)
    pairs(entry.roles, &out)
    out.append(tab)
    lists(entry.declined, &out)
    out.append(tab)
    list(entry.airtime.sorted(by: { $0.key < $1.key }), &out) { spoken, out in
      text(spoken.key, &out)
      out.append(pair)
      seconds(spoken.value, &out)
    }
    out.append(tab)
    hex64(out[start...].withUnsafeBufferPointer { checksum($0) }, &out)
    out.append(tab)
    // Entries read without their actions are written back as their original lines, never here.
    let actions = entry.actions ?? ActionChanges()
    list(actions.written, &out) { action, out in
      text(action.id, &out)
      out.append(pair)
      text(action.text, &out)
      out.append(pair)
      marked(action.owner, "=", &out)
      out.append(pair)
      bits(action.written.timeIntervalSinceReferenceDate, &out)
    }
    out.append(tab)
    list(actions.reviewed, &out) { outcome, out in
      text(outcome.id, &out)
      out.append(pair)
      text(outcome.status.rawValue, &out)
      out.append(pair)
      bits(outcome.at.timeIntervalSinceReferenceDate, &out)
    }
    out.append(tab)
    let sum = out[start...].withUnsafeBufferPointer { checksum($0) }
    hex64(sum, &out)
    out.append(10)
  }

  /// Writes each of `items` with `write`, the item separator between them.
  static func list<Item>(
    _ items: [Item], _ out: inout [UInt8], _ write: (Item, inout [UInt8]) -> Void
  ) {
    for (n, element) in items.enumerated() {
      if n > 0 { out.append(item) }
      write(element, &out)
    }
  }

  /// Key and value pairs, sorted by key: each key, the part separator and its value.
  static func pairs(_ value: [String: String], _ out: inout [UInt8]) {
    list(value.sorted { $0.key < $1.key }, &out) { pair, out in
      text(pair.key, &out)
      out.append(Self.pair)
      text(pair.value, &out)
    }
  }

  /// Keys with lists of names, sorted by key: each key, then each name after a part separator.
  static func lists(_ value: [String: [String]], _ out: inout [UInt8]) {
    list(value.sorted { $0.key < $1.key }, &out) { list, out in
      text(list.key, &out)
      for name in list.value {
        out.append(pair)
        text(name, &out)
      }
    }
  }

  /// An optional text: nothing when absent, else `mark` and the text (an empty text is not
  /// an absent one).
  static func marked(_ value: String?, _ mark: Unicode.Scalar, _ out: inout [UInt8]) {
    guard let value else { return }
    out.append(UInt8(ascii: mark))
    text(value, &out)
  }

  static func text(_ string: String, _ out: inout [UInt8]) {
    for byte in string.utf8 {
      if byte < 0x20 || byte == backslash {
        out.append(backslash)
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 15)])
      } else {
        out.append(byte)
      }
    }
  }

  static func bits(_ value: Double, _ out: inout [UInt8]) { hex64(value.bitPattern, &out) }

  static func hex64(_ value: UInt64, _ out: inout [UInt8]) {
    for shift in stride(from: 60, through: 0, by: -4) { out.append(hex[Int(value >> shift & 15)]) }
  }

  /// Whole tenths when that is exact (as reports round them), else `~` and the bits.
  static func seconds(_ value: Double, _ out: inout [UInt8]) {
    let tenths = (value * 10).rounded()
    if abs(tenths) < 1e15, Double(Int64(tenths)) / 10 == value {
      out.append(contentsOf: String(Int64(tenths)).utf8)
    } else {
      out.append(UInt8(ascii: "~"))
      bits(value, &out)
    }
  }

  /// 64-bit FNV-1a.
  static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
