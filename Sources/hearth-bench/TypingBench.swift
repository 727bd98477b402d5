import Foundation
import HearthCore
import HearthTerminal
import HearthTesting
import HearthThemes
import HearthUI

/// What typing into the note line costs: one key with a long line already typed, and a long
/// paste taken by the real run loop from a real ncurses screen (keys read from a file).
enum TypingBench {
  /// Prints the figures for a line of `characters` characters.
  static func run(characters: Int) throws {
    let (keyMicros, keyCPU) = try oneKey(after: characters, keys: 50)
    print(
      String(
        format: "one key with %d characters typed (handle + render + present 80x24): "
          + "%.1f µs (CPU %.1f µs)", characters, keyMicros, keyCPU))
    let (pasteMillis, pasteCPU, bytes) = try paste(characters: characters)
    print(
      String(
        format: "paste of %d characters into a note, through the meeting loop: %.1f ms "
          + "(CPU %.1f ms, %d bytes to the terminal)", characters, pasteMillis, pasteCPU, bytes))
  }

  /// Microseconds of CPU this process has used.
  static func cpuMicros() -> Double {
    Double(clock()) * 1e6 / Double(CLOCKS_PER_SEC)
  }

  /// A terminal that draws into a scratch file and reads its keys from `input`.
  static func terminal(output: String, input: String = "/dev/null") throws -> Terminal {
    setenv("COLUMNS", "80", 1)
    setenv("LINES", "24", 1)
    return try Terminal(
      output: .file(path: output, term: "xterm-256color", input: input),
      theme: try ThemeCatalog(userDirectory: "/nonexistent").theme(ThemeCatalog.defaultName),
      color: true)
  }

  /// Mean wall and CPU microseconds of one more key typed into a line of `characters`
  /// characters: the model takes it, the screen is rendered and presented, as the loop does.
  static func oneKey(after characters: Int, keys: Int) throws -> (Double, Double) {
    let path = NSTemporaryDirectory() + "hearth-bench-key-\(getpid()).out"
    defer { unlink(path) }
    let terminal = try terminal(output: path)
    defer { terminal.stop() }
    let clock = TestClock()
    var model = MeetingModel(session: Bench.busyMeeting(clock))
    _ = model.handle(.character("i"))
    for character in line(characters) { _ = model.handle(.character(character)) }
    terminal.present(MeetingScreen.render(model, at: clock.now(), width: 80, height: 24))
    let cpu = cpuMicros()
    let (_, millis) = Bench.time {
      for n in 0..<keys {
        _ = model.handle(n % 2 == 0 ? .character("x") : .backspace)
        terminal.present(MeetingScreen.render(model, at: clock.now(), width: 80, height: 24))
      }
    }
    return (millis * 1000 / Double(keys), (cpuMicros() - cpu) / Double(keys))
  }

  /// Wall and CPU milliseconds for the meeting loop to take `i`, a paste of `characters`
  /// characters and Enter (the note saved), then `q` `y`; and the bytes drawn meanwhile.
  static func paste(characters: Int) throws -> (Double, Double, Int) {
    let base = NSTemporaryDirectory() + "hearth-bench-paste-\(getpid())"
    let (output, input) = (base + ".out", base + ".in")
    defer {
      unlink(output)
      unlink(input)
    }
    let text = line(characters)
    try ("i" + text + "\rqy").write(toFile: input, atomically: true, encoding: .utf8)
    let terminal = try terminal(output: output, input: input)
    defer { terminal.stop() }
    let clock = TestClock()
    var session = Bench.busyMeeting(clock)
    let loop = MeetingLoop(terminal: terminal, clock: clock, bell: .none) { command in
      (session.perform(command, at: clock.now()), session)
    }
    let cpu = cpuMicros()
    let (outcome, millis) = try Bench.time { try loop.run(session) }
    let used = (cpuMicros() - cpu) / 1000
    precondition(outcome == .ended, "the paste must end with the meeting ended")
    let saved = session.notes.last?.text ?? ""
    precondition(
      saved == text, "the pasted note must be saved whole: \(saved.count) of \(text.count)")
    let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
    return (millis, used, bytes)
  }

  /// `characters` characters of prose, with an accent and a wide character now and then.
  static func line(_ characters: Int) -> String {
    let words = ["the", "garden", "needs", "water", "ça", "va", "庭", "tomorrow", "and", "we"]
    var text = ""
    var n = 0
    while text.count < characters {
      if !text.isEmpty { text += " " }
      text += words[n % words.count]
      n += 1
    }
    // A note's text is saved trimmed: end on a letter so the paste is saved as it was typed.
    return String(text.prefix(characters - 1)) + "."
  }
}
