import Foundation
import HearthTerminal
import HearthTesting
import HearthUI
import Testing

/// What happens to a console, in order, on a test clock: time passes only when the loop waits,
/// keys, resizes and signals come when the script says, and the test looks at what is shown.
final class Script<Shown> {
  /// One thing that happens.
  enum Step {
    /// Nothing happens for this many seconds: the loop's waits time out as they ask.
    case wait(Double)
    /// A key is pressed.
    case key(Key)
    /// The terminal window is resized (to a screen; a line console ignores it).
    case resize(width: Int, height: Int)
    /// A signal arrives (as SIGTERM from a shutting-down machine would) during a wait.
    case signal(Int32)
    /// The test looks at what is shown once the loop has drawn it and waits.
    case look((Shown) -> Void)
    /// Something happens outside the loop (another program writes the journal) while it waits.
    case elsewhere(() throws -> Void)
  }

  let clock: TestClock
  private var steps: [Step]
  private var pendingSignal: Int32?

  init(clock: TestClock, _ steps: [Step]) {
    self.clock = clock
    self.steps = steps
  }

  func takeSignal() -> Int32? {
    defer { pendingSignal = nil }
    return pendingSignal
  }

  /// The next key for a loop waiting up to `timeout` milliseconds: `shown` is what it shows,
  /// `resize` is told a new size.
  func readKey(timeout: Int?, shown: Shown?, resize: (Int, Int) -> Key?) -> Key? {
    while let step = steps.first {
      switch step {
      case .look(let check):
        // A zero time-out takes keys already typed: the screen is drawn only after them.
        guard timeout != 0 else { return nil }
        steps.removeFirst()
        if let shown { check(shown) } else { Issue.record("nothing was shown before the look") }
      case .elsewhere(let happen):
        steps.removeFirst()
        #expect(throws: Never.self) { try happen() }
      case .wait(let seconds):
        let waited = timeout.map { min(Double($0) / 1000, seconds) } ?? seconds
        clock.advance(by: waited)
        if waited < seconds { steps[0] = .wait(seconds - waited) } else { steps.removeFirst() }
        return nil
      case .key(let key):
        steps.removeFirst()
        return key
      case .resize(let width, let height):
        steps.removeFirst()
        if let key = resize(width, height) { return key }
      case .signal(let signal):
        steps.removeFirst()
        pendingSignal = signal
        return nil
      }
    }
    Issue.record("the loop waited for a key after the script ended")
    pendingSignal = SIGKILL
    return nil
  }
}

/// A screen that plays a script instead of a terminal, and keeps every grid shown, bell rung
/// and repaint asked for, for the test to read.
final class ScriptedScreen: Screen {
  private(set) var size: (width: Int, height: Int)
  /// Every grid presented, in order, with the time it was shown.
  private(set) var frames: [(time: Date, grid: Grid)] = []
  /// When the bell rang, and whether as a flash.
  private(set) var bells: [(time: Date, visual: Bool)] = []
  /// How many times the loop asked for a full repaint.
  private(set) var invalidations = 0
  private let script: Script<Grid>

  init(width: Int, height: Int, clock: TestClock, _ steps: [Script<Grid>.Step]) {
    size = (width, height)
    script = Script(clock: clock, steps)
  }

  /// The grid on screen now.
  var shown: Grid? { frames.last?.grid }

  func present(_ grid: Grid) { frames.append((script.clock.now(), grid)) }

  func invalidate() { invalidations += 1 }

  func pick(_ key: Key) -> Key? {
    guard case .click(let x, let y) = key else { return key }
    return shown?.pick(x: x, y: y)
  }

  func bell(visual: Bool) { bells.append((script.clock.now(), visual)) }

  func takeSignal() -> Int32? { script.takeSignal() }

  func readKey(timeout: Int?) -> Key? {
    script.readKey(timeout: timeout, shown: shown) { width, height in
      size = (width, height)
      return .resize
    }
  }
}

/// A line console (`--plain`) that plays a script, and keeps what was written and when the bell
/// rang.
final class ScriptedLines: LineConsole {
  /// What was written, as lines (an unfinished last line included).
  private(set) var lines: [String] = [""]
  /// When the bell rang.
  private(set) var bells: [Date] = []
  private(set) var inputEnded = false
  private let script: Script<[String]>

  init(clock: TestClock, _ steps: [Script<[String]>.Step]) {
    script = Script(clock: clock, steps)
  }

  func write(lines new: [String]) {
    for line in new { write(text: line + "\n") }
  }

  func write(text: String) {
    for character in text {
      if character == "\n" { lines.append("") } else { lines[lines.count - 1].append(character) }
    }
  }

  func eraseLastCharacter() { _ = lines[lines.count - 1].popLast() }

  func bell(visual: Bool) { bells.append(script.clock.now()) }

  func takeSignal() -> Int32? { script.takeSignal() }

  func readKey(timeout: Int?) -> Key? {
    script.readKey(timeout: timeout, shown: lines) { _, _ in nil }
  }
}
