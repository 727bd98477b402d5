import Foundation
import HearthCore

/// Reading one line of the index back, without building arrays for what most readers skip:
/// a line whose checksum, fields or escapes are wrong is nil, and read again from its journal.
extension ArchiveIndex {
  /// One line's key and entry (with its actions only when `actions` is set, its airtime only
  /// when `airtime` is); nil if anything about what is read is wrong. `id`, when given, is the
  /// id the line was found by: its text is used rather than a copy.
  static func parse(
    _ line: UnsafeBufferPointer<UInt8>, id known: String? = nil, actions withActions: Bool = true,
    airtime withAirtime: Bool = true
  ) -> (Key, ArchiveEntry)? {
    // Sixteen fields, cut without building arrays; without the actions only the first thirteen
    // are read, and checked by the summary checksum alone.
    var cursor = 0
    func field() -> UnsafeBufferPointer<UInt8>? {
      guard cursor <= line.count else { return nil }
      let rest = UnsafeBufferPointer(rebasing: line[cursor...])
      let end = cursor + (rest.firstIndex(of: tab) ?? rest.count)
      defer { cursor = end + 1 }
      return UnsafeBufferPointer(rebasing: line[cursor..<end])
    }
    /// Whether `field` is the checksum of the line before `start`.
    func sums(_ field: UnsafeBufferPointer<UInt8>?, before start: Int) -> Bool {
      guard let field, let sum = hexValue(field) else { return false }
      return sum == checksum(UnsafeBufferPointer(rebasing: line[..<start]))
    }
    guard let idField = field(), let sizeField = field(), let mtimeField = field(),
      let formatField = field(), let startedField = field(), let endedField = field(),
      let secondsField = field(), let damagedField = field(), let attendeesField = field(),
      let rolesField = field(), let declinedField = field(), let airtimeField = field()
    else { return nil }
    let summaryStart = cursor
    guard sums(field(), before: summaryStart) else { return nil }
    var actionFields: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)?
    if withActions {
      guard let writtenField = field(), let reviewedField = field() else { return nil }
      let sumStart = cursor
      guard sums(field(), before: sumStart), cursor == line.count + 1 else { return nil }
      actionFields = (writtenField, reviewedField)
    }
    guard let id = known ?? text(idField), !id.isEmpty,
      let size = integer(sizeField), let mtime = integer(mtimeField),
      let format = text(formatField), let started = hexValue(startedField),
      let seconds = seconds(secondsField)
    else { return nil }
    var ended: Date?
    if !endedField.isEmpty {
      guard let bits = hexValue(endedField) else { return nil }
      ended = date(bits)
    }
    var damaged: String?
    if let mark = damagedField.first {
      guard mark == UInt8(ascii: "!"),
        let reason = text(UnsafeBufferPointer(rebasing: damagedField.dropFirst()))
      else { return nil }
      damaged = reason
    }
    var attendees: [String] = []
    var ok = each(attendeesField) { name in
      guard let name = text(name) else { return false }
      attendees.append(name)
      return true
    }
    var roles: [String: String] = [:]
    ok =
      ok
      && each(rolesField) { role in
        guard let (key, value) = halves(role), let role = text(key), let name = text(value)
        else { return false }
        roles[role] = name
        return true
      }
    var declined: [String: [String]] = [:]
    ok =
      ok
      && each(declinedField) { item in
        let texts = parts(of: item).map(text)
        guard let first = texts.first, let role = first else { return false }
        var names: [String] = []
        for name in texts.dropFirst() {
          guard let name else { return false }
          names.append(name)
        }
        declined[role] = names
        return true
      }
    var airtime: [String: Double] = [:]
    ok =
      ok
      && (!withAirtime
        || each(airtimeField) { spoken in
          guard let (key, value) = halves(spoken), let name = text(key),
            let time = self.seconds(value)
          else { return false }
          airtime[name] = time
          return true
        })
    guard ok else { return nil }
    var actions: ActionChanges?
    if let (writtenField, reviewedField) = actionFields {
      guard let changes = Self.actions(written: writtenField, reviewed: reviewedField, of: id)
      else { return nil }
      actions = changes
    }
    let entry = ArchiveEntry(
      id: id, format: format,
      started: date(started), ended: ended,
      attendees: attendees, seconds: seconds, roles: roles, declined: declined,
      airtime: airtime, damaged: damaged, actions: actions)
    return (Key(size: size, mtime: mtime), entry)
  }

  /// The actions written and reviewed in a session, from their two fields; nil if either is
  /// wrong.
  static func actions(
    written writtenField: UnsafeBufferPointer<UInt8>,
    reviewed reviewedField: UnsafeBufferPointer<UInt8>, of id: String
  ) -> ActionChanges? {
    var changes = ActionChanges()
    let ok =
      each(writtenField) { written in
        guard let parts = split(written, into: 4), let actionID = text(parts[0]),
          let words = text(parts[1]), let time = hexValue(parts[3])
        else { return false }
        var owner: String?
        if let mark = parts[2].first {
          guard mark == UInt8(ascii: "="),
            let name = text(UnsafeBufferPointer(rebasing: parts[2].dropFirst()))
          else { return false }
          owner = name
        }
        changes.written.append(
          OpenAction(id: actionID, text: words, owner: owner, session: id, written: date(time)))
        return true
      }
      && each(reviewedField) { reviewed in
        guard let parts = split(reviewed, into: 3), let actionID = text(parts[0]),
          let name = text(parts[1]), let status = ActionStatus(rawValue: name),
          let time = hexValue(parts[2])
        else { return false }
        changes.reviewed.append(ActionOutcome(id: actionID, status: status, at: date(time)))
        return true
      }
    return ok ? changes : nil
  }

  /// The date whose Double has the bits `bits`, as `bits(_:_:)` wrote it.
  static func date(_ bits: UInt64) -> Date {
    Date(timeIntervalSinceReferenceDate: Double(bitPattern: bits))
  }

  /// Calls `body` with each item of a list field, until it returns false; false if it did.
  static func each(
    _ field: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Bool {
    guard !field.isEmpty else { return true }
    var start = 0
    for position in 0...field.count where position == field.count || field[position] == item {
      guard body(UnsafeBufferPointer(rebasing: field[start..<position])) else { return false }
      start = position + 1
    }
    return true
  }

  /// An item's `count` parts, split at its part separators; nil when it has another number.
  static func split(
    _ item: UnsafeBufferPointer<UInt8>, into count: Int
  ) -> [UnsafeBufferPointer<UInt8>]? {
    let found = parts(of: item)
    return found.count == count ? found : nil
  }

  /// A pair's two sides, split at its one part separator, without building an array: roles and
  /// airtime are read on every load.
  static func halves(
    _ pair: UnsafeBufferPointer<UInt8>
  ) -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)? {
    guard let middle = pair.firstIndex(of: Self.pair),
      !pair[(middle + 1)...].contains(Self.pair)
    else { return nil }
    return (
      UnsafeBufferPointer(rebasing: pair[..<middle]),
      UnsafeBufferPointer(rebasing: pair[(middle + 1)...])
    )
  }

  /// An item's parts, split at its part separators.
  static func parts(of item: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
    var parts: [UnsafeBufferPointer<UInt8>] = []
    var start = 0
    for position in 0...item.count where position == item.count || item[position] == pair {
      parts.append(UnsafeBufferPointer(rebasing: item[start..<position]))
      start = position + 1
    }
    return parts
  }

  static func text(_ field: UnsafeBufferPointer<UInt8>) -> String? {
    guard field.contains(backslash) else { return String(decoding: field, as: UTF8.self) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(field.count)
    var position = 0
    while position < field.count {
      let byte = field[position]
      if byte == backslash {
        guard position + 2 < field.count, let high = digit(field[position + 1]),
          let low = digit(field[position + 2])
        else { return nil }
        bytes.append(UInt8(high << 4 | low))
        position += 3
      } else {
        bytes.append(byte)
        position += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func digit(_ byte: UInt8) -> UInt64? {
    switch byte {
    case 48...57: UInt64(byte - 48)
    case 97...102: UInt64(byte - 87)
    default: nil
    }
  }

  static func hexValue(_ field: UnsafeBufferPointer<UInt8>) -> UInt64? {
    guard field.count == 16 else { return nil }
    var value: UInt64 = 0
    for byte in field {
      guard let d = digit(byte) else { return nil }
      value = value << 4 | d
    }
    return value
  }

  static func integer(_ field: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard !field.isEmpty, field.count <= 19 else { return nil }
    var negative = false
    var value: Int64 = 0
    for (n, byte) in field.enumerated() {
      if n == 0, byte == UInt8(ascii: "-"), field.count > 1 {
        negative = true
        continue
      }
      guard byte >= 48, byte <= 57 else { return nil }
      value = value * 10 + Int64(byte - 48)
    }
    return negative ? -value : value
  }

  static func seconds(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
    if field.first == UInt8(ascii: "~") {
      return hexValue(UnsafeBufferPointer(rebasing: field.dropFirst())).map(
        Double.init(bitPattern:))
    }
    return integer(field).map { Double($0) / 10 }
  }
}
