import Foundation
import HearthCore

/// Reads and writes agenda formats as TOML: a pod's `formats/<name>.toml`.
public enum FormatFile {
  static let itemKeys = [
    "title", "kind", "timebox", "turn", "order", "queue", "prompt", "confidential", "focus",
  ]

  /// Reads the format file at `path`; its name defaults to the file's name.
  public static func load(_ path: String) throws -> Format {
    try read(path).format
  }

  /// The format file at `path` and its text as written (comments kept).
  static func read(_ path: String) throws -> (format: Format, text: String) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw StoreError(path: path, message: "cannot read the format: \(Files.errorText())")
    }
    let text = String(decoding: data, as: UTF8.self)
    let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    return (try parse(text, path: path, defaultName: base), text)
  }

  /// Parses format TOML; `path` names the file in errors.
  public static func parse(_ text: String, path: String, defaultName: String) throws -> Format {
    let top = try TOMLDocument(text: text, path: path).top
    try top.rejectUnknownKeys(allowed: ["name", "title", "items"])
    let name = try top.string("name") ?? defaultName
    guard PodDirectory.slug(for: name) == name else {
      throw top.error("name", "a format name is lower case letters, digits and dashes: '\(name)'")
    }
    let tables = try top.tables("items")
    guard !tables.isEmpty else {
      throw top.error(nil, "a format needs at least one [[items]] table")
    }
    let items = try tables.map(item)
    return Format(name: name, title: try top.string("title") ?? name, items: items)
  }

  private static func item(_ table: TOMLReader) throws -> AgendaItem {
    try table.rejectUnknownKeys(allowed: itemKeys)
    guard let kind: ItemKind = try choice(table, "kind", "item kind") else {
      throw table.error(nil, "missing 'kind' (a string)")
    }
    let order: OrderPolicy = try choice(table, "order", "order") ?? .roster
    let queue: QueuePolicy = try choice(table, "queue", "queue order") ?? .fifo
    let focus: FocusRule? = try choice(table, "focus", "focus rule")
    return AgendaItem(
      title: try table.requiredString("title"), kind: kind,
      timebox: try table.duration("timebox"), turnTimebox: try table.duration("turn"),
      order: order, queue: queue, prompt: try table.string("prompt"),
      confidential: try table.bool("confidential") ?? false, focus: focus)
  }

  /// One of a closed set of words, such as an item kind; nil when the key is absent.
  private static func choice<Value: RawRepresentable & CaseIterable>(
    _ table: TOMLReader, _ key: String, _ what: String
  ) throws -> Value? where Value.RawValue == String {
    guard let text = try table.string(key) else { return nil }
    guard let value = Value(rawValue: text) else {
      throw table.error(
        key,
        "unknown \(what) '\(text)'; expected one of: "
          + Value.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return value
  }

  /// The TOML text of `format`, which `parse` reads back the same.
  public static func toml(for format: Format) -> String {
    var lines = [
      "# Hearth format: the agenda of a meeting, item by item.", "",
      "name = \(PodFile.quote(format.name))", "title = \(PodFile.quote(format.title))",
    ]
    for item in format.items {
      lines.append("")
      lines.append("[[items]]")
      lines.append("title = \(PodFile.quote(item.title))")
      lines.append("kind = \(PodFile.quote(item.kind.rawValue))")
      if let box = item.timebox { lines.append("timebox = \"\(DurationText.text(box))\"") }
      if let box = item.turnTimebox { lines.append("turn = \"\(DurationText.text(box))\"") }
      if item.isRound { lines.append("order = \(PodFile.quote(item.order.rawValue))") }
      if item.kind == .open { lines.append("queue = \(PodFile.quote(item.queue.rawValue))") }
      if let prompt = item.prompt { lines.append("prompt = \(PodFile.quote(prompt))") }
      if item.confidential { lines.append("confidential = true") }
      if let focus = item.focus { lines.append("focus = \(PodFile.quote(focus.rawValue))") }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
