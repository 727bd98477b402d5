import Foundation
import HearthCore

extension PodDirectory {
  public var formatsPath: String { layout.formatsPath }

  /// Reads `pod.toml`.
  public func loadPod() throws -> Pod {
    guard FileManager.default.fileExists(atPath: podFilePath) else {
      throw StoreError(path: podFilePath, message: "this pod has no pod.toml")
    }
    return try PodFile.load(podFilePath)
  }

  /// Replaces `pod.toml` with `pod`, atomically.
  public func savePod(_ pod: Pod) throws {
    try Files.makeDirectory(path)
    try Files.writeAtomically(PodFile.toml(for: pod), to: podFilePath)
  }

  /// The built-in formats, then the pod's own (which replace a built-in of the same name).
  /// A broken format file is an error naming its line and column.
  public func formats() throws -> [Format] {
    var formats = BuiltIn.formats
    let names = (try? FileManager.default.contentsOfDirectory(atPath: formatsPath)) ?? []
    for file in names.sorted() where file.hasSuffix(".toml") {
      let format = try FormatFile.load(formatsPath + "/" + file)
      formats.removeAll { $0.name == format.name }
      formats.append(format)
    }
    return formats
  }

  /// The format called `name`.
  public func format(named name: String) throws -> Format {
    let all = try formats()
    guard let format = all.first(where: { $0.name == name }) else {
      throw StoreError(
        path: formatsPath,
        message: "no format named '\(name)' (formats: \(all.map(\.name).joined(separator: ", ")))")
    }
    return format
  }
}

extension Home {
  /// Creates a new pod's directory and `pod.toml`; refuses to overwrite an existing pod.
  public func createPod(_ pod: Pod) throws -> PodDirectory {
    let directory = self.pod(named: pod.name)
    if FileManager.default.fileExists(atPath: directory.podFilePath) {
      throw StoreError(path: directory.podFilePath, message: "a pod named '\(pod.name)' exists")
    }
    try Files.makeDirectory(directory.sessionsPath)
    try Files.makeDirectory(directory.formatsPath)
    try directory.savePod(pod)
    return directory
  }
}
