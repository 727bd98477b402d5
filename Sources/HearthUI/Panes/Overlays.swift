import HearthCore

/// A centred box drawn over the meeting: the help list or a question.
struct Overlay {
  var title: String
  var lines: [(String, StyleRole)]

  func render(into grid: inout Grid, area: Rect) {
    let contentWidth = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
    let width = min(area.width - 2, max(contentWidth + 4, DisplayWidth.of(title) + 6))
    let height = min(area.height - 2, lines.count + 2)
    guard width >= 10, height >= 3 else { return }
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width,
      height: height)
    grid.fill(box, .help)
    grid.box(box, title: title, .border)
    let inner = box.inner
    for (row, line) in lines.prefix(inner.height).enumerated() {
      grid.put(clipping: line.0, x: inner.x + 1, y: inner.y + row, width: inner.width - 1, line.1)
    }
  }

  /// Every key of the live meeting, from the keymap.
  static var help: Overlay {
    let labelWidth = Keymap.helpLines.map { DisplayWidth.of($0.0) }.max() ?? 0
    var lines = Keymap.helpLines.map {
      (DisplayWidth.pad($0.0, to: labelWidth) + "  " + $0.1, StyleRole.help)
    }
    lines.append(("", .help))
    lines.append(("Any key closes this help.", .dim))
    return Overlay(title: "Keys", lines: lines)
  }

  /// The pod's agreements, each wrapped under a bullet.
  static func agreements(_ agreements: [String], width: Int) -> Overlay {
    let wrap = max(20, min(60, width - 10))
    var lines: [(String, StyleRole)] = []
    for agreement in agreements {
      for (index, line) in DisplayWidth.wrap(agreement, to: wrap).enumerated() {
        lines.append(((index == 0 ? "• " : "  ") + line, .help))
      }
    }
    lines.append(("", .help))
    lines.append(("Any key closes this; g shows it again.", .dim))
    return Overlay(title: "Our agreements", lines: lines)
  }

  /// The end question; with carried actions not yet reviewed it says how many first, and going
  /// back is the way to review them.
  static func confirmEnd(_ session: SessionState) -> Overlay {
    guard let warning = EndWarning.unreviewed(session) else {
      return Overlay(
        title: "End the meeting?",
        lines: [
          ("y  end it and write the transcript", .help),
          ("any other key  keep meeting", .dim),
          ("(Ctrl-C leaves without ending, to resume later)", .dim),
        ])
    }
    return Overlay(
      title: "End the meeting?",
      lines: [
        (warning, .message), ("", .help),
        ("y  end it anyway; they stay open", .help),
        ("any other key  go back and review them", .help),
        ("(Ctrl-C leaves without ending, to resume later)", .dim),
      ])
  }
}

/// What ending a meeting would leave undone, said before it ends.
public enum EndWarning {
  /// `2 open actions from earlier meetings were not reviewed.`, or nil when every carried
  /// action was reviewed (or none was carried).
  public static func unreviewed(_ session: SessionState) -> String? {
    let count = session.actionsToReview.count - session.reviewedActions.count
    guard count > 0 else { return nil }
    return count == 1
      ? "1 open action from earlier meetings was not reviewed."
      : "\(count) open actions from earlier meetings were not reviewed."
  }
}

extension Overlay {
  /// What could not be saved, and the two ways on: retry once there is room, or leave.
  static func unsaved(_ problem: String, width: Int) -> Overlay {
    let sentence = problem.prefix(1).uppercased() + problem.dropFirst() + "."
    let lines = DisplayWidth.wrap(sentence, to: max(20, min(60, width - 6)))
    return Overlay(
      title: "Not saved",
      lines: lines.map { ($0, StyleRole.dialog) } + [
        ("", .help),
        ("Free space, then press r to retry.", .help),
        ("Ctrl-C leaves; hearth resume continues", .dim),
        ("from what was saved.", .dim),
      ])
  }
}

/// Shown instead of the meeting when the terminal is smaller than the screen can use.
struct TooSmall {
  var width: Int
  var height: Int

  func render(into grid: inout Grid, area: Rect) {
    let lines = [
      "Terminal too small",
      "\(width)×\(height), needs \(MeetingScreen.minimumWidth)×\(MeetingScreen.minimumHeight)",
      "Enlarge the window.",
    ]
    let top = max(0, (area.height - lines.count) / 2)
    for (row, line) in lines.enumerated() where top + row < area.height {
      let clipped = DisplayWidth.clip(line, to: area.width)
      let x = max(0, (area.width - DisplayWidth.of(clipped)) / 2)
      grid.put(clipped, x: x, y: top + row, row == 0 ? .title : .normal)
    }
  }
}

extension Grid {
  /// The frame of every full screen: the header line (the top row, filled here), then the body
  /// and the status line it returns; nil, with the request for room drawn instead, when the
  /// terminal is too small for any screen.
  mutating func frame() -> (body: Rect, status: Rect)? {
    guard width >= MeetingScreen.minimumWidth, height >= MeetingScreen.minimumHeight else {
      TooSmall(width: width, height: height).render(into: &self, area: bounds)
      return nil
    }
    let (header, rest) = bounds.splitTop(1)
    let (body, status) = rest.splitTop(rest.height - 1)
    fill(header, .header)
    return (body, status)
  }
}
