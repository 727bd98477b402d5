import HearthCore
import Testing

@testable import HearthUI

@Suite("Before the meeting")
struct PreMeetingTests {
  static let pod = Pod(
    name: "Tuesday Crew",
    members: [
      Member(name: "Ana", pronouns: "she/her"), Member(name: "Bo"), Member(name: "Chen"),
      Member(name: "Dee"), Member(name: "Eli", active: false),
    ],
    roles: ["facilitator", "timekeeper", "scribe"],
    agreements: ["What is said here stays here."], commitment: 6)

  static func model(session: Int = 4, history: [[String: String]] = []) -> PreMeetingModel {
    PreMeetingModel(
      pod: pod, formats: BuiltIn.formats, preferred: nil, sessionNumber: session,
      suggest: { roles, present, declined, held in
        Rotation.suggest(
          roles: roles, present: present, roster: pod.members.map(\.name), history: history,
          declined: declined, held: held)
      })
  }

  @Test("shows the session of the commitment, formats, attendance, suggested roles, agreements")
  func screen() {
    let lines = PreMeetingScreen.render(Self.model(), width: 80, height: 24).lines
    let text = lines.joined(separator: "\n")
    #expect(lines[0].contains("Tuesday Crew · before the meeting"))
    #expect(lines[0].hasSuffix("session 4 of 6"))
    #expect(text.contains("● check-in"))
    #expect(text.contains("[x] 1 Ana  she/her"))
    #expect(!text.contains("Eli"), "removed members are not offered")
    #expect(text.contains("facilitator  Ana"))
    #expect(text.contains("timekeeper   Bo"))
    #expect(text.contains("scribe       Chen"))
    #expect(text.contains("• What is said here stays here."))
  }

  @Test("marking someone away takes them out of the roles; Enter starts with who is here")
  func attendance() {
    var model = Self.model()
    #expect(model.handle(.character("1")) == .stay)
    #expect(model.attendees == ["Bo", "Chen", "Dee"])
    #expect(!model.roles.values.contains("Ana"))
    guard case .start(let plan) = model.handle(.enter) else {
      Issue.record("Enter should start")
      return
    }
    #expect(plan.attendees == ["Bo", "Chen", "Dee"])
    #expect(plan.format.name == "check-in")
    #expect(Set(plan.roles.values) == ["Bo", "Chen", "Dee"])
  }

  @Test("s skips the suggested person for a role and records that they declined")
  func skip() {
    var model = Self.model()
    _ = model.handle(.tab)
    #expect(model.section == .roles)
    _ = model.handle(.character("s"))
    #expect(model.roles["facilitator"] != "Ana")
    #expect(model.declined["facilitator"] == ["Ana"])
    #expect(model.message?.contains("Ana passes on facilitator") == true)
    guard case .start(let plan) = model.handle(.enter) else { return }
    #expect(plan.declined == ["facilitator": ["Ana"]])
  }

  @Test("w on two roles swaps their holders")
  func swap() {
    var model = Self.model()
    _ = model.handle(.tab)
    let before = model.roles
    _ = model.handle(.character("w"))
    _ = model.handle(.down)
    _ = model.handle(.character("w"))
    #expect(model.roles["facilitator"] == before["timekeeper"])
    #expect(model.roles["timekeeper"] == before["facilitator"])
  }

  @Test("after the committed sessions the retrospective is chosen and explained")
  func retrospectiveDue() {
    let model = Self.model(session: 7)
    #expect(model.format.name == "retrospective")
    let text = PreMeetingScreen.render(model, width: 80, height: 24).lines.joined()
    #expect(text.contains("commitment of 6 sessions is complete"))
  }

