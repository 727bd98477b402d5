import Foundation
import HearthCore
import HearthSeal

/// The one way every reader and writer of a pod's content goes: journals, pod.toml, formats
/// and the derived indexes, sealed or plain. A sealed pod, once unlocked, reads exactly as a
/// plain one.
extension PodDirectory {
  /// Session `id`'s key in a sealed pod; nil in a plain one. A sealed pod's session without a
  /// key (deleted, its key destroyed) is an error.
  func journalKey(_ id: String) throws -> SessionKey? {
    guard let seal else { return nil }
    guard let key = seal.sessionKey(id) else {
      throw StoreError(
        path: journalPath(id), message: "this session's key is not in the pod's keyring")
    }
    return key
  }

  /// Reads session `id`'s journal.
  public func readJournal(_ id: String) throws -> JournalContents {
    try Journal.read(journalPath(id), key: journalKey(id))
  }

  /// Parses the bytes of session `id`'s journal.
  func parseJournal(_ bytes: [UInt8], of id: String) throws -> JournalContents {
    try Journal.parse(bytes, path: journalPath(id), key: journalKey(id))
  }

  /// The writer of session `id`'s journal (a new session's key is made first in a sealed pod).
  public func journalWriter(_ id: String, repairing contents: JournalContents? = nil) throws
    -> JournalWriter
  {
    let key = try seal?.makeSessionKey(id)
    return try JournalWriter(path: journalPath(id), repairing: contents, key: key)
  }

  /// Writes session `id`'s whole journal at once, atomically (a generated archive); in a
  /// sealed pod its key is made first when it has none.
  public func writeJournal(_ records: [EventRecord], for id: String) throws {
    let key = try seal?.makeSessionKey(id)
    var bytes: [UInt8] = []
    for record in records { bytes += try Journal.lineBytes(for: record, key: key) }
    try Files.writeAtomically(bytes: bytes, to: journalPath(id))
  }

  /// Makes the keys of sessions `ids` in a sealed pod with one write of the keyring, before
  /// their journals are written (a generated archive). Nothing in a plain pod.
  public func makeSessionKeys(_ ids: [String]) throws {
    try seal?.makeSessionKeys(ids)
  }

  /// Where the pod file or format at `path` lies on disk: `path` in a plain pod, its sealed
  /// twin `path.sealed` in a sealed one.
  func storedPath(of path: String) -> String {
    sealsFiles ? path + PodLayout.sealedSuffix : path
  }

  /// Whether the pod's files are sealed: it is unlocked, or has key slots.
  var sealsFiles: Bool { seal != nil || isSealed }

  /// The name, within the pod, bound into a sealed file at `path`.
  func sealedName(of path: String) -> String {
    path.hasPrefix(self.path + "/") ? String(path.dropFirst(self.path.count + 1)) : path
  }

  /// The text of the pod file or format at `path` (its sealed twin opened, in a sealed pod);
  /// nil when it cannot be read. Errors name the file on disk.
  func readPodText(_ path: String) throws -> String? {
    let stored = storedPath(of: path)
    guard let bytes = Files.readAll(stored) else { return nil }
    guard stored != path else { return String(decoding: bytes, as: UTF8.self) }
    guard let seal else {
      throw StoreError(path: stored, message: "this pod is sealed: it needs its passphrase")
    }
    do {
      return String(
        decoding: try SealedFile.open(
          bytes, name: sealedName(of: path), kind: .podFile, keys: seal.keys), as: UTF8.self)
    } catch {
      throw StoreError(path: stored, message: "\(error)")
    }
  }

  /// Replaces the pod file or format at `path` with `text`, atomically (sealed in a sealed
  /// pod).
  func writePodText(_ text: String, to path: String) throws {
    guard let seal else {
      if isSealed {
        throw StoreError(path: path, message: "this pod is sealed: it needs its passphrase")
      }
      return try Files.writeAtomically(text, to: path)
    }
    let sealed = SealedFile.seal(
      Array(text.utf8), name: sealedName(of: path), kind: .podFile, keys: seal.keys)
    try Files.writeAtomically(bytes: sealed, to: storedPath(of: path))
  }

  /// The bytes of the derived index file at `path`, opened in a sealed pod; nil when it is
  /// missing or does not open (an index is a cache: it is built again).
  func readIndexBytes(_ path: String) -> [UInt8]? {
    readIndex(
      path, read: Files.readAll,
      open: { try SealedFile.open($0, name: $1, kind: .index, keys: $2) })
  }

  /// `readIndexBytes` as Data, for the archive index: a large index is read and opened
  /// without a copy on the way.
  func readIndexData(_ path: String) -> Data? {
    readIndex(
      path, read: { FileManager.default.contents(atPath: $0) },
      open: { try SealedFile.open(data: $0, name: $1, kind: .index, keys: $2) })
  }

  /// The one rule of both index readers: the file as `read` gives it; in a plain pod a sealed
  /// file is not read, in a sealed pod the file is `open`ed (given its sealed name and the
  /// keys); nil for a missing file or one that does not open.
  private func readIndex<Bytes: Collection<UInt8>>(
    _ path: String, read: (String) -> Bytes?,
    open: (Bytes, String, PodKeys) throws -> Bytes
  ) -> Bytes? {
    guard let bytes = read(path) else { return nil }
    guard let seal else { return SealedFile.isSealed(bytes) ? nil : bytes }
    return try? open(bytes, sealedName(of: path), seal.keys)
  }

  /// Replaces the derived index file at `path`, atomically (sealed in a sealed pod).
  func writeIndexBytes(_ bytes: [UInt8], to path: String) throws {
    guard let seal else {
      // A sealed pod still locked never gets a plain index.
      if isSealed { throw StoreError(path: path, message: "this pod is sealed and locked") }
      return try Files.writeAtomically(bytes: bytes, to: path)
    }
    try Files.writeAtomically(
      bytes: SealedFile.seal(bytes, name: sealedName(of: path), kind: .index, keys: seal.keys),
      to: path)
  }

  /// Whether transcripts are written beside journals: never in a sealed pod, whose `show`
  /// renders on demand.
  public var writesTranscripts: Bool { !sealsFiles }
}
