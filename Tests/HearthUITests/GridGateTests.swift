import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("The grid is the screens' gate: no control or bidi character reaches a cell")
struct GridGateTests {
  /// What a hand-edited or synced pod can hold: a clipboard write, a window title, a clear
  /// screen, a one-byte CSI and a right-to-left override.
  static let hostile = "\u{1B}]52;c;aGk=\u{7}\u{1B}]0;pwned\u{7}\u{1B}[2J\u{9B}31m\u{202E}"
  static let shown = "^[]52;c;aGk=^G^[]0;pwned^G^[[2J<U+009B>31m<U+202E>"

  static func expectNothingHeld(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
    for cell in grid.cells where TerminalText.firstHeld(in: cell.text) != nil {
      Issue.record("a cell holds \(cell.text.debugDescription)", sourceLocation: sourceLocation)
    }
  }

  @Test("put shows controls in caret notation and C1 and bidi as code points")
  func put() {
    var grid = Grid(width: 70, height: 1)
    let written = grid.put("x" + Self.hostile + "y", x: 0, y: 0, .normal)
    #expect(grid.lines == ["x" + Self.shown + "y"])
    #expect(written == Self.shown.count + 2)
    Self.expectNothingHeld(grid)
  }

  @Test("clipping and right alignment measure the visible form")
  func clippingAndAlignment() {
    var grid = Grid(width: 12, height: 2)
    grid.put(clipping: String(repeating: "\u{1B}", count: 6), x: 0, y: 0, width: 10, .normal)
    grid.put(rightAligned: "\u{7}x", maxX: 12, y: 1, .normal)
    #expect(grid.lines == ["^[^[^[^[^…", "         ^Gx"])
    #expect(DisplayWidth.of("\u{1B}") == 2)
    #expect(DisplayWidth.of("a\u{202E}b") == 10)
  }

  @Test("emoji and joined names keep their cells")
  func emoji() {
    var grid = Grid(width: 12, height: 1)
    grid.put("👩‍👩‍👧 陳 ❤️", x: 0, y: 0, .normal)
    #expect(grid.lines == ["👩‍👩‍👧 陳 ❤️"])
    #expect(grid[0, 0].text == "👩‍👩‍👧")
  }

  /// A meeting whose pod, format, item, prompt, attendee and note all came from hostile files.
  static func hostileSession() -> (TestClock, SessionState) {
    let clock = TestClock()
    let item = AgendaItem(
      title: "Arrival" + hostile, kind: .round, timebox: 600, turnTimebox: 120, order: .roster,
      prompt: "How\u{202E} are you?")
    let start = SessionStart(
      id: "x", pod: "Crew\u{1B}[2J",
      format: Format(name: "h", title: "Check\u{9B}in", items: [item]),
      attendees: ["Ana\u{1B}]0;pwned\u{7}", "Bo"], roles: [:], seed: 1, priorSessions: 0)
    var session = SessionState.started(start, at: clock.now())
    session.perform(.nextItem, at: clock.now())
    session.perform(.next, at: clock.now())
    let note = Note(kind: .note, text: "note " + hostile, member: nil, owner: nil, item: 0)
    session.apply(
      EventRecord(sequence: session.lastSequence + 1, time: clock.now(), event: .noteAdded(note)))
    return (clock, session)
  }

  @Test("the meeting and watch screens show hostile text visibly, at 80x24 and 120x40")
  func screens() {
    let (clock, session) = Self.hostileSession()
    var watch = WatchModel(pod: "Crew", big: false)
    watch.follow(session, at: clock.now())
    for (width, height) in [(80, 24), (120, 40)] {
      let meeting = MeetingScreen.render(
        MeetingModel(session: session), at: clock.now(), width: width, height: height)
      Self.expectNothingHeld(meeting)
      #expect(meeting.lines[0].contains("Crew^[[2J"))
      #expect(meeting.lines.contains { $0.contains("Ana^[]0;pwned^G") })
      #expect(meeting.lines.contains { $0.contains("note ^[]52;c;aGk=^G") })
      let watched = WatchScreen.render(watch, at: clock.now(), width: width, height: height)
      Self.expectNothingHeld(watched)
      #expect(watched.lines[0].contains("Crew^[[2J · Check<U+009B>in"))
      #expect(watched.lines.contains { $0.contains("Ana^[]0;pwned^G") })
    }
  }
}
