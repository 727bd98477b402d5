import Foundation
import HearthTesting
import Testing

@testable import HearthCore

@Suite("Peer coaching: the focus person")
struct FocusTests {
  static func caseClinic(focus: String?) -> SessionState {
    var roles = ["facilitator": "Ana"]
    if let focus { roles[Format.focusRole] = focus }
    let start = SessionStart(
      id: "cc", pod: "Crew", format: BuiltIn.caseClinic, attendees: ["Ana", "Bo", "Chen", "Dee"],
      roles: roles, seed: 3, priorSessions: 0)
    return .started(start, at: TestClock().now())
  }

  @Test("the case statement is the focus person's alone; the round ends after them")
  func caseStatement() {
    var session = Self.caseClinic(focus: "Bo")
    let now = TestClock().now()
    #expect(session.currentOrder == ["Bo"])
    #expect(session.perform(.next, at: now) == .accept([.stickGiven(member: "Bo")]))
    #expect(session.perform(.next, at: now) == .accept([.stickReleased]))
    #expect(session.isRoundComplete)
  }

  @Test("in the mirroring, everyone but the focus person responds, in roster order")
  func mirroring() {
    var session = Self.caseClinic(focus: "Bo")
    let now = TestClock().now()
    session.perform(.nextItem, at: now)
    session.perform(.nextItem, at: now)
    #expect(session.currentItem?.item.title == "Mirroring")
    #expect(session.currentOrder == ["Ana", "Chen", "Dee"])
    #expect(session.waitingSpeakers == ["Ana", "Chen", "Dee"])
  }

  @Test("the closing round includes the focus person")
  func closing() {
    var session = Self.caseClinic(focus: "Bo")
    let now = TestClock().now()
    for _ in 0..<4 { session.perform(.nextItem, at: now) }
    #expect(Set(session.currentOrder) == ["Ana", "Bo", "Chen", "Dee"])
    #expect(session.currentOrder.last == "Ana", "facilitator last")
  }

  @Test("in the case statement a digit cannot give the stick to anyone but the focus person")
  func caseStatementDigits() {
    var session = Self.caseClinic(focus: "Bo")
    let now = TestClock().now()
    session.perform(.next, at: now)
    #expect(
      session.perform(.give(3), at: now)
        == .refuse("Only the focus person, Bo, speaks in “Case statement”."))
    #expect(session.holder == "Bo")
    session.perform(.next, at: now)
    #expect(session.perform(.give(2), at: now) == .accept([.stickGiven(member: "Bo")]))
  }

  @Test("in the mirroring the focus person listens: their digit is refused, the others' work")
  func mirroringDigits() {
    var session = Self.caseClinic(focus: "Bo")
    let now = TestClock().now()
    session.perform(.goToItem(2), at: now)
    #expect(
      session.perform(.give(2), at: now)
        == .refuse("Bo is the focus person and listens in “Mirroring”."))
    #expect(session.holder == nil)
    #expect(session.perform(.give(3), at: now) == .accept([.stickGiven(member: "Chen")]))
  }

  @Test("in the closing round the focus person may be given the stick")
  func closingDigits() {
    var session = Self.caseClinic(focus: "Bo")
    let now = TestClock().now()
    session.perform(.goToItem(4), at: now)
    #expect(session.perform(.give(2), at: now) == .accept([.stickGiven(member: "Bo")]))
  }

  @Test("without a focus person the steps are ordinary rounds")
  func noFocus() {
    let session = Self.caseClinic(focus: nil)
    #expect(session.currentOrder == ["Ana", "Bo", "Chen", "Dee"])
  }

  @Test("a format with focus steps rotates the focus person as a role; others do not")
  func roles() {
    let pod = Pod(name: "Crew", members: [Member(name: "Ana")], roles: Pod.defaultRoles)
    #expect(BuiltIn.caseClinic.roles(for: pod) == ["focus", "facilitator", "timekeeper", "scribe"])
    #expect(BuiltIn.checkIn.roles(for: pod) == Pod.defaultRoles)
  }
}
