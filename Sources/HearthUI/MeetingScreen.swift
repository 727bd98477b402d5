import Foundation
import HearthCore

/// The live meeting screen: a pure function of the model, the time and the terminal's size.
public enum MeetingScreen {
  public static let minimumWidth = 40
  public static let minimumHeight = 12

  /// Whether the meeting can be drawn at this size; if not, "terminal too small" hides it.
  public static func fits(width: Int, height: Int) -> Bool {
    width >= minimumWidth && height >= minimumHeight
  }

  /// Whether `key` may act while the meeting is hidden: only leaving and redrawing do, since
  /// nobody can see what any other key would change.
  public static func actsWhileHidden(_ key: Key) -> Bool {
    key == .control("c") || key == .control("l") || key == .resize
  }

  /// Draws the whole screen.
  public static func render(_ model: MeetingModel, at now: Date, width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    guard fits(width: width, height: height) else {
      TooSmall(width: width, height: height).render(into: &grid, area: grid.bounds)
      return grid
    }
    let session = model.session
    let (header, rest) = grid.bounds.splitTop(1)
    let (body, status) = rest.splitTop(rest.height - 1)
    HeaderBar(session: session, now: now).render(into: &grid, area: header)
    StatusBar(
      mode: model.mode, message: model.message, kind: session.currentItem?.item.kind,
      preview: model.ownerPreview, cursor: model.cursor, isEditing: model.editing != nil
    )
    .render(into: &grid, area: status)
    if width >= 64 {
      wideLayout(model, now: now, body: body, grid: &grid)
    } else {
      narrowLayout(model, now: now, body: body, grid: &grid)
    }
    switch model.mode {
    case .help: Overlay.help.render(into: &grid, area: body)
    case .agreements:
      Overlay.agreements(model.agreements, width: body.width).render(into: &grid, area: body)
    case .confirmEnd: Overlay.confirmEnd(session).render(into: &grid, area: body)
    case .notes(let selected), .confirmDelete(let selected):
      let confirming = if case .confirmDelete = model.mode { true } else { false }
      NotesList(session: session, selected: selected, confirmingDelete: confirming)
        .render(into: &grid, area: body)
    case .unsaved(_, let problem):
      Overlay.unsaved(problem, width: body.width).render(into: &grid, area: body)
    default: break
    }
    return grid
  }

  /// Agenda over the talking stick (or, in an actions item, the actions to review) on the left;
  /// the timer over the notes on the right.
  private static func wideLayout(_ model: MeetingModel, now: Date, body: Rect, grid: inout Grid) {
    let session = model.session
    let leftWidth = min(46, max(28, body.width * 2 / 5))
    let (left, right) = body.splitLeft(leftWidth)
    let agendaHeight = min(session.items.count + 2, max(4, left.height / 2))
    let (agenda, stick) = left.splitTop(agendaHeight)
    AgendaPane(session: session, now: now).render(into: &grid, area: agenda)
    middlePane(model, now: now, area: stick, grid: &grid)
    // On a tall terminal (a projector) the timer takes half the height and its digits grow.
    let tall = right.height >= 40
    let timerHeight = tall ? right.height / 2 : min(14, max(6, right.height - 5))
    let (timer, notes) = right.splitTop(timerHeight)
    TimerPane(session: session, now: now, large: tall).render(into: &grid, area: timer)
    NotesPane(session: session, agreements: model.showsAgreementsNotice ? model.agreements : nil)
      .render(into: &grid, area: notes)
  }

  /// The timer over the talking stick (or the actions to review), then notes if room is left.
  private static func narrowLayout(_ model: MeetingModel, now: Date, body: Rect, grid: inout Grid) {
    let session = model.session
    let rows =
      isReviewingActions(session)
      ? max(2, session.actionsToReview.count * 2) : session.attendees.count
    let stickHeight = min(rows + 2, max(4, body.height - 5))
    let (timer, rest) = body.splitTop(body.height - stickHeight)
    let (stick, _) = rest.splitTop(stickHeight)
    TimerPane(session: session, now: now).render(into: &grid, area: timer)
    middlePane(model, now: now, area: stick, grid: &grid)
  }

  /// Whether the current item is an actions item, whose pane takes the talking stick's place.
  private static func isReviewingActions(_ session: SessionState) -> Bool {
    session.currentItem?.item.kind == .actions
  }

  /// The talking stick, or in an actions item the actions to review.
  private static func middlePane(_ model: MeetingModel, now: Date, area: Rect, grid: inout Grid) {
    if isReviewingActions(model.session) {
      ActionsPane(session: model.session, now: now, selected: model.selectedAction)
        .render(into: &grid, area: area)
    } else {
      StickPane(session: model.session, now: now).render(into: &grid, area: area)
    }
  }
}
