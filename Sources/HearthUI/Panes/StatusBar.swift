import HearthCore

/// The bottom line: the main keys, a message, or the line being typed.
struct StatusBar {
  var mode: MeetingModel.Mode
  var message: MeetingModel.Message?
  /// The kind of the current item: the first hints are the keys that matter in it.
  var kind: ItemKind?
  /// Said at the right of the line being typed (who an action will belong to).
  var preview: String?
  /// Where the line being typed is edited; nil at its end.
  var cursor: String.Index?
  /// Whether the line being typed edits an earlier note rather than writing a new one.
  var isEditing = false

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
      ("Space", "pause"), ("[ ]", "item"), ("i d a", "write"), ("u", "undo"),
      ("g", "agreements"), ("?", "keys"), ("q", "end"),
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
      // A refusal of the line just entered is said where the line stays open.
      let refusal = message.flatMap { $0.isError ? $0.text : nil }
      grid.putInput(
        label: isEditing ? " Edit \(kind.rawValue) › " : " \(kind.rawValue.capitalized) › ",
        text: text, cursor: cursor,
        hint: refusal ?? preview, in: area)
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
    // The way to help and the way out are always shown; the other hints give way first.
    grid.putHints(hints, keepingLast: 2, in: area)
  }
}

extension Grid {
  /// A line being typed: its label, the text with the cursor (at `cursor`, else at the end)
  /// kept in view, and at the right a hint, cut short so that a dozen typed cells stay in view.
  mutating func putInput(
    label: String, text: String, cursor: String.Index? = nil, hint: String? = nil, in area: Rect
  ) {
    fill(area, .input)
    let used = put(label, x: area.x, y: area.y, .input, limit: area.width)
    var room = area.width - used - 1
    if let hint, room >= 24 {
      let shown = DisplayWidth.clip(TerminalText.line(hint), to: room - 14)
      let hintWidth = DisplayWidth.of(shown)
      put(shown, x: area.maxX - hintWidth - 1, y: area.y, .input)
      room -= hintWidth + 2
    }
    let at = cursor ?? text.endIndex
    // What follows the cursor keeps up to a third of the room, so some of it shows; the rest
    // goes to what precedes it. Measured from the cursor out: only what fits is looked at.
    var after = at
    var afterWidth = 0
    while after < text.endIndex {
      let width = DisplayWidth.of(text[after])
      if afterWidth + width > room / 3 { break }
      afterWidth += width
      after = text.index(after: after)
    }
    var start = at
    var width = 0
    while start > text.startIndex {
      let before = text.index(before: start)
      width += DisplayWidth.of(text[before])
      if width > room - afterWidth { break }
      start = before
    }
    var x = area.x + used
    x += put(String(text[start..<at]), x: x, y: area.y, .input, limit: room)
    x += put("▏", x: x, y: area.y, .input)
    // Then what follows, as much as the rest of the room holds.
    let left = area.x + used + room + 1 - x
    after = at
    afterWidth = 0
    while after < text.endIndex, afterWidth + DisplayWidth.of(text[after]) <= left {
      afterWidth += DisplayWidth.of(text[after])
      after = text.index(after: after)
    }
    put(String(text[at..<after]), x: x, y: area.y, .input, limit: max(0, left))
  }

  /// Key hints along a status line, `n next   p pass   …`, as many as fit whole; room is kept
  /// for the last `kept` hints first, so those are dropped only when nothing else is left.
  mutating func putHints(
    _ hints: [(key: String, label: String)], keepingLast kept: Int = 0, in area: Rect
  ) {
    fill(area, .status)
    // A hint takes ` key label   `; the last one's final space may fall off the line.
    let width = { (hint: (key: String, label: String)) in
      DisplayWidth.of(hint.key) + DisplayWidth.of(hint.label) + 4
    }
    let tail = Array(hints.suffix(kept))
    var room = area.width - tail.map(width).reduce(0, +)
    var shown: [(key: String, label: String)] = []
    for hint in hints.dropLast(kept) {
      guard width(hint) <= room else { break }
      room -= width(hint)
      shown.append(hint)
    }
    var x = area.x + 1
    for hint in shown + tail {
      guard x + width(hint) - 1 <= area.maxX else { break }
      x += put(hint.key, x: x, y: area.y, .statusKey)
      x += put(" \(hint.label)   ", x: x, y: area.y, .status)
    }
  }
}
