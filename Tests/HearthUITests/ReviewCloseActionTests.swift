import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("Review's open actions are closed with x and z, between meetings")
struct ReviewCloseActionTests {
  static func reviewing() -> ReviewModel {
    var model = ReviewTests.model()
    model.showActions(ReviewTests.actions())
    return model
  }

  @Test("the top open action is marked; x asks to mark it done, z dropped; the keys are shown")
  func keys() throws {
    var model = Self.reviewing()
    for (width, height) in [(80, 24), (120, 40)] {
      let grid = ReviewScreen.render(
        model, width: width, height: height, now: ReviewTests.day, timeZone: ReviewTests.utc)
      #expect(grid.role(of: "→ Call the venue", row: 1) == .selected)
      #expect(grid.lines[height - 1] == " j k choose   x done   z dropped   q back")
    }
    let intent = model.handle(.character("x"), width: 80, height: 24)
    guard case .close(let action, .done)? = intent else {
      Issue.record("x asked \(String(describing: intent))")
      return
    }
    #expect(action.text == "Call the venue")
    var ledger = ReviewTests.actions()
    ledger.record(
      closedBetweenMeetings: [ActionOutcome(id: action.id, status: .done, at: ReviewTests.day)])
    model.closed(action, .done, ledger)
    #expect(
      model.message == "Marked done: Call the venue — the next meeting no longer carries it.")
    let grid = ReviewScreen.render(
      model, width: 80, height: 24, now: ReviewTests.day, timeZone: ReviewTests.utc)
    #expect(grid.lines[1] == " No open actions: everything promised has been done or let go.")
    #expect(grid.lines.contains("    Bo · marked done 27 November 2026 between meetings"))
    #expect(model.handle(.character("z"), width: 80, height: 24) == nil, "nothing open is left")
    #expect(model.message == "Choose an open action first (j k): the top one is marked.")
  }

  @Test("x and z do nothing outside the actions screen")
  func elsewhere() {
    var model = ReviewTests.model()
    #expect(model.handle(.character("x"), width: 80, height: 24) == nil)
    #expect(model.handle(.character("z"), width: 80, height: 24) == nil)
  }
}
