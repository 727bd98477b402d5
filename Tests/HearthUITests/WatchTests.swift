import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("The watch view")
struct WatchTests {
  /// A demo meeting where Ana has held the stick for 15 s, followed by a watcher.
  static func speaking() -> (TestClock, SessionState, WatchModel) {
    let clock = TestClock()
    var session = SessionState.demo(at: clock.now())
    session.perform(.next, at: clock.now())
    clock.advance(by: 15)
    var model = WatchModel(pod: "Demo Pod", big: false)
    model.follow(session, at: clock.now())
    return (clock, session, model)
  }

  @Test("before any meeting it says what it waits for; b and q are the only keys")
  func waiting() {
    var model = WatchModel(pod: "Tuesday Crew", big: false)
    let lines = WatchScreen.render(model, at: Date(), width: 80, height: 24).lines
    #expect(lines[0].contains("Hearth · Tuesday Crew · watching"))
    #expect(lines.contains { $0.contains("No meeting is running in Tuesday Crew yet.") })
    #expect(lines[23].contains("Waiting for a meeting of Tuesday Crew"))
    for key in ["n", "p", " ", "]", "i", "u"] {
      #expect(model.handle(.character(Character(key))) == nil)
    }
    #expect(model.handle(.character("q")) == .quit)
  }

  @Test("a live meeting shows the facilitator's panes, with a read-only status line")
  func live() {
    let (clock, session, model) = Self.speaking()
    let grid = WatchScreen.render(model, at: clock.now(), width: 100, height: 30)
    let meeting = MeetingScreen.render(
      MeetingModel(session: session), at: clock.now(), width: 100, height: 30)
    #expect(Array(grid.lines.dropLast()) == Array(meeting.lines.dropLast()))
    #expect(grid.lines[29].contains("Watching Demo Pod, read-only · b big timer · q quit"))
    #expect(grid.role(of: "Watching", row: 29) == .status)
  }

  @Test("b fills the screen with the countdown for a projector; the caption stays")
  func big() throws {
    var (clock, _, model) = Self.speaking()
    #expect(model.handle(.character("b")) == nil)
    let grid = WatchScreen.render(model, at: clock.now(), width: 160, height: 48)
    let digitRows = grid.lines.filter { $0.contains("██████") }
    #expect(digitRows.count >= 15, "digits several times taller than in the meeting")
    #expect(grid.lines.contains { $0.contains("Ana · 0:15 of 2:00") })
    #expect(grid.lines[47].contains("b all panes"))
    let row = try #require(grid.lines.firstIndex { $0.contains("██████") })
    let column = try #require(grid.lines[row].firstIndex(of: "█"))
    let x = grid.lines[row].distance(from: grid.lines[row].startIndex, to: column)
    #expect(grid[x, row].role == .timerNormal)
  }

  @Test("an ended meeting stays on screen, saying the next one will be picked up")
  func ended() {
    let clock = TestClock()
    var session = SessionState.demo(at: clock.now())
    session.perform(.end, at: clock.now())
    var model = WatchModel(pod: "Demo Pod", big: true)
    model.follow(session, at: clock.now())
    #expect(!model.isLive)
    let lines = WatchScreen.render(model, at: clock.now(), width: 80, height: 24).lines
    #expect(lines[23].contains("The meeting has ended · waiting for the next"))
    #expect(lines.contains { $0.contains("The last meeting, Check-in, ended after 0:00.") })
    #expect(!lines.joined().contains("left"), "no timer frozen at the end")
    #expect(!lines.joined().contains("Agenda"))
  }

  @Test("a meeting whose program died stops ticking and says it stopped answering")
  func stoppedAnswering() {
    var (clock, session, model) = Self.speaking()
    clock.advance(by: 5)
    model.follow(session, answering: false, at: clock.now())
    #expect(!model.isLive, "nothing moves: the watch loop stops waking each second")
    clock.advance(by: 40)
    let lines = WatchScreen.render(model, at: clock.now(), width: 100, height: 30).lines
    #expect(lines.contains { $0.contains("Ana · 0:20 of 2:00") }, "frozen when it was noticed")
    #expect(
      lines[29] == " The meeting stopped answering · `hearth resume` continues it · q quit")
    let narrow = WatchScreen.render(model, at: clock.now(), width: 80, height: 24).lines
    #expect(narrow[23].hasSuffix("continues it · q quit"), "the whole line fits 80 columns")
    session.perform(.recover, at: clock.now())
    model.follow(session, answering: true, at: clock.now())
    #expect(model.isLive, "resumed elsewhere: followed live again")
    #expect(
      WatchScreen.render(model, at: clock.now(), width: 100, height: 30).lines[29].contains(
        "Watching Demo Pod, read-only"))
  }

  @Test("a meeting already dead when watching starts is shown at its last event")
  func foundStopped() {
    let clock = TestClock()
    var session = SessionState.demo(at: clock.now())
    session.perform(.next, at: clock.now())
    clock.advance(by: 300)
    var model = WatchModel(pod: "Demo Pod", big: false)
    model.follow(session, answering: false, at: clock.now())
    let lines = WatchScreen.render(model, at: clock.now(), width: 100, height: 30).lines
    #expect(lines.contains { $0.contains("Ana · 0:00 of 2:00") })
    #expect(lines[29].contains("stopped answering"))
  }

  @Test("a meeting left with Ctrl-C says so, instead of looking live")
  func left() {
    var (clock, session, model) = Self.speaking()
    session.perform(.leave, at: clock.now())
    model.follow(session, at: clock.now())
    #expect(!model.isLive)
    let lines = WatchScreen.render(model, at: clock.now(), width: 100, height: 30).lines
    #expect(lines[29].contains("The meeting was left, not ended: `hearth resume` continues it"))
  }
}
