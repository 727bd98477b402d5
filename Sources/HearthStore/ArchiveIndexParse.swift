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
    var fields = Cut(line, at: tab)
    /// Whether `field` is the checksum of the line before `start`.
    func sums(_ field: UnsafeBufferPointer<UInt8>?, before start: Int) -> Bool {
      guard let field, let sum = hexValue(field) else { return false }
      return sum == checksum(UnsafeBufferPointer(rebasing: line[..<start]))
    }
    guard let idField = fields.next(), let sizeField = fields.next(),
      let mtimeField = fields.next(), let formatField = fields.next(),
      let startedField = fields.next(), let endedField = fields.next(),
      let secondsField = fields.next(), let damagedField = fields.next(),
      let attendeesField = fields.next(), let rolesField = fields.next(),
      let declinedField = fields.next(), let airtimeField = fields.next()
    else { return nil }
    let summaryStart = fields.start
    guard sums(fields.next(), before: summaryStart) else { return nil }
    var actionFields: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)?
    if withActions {
      guard let writtenField = fields.next(), let reviewedField = fields.next() else { return nil }
      let sumStart = fields.start
      guard sums(fields.next(), before: sumStart), fields.isDone else { return nil }
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
    guard let damaged = marked(damagedField, "!") else { return nil }
    var attendees: [String] = []
    var ok = each(attendeesField) { name in
      guard let name = text(name) else { return false }
      attendees.append(name)
      return true
    }
    guard ok, let roles = pairs(rolesField), let declined = lists(declinedField) else {
      return nil
    }
    var airtime: [String: Double] = [:]
    ok =
      !withAirtime
      || each(airtimeField) { spoken in
        guard let (key, value) = halves(spoken), let name = text(key),
          let time = self.seconds(value)
        else { return false }
        airtime[name] = time
        return true
      }
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
        var parts = Cut(written, at: pair)
        guard let idPart = parts.next(), let textPart = parts.next(),
          let ownerPart = parts.next(), let timePart = parts.next(), parts.isDone,
          let actionID = text(idPart), let words = text(textPart), let time = hexValue(timePart)
        else { return false }
        guard let owner = marked(ownerPart, "=") else { return false }
        changes.written.append(
          OpenAction(id: actionID, text: words, owner: owner, session: id, written: date(time)))
        return true
      }
      && each(reviewedField) { reviewed in
        var parts = Cut(reviewed, at: pair)
        guard let idPart = parts.next(), let statusPart = parts.next(),
          let timePart = parts.next(), parts.isDone, let actionID = text(idPart),
          let name = text(statusPart), let status = ActionStatus(rawValue: name),
          let time = hexValue(timePart)
        else { return false }
        changes.reviewed.append(ActionOutcome(id: actionID, status: status, at: date(time)))
        return true
      }
    return ok ? changes : nil
  }

  /// An optional text as `marked(_:_:_:)` wrote it: `.some(nil)` when absent (empty), nil
  /// when the field is neither empty nor `mark` and a text.
  static func marked(_ field: UnsafeBufferPointer<UInt8>, _ mark: Unicode.Scalar) -> String?? {
    guard let first = field.first else { return .some(nil) }
    guard first == UInt8(ascii: mark),
      let text = text(UnsafeBufferPointer(rebasing: field.dropFirst()))
    else { return nil }
    return text
  }

  /// Key and value pairs as `pairs(_:_:)` wrote them; nil if any is wrong.
  static func pairs(_ field: UnsafeBufferPointer<UInt8>) -> [String: String]? {
    var read: [String: String] = [:]
    let ok = each(field) { item in
      guard let (key, value) = halves(item), let key = text(key), let value = text(value)
      else { return false }
      read[key] = value
      return true
    }
    return ok ? read : nil
  }

  /// Keys with lists of names as `lists(_:_:)` wrote them; nil if any is wrong.
  static func lists(_ field: UnsafeBufferPointer<UInt8>) -> [String: [String]]? {
    var read: [String: [String]] = [:]
    let ok = each(field) { item in
      var parts = Cut(item, at: pair)
      guard let first = parts.next(), let key = text(first) else { return false }
      var names: [String] = []
      while let part = parts.next() {
        guard let name = text(part) else { return false }
        names.append(name)
      }
      read[key] = names
      return true
    }
    return ok ? read : nil
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
    var items = Cut(field, at: item)
    while let next = items.next() {
      guard body(next) else { return false }
    }
    return true
  }

  /// The parts of some bytes between separators, taken one at a time without building an
  /// array: an empty text is one empty part.
  struct Cut {
    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8
    /// Where the next part starts; past the end once the last was taken.
    private(set) var start = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, at separator: UInt8) {
      self.bytes = bytes
      self.separator = separator
    }

    /// Whether every part was taken.
    var isDone: Bool { start > bytes.count }

    /// The next part; nil when every part was taken.
    mutating func next() -> UnsafeBufferPointer<UInt8>? {
      guard start <= bytes.count else { return nil }
      var end = bytes.count
      if let base = bytes.baseAddress, start < bytes.count,
        let found = memchr(base + start, Int32(separator), bytes.count - start)
      {
        end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      }
      defer { start = end + 1 }
      return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
  }

  /// A pair's two sides, split at its one part separator, without building an array: roles and
  /// airtime are read on every load.
  static func halves(
    _ pair: UnsafeBufferPointer<UInt8>
  ) -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)? {
    var parts = Cut(pair, at: Self.pair)
    guard let first = parts.next(), let second = parts.next(), parts.isDone else { return nil }
    return (first, second)
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
