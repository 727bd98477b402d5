import Foundation
import HearthCore
import HearthTerminal
import HearthTesting
import HearthUI
import Testing

@Suite("Keys do nothing while \"terminal too small\" hides a screen")
struct TooSmallScreenTests {
  static let rows = [
    ReviewModel.SessionRow(
      id: "2026-11-27T1900-check-in", started: Date(timeIntervalSince1970: 1_795_806_000),
      format: "check-in", seconds: 600, attendees: ["Ana", "Bo"], facilitator: "Ana")
  ]

  @Test("in review at 30x8, d and q are dropped; enlarged, q quits; Ctrl-C always does")
  func review() {
    let clock = TestClock()
    var model = ReviewModel(pod: "Crew", rows: Self.rows)
    var handled: [Key] = []
    let screen = ScriptedScreen(
      width: 30, height: 8, clock: clock,
      [
        .look { #expect($0.lines.joined().contains("Terminal too small")) },
        .key(.character("d")), .key(.character("y")), .key(.character("q")),
        .resize(width: 80, height: 24),
        .look { #expect(!$0.lines.joined().contains("Terminal too small")) },
        .key(.character("q")),
      ])
    let result = screen.runScreen(
      render: {
        ReviewScreen.render(model, width: $0, height: $1, now: clock.now(), timeZone: .gmt)
      },
      handle: { key -> ReviewModel.Intent? in
        handled.append(key)
        return model.handle(key, width: screen.size.width, height: screen.size.height)
      })
    #expect(result == .quit)
    #expect(handled == [.character("q")], "nothing typed while hidden reached the review")
    #expect(model.mode == .normal, "d asked nothing")
  }

  @Test("Ctrl-C acts while hidden")
  func controlC() {
    let clock = TestClock()
    var model = ReviewModel(pod: "Crew", rows: Self.rows)
    let screen = ScriptedScreen(width: 30, height: 8, clock: clock, [.key(.control("c"))])
    let result = screen.runScreen(
      render: {
        ReviewScreen.render(model, width: $0, height: $1, now: clock.now(), timeZone: .gmt)
      },
      handle: { model.handle($0, width: 30, height: 8) })
    #expect(result == .quit)
  }
}
