import Foundation
import HearthCore
import TOMLKit

/// A parsed TOML file that remembers where each key was written, so every complaint about a
/// value names its file, line and column.
public struct TOMLDocument {
  public let path: String
  let root: TOMLTable
  private let positions: [String: (line: Int, column: Int)]

  /// Parses `text`; a syntax error is a positioned `StoreError`, and so is anything the parser
  /// would abort on (see `TOMLGate`).
  public init(text: String, path: String) throws {
    self.path = path
    if let problem = TOMLGate.problem(in: text) {
      throw StoreError(
        path: path, line: problem.line, column: problem.column, message: problem.message)
    }
    do {
      root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw StoreError(
        path: path, line: error.source.begin.line, column: error.source.begin.column,
        message: error.description)
    }
    positions = KeyLocator.positions(in: text)
  }

  /// The reader of the whole document.
  public var top: TOMLReader { TOMLReader(document: self, table: root, path: []) }

  /// An error at the place `keyPath` was written (or the nearest enclosing place found).
  public func error(at keyPath: [String], _ message: String) -> StoreError {
    var path = keyPath
    while !path.isEmpty {
      if let place = positions[path.joined(separator: ".")] {
        return StoreError(path: self.path, line: place.line, column: place.column, message: message)
      }
      path.removeLast()
    }
    return StoreError(path: self.path, line: 1, column: 1, message: message)
  }
}

/// Reads one table of a document, with typed accessors that fail with positioned errors.
public struct TOMLReader {
  public let document: TOMLDocument
  let table: TOMLTable
  /// The key path of this table, array items written as `#N`.
  public let path: [String]

  /// Fails on any key not in `allowed`, suggesting the nearest allowed one.
  public func rejectUnknownKeys(allowed: [String]) throws {
    for key in table.keys where !allowed.contains(key) {
      throw document.error(
        at: path + [key],
        "unknown key '\(key)'"
          + (Self.suggestion(for: key, among: allowed)
            ?? "; expected one of: \(allowed.joined(separator: ", "))"))
    }
  }

  /// ` (did you mean 'x'?)` when one of `candidates` is a likely typo of `word`.
  public static func suggestion(for word: String, among candidates: [String]) -> String? {
    candidates.min { distance(word, $0) < distance(word, $1) }.flatMap {
      distance(word, $0) <= 2 ? " (did you mean '\($0)'?)" : nil
    }
  }

  public func has(_ key: String) -> Bool { table[key] != nil }

  /// The table's keys, sorted.
  public var keys: [String] { table.keys.sorted() }

  /// Whether `key` holds a table (`[a.key]` or `key = { … }`).
  public func isTable(_ key: String) -> Bool { table[key]?.table != nil }

  /// The table at `key`, if there is one.
  public func table(_ key: String) throws -> TOMLReader? {
    guard let value = table[key] else { return nil }
    guard let inner = value.table else { throw wrongType(key, "a table", value) }
    return TOMLReader(document: document, table: inner, path: path + [key])
  }

  /// A value that may be written as text or as a whole number.
  public enum TextOrNumber: Equatable, Sendable {
    case text(String)
    case number(Int)
  }

  /// The text or whole number at `key`; `expected` says what it should be when it is neither.
  public func textOrNumber(_ key: String, expected: String) throws -> TextOrNumber? {
    guard let value = table[key] else { return nil }
    if let text = value.string { return .text(text) }
    if let number = value.int { return .number(number) }
    throw wrongType(key, expected, value)
  }

  public func string(_ key: String) throws -> String? {
    guard let value = table[key] else { return nil }
    guard let string = value.string else { throw wrongType(key, "a string", value) }
    return string
  }

  public func requiredString(_ key: String) throws -> String {
    guard let value = try string(key) else {
      throw document.error(at: path, "missing '\(key)' (a string)")
    }
    return value
  }

  public func int(_ key: String) throws -> Int? {
    guard let value = table[key] else { return nil }
    guard let int = value.int else { throw wrongType(key, "a whole number", value) }
    return int
  }

  public func bool(_ key: String) throws -> Bool? {
    guard let value = table[key] else { return nil }
    guard let bool = value.bool else { throw wrongType(key, "true or false", value) }
    return bool
  }

  public func strings(_ key: String) throws -> [String]? {
    guard let value = table[key] else { return nil }
    guard let array = value.array else { throw wrongType(key, "a list of strings", value) }
    return try array.enumerated().map { index, element in
      guard let string = element.string else {
        throw error(
          key, "'\(key)' must be a list of strings; item \(index + 1) is \(describe(element.type))")
      }
      return string
    }
  }

  /// A duration from 1 second to 24 hours, written as text (`"2m"`, `"90s"`, `"1h30m"`) or a
  /// whole number of seconds.
  public func duration(_ key: String) throws -> Int? {
    let seconds: Int
    if let number = try? int(key) {
      seconds = number
    } else if let text = try string(key) {
      do {
        seconds = try DurationText.seconds(in: text)
      } catch {
        throw self.error(key, "'\(key)': \(error.message)")
      }
    } else {
      return nil
    }
    if let problem = Bounds.durationProblem(seconds) {
      throw self.error(key, "'\(key)' \(problem)")
    }
    return seconds
  }

  /// A whole number from `range`, which `what` names in the error (`"sessions"`).
  public func int(_ key: String, in range: ClosedRange<Int>, _ what: String) throws -> Int? {
    guard let value = try int(key) else { return nil }
    guard range.contains(value) else {
      throw error(
        key,
        "'\(key)' must be from \(range.lowerBound) to \(range.upperBound) \(what), not \(value)")
    }
    return value
  }

