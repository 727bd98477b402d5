import Foundation
import HearthTerminal
import HearthTesting
import HearthUI
import Testing

/// A screen that plays a script instead of a terminal: time passes on a test clock only when
/// the loop waits, keys, resizes and signals come when the script says, and every grid shown,
/// bell rung and repaint asked for is kept for the test to read.
final class ScriptedScreen: Screen {
  /// One thing that happens to the screen.
  enum Step {
    /// Nothing happens for this many seconds: the loop's waits time out as they ask.
    case wait(Double)
    /// A key is pressed.
    case key(Key)
    /// The terminal window is resized.
    case resize(width: Int, height: Int)
    /// A signal arrives (as SIGTERM from a shutting-down machine would) during a wait.
    case signal(Int32)
    /// The test looks at the screen once the loop has drawn it and waits.
    case look((Grid) -> Void)
  }

  private(set) var size: (width: Int, height: Int)
  /// Every grid presented, in order, with the time it was shown.
  private(set) var frames: [(time: Date, grid: Grid)] = []
  /// When the bell rang, and whether as a flash.
  private(set) var bells: [(time: Date, visual: Bool)] = []
  /// How many times the loop asked for a full repaint.
  private(set) var invalidations = 0
  private var steps: [Step]
  private var pendingSignal: Int32?
  private let clock: TestClock

  init(width: Int, height: Int, clock: TestClock, _ steps: [Step]) {
    size = (width, height)
    self.clock = clock
    self.steps = steps
  }

  /// The grid on screen now.
  var shown: Grid? { frames.last?.grid }

  func present(_ grid: Grid) { frames.append((clock.now(), grid)) }

  func invalidate() { invalidations += 1 }

  func pick(_ key: Key) -> Key? {
    guard case .click(let x, let y) = key else { return key }
    return shown?.pick(x: x, y: y)
  }

  func bell(visual: Bool) { bells.append((clock.now(), visual)) }

  func takeSignal() -> Int32? {
    defer { pendingSignal = nil }
    return pendingSignal
  }

  func readKey(timeout: Int?) -> Key? {
    while let step = steps.first {
      switch step {
      case .look(let check):
        // A zero time-out takes keys already typed: the screen is drawn only after them.
        guard timeout != 0 else { return nil }
        steps.removeFirst()
        if let shown { check(shown) } else { Issue.record("nothing was shown before the look") }
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
        size = (width, height)
        return .resize
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
