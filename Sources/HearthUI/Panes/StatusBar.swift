import HearthCore

/// The bottom line: the main keys, a message, or the line being typed.
struct StatusBar {
  var mode: MeetingModel.Mode
  var message: MeetingModel.Message?
  /// The kind of the current item: the first hints are the keys that matter in it.
  var kind: ItemKind?

  /// The keys worth showing first for the current item, then the ones that always apply.
  var hints: [(String, String)] {
    let first: [(String, String)]
    switch kind {
    case .round?, .focus?: first = [("n", "next"), ("p", "pass"), ("1-9", "give")]
    case .open?: first = [("1-9", "hand"), ("r", "reply"), ("n", "next"), ("p", "pass")]
    case .actions?: first = [("x z c", "done/drop/carry"), ("j k", "choose")]
    default: first = [("]", "next item")]
    }
    return first + [
      ("Space", "pause"), ("[ ]", "item"), ("i d a", "write"), ("u", "undo"), ("?", "keys"),
      ("q", "end"),
    ]
  }

  /// Said after the reason while a refused line is being dropped.
  static let dropping = "Typing is dropped; Esc closes."
  /// The keys that work while something is not saved.
  static let unsavedKeys = "Not saved · r retry · Ctrl-C leave (hearth resume continues)"

  func render(into grid: inout Grid, area: Rect) {
    grid.fill(area, .status)
    switch mode {
    case .writing(let kind, let text):
      grid.putInput(label: " \(kind.rawValue.capitalized) › ", text: text, in: area)
      return
    case .refusedWriting(let reason):
      grid.fill(area, .dialog)
      grid.put(
        clipping: " \(reason) \(Self.dropping)", x: area.x, y: area.y, width: area.width,
        .dialog)
      return
    case .unsaved:
      grid.fill(area, .dialog)
      grid.put(clipping: " " + Self.unsavedKeys, x: area.x, y: area.y, width: area.width, .dialog)
      return
    default:
      break
    }
    if let message {
      grid.fill(area, message.isError ? .dialog : .message)
      grid.put(
        clipping: " " + message.text, x: area.x, y: area.y, width: area.width,
        message.isError ? .dialog : .message)
      return
    }
    grid.putHints(hints, in: area)
  }
}

extension Grid {
  /// A line being typed: its label, the text (its end kept in view) and a cursor.
  mutating func putInput(label: String, text: String, in area: Rect) {
    fill(area, .input)
    let used = put(label, x: area.x, y: area.y, .input, limit: area.width)
    let room = area.width - used - 1
    // Measured from the end, once: only the characters that fit are looked at.
    var start = text.endIndex
    var width = 0
    while start > text.startIndex {
      let before = text.index(before: start)
      width += DisplayWidth.of(text[before])
      if width > room { break }
      start = before
    }
    let shown = String(text[start...])
    let end = area.x + used + put(shown, x: area.x + used, y: area.y, .input, limit: room)
    put("▏", x: end, y: area.y, .input)
  }

  /// Key hints along a status line, `n next   p pass   …`, as many as fit whole.
  mutating func putHints(_ hints: [(key: String, label: String)], in area: Rect) {
    fill(area, .status)
    var x = area.x + 1
    for (key, label) in hints {
      let width = DisplayWidth.of(key) + DisplayWidth.of(label) + 3
      guard x + width <= area.maxX else { break }
      x += put(key, x: x, y: area.y, .statusKey)
      x += put(" \(label)   ", x: x, y: area.y, .status)
    }
  }
}
