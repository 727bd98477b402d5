import Foundation
import HearthCore

/// Draws the watch view: the meeting's panes as the facilitator sees them, or its countdown
/// large, with a status line that says it is read-only.
public enum WatchScreen {
  public static func render(_ model: WatchModel, at now: Date, width: Int, height: Int) -> Grid {
    guard let session = model.session else {
      return waiting(
        model,
        lines: [
          "No meeting is running in \(model.pod) yet.",
          "This view follows it from the moment it starts.",
        ], width: width, height: height)
    }
    if session.isEnded {
      return waiting(model, lines: WatchModel.ended(session), width: width, height: height)
    }
    let now = model.shownTime(now)
    var grid: Grid
    if model.big, width >= MeetingScreen.minimumWidth, height >= MeetingScreen.minimumHeight {
      grid = Grid(width: width, height: height)
      let (header, rest) = grid.bounds.splitTop(1)
      let (body, _) = rest.splitTop(rest.height - 1)
      HeaderBar(session: session, now: now).render(into: &grid, area: header)
      TimerPane(session: session, now: now, large: true).render(into: &grid, area: body)
    } else {
      grid = MeetingScreen.render(
        MeetingModel(session: session), at: now, width: width, height: height)
    }
    guard width >= MeetingScreen.minimumWidth, height >= MeetingScreen.minimumHeight else {
      return grid
    }
    status(model, grid: &grid)
    return grid
  }

  /// Between meetings (before any, or after one ended): `lines` say what is waited for.
  private static func waiting(_ model: WatchModel, lines: [String], width: Int, height: Int)
    -> Grid
  {
    var grid = Grid(width: width, height: height)
    guard grid.frame() != nil else { return grid }
    grid.put(clipping: " Hearth · \(model.pod) · watching", x: 0, y: 0, width: width, .header)
    let lines = lines.flatMap { DisplayWidth.wrap($0, to: max(10, width - 4)) }
    for (offset, line) in lines.enumerated() {
      let x = max(1, (width - DisplayWidth.of(line)) / 2)
      grid.put(
        clipping: line, x: x, y: height / 2 - 1 + offset, width: width - x,
        offset == 0 ? .title : .dim)
    }
    status(model, grid: &grid)
    return grid
  }

  private static func status(_ model: WatchModel, grid: inout Grid) {
    let area = Rect(x: 0, y: grid.height - 1, width: grid.width, height: 1)
    grid.fill(area, .status)
    grid.put(clipping: " " + model.statusLine, x: 0, y: area.y, width: area.width, .status)
  }
}
