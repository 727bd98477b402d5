import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("Asking before a second meeting of the same pod")
struct OpenMeetingQuestionTests {
  static let id = "2026-12-01T1900-check-in"

  @Test("a meeting left or crashed is offered to resume; another starts only with n")
  func left() {
    let question = OpenMeetingQuestion(pod: "Crew", id: Self.id, runningElsewhere: false)
    var expected = Array(repeating: "", count: 24)
    expected[0] = " Hearth · Crew · before the meeting"
    expected[11] = centred("A meeting of Crew is still open: 2026-12-01T1900-check-in.")
    expected[12] = centred("It was left or interrupted; resuming continues it where it stopped.")
    expected[23] = " r resume it · n start another meeting anyway · q cancel"
    expectScreen(question.render(width: 80, height: 24).lines, expected)
    #expect(question.handle(.character("r")) == .resume)
    #expect(question.handle(.enter) == .resume)
    #expect(question.handle(.character("n")) == .startAnother)
    #expect(question.handle(.character("q")) == .cancel)
    #expect(question.handle(.escape) == .cancel)
    #expect(question.handle(.character("y")) == nil, "no other key decides")
  }

  @Test("a meeting running in another terminal cannot be resumed from here, and it says so")
  func runningElsewhere() {
    let question = OpenMeetingQuestion(pod: "Crew", id: Self.id, runningElsewhere: true)
    let lines = question.render(width: 160, height: 48).lines
    #expect(lines[23].contains("A meeting of Crew is still open: 2026-12-01T1900-check-in."))
    #expect(
      lines[24].contains("It is running in another terminal, so it cannot be resumed from here."))
    #expect(lines[47].hasPrefix(" n start another meeting anyway · q cancel"))
    #expect(question.handle(.character("r")) == nil)
    #expect(question.handle(.enter) == nil)
    #expect(question.handle(.character("n")) == .startAnother)
  }

  private func centred(_ text: String) -> String {
    let x = (80 - DisplayWidth.of(text)) / 2
    return String(repeating: " ", count: x) + text
  }
}