  @Test("a complete commitment at 80 columns: said once, whole; + renews it, x closes it")
  func renewOrClose() {
    var model = Self.model(session: 7)
    let due = PreMeetingScreen.render(model, width: 80, height: 24).lines
    #expect(due[0].hasSuffix("session 7 · commitment done"))
    expectScreen(
      Array(due[12...16]),
      [
        "╭─ Agreements ─────────────────────────────────────────────────────────────────╮",
        "│ The commitment of 6 sessions is complete; the retrospective asks “continue?”.│",
        "│ + renews it, x closes it.                                                    │",
        "│ • What is said here stays here.                                              │",
        "│                                                                              │",
      ])
    #expect(due.joined().components(separatedBy: "commitment of 6 sessions").count == 2)
    _ = model.handle(.character("+"))
    _ = model.handle(.character("+"))
    _ = model.handle(.character("-"))
    _ = model.handle(.character("-"))
    let renewed = PreMeetingScreen.render(model, width: 80, height: 24).lines
    #expect(renewed[0].hasSuffix("session 1 of 5, second term"))
    #expect(renewed.joined().contains("Renewed: 5 sessions more from this one."))
    guard case .start(let plan) = model.handle(.enter) else {
      Issue.record("Enter should start")
      return
    }
    #expect(plan.commitment == .renew(sessions: 5))
    _ = model.handle(.character("x"))
    #expect(model.commitmentChange == .close)
    #expect(PreMeetingScreen.render(model, width: 80, height: 24).lines[0].hasSuffix("session 7"))
    _ = model.handle(.character("x"))
    #expect(model.commitmentChange == nil)
  }

  @Test("before the commitment is complete, + and x change nothing and say when they will")
  func notYetDue() {
    var model = Self.model(session: 4)
    _ = model.handle(.character("+"))
    #expect(model.commitmentChange == nil)
    #expect(model.message == "+ and x renew or close the commitment once it is complete.")
  }

  @Test("a swap survives someone toggled away and back; a changed suggestion says why")
  func swapKeptThroughToggle() {
    var model = Self.model()
    _ = model.handle(.tab)
    _ = model.handle(.character("w"))
    _ = model.handle(.down)
    _ = model.handle(.character("w"))
    let swapped = model.roles
    #expect(swapped["facilitator"] == "Bo" && swapped["timekeeper"] == "Ana")
    _ = model.handle(.character("3"))
    #expect(model.message == "Chen is away: scribe now Dee.")
    #expect(model.roles["facilitator"] == "Bo", "the swap holds while both are here")
    _ = model.handle(.character("3"))
    #expect(model.roles == swapped, "Chen back: the swap is still there")
    #expect(model.message == "Chen is here: scribe now Chen.")
    _ = model.handle(.character("1"))
    #expect(model.message?.hasPrefix("Ana is away: timekeeper now ") == true)
    _ = model.handle(.character("1"))
    #expect(model.roles == swapped, "Ana back: she is timekeeper again, as swapped")
  }

  @Test("? lists every key over the screen; the hints fit 80 columns")
  func keysAndHints() {
    var model = Self.model()
    let lines = PreMeetingScreen.render(model, width: 80, height: 24).lines
    #expect(
      lines[23]
        == " Enter start   1-9 here/away   Tab section   s skip   w swap   ? keys   q quit")
    _ = model.handle(.character("?"))
    let help = PreMeetingScreen.render(model, width: 80, height: 24).lines.joined(separator: "\n")
    #expect(help.contains("w       swap: on one role, then another"))
    #expect(help.contains("+ - x   once the commitment is complete: renew it, how long, or close"))
    #expect(model.handle(.character("q")) == .stay, "any key closes the help first")
    #expect(!model.showsKeys)
  }

  @Test("q leaves without meeting; a tiny terminal says it is too small")
  func quitAndSmall() {
    var model = Self.model()
    #expect(model.handle(.character("q")) == .cancel)
    #expect(
      PreMeetingScreen.render(model, width: 30, height: 10).lines.joined().contains("too small"))
  }
}

@Suite("Before a peer-coaching meeting")
struct FocusPreMeetingTests {
  @Test("choosing the case clinic adds the focus person, suggested by rotation")
  func focusRole() {
    var model = PreMeetingTests.model()
    _ = model.handle(.tab)
    _ = model.handle(.tab)
    #expect(model.section == .format)
    _ = model.handle(.down)
    _ = model.handle(.character(" "))
    #expect(model.format.name == "case-clinic")
    #expect(model.roleNames.first == "focus")
    #expect(Set(model.roles.values).count == 4, "four people, four roles, one each")
    let text = PreMeetingScreen.render(model, width: 80, height: 24).lines.joined(separator: "\n")
    #expect(text.contains("focus        Ana"))
  }
}
