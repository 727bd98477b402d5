import Foundation
import HearthCore

/// A clock that only moves when told to: for tests and the benchmark, never the product.
public final class TestClock: Clock, @unchecked Sendable {
  private var current: Date
  private let lock = NSLock()

  public init(_ start: Date = Date(timeIntervalSince1970: 1_795_806_000)) { current = start }

  public func now() -> Date { lock.withLock { current } }

  public func advance(by seconds: Double) { lock.withLock { current += seconds } }
}
