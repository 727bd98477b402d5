import Foundation
import HearthCore

/// The live meeting screen: a pure function of the model, the time and the terminal's size.
/// It is drawn in two layers: what does not change with the time (the status line, the notes)
/// and, over it, the panes that show a clock (`MeetingFrames` keeps the first between ticks).
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
    var grid = still(model, width: width, height: height)
    drawTicking(model, at: now, into: &grid)
    return grid
  }

  /// The layer that does not change with the time: the status line and the notes, or the
  /// "terminal too small" notice.
  static func still(_ model: MeetingModel, width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    guard fits(width: width, height: height) else {
      TooSmall(width: width, height: height).render(into: &grid, area: grid.bounds)
      return grid
    }
    let session = model.session
    let areas = Areas(session, width: width, height: height)
    StatusBar(
      mode: model.mode, message: model.message, kind: session.currentItem?.item.kind,
      preview: model.ownerPreview, cursor: model.cursor, isEditing: model.editing != nil
    )
    .render(into: &grid, area: areas.status)
    if let notes = areas.notes {
      NotesPane(session: session, agreements: model.showsAgreementsNotice ? model.agreements : nil)
        .render(into: &grid, area: notes)
    }
    return grid
  }

  /// Draws, over the still layer, the panes that show a clock (the header, the agenda, the
  /// talking stick or the actions to review, the timer) and any overlay.
  static func drawTicking(_ model: MeetingModel, at now: Date, into grid: inout Grid) {
    guard fits(width: grid.width, height: grid.height) else { return }
    let session = model.session
    let areas = Areas(session, width: grid.width, height: grid.height)
    HeaderBar(session: session, now: now).render(into: &grid, area: areas.header)
    if let agenda = areas.agenda {
      AgendaPane(session: session, now: now).render(into: &grid, area: agenda)
    }
    if isReviewingActions(session) {
      ActionsPane(session: session, now: now, selected: model.selectedAction)
        .render(into: &grid, area: areas.middle)
    } else {
      StickPane(session: session, now: now).render(into: &grid, area: areas.middle)
    }
    TimerPane(session: session, now: now).render(into: &grid, area: areas.timer)
    let body = areas.body
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
  }

  /// The areas `drawTicking` draws in: outside them a tick leaves the still layer as it is.
  static func tickingAreas(_ model: MeetingModel, width: Int, height: Int) -> [Rect] {
    guard fits(width: width, height: height) else { return [] }
    let areas = Areas(model.session, width: width, height: height)
    let overlay: Rect? =
      switch model.mode {
      case .help, .agreements, .confirmEnd, .unsaved: areas.body
      default: nil
      }
    return [areas.header, areas.agenda, areas.middle, areas.timer, overlay].compactMap { $0 }
  }

  /// Where each pane goes. Wide: the agenda over the talking stick (or, in an actions item,
  /// the actions to review) on the left; the timer over the notes on the right. Narrow: the
  /// timer over the talking stick, and no notes.
  struct Areas {
    var header, body, status, timer, middle: Rect
    var agenda, notes: Rect?

    init(_ session: SessionState, width: Int, height: Int) {
      let (header, rest) = Rect(x: 0, y: 0, width: width, height: height).splitTop(1)
      let (body, status) = rest.splitTop(rest.height - 1)
      (self.header, self.body, self.status) = (header, body, status)
      if width >= 64 {
        let leftWidth = min(46, max(28, body.width * 2 / 5))
        let (left, right) = body.splitLeft(leftWidth)
        let agendaHeight = min(session.items.count + 2, max(4, left.height / 2))
        let (agenda, middle) = left.splitTop(agendaHeight)
        (self.agenda, self.middle) = (agenda, middle)
        // The digits keep their size on any terminal, so a tick costs what it does at 80x24
        // (decision 0042); a room reads them from `hearth watch --big`. Taller, notes grow.
        let (timer, notes) = right.splitTop(min(14, max(6, right.height - 5)))
        (self.timer, self.notes) = (timer, notes)
      } else {
        let rows =
          isReviewingActions(session)
          ? max(2, session.actionsToReview.count * 2) : session.attendees.count
        let stickHeight = min(rows + 2, max(4, body.height - 5))
        let (timer, rest) = body.splitTop(body.height - stickHeight)
        self.timer = timer
        middle = rest.splitTop(stickHeight).0
      }
    }
  }

  /// Whether the current item is an actions item, whose pane takes the talking stick's place.
  private static func isReviewingActions(_ session: SessionState) -> Bool {
    session.currentItem?.item.kind == .actions
  }
}
