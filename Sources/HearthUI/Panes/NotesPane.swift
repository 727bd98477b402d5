import HearthCore

/// The latest notes, decisions and action items, newest at the bottom.
struct NotesPane {
  var session: SessionState

  func render(into grid: inout Grid, area: Rect) {
    grid.box(area, title: "Notes")
    let inner = area.inner
    guard !inner.isEmpty else { return }
    if session.currentItem?.item.confidential == true {
      grid.put(
        clipping: "Confidential item: no notes are kept.", x: inner.x + 1, y: inner.y,
        width: inner.width - 1, .dim)
      return
    }
    guard !session.notes.isEmpty else {
      grid.put(
        clipping: "i note · d decision · a action", x: inner.x + 1, y: inner.y,
        width: inner.width - 1,
        .dim)
      return
    }
    for (row, note) in session.notes.suffix(inner.height).enumerated() {
      let (line, role) = Self.line(for: note)
      grid.put(clipping: line, x: inner.x + 1, y: inner.y + row, width: inner.width - 1, role)
    }
  }

  static func line(for note: Note) -> (String, StyleRole) {
    switch note.kind {
    case .note: return ("• \(note.text)", .note)
    case .decision: return ("◆ Decision: \(note.text)", .noteDecision)
    case .action:
      let owner = note.owner.map { " (\($0))" } ?? ""
      return ("→ Action\(owner): \(note.text)", .noteAction)
    }
  }
}
