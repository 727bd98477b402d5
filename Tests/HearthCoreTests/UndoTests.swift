import Foundation
import Testing

@testable import HearthCore

@Suite("Undo")
struct UndoTests {
  /// A way to reach a state, then a command whose event `u` must cancel.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var setup: @Sendable (inout Rig) -> Void
    var command: Command
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "stickGiven", setup: { _ in }, command: .next),
    Case(name: "stickGiven over a turn", setup: { $0.must(.next) }, command: .give(3)),
    Case(name: "passed", setup: { $0.must(.next) }, command: .pass),
    Case(
      name: "stickReleased",
      setup: { rig in
        for _ in 0..<4 {
          rig.must(.next)
          rig.advance(10)
        }
      }, command: .next),
    Case(name: "paused", setup: { $0.must(.next) }, command: .togglePause),
    Case(
      name: "resumed",
      setup: { rig in
        rig.must(.next)
        rig.must(.togglePause)
        rig.advance(50)
      }, command: .togglePause),
    Case(name: "turnExtended", setup: { $0.must(.next) }, command: .adjust(minutes: 1)),
    Case(name: "itemExtended", setup: { _ in }, command: .adjust(minutes: -2)),
    Case(name: "noteAdded", setup: { $0.must(.next) }, command: .write(.action, "@Bo call")),
    Case(name: "itemEntered", setup: { $0.must(.next) }, command: .nextItem),
    Case(
      name: "itemEntered (revisit)",
      setup: { rig in
        rig.must(.next)
        rig.advance(15)
        rig.must(.nextItem)
      }, command: .previousItem),
  ]

  @Test(
    "u cancels the last action and restores what the facilitator saw before it", arguments: cases)
  func undoRestores(testCase: Case) throws {
    var rig = Rig()
    rig.advance(5)
    testCase.setup(&rig)
    rig.advance(20)
    let before = rig.state
    let done = rig.must(testCase.command)
    let sequence = rig.state.lastSequence
    #expect(rig.state.derived != before.derived)
    rig.advance(7)
    #expect(rig.must(.undo) == [.undone(sequence: sequence)])
    #expect(rig.state.derived == before.derived)
    // The cancelled event stays in the records; the history is append-only.
    #expect(rig.state.records.map(\.event).suffix(2) == done + [.undone(sequence: sequence)])
  }

  @Test("Undoing a stick change gives the earlier speaker back their whole turn")
  func undoStickGivenKeepsTurnRunning() throws {
    var rig = Rig()
    rig.must(.next)
    rig.advance(30)
    rig.must(.next)
    rig.advance(10)
    rig.must(.undo)
    #expect(rig.state.holder == "Ana")
    #expect(rig.state.turnTimer(at: rig.now)?.elapsed == 40)
    #expect(rig.turns(0).isEmpty)
  }

  @Test("Undoing a pause counts the paused time again")
  func undoPause() {
    var rig = Rig()
    rig.must(.next)
    rig.must(.togglePause)
    rig.advance(60)
    rig.must(.undo)
    #expect(!rig.state.isPaused)
    #expect(rig.state.turnTimer(at: rig.now)?.elapsed == 60)
  }

  @Test("Repeated u walks back through the history, skipping what is already undone")
  func undoRepeatedly() {
    var rig = Rig()
    rig.must(.next)
    rig.must(.next)
    rig.must(.write(.note, "x"))
    rig.must(.undo)
    #expect(rig.state.notes.isEmpty)
    rig.must(.undo)
    #expect(rig.state.holder == "Ana")
    rig.must(.undo)
    #expect(rig.state.holder == nil)
    rig.must(.undo)  // the first itemEntered
    #expect(rig.state.currentIndex == nil)
    #expect(rig.refused(.undo) == "Nothing to undo.")
  }

  @Test("Nothing to undo at the very start")
  func nothingToUndo() {
    var rig = Rig(enterFirstItem: false)
    #expect(rig.state.undoTarget == nil)
    #expect(rig.refused(.undo) == "Nothing to undo.")
  }

  @Test("u never cancels a start, a leave or a recovery")
  func undoSkipsLifecycle() {
    var rig = Rig()
    rig.must(.next)
    let given = rig.state.lastSequence
    rig.must(.leave)
    rig.advance(100)
    rig.must(.recover)
    #expect(rig.must(.undo) == [.undone(sequence: given)])
    #expect(rig.must(.undo) == [.undone(sequence: 2)])
    #expect(rig.refused(.undo) == "Nothing to undo.")
    #expect(rig.state.start != nil)
    #expect(rig.state.leftAt == nil)
  }

  @Test("u never cancels the end")
  func undoAfterEnd() {
    var rig = Rig()
    rig.must(.end)
    #expect(rig.refused(.undo) == "The meeting has ended.")
    #expect(rig.state.isEnded)
  }

  @Test("Every event kind knows whether u may cancel it")
  func undoable() {
    let start = SessionStart(
      id: "x", pod: "p", format: Fixture.format, attendees: [], roles: [:], seed: 0,
      priorSessions: 0)
    let never: [Event] = [.started(start), .undone(sequence: 1), .left, .recovered, .ended]
    let always: [Event] = [
      .itemEntered(index: 0, order: []), .stickGiven(member: "Ana"), .passed(next: nil),
      .stickReleased, .paused, .resumed, .turnExtended(seconds: 60), .itemExtended(seconds: 60),
      .noteAdded(Note(kind: .note, text: "t", member: nil, owner: nil, item: 0)),
    ]
    #expect(never.allSatisfy { !$0.isUndoable })
    #expect(always.allSatisfy { $0.isUndoable })
  }

  @Test("Undoing an event from before an interruption keeps the meeting time before it")
  func undoAcrossRecovery() throws {
    var rig = Rig()
    rig.must(.next)  // Ana
    rig.advance(30)
    rig.must(.next)  // Bo, by mistake
    rig.advance(620)  // the terminal died somewhere in here
    rig.must(.recover)
    let meetingTime = rig.state.activeSeconds(at: rig.now)
    #expect(meetingTime == 30)
    rig.must(.undo)
    #expect(rig.state.holder == "Ana")
    #expect(rig.state.activeSeconds(at: rig.now) == meetingTime)
    #expect(rig.state.turnTimer(at: rig.now)?.elapsed == 30)
  }
}
