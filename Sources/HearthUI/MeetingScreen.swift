import Foundation
import HearthCore

/// The live meeting screen: a pure function of the model, the time and the terminal's size.
public enum MeetingScreen {
  public static let minimumWidth = 40
  public static let minimumHeight = 12

  /// Draws the whole screen.
  public static func render(_ model: MeetingModel, at now: Date, width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    guard width >= minimumWidth, height >= minimumHeight else {
      TooSmall(width: width, height: height).render(into: &grid, area: grid.bounds)
      return grid
    }
    let session = model.session
    let (header, rest) = grid.bounds.splitTop(1)
    let (body, status) = rest.splitTop(rest.height - 1)
    HeaderBar(session: session, now: now).render(into: &grid, area: header)
    StatusBar(mode: model.mode, message: model.message).render(into: &grid, area: status)
    if width >= 64 {
      wideLayout(session, now: now, body: body, grid: &grid)
    } else {
      narrowLayout(session, now: now, body: body, grid: &grid)
    }
    switch model.mode {
    case .help: Overlay.help.render(into: &grid, area: body)
    case .confirmEnd: Overlay.confirmEnd.render(into: &grid, area: body)
    default: break
    }
    return grid
  }

  /// Agenda over the talking stick on the left; the timer over the notes on the right.
  private static func wideLayout(_ session: SessionState, now: Date, body: Rect, grid: inout Grid) {
    let leftWidth = min(46, max(28, body.width * 2 / 5))
    let (left, right) = body.splitLeft(leftWidth)
    let agendaHeight = min(session.items.count + 2, max(4, left.height / 2))
    let (agenda, stick) = left.splitTop(agendaHeight)
    AgendaPane(session: session, now: now).render(into: &grid, area: agenda)
    StickPane(session: session, now: now).render(into: &grid, area: stick)
    let timerHeight = min(14, max(6, right.height - 5))
    let (timer, notes) = right.splitTop(timerHeight)
    TimerPane(session: session, now: now).render(into: &grid, area: timer)
    NotesPane(session: session).render(into: &grid, area: notes)
  }

  /// The timer over the talking stick, then notes if room is left.
  private static func narrowLayout(_ session: SessionState, now: Date, body: Rect, grid: inout Grid)
  {
    let stickHeight = min(session.attendees.count + 2, max(4, body.height - 5))
    let (timer, rest) = body.splitTop(body.height - stickHeight)
    let (stick, _) = rest.splitTop(stickHeight)
    TimerPane(session: session, now: now).render(into: &grid, area: timer)
    StickPane(session: session, now: now).render(into: &grid, area: stick)
  }
}
