import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("Clicks on list rows and agenda items")
struct MouseTests {
  /// The pick a click gives on the row of `grid` showing `text`.
  static func click(_ text: String, in grid: Grid) -> Key? {
    guard let y = grid.lines.firstIndex(where: { $0.contains(text) }),
      let x = grid.lines[y].range(of: text).map({
        grid.lines[y].distance(from: grid.lines[y].startIndex, to: $0.lowerBound)
      })
    else { return nil }
    return grid.pick(x: x, y: y)
  }

  @Test("a region picks its tag; a click elsewhere picks nothing; the last drawn is on top")
  func regions() {
    var grid = Grid(width: 20, height: 5)
    grid.mark(Rect(x: 0, y: 1, width: 20, height: 1), tag: 7)
    grid.mark(Rect(x: 5, y: 1, width: 5, height: 1), tag: 9)
    #expect(grid.pick(x: 0, y: 1) == .pick(7))
    #expect(grid.pick(x: 6, y: 1) == .pick(9))
    #expect(grid.pick(x: 6, y: 2) == nil)
  }

  @Test("home: a click chooses a row, a second click on it goes")
  func home() throws {
    var model = HomeModel(pod: nil)
    var grid = HomeScreen.render(model, width: 80, height: 24)
    let key = try #require(Self.click("Create your pod", in: grid))
    #expect(model.handle(key) == nil)
    grid = HomeScreen.render(model, width: 80, height: 24)
    #expect(grid.lines.contains { $0.contains("▶ 2  Create your pod") })
    #expect(model.handle(key) == nil)
    #expect(model.mode == .creating(PodCreation()))
  }

  @Test("review: a click selects a session, a second click opens it")
  func review() throws {
    var model = ReviewModel(
      pod: "Crew",
      rows: [
        .init(
          id: "b", started: Date(timeIntervalSince1970: 2_000_000), format: "check-in",
          seconds: 60, attendees: ["Ana"], facilitator: "Ana"),
        .init(
          id: "a", started: Date(timeIntervalSince1970: 1_000_000), format: "tactical",
          seconds: 60, attendees: ["Bo"], facilitator: "Bo"),
      ])
    let grid = ReviewScreen.render(model, width: 80, height: 24, now: Date(), timeZone: .gmt)
    let key = try #require(Self.click("tactical", in: grid))
    #expect(model.handle(key, width: 80, height: 24) == nil)
    #expect(model.selected == 1)
    #expect(model.handle(key, width: 80, height: 24) == .open("a"))
  }

  @Test("meeting: a click on an agenda item goes to it")
  func agenda() throws {
    let clock = TestClock()
    var model = MeetingModel(session: .demo(at: clock.now()))
    let grid = MeetingScreen.render(model, at: clock.now(), width: 100, height: 30)
    let key = try #require(Self.click("3 Action review", in: grid))
    #expect(model.handle(key) == .perform(.goToItem(2)))
    var session = model.session
    session.perform(.goToItem(2), at: clock.now())
    #expect(session.currentIndex == 2)
    #expect(session.decide(.goToItem(2)) == .refuse("This item is already the current one."))
    #expect(session.decide(.goToItem(9)) == .refuse("There is no item 10; the agenda has 4."))
  }

  @Test("before the meeting: a click marks a member away, or chooses a format")
  func preMeeting() throws {
    var model = PreMeetingModel(
      pod: BuiltIn.demoPod, formats: BuiltIn.formats, preferred: nil, sessionNumber: 1,
      suggest: { roles, present, _, _ in Dictionary(uniqueKeysWithValues: zip(roles, present)) })
    var grid = PreMeetingScreen.render(model, width: 100, height: 30)
    let bo = try #require(Self.click("2 Bo", in: grid))
    #expect(model.handle(bo) == .stay)
    #expect(!model.attendees.contains("Bo"))
    grid = PreMeetingScreen.render(model, width: 100, height: 30)
    let tactical = try #require(Self.click("tactical", in: grid))
    #expect(model.handle(tactical) == .stay)
    #expect(model.format.name == "tactical")
  }
}
