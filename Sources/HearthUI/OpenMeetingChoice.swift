import HearthCore

/// What `hearth resume` asks when several of the pod's meetings are still open: which one to
/// continue. A meeting running in another terminal (its journal held) is listed, marked, and
/// cannot be chosen.
public struct OpenMeetingChoice: Sendable, Equatable {
  /// An open meeting: its session id, and whether it runs now in another terminal.
  public struct Meeting: Sendable, Equatable {
    public let id: String
    public let runningElsewhere: Bool

    public init(id: String, runningElsewhere: Bool) {
      self.id = id
      self.runningElsewhere = runningElsewhere
    }
  }

  public let pod: String
  /// The open meetings, newest first.
  public let meetings: [Meeting]
  public private(set) var selected = 0
  public private(set) var message: String?

  public init(pod: String, meetings: [Meeting]) {
    self.pod = pod
    self.meetings = meetings
  }

  /// `j`/`k` or the arrows choose, `1`–`9` and Enter resume, `q`, Esc or Ctrl-C cancel (nil
  /// inside the result). Nil: nothing chosen yet.
  public mutating func handle(_ key: Key) -> String?? {
    message = nil
    switch key {
    case .down, .character("j"): selected = (selected + 1) % meetings.count
    case .up, .character("k"): selected = (selected + meetings.count - 1) % meetings.count
    case .enter: return choose(selected)
    case .character(let c) where c.wholeNumberValue.map { (1...9).contains($0) } == true:
      return choose((c.wholeNumberValue ?? 1) - 1)
    case .character("q"), .escape, .control("c"): return .some(nil)
    default: break
    }
    return nil
  }

  private mutating func choose(_ index: Int) -> String?? {
    guard meetings.indices.contains(index) else { return nil }
    selected = index
    guard !meetings[index].runningElsewhere else {
      message = "\(meetings[index].id) is running in another terminal: continue it there."
      return nil
    }
    return .some(meetings[index].id)
  }

  /// The keys, for the status line.
  public static let keys = "j k choose · Enter resume · q cancel"

  /// The list, under one line saying why it is asked.
  public func render(width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    guard let (_, status) = grid.frame() else { return grid }
    grid.put(clipping: " Hearth · \(pod) · resume", x: 0, y: 0, width: width, .header)
    let intro = "\(meetings.count) meetings of \(pod) are still open. Which one continues?"
    grid.put(clipping: intro, x: 2, y: 2, width: width - 4, .title)
    for (index, meeting) in meetings.enumerated() where 4 + index < status.y {
      let elsewhere = meeting.runningElsewhere ? "  running in another terminal" : ""
      let line = "\(index + 1)  \(meeting.id)\(elsewhere)"
      let role: StyleRole =
        index == selected ? .selected : meeting.runningElsewhere ? .dim : .normal
      if index == selected {
        grid.fill(Rect(x: 1, y: 4 + index, width: width - 2, height: 1), role)
      }
      grid.put(clipping: line, x: 2, y: 4 + index, width: width - 4, role)
    }
    grid.fill(status, .status)
    grid.put(
      clipping: " " + (message ?? Self.keys), x: 0, y: status.y, width: status.width,
      message == nil ? .status : .message)
    return grid
  }
}
