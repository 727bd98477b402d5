import Foundation
import HearthCore

/// The real wall clock.
struct SystemClock: Clock {
  func now() -> Date { Date() }
}
