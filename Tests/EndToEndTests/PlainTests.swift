import Foundation
import Testing

@Suite(
  "End to end: --plain, one line per change", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct PlainEndToEndTests {
  @Test("a scripted meeting with --plain, its output piped to a file, line by line")
  func scripted() throws {
    let home = try HearthHome()
    defer { home.remove() }
    let plain = try LoggedRun(home, "demo --plain")
    let tmux = plain.tmux
    try plain.waitFor("Keys: ")
    for (key, said) in [("n", "Ana has the stick"), ("n", "Bo has the stick"), ("p", "Bo passed.")]
    {
      try tmux.send(key)
      try plain.waitFor(said)
    }
    try tmux.send("d")
    try tmux.send("Rotate the venue", literal: true)
    try tmux.send("Enter")
    try plain.waitFor("Decision: Rotate the venue")
    try tmux.send("]", "?", "x", "q", "y")
    try tmux.waitFor("EXIT=0")
    var told = plain.lines.filter { !$0.isEmpty }
    let transcript = told.removeLast()
    #expect(transcript.hasPrefix("Meeting ended. Transcript: "))
    #expect(
      told.prefix(16) == [
        "Check-in of Demo Pod: Ana, Bo, Chen, Dee present.",
        "Roles: facilitator Ana, timekeeper Bo, scribe Chen.",
        "Item 1 of 4: Arrival round, 8 minutes.",
        "Prompt: How are you arriving?",
        "Ana speaks first.",
        "Keys: n next speaker, p pass, keys 1 to 9 give the stick, Space pause, right bracket "
          + "next item, i note, d decision, a action, u undo, question mark all keys, q end.",
        "Ana has the stick for 2 minutes.",
        "Bo has the stick for 2 minutes.",
        "Bo passed.",
        "Chen has the stick for 2 minutes.",
        "Writing a decision (Enter saves, Escape cancels): Rotate the venue",
        "Decision: Rotate the venue",
        "Item 2 of 4: Updates and asks, 20 minutes.",
        "Prompt: What has happened since we last met? What do you need?",
        "n or Enter: stick to the next speaker.",
        "p: the speaker passes.",
      ])
    let ended = try #require(told.firstIndex(of: "The meeting has ended."))
    #expect(
      Array(told[(ended - 2)...ended]) == [
        "Any key goes back.",
        "End the meeting? y ends it and writes the transcript; any other key keeps it.",
        "The meeting has ended.",
      ])
    let summary = Array(told[(ended + 1)...])
    for said in ["Decisions", "   Rotate the venue", "Airtime", "Suggested for next time"] {
      #expect(summary.contains(said), "the summary after the meeting says \(said)")
    }
    #expect(!told.joined().contains("\u{1B}"), "no escape sequences in a log")
  }
}
