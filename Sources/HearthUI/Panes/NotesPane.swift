import HearthCore

/// The latest notes, decisions and action items, newest at the bottom.
struct NotesPane {
  var session: SessionState
  /// The pod's agreements, shown instead of the empty pane as the meeting opens; nil otherwise.
  var agreements: [String]? = nil

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
    if let agreements {
      let lines = Self.agreementLines(agreements, width: inner.width - 1)
      for (row, line) in lines.prefix(inner.height).enumerated() {
        grid.put(
          clipping: line.0, x: inner.x + 1, y: inner.y + row, width: inner.width - 1, line.1)
      }
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

  /// The agreements under a heading, each wrapped under a bullet, then how to see them again.
  static func agreementLines(_ agreements: [String], width: Int) -> [(String, StyleRole)] {
    var lines: [(String, StyleRole)] = [("Our agreements", .title)]
    for agreement in agreements {
      for (index, line) in DisplayWidth.wrap(agreement, to: max(10, width - 2)).enumerated() {
        lines.append(((index == 0 ? "• " : "  ") + line, .note))
      }
    }
    lines.append(("g shows them again · ? keys", .dim))
    return lines
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
