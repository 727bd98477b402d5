import Foundation
import HearthCore
import TOMLKit

/// A parsed TOML file that remembers where each key was written, so every complaint about a
/// value names its file, line and column.
struct TOMLDocument {
  let path: String
  let root: TOMLTable
  private let positions: [String: (line: Int, column: Int)]

  /// Parses `text`; a syntax error is a positioned `StoreError`.
  init(text: String, path: String) throws {
    self.path = path
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
  var top: TOMLReader { TOMLReader(document: self, table: root, path: []) }

  /// An error at the place `keyPath` was written (or the nearest enclosing place found).
  func error(at keyPath: [String], _ message: String) -> StoreError {
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
struct TOMLReader {
  let document: TOMLDocument
  let table: TOMLTable
  /// The key path of this table, array items written as `#N`.
  let path: [String]

  /// Fails on any key not in `allowed`, suggesting the nearest allowed one.
  func rejectUnknownKeys(allowed: [String]) throws {
    for key in table.keys where !allowed.contains(key) {
      let hint = allowed.min { distance(key, $0) < distance(key, $1) }.flatMap {
        distance(key, $0) <= 2 ? " (did you mean '\($0)'?)" : nil
      }
      throw document.error(
        at: path + [key],
        "unknown key '\(key)'\(hint ?? "; expected one of: \(allowed.joined(separator: ", "))")")
    }
  }

  func has(_ key: String) -> Bool { table[key] != nil }

  func string(_ key: String) throws -> String? {
    guard let value = table[key] else { return nil }
    guard let string = value.string else { throw wrongType(key, "a string", value) }
    return string
  }

  func requiredString(_ key: String) throws -> String {
    guard let value = try string(key) else {
      throw document.error(at: path, "missing '\(key)' (a string)")
    }
    return value
  }

  func int(_ key: String) throws -> Int? {
    guard let value = table[key] else { return nil }
    guard let int = value.int else { throw wrongType(key, "a whole number", value) }
    return int
  }

  func bool(_ key: String) throws -> Bool? {
    guard let value = table[key] else { return nil }
    guard let bool = value.bool else { throw wrongType(key, "true or false", value) }
    return bool
  }

  func strings(_ key: String) throws -> [String]? {
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

  /// The tables of an array of tables (`[[key]]`).
  func tables(_ key: String) throws -> [TOMLReader] {
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
  func error(_ key: String?, _ message: String) -> StoreError {
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
  private func distance(_ a: String, _ b: String) -> Int {
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
enum KeyLocator {
  static func positions(in text: String) -> [String: (line: Int, column: Int)] {
    var positions: [String: (line: Int, column: Int)] = [:]
    var table: [String] = []
    var arrayCounts: [String: Int] = [:]
    var depth = 0
    for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let line = Substring(raw)
      let indent = line.prefix { $0 == " " || $0 == "\t" }.count
      let body = line.dropFirst(indent)
      if depth > 0 {
        depth += bracketBalance(body)
        continue
      }
      if body.hasPrefix("[[") {
        let name = body.dropFirst(2).prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
        let index = arrayCounts[name, default: 0]
        arrayCounts[name] = index + 1
        table = name.split(separator: ".").map(String.init) + ["#\(index)"]
        positions[table.joined(separator: ".")] = (number + 1, indent + 1)
      } else if body.hasPrefix("[") {
        let name = body.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
        table = name.split(separator: ".").map(String.init)
        positions[table.joined(separator: ".")] = (number + 1, indent + 1)
      } else if let equals = body.firstIndex(of: "="), !body.hasPrefix("#") {
        let key = body[..<equals].trimmingCharacters(in: .whitespaces)
          .split(separator: ".").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
          }
        positions[(table + key).joined(separator: ".")] = (number + 1, indent + 1)
        depth = max(0, bracketBalance(body[body.index(after: equals)...]))
      }
    }
    return positions
  }

  /// Opening minus closing brackets outside strings, to skip multi-line arrays.
  private static func bracketBalance(_ text: Substring) -> Int {
    var balance = 0
    var quote: Character?
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
