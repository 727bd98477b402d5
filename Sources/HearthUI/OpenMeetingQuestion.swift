import HearthCore

/// What `hearth meet` asks, before the screen that sets up a meeting, when one of the pod's
/// meetings is still open: continue that one, or start another on purpose. A meeting running
/// in another terminal (its journal held) cannot be continued from here, and the question
/// says so.
public struct OpenMeetingQuestion: Sendable, Equatable {
  /// What the facilitator chose.
  public enum Answer: Sendable, Equatable { case resume, startAnother, cancel }

  public let pod: String
  /// The open session's id.
  public let id: String
  /// Whether it is running now in another terminal.
  public let runningElsewhere: Bool

  public init(pod: String, id: String, runningElsewhere: Bool) {
    self.pod = pod
    self.id = id
    self.runningElsewhere = runningElsewhere
  }

  /// `r` (or Enter) resumes, when it can; `n` starts another; `q`, Esc or Ctrl-C cancel.
  public func handle(_ key: Key) -> Answer? {
    switch key {
    case .character("r"), .enter: runningElsewhere ? nil : .resume
    case .character("n"): .startAnother
    case .character("q"), .escape, .control("c"): .cancel
    default: nil
    }
  }

  /// The question, one sentence a line.
  public var lines: [String] {
    var lines = ["A meeting of \(pod) is still open: \(id)."]
    if runningElsewhere {
      lines.append("It is running in another terminal, so it cannot be resumed from here.")
    } else {
      lines.append("It was left or interrupted; resuming continues it where it stopped.")
    }
    return lines
  }

  /// The keys, for the status line.
  public var keys: String {
    (runningElsewhere ? "" : "r resume it · ") + "n start another meeting anyway · q cancel"
  }

  /// Draws the question in the middle of the screen.
  public func render(width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    guard let (_, status) = grid.frame() else { return grid }
    grid.put(clipping: " Hearth · \(pod) · before the meeting", x: 0, y: 0, width: width, .header)
    for (offset, line) in lines.enumerated() {
      let x = max(1, (width - DisplayWidth.of(line)) / 2)
      grid.put(
        clipping: line, x: x, y: height / 2 - 1 + offset, width: width - x,
        offset == 0 ? .title : .normal)
    }
    grid.fill(status, .status)
    grid.put(clipping: " " + keys, x: 0, y: status.y, width: status.width, .status)
    return grid
  }
}
