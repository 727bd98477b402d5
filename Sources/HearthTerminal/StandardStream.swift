import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The last step of plain output, for text that already passed the terminal gate: writes to
/// standard output or error whole, unbuffered, retrying when a signal interrupts, and stops
/// quietly at an error (a closed pipe).
public enum StandardStream {
  public static let output: Int32 = 1
  public static let error: Int32 = 2

  /// Writes all of `bytes` to `descriptor`.
  public static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(descriptor, base + offset, bytes.count - offset)
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { return }
      offset += written
    }
  }

  /// Writes `text` as UTF-8 to `descriptor`.
  public static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { write(UnsafeRawBufferPointer($0), to: descriptor) }
  }
}

/// `write(2)`, named so `StandardStream.write` does not hide it.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
