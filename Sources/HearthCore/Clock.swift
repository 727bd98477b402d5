import Foundation

/// The source of "now": the real clock at the edges, a test clock (HearthTesting) in tests.
public protocol Clock: Sendable {
  func now() -> Date
}
