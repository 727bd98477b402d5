import Foundation
import HearthCore
import Testing

@testable import HearthUI

@Suite("The home screen's dashboard and pod creation")
struct HomeDashboardTests {
  static let utc = TimeZone(identifier: "UTC")!

  /// A pod with history: five members (pronouns, CJK, an accent), three open actions, roles.
  static let crew = HomeModel.PodSummary(
    name: "Tuesday Crew", members: 5, sessions: 3,
    lastMet: Date(timeIntervalSince1970: 1_795_806_000), pods: 1,
    roster: [
      Member(name: "Ana", pronouns: "she/her"), Member(name: "Bo"),
      Member(name: "Chen 陈", pronouns: "he/him"), Member(name: "Dee", pronouns: "they/them"),
      Member(name: "José"),
    ],
    openActions: [
      OpenAction(
        id: "a#3", text: "book the room", owner: "Chen 陈", session: "a", written: .distantPast),
      OpenAction(
        id: "a#4", text: "call the venue about Thursday", owner: "Ana", session: "a",
        written: .distantPast),
      OpenAction(
        id: "b#2", text: "share the reading list", owner: nil, session: "b",
        written: .distantPast),
    ],
    nextRoles: [
      .init(role: "facilitator", member: "Bo"), .init(role: "timekeeper", member: "Dee"),
      .init(role: "scribe", member: "José"),
    ],
    commitment: 6)

  static func render(_ model: HomeModel, _ width: Int, _ height: Int) -> [String] {
    HomeScreen.render(model, width: width, height: height, timeZone: utc).lines
  }

  static func answer(_ model: inout HomeModel, _ lines: String...) {
    for line in lines {
      for character in line { _ = model.handle(.character(character)) }
      _ = model.handle(.enter)
    }
  }

  @Test("at 80x24 the pod, its commitment, roster with pronouns, roles and actions all show")
  func dashboard80() {
    let lines = Self.render(HomeModel(pod: Self.crew), 80, 24)
    expectScreen(
      lines,
      [
        " Hearth",
        "",
        "  Tuesday Crew                                            next: session 4 of 6",
        "  5 members · 3 sessions · last met 27 November 2026",
        "  Next: meet when everyone is here, or review what was said.",
        "",
        "  Members                               Suggested next time",
        "  Ana (she/her)                         facilitator  Bo",
        "  Bo                                    timekeeper   Dee",
        "  Chen 陈 (he/him)                      scribe       José",
        "  Dee (they/them)",
        "  José",
        "",
        "  Open actions (3)",
        "  Chen 陈     book the room",
        "  Ana         call the venue about Thursday",
        "  nobody yet  share the reading list",
        "",
        "  ▶ 1  Start a meeting       choose the format, who is here, confirm roles",
        "    2  Review past sessions  transcripts, search, stats, actions",
        "    3  Try the demo          a practice meeting of a four-person demo pod",
        "    4  Read the keys         what each key does in a live meeting",
        "    5  Quit",
        " ↑↓ choose   Enter go   1-5 pick   ? keys   q quit",
      ])
  }

  @Test("at 120x40 every action shows, with its owner, or nobody yet")
  func dashboard120() {
    let lines = Self.render(HomeModel(pod: Self.crew), 120, 40)
    #expect(lines[2].contains("Tuesday Crew") && lines[2].contains("next: session 4 of 6"))
    #expect(lines.contains { $0.contains("Chen 陈 (he/him)") && $0.contains("scribe       José") })
    #expect(lines.contains { $0.contains("Open actions (3)") })
    #expect(lines.contains { $0.contains("Ana         call the venue about Thursday") })
    #expect(lines.contains { $0.contains("nobody yet  share the reading list") })
    #expect(!lines.contains { $0.contains("more") })
    #expect(lines.contains { $0.contains("▶ 1  Start a meeting") })
  }

