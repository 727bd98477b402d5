import Foundation
import HearthCore

/// The live meeting screen drawn moment after moment, as `MeetingScreen.render` draws it, but
/// keeping the layer that does not change with the time (the status line, the notes) while
/// nothing it shows has changed: a tick redraws only the panes that show a clock.
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
  }

  private var kept: (still: Still, grid: Grid)?

  public init() {}

  /// The screen for `model` at `now`, equal to `MeetingScreen.render`'s.
  public mutating func render(_ model: MeetingModel, at now: Date, width: Int, height: Int)
    -> Grid
  {
    let still = Still(model, width: width, height: height)
    var grid: Grid
    if let kept, kept.still == still {
      grid = kept.grid
    } else {
      grid = MeetingScreen.still(model, width: width, height: height)
      kept = (still, grid)
    }
    MeetingScreen.drawTicking(model, at: now, into: &grid)
    return grid
  }
}
