import Foundation
import HearthCore
import HearthSeal

extension PodDirectory {
  public var formatsPath: String { layout.formatsPath }

  /// Reads `pod.toml` (`pod.toml.sealed`, opened, in a sealed pod); errors name the file on
  /// disk, with the line and column of its text.
  public func loadPod() throws -> Pod {
    let stored = storedPath(of: podFilePath)
    guard FileManager.default.fileExists(atPath: stored) else {
      throw StoreError(path: podFilePath, message: "this pod has no pod.toml")
    }
    guard let text = try readPodText(podFilePath) else {
      throw StoreError(path: stored, message: "cannot read the pod file: \(Files.errorText())")
    }
    return try PodFile.parse(text, path: stored)
  }

  /// Replaces `pod.toml` with `pod`, atomically (sealed in a sealed pod).
  public func savePod(_ pod: Pod) throws {
    try Files.makeDirectory(path)
    try writePodText(PodFile.toml(for: pod), to: podFilePath)
  }

  /// The built-in formats, then the pod's own (which replace a built-in of the same name).
  /// A broken format file is an error naming its line and column.
  public func formats() throws -> [Format] {
    var formats = BuiltIn.formats
    let names = (try? FileManager.default.contentsOfDirectory(atPath: formatsPath)) ?? []
    let suffix = ".toml" + (sealsFiles ? PodLayout.sealedSuffix : "")
    for file in names.sorted() where file.hasSuffix(suffix) && PodLayout.isListed(file) {
      let plain = formatsPath + "/" + String(file.dropLast(suffix.count - ".toml".count))
      guard let text = try readPodText(plain) else {
        throw StoreError(
          path: formatsPath + "/" + file,
          message: "cannot read the format: \(Files.errorText())")
      }
      let base = ((plain as NSString).lastPathComponent as NSString).deletingPathExtension
      let format = try FormatFile.parse(
        text, path: formatsPath + "/" + file, defaultName: base)
      formats.removeAll { $0.name == format.name }
      formats.append(format)
    }
    return formats
  }

  /// Adds the format file at `file` to the pod as `formats/NAME.toml` (sealed in a sealed pod,
  /// whose plain formats are never read), its text kept as written, atomically. A mistake in
  /// the file is an error naming its line and column; a name the pod has already is refused
  /// unless `replacing`.
  public func addFormat(from file: String, replacing: Bool = false) throws -> Format {
    let (format, text) = try FormatFile.read(file)
    let target = formatsPath + "/" + format.name + ".toml"
    if !replacing, FileManager.default.fileExists(atPath: storedPath(of: target)) {
      throw StoreError(
        path: storedPath(of: target),
        message: "the pod has a format named '\(format.name)' (--replace replaces it)")
    }
    try Files.makeDirectory(formatsPath)
    try writePodText(text, to: target)
    return format
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
  /// Creates a new pod's directory and `pod.toml`; refuses to overwrite an existing pod. With
  /// `seal`, the pod is sealed: a new master key, one key slot for the passphrase (labelled),
  /// an empty keyring, and `pod.toml.sealed`; the pod is returned unlocked. `cost` is scrypt's
  /// for the slot (tests make it cheap).
  public func createPod(
    _ pod: Pod, seal: (passphrase: Secret, label: String)? = nil, cost: ScryptCost = .standard
  ) throws -> PodDirectory {
    var directory = self.pod(named: pod.name)
    for path in [directory.podFilePath, directory.podFilePath + PodLayout.sealedSuffix]
    where FileManager.default.fileExists(atPath: path) {
      throw StoreError(path: path, message: "a pod named '\(pod.name)' exists", code: EEXIST)
    }
    try Files.makeDirectory(directory.sessionsPath)
    try Files.makeDirectory(directory.formatsPath)
    if let seal {
      let keys = PodKeys.generate()
      let slot = try KeySlot.make(
        label: seal.label, passphrase: seal.passphrase, keys: keys, cost: cost)
      directory = PodDirectory(
        path: directory.path,
        seal: try PodSeal.create(keys: keys, slot: slot, layout: directory.layout))
      try directory.markMigrated()
    }
    try directory.savePod(pod)
    return directory
  }
}
