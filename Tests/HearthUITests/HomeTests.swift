import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("The home screen")
struct HomeTests {
  static let utc = TimeZone(identifier: "UTC")!

  /// Presses keys, returning the last intent.
  @discardableResult
  static func press(_ model: inout HomeModel, _ keys: Key...) -> HomeModel.Intent? {
    var intent: HomeModel.Intent?
    for key in keys { intent = model.handle(key) }
    return intent
  }

  static func type(_ model: inout HomeModel, _ text: String) {
    for character in text { _ = model.handle(.character(character)) }
  }

  @Test("a first run welcomes, offers the demo first, then creating the pod")
  func firstRun() {
    var model = HomeModel(pod: nil)
    let lines = HomeScreen.render(model, width: 80, height: 24, timeZone: Self.utc).lines
    #expect(lines.contains { $0.contains("Welcome to Hearth") })
    #expect(lines.contains { $0.contains("▶ 1  Try the demo") })
    #expect(lines.contains { $0.contains("  2  Create your pod") })
    #expect(lines[23].contains("Enter go"))
    #expect(model.choices.map(\.choice) == [.demo, .createPod, .keys, .quit])
    #expect(Self.press(&model, .enter) == .demo)
    #expect(Self.press(&model, .character("4")) == .quit)
  }

  @Test("creating a pod asks its name, then each member; mistakes are said and can be fixed")
  func createPod() {
    var model = HomeModel(pod: nil)
    Self.press(&model, .down, .enter)
    Self.type(&model, "Tuesday Crew")
    var lines = HomeScreen.render(model, width: 80, height: 24, timeZone: Self.utc).lines
    #expect(lines[23].contains("Your pod's name › Tuesday Crew▏"))
    Self.press(&model, .enter)
    Self.type(&model, "Ana")
    Self.press(&model, .enter, .enter)
    Self.type(&model, "ana")
    #expect(Self.press(&model, .enter) == nil)
    #expect(model.message == "ana is named twice.")
    #expect(model.messageIsError)
    lines = HomeScreen.render(model, width: 80, height: 24, timeZone: Self.utc).lines
    #expect(lines[23].contains("ana is named twice."))
    for _ in 0..<3 { Self.press(&model, .backspace) }
    Self.type(&model, "Bo")
    Self.press(&model, .enter, .enter, .enter, .enter, .enter)
    #expect(
      Self.press(&model, .character("n"))
        == .createPod(
          .init(
            pod: Pod(
              name: "Tuesday Crew", members: [Member(name: "Ana"), Member(name: "Bo")],
              roles: Pod.defaultRoles),
            sealed: false)))
    #expect(model.mode == .menu)
  }

  @Test("Esc leaves typing without creating anything; q and Esc quit from the menu")
  func escape() {
    var model = HomeModel(pod: nil)
    Self.press(&model, .character("2"))
    Self.type(&model, "Crew")
    #expect(Self.press(&model, .escape) == nil)
    #expect(model.mode == .menu)
    #expect(Self.press(&model, .escape) == .quit)
    #expect(Self.press(&model, .character("q")) == .quit)
  }

  @Test("with a pod: resume first when a meeting was left, then meet and review; ? shows keys")
  func withPod() {
    let pod = HomeModel.PodSummary(
      name: "Tuesday Crew", members: 5, sessions: 12,
      lastMet: Date(timeIntervalSince1970: 1_795_806_000), openSession: "2026-11-27T1900-check-in")
    var model = HomeModel(pod: pod)
    #expect(model.choices.map(\.choice) == [.resume, .meet, .review, .demo, .keys, .quit])
    var lines = HomeScreen.render(model, width: 80, height: 24, timeZone: Self.utc).lines
    #expect(lines.contains { $0.contains("Tuesday Crew") })
    #expect(lines.contains { $0.contains("5 members · 12 sessions · last met 27 November 2026") })
    #expect(lines.contains { $0.contains("left open: check-in of 27 November 2026, 19:00") })
    #expect(Self.press(&model, .down, .enter) == .meet)
    Self.press(&model, .character("?"))
    lines = HomeScreen.render(model, width: 80, height: 24, timeZone: Self.utc).lines
    #expect(lines.contains { $0.contains("─ Keys on the home screen ─") })
    #expect(lines.contains { $0.contains("p        switch to your next pod") })
    Self.press(&model, .character("x"))
    #expect(model.mode == .menu)
    #expect(Self.press(&model, .character("3")) == .review)
  }

  @Test("with two meetings open, resume says so: the resume screen asks which")
  func severalOpen() {
    let pod = HomeModel.PodSummary(
      name: "Tuesday Crew", members: 5, sessions: 12, openSession: "2026-11-27T1900-check-in",
      openSessions: 2)
    let model = HomeModel(pod: pod)
    #expect(model.choices.first?.choice == .resume)
    let lines = HomeScreen.render(model, width: 80, height: 24, timeZone: Self.utc).lines
    #expect(
      lines.contains { $0.contains("Resume the meeting    2 left or interrupted; it asks which") })
  }

  @Test("with several pods of the user's, p switches and the hints say so; with one, p is inert")
  func switchPod() {
    let one = HomeModel.PodSummary(name: "Tuesday Crew", members: 3, sessions: 0)
    var single = HomeModel(pod: one)
    var lines = HomeScreen.render(single, width: 80, height: 24, timeZone: Self.utc).lines
    #expect(!lines[23].contains("switch pod"))
    #expect(Self.press(&single, .character("p")) == nil)
    var two = one
    two.pods = 2
    var several = HomeModel(pod: two)
    lines = HomeScreen.render(several, width: 80, height: 24, timeZone: Self.utc).lines
    #expect(lines[23] == " ↑↓ choose   Enter go   1-4 pick   p switch pod   ? keys   q quit")
    #expect(Self.press(&several, .character("p")) == .switchPod)
  }

  @Test("the selected choice is styled as selected; a tiny terminal asks for room")
  func styles() {
    let grid = HomeScreen.render(HomeModel(pod: nil), width: 80, height: 24, timeZone: Self.utc)
    let row = grid.lines.firstIndex { $0.contains("Try the demo") } ?? 0
    #expect(grid.role(of: "Try the demo", row: row) == .selected)
    let small = HomeScreen.render(HomeModel(pod: nil), width: 20, height: 6, timeZone: Self.utc)
    #expect(small.lines.joined().contains("small"))
  }
}
