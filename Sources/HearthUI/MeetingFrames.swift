import Foundation
import HearthCore

/// The live meeting screen drawn moment after moment, as `MeetingScreen.render` draws it, but
/// keeping the layer that does not change with the time (the status line, the notes) while
/// nothing it shows has changed: a tick redraws only the panes that show a clock, and says
/// which areas those are (`changed`) so the terminal compares only them.
public struct MeetingFrames: Sendable {
  /// What the still layer is drawn from: everything of the model it can show, and the size.
  private struct Still: Equatable {
    var session: SessionState
    var mode: MeetingModel.Mode
    var message: MeetingModel.Message?
    var cursor: String.Index?
    var agreements: [String]?
    var width, height: Int

    init(_ model: MeetingModel, width: Int, height: Int) {
      session = model.session
      mode = model.mode
      message = model.message
      cursor = model.cursor
      agreements = model.showsAgreementsNotice ? model.agreements : nil
      (self.width, self.height) = (width, height)
    }

    /// Whether the layer drawn from `kept` shows `self`: a heartbeat changes the session but
    /// nothing the layer shows, so the 10 s heartbeat does not redraw it.
    static func == (kept: Self, now: Self) -> Bool {
      guard kept.session == now.session || now.session.onlyHeartbeats(since: kept.session) else {
        return false
      }
      return (kept.mode, kept.message, kept.cursor, kept.agreements, kept.width, kept.height)
        == (now.mode, now.message, now.cursor, now.agreements, now.width, now.height)
    }
  }

  /// The still layer, what it was drawn from, the areas a tick draws over it, and the last
  /// frame (kept so a tick rewrites only those areas of it, never copying the whole grid).
  private var kept: (still: Still, layer: Grid, ticking: [Rect], frame: Grid)?

  /// The areas in which the last frame can differ from the one before it; nil when anything
  /// may have changed (the first frame, or a change the still layer shows).
  public private(set) var changed: [Rect]?

  public init() {}

  /// The screen for `model` at `now`, equal to `MeetingScreen.render`'s.
  public mutating func render(_ model: MeetingModel, at now: Date, width: Int, height: Int)
    -> Grid
  {
    let still = Still(model, width: width, height: height)
    guard var kept, kept.still == still else {
      let layer = MeetingScreen.still(model, width: width, height: height)
      var frame = layer
      MeetingScreen.drawTicking(model, at: now, into: &frame)
      let ticking = MeetingScreen.tickingAreas(model, width: width, height: height)
      kept = (still, layer, ticking, frame)
      changed = nil
      return frame
    }
    self.kept = nil
    kept.still = still
    kept.frame.copy(kept.ticking, from: kept.layer)
    MeetingScreen.drawTicking(model, at: now, into: &kept.frame)
    self.kept = kept
    changed = kept.ticking
    return kept.frame
  }
}
