import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthUI

@Suite("Open discussion on the live meeting screen")
struct OpenDiscussionScreenTests {
  /// A check-in whose updates are an open discussion, started on it.
  static func rehearsal(queue: QueuePolicy = .fifo) -> Rehearsal {
    let format = Format(
      name: "check-in", title: "Check-in",
      items: [
        AgendaItem(
          title: "Updates and asks", kind: .open, timebox: 20 * 60, turnTimebox: 4 * 60,
          queue: queue, prompt: "What has happened since we last met? What do you need?"),
        AgendaItem(title: "Closing round", kind: .round, timebox: 5 * 60, turnTimebox: 60),
      ])
    let start = SessionStart(
      id: "open", pod: "Demo Pod", format: format, attendees: ["Ana", "Bo", "Chen", "Dee"],
      roles: ["facilitator": "Ana", "timekeeper": "Bo", "scribe": "Chen"], seed: 7,
      priorSessions: 0)
    return Rehearsal(.started(start, at: TestClock().now()))
  }

  /// The talking-stick pane of an 80x24 screen: its rows, left of the timer.
  static func stickPane(_ rehearsal: Rehearsal) -> [String] {
    rehearsal.screen(80, 24)[5...22].map { String($0.prefix(32)) }
  }

  @Test("Bo speaks, Dee has the direct reply, Chen and Ana wait: the whole screen at 80x24")
  func replyAndQueueAt80x24() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("2"), .character("n"))
    rehearsal.wait(65)
    rehearsal.press(.character("3"), .character("1"), .character("r"), .character("4"))
    rehearsal.wait(3)
    expectScreen(
      rehearsal.screen(80, 24),
      [
        " Hearth · Demo Pod · Check-in                            item 1/2 · 1 of 25 min",
        "╭─ Agenda ─────────────────────╮╭─ Updates and asks ───────────────────────────╮",
        "│▶ 1 Updates and a… 19 min left││ “What has happened since we last met? What   │",
        "│  2 Closing round         5:00││ do you need?”                                │",
        "╰──────────────────────────────╯│                                              │",
        "╭─ Talking stick · fifo ───────╮│                                              │",
        "│2 ▶ Bo                speaking││           ██████    ██████ ██████            │",
        "│4 ↩ Dee    direct reply · next││               ██ ██ ██         ██            │",
        "│3 · Chen           2nd in line││           ██████    ██████ ██████            │",
        "│1 · Ana            3rd in line││           ██     ██     ██ ██                │",
        "│                              ││           ██████    ██████ ██████            │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│                              ││ Bo · 1:08 of 4:00 · time left                │",
        "│                              │╰──────────────────────────────────────────────╯",
        "│                              │╭─ Notes ──────────────────────────────────────╮",
        "│                              ││ i note · d decision · a action               │",
        "│                              ││                                              │",
        "│                              ││                                              │",
        "│facilitator: Ana              ││                                              │",
        "│timekeeper: Bo                ││                                              │",
        "│scribe: Chen                  ││                                              │",
        "╰──────────────────────────────╯╰──────────────────────────────────────────────╯",
        " Dee replies to Bo next.",
      ])
    let grid = rehearsal.grid(80, 24)
    #expect(grid.role(of: "2 ▶ Bo", row: 6) == .stickHolder)
    #expect(grid.role(of: "speaking", row: 6) == .stickHolder)
    #expect(grid.role(of: "4 ↩ Dee", row: 7) == .stickNext)
    #expect(grid.role(of: "3 · Chen", row: 8) == .stickWaiting)
    #expect(grid.role(of: "1 · Ana", row: 9) == .stickWaiting)
  }

  @Test("The reply speaks first and is marked as replying; the queue resumes after it")
  func replyThenQueue() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("2"), .character("n"))
    rehearsal.wait(65)
    rehearsal.press(.character("3"), .character("1"), .character("r"), .character("4"))
    rehearsal.press(.character("n"))
    rehearsal.wait(20)
    expectScreen(
      Array(Self.stickPane(rehearsal).prefix(6)),
      [
        "╭─ Talking stick · fifo ───────╮",
        "│4 ▶ Dee               replying│",
        "│3 › Chen                  next│",
        "│1 · Ana            2nd in line│",
        "│2   Bo                    1:05│",
        "│                              │",
      ])
    #expect(rehearsal.screen(80, 24)[13].contains("Dee replying · 0:20 of 4:00"))
    let grid = rehearsal.grid(80, 24)
    #expect(grid.role(of: "4 ▶ Dee", row: 6) == .stickHolder)
    #expect(grid.role(of: "3 › Chen", row: 7) == .stickNext)
    #expect(grid.role(of: "2   Bo", row: 9) == .dim)
    rehearsal.press(.character("n"))
    expectScreen(
      Array(Self.stickPane(rehearsal).prefix(5)),
      [
        "╭─ Talking stick · fifo ───────╮",
        "│3 ▶ Chen              speaking│",
        "│1 › Ana                   next│",
        "│2   Bo                    1:05│",
        "│4   Dee                   0:20│",
      ])
  }

  @Test("A balanced queue puts whoever has spoken least first, and shows the session airtime")
  func balancedQueue() {
    var rehearsal = Self.rehearsal(queue: .balanced)
    rehearsal.press(.character("2"), .character("n"))
    rehearsal.wait(60)
    rehearsal.press(.character("3"), .character("n"))
    rehearsal.wait(10)
    rehearsal.press(.character("n"))  // Chen's turn ends; nobody else is queued
    rehearsal.press(.character("2"), .character("3"), .character("1"))
    expectScreen(
      Self.stickPane(rehearsal),
      [
        "╭─ Talking stick · balanced ───╮",
        "│1 › Ana                   next│",
        "│3 · Chen     0:10  2nd in line│",
        "│2 · Bo       1:00  3rd in line│",
        "│4   Dee                       │",
        "│                              │",
        "│                              │",
        "│                              │",
        "│                              │",
        "│                              │",
        "│                              │",
        "│                              │",
        "│                              │",
        "│Airtime balance 6.0×          │",
        "│facilitator: Ana              │",
        "│timekeeper: Bo                │",
        "│scribe: Chen                  │",
        "╰──────────────────────────────╯",
      ])
    #expect(rehearsal.model.message?.text == "Ana is in the queue, 1 of 3.")
    #expect(rehearsal.screen(80, 24)[13].contains("Item time left · n gives the stick to Ana"))
  }

  @Test("An empty queue says how to add to it, on the stick pane and under the timer")
  func emptyQueue() {
    var rehearsal = Self.rehearsal()
    expectScreen(
      Array(Self.stickPane(rehearsal).prefix(7)),
      [
        "╭─ Talking stick · fifo ───────╮",
        "│Queue empty · 1-9 adds        │",
        "│1   Ana                       │",
        "│2   Bo                        │",
        "│3   Chen                      │",
        "│4   Dee                       │",
        "│                              │",
      ])
    #expect(rehearsal.grid(80, 24).role(of: "Queue empty", row: 6) == .dim)
    #expect(rehearsal.screen(80, 24)[13].contains("Item time left · 1-9 adds to the queue"))
    rehearsal.press(.character("n"))
    #expect(
      rehearsal.model.message
        == .init(
          text: "Nobody is in the queue; 1-9 raises a hand.", isError: true))
    rehearsal.press(.character("1"), .character("n"))
    rehearsal.wait(30)
    rehearsal.press(.enter)  // nobody queued: the stick is put down
    #expect(rehearsal.model.session.holder == nil)
    #expect(Self.stickPane(rehearsal)[1] == "│Queue empty · 1-9 adds        │")
    #expect(Self.stickPane(rehearsal)[2] == "│1   Ana                   0:30│")
  }

  @Test("Pressing a queued member's number again takes them out of the queue; u puts them back")
  func removeAndUndo() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("3"), .character("4"))
    #expect(rehearsal.model.message?.text == "Dee is in the queue, 2 of 2.")
    rehearsal.press(.character("3"))
    #expect(rehearsal.model.message?.text == "Chen left the queue.")
    #expect(rehearsal.model.session.queue == ["Dee"])
    expectScreen(
      Array(Self.stickPane(rehearsal).prefix(5)),
      [
        "╭─ Talking stick · fifo ───────╮",
        "│4 › Dee                   next│",
        "│1   Ana                       │",
        "│2   Bo                        │",
        "│3   Chen                      │",
      ])
    rehearsal.press(.character("u"))
    #expect(rehearsal.model.session.queue == ["Chen", "Dee"])
    #expect(Self.stickPane(rehearsal)[1] == "│3 › Chen                  next│")
  }

  @Test("r then the same number again gives the reply up; r then anything else takes none")
  func replyKeys() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("1"), .character("n"), .character("r"), .character("2"))
    #expect(rehearsal.model.session.replySlot == "Bo")
    rehearsal.press(.character("r"), .character("2"))
    #expect(rehearsal.model.session.replySlot == nil)
    #expect(rehearsal.model.message?.text == "Bo gave the direct reply up.")
    rehearsal.press(.character("r"))
    #expect(rehearsal.model.mode == .awaitingReply)
    rehearsal.press(.escape)
    #expect(rehearsal.model.mode == .normal)
    #expect(rehearsal.model.message?.text == "No reply taken.")
    rehearsal.press(.character("r"), .character("1"))
    #expect(rehearsal.model.message?.isError == true)
    #expect(rehearsal.screen(80, 24)[23].contains("Ana holds the stick; a reply answers them."))
  }

  @Test("The help overlay tells that a number pressed again removes from the queue")
  func help() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("?"))
    let text = rehearsal.screen(80, 24).joined(separator: "\n")
    #expect(
      text.contains("1-9      round: give N the stick · open: queue N (pressed again: remove)"))
    #expect(text.contains("r 1-9    member N takes the direct reply (again: gives it up)"))
  }

  @Test("The smallest screen still shows who speaks and who is next")
  func smallest() {
    var rehearsal = Self.rehearsal()
    rehearsal.press(.character("2"), .character("n"), .character("3"), .character("r"))
    rehearsal.press(.character("1"))
    expectScreen(
      Array(rehearsal.screen(40, 12)[6...10]),
      [
        "╭─ Talking stick · fifo ───────────────╮",
        "│2 ▶ Bo                        speaking│",
        "│1 ↩ Ana            direct reply · next│",
        "│3 · Chen                   2nd in line│",
        "╰──────────────────────────────────────╯",
      ])
  }
}