  @Test("more open actions than fit are counted, and the choices keep their rows")
  func manyActions() {
    var pod = Self.crew
    pod.openActions = (1...12).map {
      OpenAction(
        id: "a#\($0)", text: "task \($0)", owner: "Bo", session: "a", written: .distantPast)
    }
    pod.roster += ["Eli", "Fatou", "Gus", "Hana"].map { Member(name: $0) }
    let lines = Self.render(HomeModel(pod: pod), 80, 24)
    // Nine members do not fit a row each: they run on, wrapped, and every one shows.
    #expect(lines[7].hasPrefix("  Ana (she/her), Bo, Chen 陈 (he/him),  facilitator  Bo"))
    for member in pod.roster { #expect(lines.joined().contains(member.name)) }
    #expect(lines.contains { $0.contains("Open actions (12)") })
    #expect(lines.contains { $0.contains("Bo  task 1") })
    #expect(lines.contains { $0.hasPrefix("  … ") && $0.hasSuffix(" more") })
    #expect(lines.contains { $0.contains("5  Quit") })
  }

  @Test("the next step: resume an open meeting, or the retrospective once the term is done")
  func nextStep() {
    var pod = Self.crew
    pod.openSession = "2026-11-27T1900-check-in"
    pod.openSessions = 1
    var lines = Self.render(HomeModel(pod: pod), 80, 24)
    #expect(lines.contains { $0.contains("Next: resume the meeting that was left open.") })
    #expect(lines.contains { $0.contains("▶ 1  Resume the meeting") })
    pod.openSession = nil
    pod.openSessions = 0
    pod.sessions = 6
    lines = Self.render(HomeModel(pod: pod), 80, 24)
    #expect(lines[2].hasSuffix("commitment of 6 sessions complete"))
    #expect(lines.contains { $0.contains("Next: a retrospective; before it starts, renew or") })
    pod.commitmentTerm = CommitmentTerm(number: 2, from: 7)
    lines = Self.render(HomeModel(pod: pod), 80, 24)
    #expect(lines[2].contains("next: session 1 of 6, second term"))
    pod.commitment = nil
    pod.agreements = 2
    pod.sealed = true
    lines = Self.render(HomeModel(pod: pod), 80, 24)
    #expect(lines[3].hasSuffix("· 2 agreements · sealed"))
    #expect(!lines[2].contains("session"))
  }

  @Test("no open actions says so; a pod without history suggests roles for its first meeting")
  func empty() {
    var pod = Self.crew
    pod.openActions = []
    pod.sessions = 0
    pod.lastMet = nil
    let lines = Self.render(HomeModel(pod: pod), 80, 24)
    #expect(lines.contains { $0.contains("Open actions: none") })
    #expect(lines.contains { $0.contains("Next: your first meeting, when everyone is here.") })
    #expect(lines.contains { $0.contains("facilitator  Bo") })
  }

  @Test("small terminals keep the choices and never crash, down to 30x8")
  func small() {
    for (width, height) in [(30, 8), (40, 12), (50, 16), (64, 20)] {
      let lines = Self.render(HomeModel(pod: Self.crew), width, height)
      #expect(lines.count == height)
      if height >= 12 { #expect(lines.contains { $0.contains("1  Start a meeting") }) }
    }
    let narrow = Self.render(HomeModel(pod: Self.crew), 50, 30)
    #expect(narrow.contains { $0.contains("Members · suggested next time") })
    #expect(narrow.contains { $0.contains("timekeeper   Dee") })
  }

  @Test("? shows the home's keys from its keymap; any key closes it")
  func help() {
    var model = HomeModel(pod: Self.crew)
    _ = model.handle(.character("?"))
    let lines = Self.render(model, 80, 24)
    for (label, help) in Keymap.homeHelpLines where !help.isEmpty {
      #expect(lines.contains { $0.contains(label) && $0.contains(help) }, "\(label)")
    }
    #expect(model.handle(.character("1")) == nil)
    #expect(model.mode == .menu)
    #expect(Keymap.homeAction(for: .character("j")) == .down)
  }

  @Test("creating a pod asks pronouns, agreements, a commitment and sealing, with init's checks")
  func creation() {
    var model = HomeModel(pod: nil)
    _ = model.handle(.character("2"))
    Self.answer(&model, "Tuesday Crew", "Ana", "she/her", "Chen 陈", "")
    var lines = Self.render(model, 80, 24)
    #expect(lines.contains { $0.contains("Members     Ana (she/her), Chen 陈") })
    #expect(lines[23].contains("Another member (Enter: done) ›"))
    Self.answer(&model, "", "What is said here stays here.", "")
    #expect(lines.contains { $0.contains("Create your pod") })
    Self.answer(&model, "0")
    #expect(model.message == "The commitment is a number of sessions from 1 to 1000, or none.")
    _ = model.handle(.backspace)
    Self.answer(&model, "6")
    lines = Self.render(model, 80, 24)
    expectScreen(
      Array(lines[2...9]),
      [
        "  Create your pod",
        "  A sealed pod keeps everything said encrypted under a passphrase: forget",
        "  every passphrase and the history is gone.",
        "",
        "  Name        Tuesday Crew",
        "  Members     Ana (she/her), Chen 陈",
        "  Agreements  • What is said here stays here.",
        "  Commitment  6 sessions",
      ])
    #expect(lines[23].contains("Seal the pod? y or n ›"))
    #expect(
      model.handle(.character("y"))
        == .createPod(
          .init(
            pod: Pod(
              name: "Tuesday Crew",
              members: [Member(name: "Ana", pronouns: "she/her"), Member(name: "Chen 陈")],
              roles: Pod.defaultRoles, agreements: ["What is said here stays here."],
              commitment: 6),
            sealed: true)))
  }

  @Test("refused answers stay to be fixed: no member, bad pronouns, a control character")
  func refusals() {
    var creation = PodCreation()
    for character in "Crew" { _ = creation.handle(.character(character)) }
    _ = creation.handle(.enter)
    #expect(creation.handle(.enter) == .refused("Name at least one member."))
    for character in "Ana" { _ = creation.handle(.character(character)) }
    _ = creation.handle(.enter)
    for character in String(repeating: "x", count: 41) {
      _ = creation.handle(.character(character))
    }
    #expect(
      creation.handle(.enter)
        == .refused("Ana's pronouns: pronouns can have at most 40 characters."))
    #expect(creation.step == .pronouns(of: "Ana"))
    _ = creation.handle(.control("u"))
    _ = creation.handle(.enter)
    _ = creation.handle(.enter)
    for character in "be kind\u{7}" { _ = creation.handle(.character(character)) }
    if case .refused(let reason) = creation.handle(.enter) {
      #expect(reason.hasPrefix("Agreement: "))
    } else {
      Issue.record("a control character in an agreement was taken")
    }
    #expect(creation.handle(.escape) == .cancelled)
  }
}
