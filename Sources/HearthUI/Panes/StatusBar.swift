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

  func render(into grid: inout Grid, area: Rect) {
    grid.fill(area, .status)
    if case .writing(let kind, let text) = mode {
      grid.putInput(label: " \(kind.rawValue.capitalized) › ", text: text, in: area)
      return
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
    var shown = text
    while DisplayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
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
