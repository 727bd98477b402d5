import Foundation
import HearthCore

/// A row of a derived index that states its fields once, in `code(_:)`: the same statement
/// writes them (`IndexRowWriter`) and reads them back (`IndexRowReader`), so the two can never
/// disagree. Fields are tab-separated and escaped as the sessions index escapes them
/// (`ArchiveIndex.text`); a row's first field is its kind's letter.
protocol IndexRow {
  /// The letter the row's lines start with.
  static var mark: UInt8 { get }
  /// A row to read into.
  init()
  /// Passes each field, in order, to `coder`.
  mutating func code<Coder: IndexRowCoder>(_ coder: inout Coder)
}

/// What a row's fields go through: writing them out, or reading them in place.
protocol IndexRowCoder {
  mutating func text(_ value: inout String)
  mutating func number(_ value: inout Int64)
  /// Sixty-four bits, as sixteen hex digits.
  mutating func bits(_ value: inout UInt64)
  /// An optional text: empty when absent, else `=` and the text.
  mutating func optional(_ value: inout String?)
  mutating func date(_ value: inout Date)
  /// Key and value pairs, sorted by key.
  mutating func pairs(_ value: inout [String: String])
  /// Keys with lists of names, sorted by key.
  mutating func lists(_ value: inout [String: [String]])
}

/// Writes rows, each a line.
struct IndexRowWriter: IndexRowCoder {
  var out: [UInt8] = []

  /// Appends `row` as one line.
  mutating func append<Row: IndexRow>(_ row: Row) {
    var row = row
    out.append(Row.mark)
    row.code(&self)
    out.append(10)
  }

  mutating func text(_ value: inout String) {
    out.append(ArchiveIndex.tab)
    ArchiveIndex.text(value, &out)
  }

  mutating func number(_ value: inout Int64) {
    out.append(ArchiveIndex.tab)
    out.append(contentsOf: String(value).utf8)
  }

  mutating func bits(_ value: inout UInt64) {
    out.append(ArchiveIndex.tab)
    ArchiveIndex.hex64(value, &out)
  }

  mutating func optional(_ value: inout String?) {
    out.append(ArchiveIndex.tab)
    ArchiveIndex.marked(value, "=", &out)
  }

  mutating func date(_ value: inout Date) {
    var bits = value.timeIntervalSinceReferenceDate.bitPattern
    self.bits(&bits)
  }

  mutating func pairs(_ value: inout [String: String]) {
    out.append(ArchiveIndex.tab)
    ArchiveIndex.pairs(value, &out)
  }

  mutating func lists(_ value: inout [String: [String]]) {
    out.append(ArchiveIndex.tab)
    ArchiveIndex.lists(value, &out)
  }
}

/// Reads one line's fields into a row; `failed` once anything is out of place.
struct IndexRowReader: IndexRowCoder {
  private var fields: ArchiveIndex.Cut
  private(set) var failed = false

  /// The row on `line` (its mark included), or nil when the line is not one of them.
  static func row<Row: IndexRow>(_ line: UnsafeBufferPointer<UInt8>) -> Row? {
    var reader = IndexRowReader(fields: ArchiveIndex.Cut(line, at: ArchiveIndex.tab))
    guard let mark = reader.fields.next(), mark.count == 1, mark[0] == Row.mark else {
      return nil
    }
    var row = Row()
    row.code(&reader)
    return reader.failed || !reader.fields.isDone ? nil : row
  }

  /// Reads the next field into `value` with `parse`; failed when there is none or `parse`
  /// gives nil.
  private mutating func read<Value>(
    _ value: inout Value, _ parse: (UnsafeBufferPointer<UInt8>) -> Value?
  ) {
    guard !failed, let field = fields.next(), let read = parse(field) else {
      failed = true
      return
    }
    value = read
  }

  mutating func text(_ value: inout String) { read(&value, ArchiveIndex.text) }

  mutating func number(_ value: inout Int64) { read(&value, ArchiveIndex.integer) }

  mutating func bits(_ value: inout UInt64) { read(&value, ArchiveIndex.hexValue) }

  mutating func optional(_ value: inout String?) { read(&value) { ArchiveIndex.marked($0, "=") } }

  mutating func date(_ value: inout Date) {
    var bits: UInt64 = 0
    self.bits(&bits)
    value = ArchiveIndex.date(bits)
  }

  mutating func pairs(_ value: inout [String: String]) { read(&value, ArchiveIndex.pairs) }

  mutating func lists(_ value: inout [String: [String]]) { read(&value, ArchiveIndex.lists) }
}
