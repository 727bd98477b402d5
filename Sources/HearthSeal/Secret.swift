import Foundation

/// A passphrase or recovery code held in memory: its bytes are zeroed when it is wiped or
/// released, and it never prints (its description is a placeholder).
public final class Secret: CustomStringConvertible, @unchecked Sendable {
  private var bytes: [UInt8]

  /// Takes `bytes` over; the caller should wipe its own copy.
  public init(bytes: [UInt8]) { self.bytes = bytes }

  /// The UTF-8 bytes of `text`.
  public convenience init(_ text: String) { self.init(bytes: Array(text.utf8)) }

  deinit { wipe() }

  /// Whether nothing is held (an empty passphrase is refused when a key is derived).
  public var isEmpty: Bool { bytes.isEmpty }

  /// Runs `body` with the bytes; `body` must not keep them.
  public func withBytes<Result>(_ body: ([UInt8]) throws -> Result) rethrows -> Result {
    try body(bytes)
  }

  /// Zeroes the bytes and forgets them.
  public func wipe() {
    zero(&bytes)
    bytes = []
  }

  public var description: String { "<passphrase>" }
}

/// Zeroes `bytes` in place (a passphrase's, a key's) before they are let go.
func zero(_ bytes: inout [UInt8]) {
  bytes.withUnsafeMutableBytes { buffer in
    guard let base = buffer.baseAddress else { return }
    memset(base, 0, buffer.count)
  }
}

/// Zeroes `data` in place (a key or passphrase read as Data) before it is let go.
func wipe(_ data: inout Data) {
  data.resetBytes(in: data.startIndex..<data.endIndex)
}