  /// The tables of an array of tables (`[[key]]`).
  public func tables(_ key: String) throws -> [TOMLReader] {
    guard let value = table[key] else { return [] }
    guard let array = value.array else {
      throw wrongType(key, "a list of tables ([[\(key)]])", value)
    }
    return try array.enumerated().map { index, element in
      guard let table = element.table else {
        throw wrongType(key, "a list of tables ([[\(key)]])", value)
      }
      return TOMLReader(document: document, table: table, path: path + [key, "#\(index)"])
    }
  }

  /// An error at `key` of this table.
  public func error(_ key: String?, _ message: String) -> StoreError {
    document.error(at: path + (key.map { [$0] } ?? []), message)
  }

  private func wrongType(_ key: String, _ expected: String, _ value: TOMLValueConvertible)
    -> StoreError
  {
    error(key, "'\(key)' must be \(expected), not \(describe(value.type))")
  }

  private func describe(_ type: TOMLType) -> String {
    switch type {
    case .string: "a string"
    case .int: "a number"
    case .double: "a decimal number"
    case .bool: "true/false"
    case .array: "a list"
    case .table: "a table"
    default: "a date or time"
    }
  }

  /// Edit distance, for "did you mean" hints.
  private static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in 1...max(1, b.count) where !b.isEmpty {
        let current = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return row[b.count]
  }
}

/// Finds where each key of a TOML text is written: `members.#1.name` → line 9, column 1.
/// Columns count Unicode scalars; every pass is linear, so a 1 MB value costs milliseconds.
enum KeyLocator {
  typealias Scalars = Substring.UnicodeScalarView

  static func positions(in text: String) -> [String: (line: Int, column: Int)] {
    var positions: [String: (line: Int, column: Int)] = [:]
    var table: [String] = []
    var arrayCounts: [String: Int] = [:]
    var depth = 0
    let lines = Substring(text).unicodeScalars.split(
      separator: "\n", omittingEmptySubsequences: false)
    for (number, whole) in lines.enumerated() {
      let line = whole.last == "\r" ? whole.dropLast() : whole
      let indent = line.prefix { $0 == " " || $0 == "\t" }.count
      let body = line.dropFirst(indent)
      if depth > 0 {
        depth += bracketBalance(body)
        continue
      }
      if body.starts(with: "[[".unicodeScalars) {
        let name = string(body.dropFirst(2).prefix { $0 != "]" }).trimmingCharacters(
          in: .whitespaces)
        let index = arrayCounts[name, default: 0]
        arrayCounts[name] = index + 1
        table = name.split(separator: ".").map(String.init) + ["#\(index)"]
        positions[table.joined(separator: ".")] = (number + 1, indent + 1)
      } else if body.first == "[" {
        let name = string(body.dropFirst().prefix { $0 != "]" }).trimmingCharacters(
          in: .whitespaces)
        table = name.split(separator: ".").map(String.init)
        positions[table.joined(separator: ".")] = (number + 1, indent + 1)
      } else if let equals = body.firstIndex(of: "="), body.first != "#" {
        let key = keyPath(body[..<equals])
        positions[(table + key).joined(separator: ".")] = (number + 1, indent + 1)
        let value = body[body.index(after: equals)...]
        let inline = inlineKeys(value)
        if !inline.isEmpty {
          let offset = line.distance(from: line.startIndex, to: value.startIndex)
          for (inner, column) in inline {
            positions[(table + key + inner).joined(separator: ".")] = (number + 1, offset + column)
          }
        }
        depth = max(0, bracketBalance(value))
      }
    }
    return positions
  }

  private static func string(_ scalars: Scalars) -> String { String(Substring(scalars)) }

  /// `a."b c".d` as its parts, quotes and spaces trimmed.
  private static func keyPath(_ scalars: Scalars) -> [String] {
    string(scalars).trimmingCharacters(in: .whitespaces).split(separator: ".").map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"' \t"))
    }
  }

  /// The keys of inline tables in a value, `{ fg = "red", attrs = ["bold"] }`, with their
  /// columns (from 1) within `value`; nested tables give longer paths. One pass: the column is
  /// counted along, never measured from the start.
  private static func inlineKeys(_ value: Scalars) -> [([String], Int)] {
    var found: [([String], Int)] = []
    var tables: [[String]] = []
    var arrays = 0
    var last: [String] = []
    var expectingKey = false
    var quote: Unicode.Scalar?
    var index = value.startIndex
    var column = 1
    while index < value.endIndex {
      let character = value[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if expectingKey, !character.properties.isWhitespace, character != "}" {
        let rest = value[index...]
        let end = rest.firstIndex(of: "=") ?? rest.endIndex
        last = (tables.last ?? []) + keyPath(rest[..<end])
        found.append((last, column))
        expectingKey = false
        column += rest[..<end].count
        index = end
        continue
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "{" {
        tables.append(tables.isEmpty ? [] : last)
        expectingKey = true
      } else if character == "}" {
        tables.removeLast(min(1, tables.count))
      } else if character == "[" {
        arrays += 1
      } else if character == "]" {
        arrays -= 1
      } else if character == ",", !tables.isEmpty, arrays == 0 {
        expectingKey = true
      } else if character == "#" {
        break
      }
      index = value.index(after: index)
      column += 1
    }
    return found
  }

  /// Opening minus closing brackets outside strings, to skip multi-line arrays.
  private static func bracketBalance(_ text: Scalars) -> Int {
    var balance = 0
    var quote: Unicode.Scalar?
    for character in text {
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "#" {
        break
      } else if character == "[" || character == "{" {
        balance += 1
      } else if character == "]" || character == "}" {
        balance -= 1
      }
    }
    return balance
  }
}
