import Foundation

extension Home {
  /// Every pod directory under this home, by slug.
  public func podSlugs() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: podsPath)) ?? []
    return names.filter(PodLayout.isListed).sorted()
  }

  private var lastPodPath: String { path + "/" + PodLayout.lastPod }

  /// Remembers `pod` as the default for later commands.
  public func rememberLastPod(_ pod: PodDirectory) {
    let slug = (pod.path as NSString).lastPathComponent
    try? Files.makeDirectory(path)
    try? Files.writeAtomically(slug + "\n", to: lastPodPath)
  }

  /// The pod a command works on: the one named, else the only one, else the last used.
  public func selectPod(named name: String?) throws -> PodDirectory {
    let slugs = podSlugs()
    if let name {
      let slug = PodDirectory.slug(for: name)
      guard slugs.contains(slug) else {
        throw StoreError(path: podsPath, message: "no pod named '\(name)' (pods: \(list(slugs)))")
      }
      return PodDirectory(path: podsPath + "/" + slug)
    }
    if slugs.count == 1 { return PodDirectory(path: podsPath + "/" + slugs[0]) }
    guard !slugs.isEmpty else {
      throw StoreError(path: path, message: "no pods yet: try `hearth demo`")
    }
    let last = (try? String(contentsOfFile: lastPodPath, encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines)
    if let last, slugs.contains(last) { return PodDirectory(path: podsPath + "/" + last) }
    throw StoreError(
      path: podsPath, message: "several pods: choose one with --pod (\(list(slugs)))")
  }

  private func list(_ slugs: [String]) -> String {
    slugs.isEmpty ? "none" : slugs.joined(separator: ", ")
  }
}
