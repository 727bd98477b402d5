import HearthCore

/// This meeting's notes, decisions and actions in full, over the meeting: each wrapped under its
/// mark and agenda item, the chosen one highlighted and kept in view, and on the last row the
/// keys (or, deleting, the question).
struct NotesList {
  var session: SessionState
  var selected: Int
  /// Whether the list asks to delete the chosen note.
  var confirmingDelete: Bool

  static let keys = "↑ ↓ choose · Enter edit · d delete · Esc close"

  func render(into grid: inout Grid, area: Rect) {
    // As tall as the notes need (a blank row above the keys), at most the whole body.
    let blocks = session.notes.enumerated().map {
      block($0.offset, $0.element, width: area.width - 2)
    }
    let rows = blocks.reduce(0) { $0 + $1.count }
    let box = Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, rows + 4))
    guard box.width >= 12, box.height >= 4 else { return }
    grid.fill(box, .help)
    grid.box(box, title: "This meeting's notes (\(session.notes.count))", .border)
    let inner = box.inner
    let (list, footer) = inner.splitTop(inner.height - 1)
    let start = blocks.prefix(selected).reduce(0) { $0 + $1.count }
    let end = start + (blocks.indices.contains(selected) ? blocks[selected].count : 0)
    let top = min(start, max(0, end - list.height))
    let lines = blocks.enumerated().flatMap { index, lines in lines.map { (index, $0) } }
    for (row, (index, line)) in lines.dropFirst(top).prefix(list.height).enumerated() {
      let y = list.y + row
      let chosen = index == selected
      if chosen { grid.fill(Rect(x: list.x, y: y, width: list.width, height: 1), .selected) }
      grid.put(
        clipping: line.0, x: list.x + 1, y: y, width: list.width - 2, chosen ? .selected : line.1)
    }
    guard confirmingDelete else {
      grid.put(clipping: Self.keys, x: footer.x + 1, y: footer.y, width: footer.width - 2, .dim)
      return
    }
    grid.fill(footer, .dialog)
    grid.put(
      clipping: NotesListText.question(selected, in: session), x: footer.x + 1, y: footer.y,
      width: footer.width - 2, .dialog)
  }

  /// A note's lines: its mark, kind and owner as the notes pane shows them, with its agenda
  /// item, wrapped to `width`; later lines indented under the first.
  private func block(_ index: Int, _ note: Note, width: Int) -> [(String, StyleRole)] {
    let (line, role) = NotesPane.line(for: note)
    let item = session.items.indices.contains(note.item) ? " (item \(note.item + 1))" : ""
    let wrapped = DisplayWidth.wrap(line + item, to: max(8, width - 4))
    return wrapped.enumerated().map { ($0.offset == 0 ? $0.element : "  " + $0.element, role) }
  }
}
