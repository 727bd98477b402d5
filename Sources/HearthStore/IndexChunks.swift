import Foundation
import HearthSeal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A derived index written as a head line and chunks of lines, each chunk labelled (with the
/// first and last id it holds, say): in a plain pod one file, the head then every chunk; in a
/// sealed pod sealed in chunks (`SealedChunks`), so a reader that wants a few sessions opens
/// the table and the chunks holding them, not the whole file (`sessions --limit 20` on ten
/// thousand sessions opens one chunk of about a hundred).
struct IndexChunk {
  var label: [UInt8]
  var body: [UInt8]
}

extension PodDirectory {
  /// The bytes of the index at `path`: its head line, then the lines of the chunks whose label
  /// `wanting` accepts (every chunk when nil, or when the file is plain), and whether every
  /// chunk was read. Nil when it is missing or does not open (it is a cache: built again).
  func readIndexChunks(
    _ path: String, wanting: (([UInt8]) -> Bool)?
  ) -> (data: Data, complete: Bool)? {
    guard let seal else { return readIndexData(path).map { ($0, true) } }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    let size = Int(info.st_size)
    // A length read from the file is never trusted further than the file goes.
    let read = { (offset: Int, count: Int) -> [UInt8]? in
      guard offset >= 0, count >= 0, offset <= size, count <= size - offset else { return nil }
      let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
        let got = pread(fd, buffer.baseAddress, count, off_t(offset))
        initialized = max(0, got)
      }
      return bytes.count == count ? bytes : nil
    }
    guard
      let table = try? SealedChunks.open(name: sealedName(of: path), keys: seal.keys, read: read)
    else { return nil }
    var data = Data(table.head)
    if wanting == nil { data.reserveCapacity(size) }
    data.append(10)
    var complete = true
    for (place, label) in table.labels.enumerated() {
      if let wanting, !wanting(label) {
        complete = false
        continue
      }
      guard let body = try? table.chunk(place, read: read) else { return nil }
      data.append(body)
    }
    return (data, complete)
  }

  /// Replaces the index at `path` with `head` (its first line, no newline) and `chunks`,
  /// atomically: one plain file in a plain pod, sealed in chunks in a sealed one.
  func writeIndexChunks(head: [UInt8], chunks: [IndexChunk], to path: String) throws {
    guard let seal else {
      var bytes = head + [10]
      bytes.reserveCapacity(chunks.reduce(bytes.count) { $0 + $1.body.count })
      for chunk in chunks { bytes += chunk.body }
      return try writeIndexBytes(bytes, to: path)
    }
    let sealed = SealedChunks.seal(
      head: head, chunks: chunks.map { ($0.label, $0.body) }, name: sealedName(of: path),
      keys: seal.keys)
    try Files.writeAtomically(bytes: sealed, to: path)
  }
}
