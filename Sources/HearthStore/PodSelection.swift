import Foundation
import HearthCore

extension Home {
  /// Every pod directory under this home, by slug.
  public func podSlugs() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: podsPath)) ?? []
    return names.filter(PodLayout.isListed).sorted()
  }

  /// The slug of the built-in demo pod's directory.
  public static let demoSlug = PodDirectory.slug(for: BuiltIn.demoPod.name)

  /// The user's own pods, by slug: every pod but the demo's, which is never anyone's default.
  public func ownPodSlugs() -> [String] {
    podSlugs().filter { $0 != Self.demoSlug }
  }

  private var lastPodPath: String { path + "/" + PodLayout.lastPod }

  /// Remembers `pod` as the default for later commands; the demo pod is never remembered.
  public func rememberLastPod(_ pod: PodDirectory) {
    guard pod.slug != Self.demoSlug else { return }
    try? Files.makeDirectory(path)
    try? Files.writeAtomically(pod.slug + "\n", to: lastPodPath)
  }

  /// The pod a command works on: the one named, else the user's only one, else the last used.
  /// The demo pod is used only when named. Its journals are brought to the current format the
  /// first time this version opens it (`migrateJournalsOnce`).
  public func selectPod(named name: String?) throws -> PodDirectory {
    let pod = try choosePod(named: name)
    pod.migrateJournalsOnce(progress: migrationProgress)
    return pod
  }

  /// The pod `selectPod` opens, not yet migrated: for readers that must write nothing (the
  /// shells' completion of values).
  public func choosePod(named name: String?) throws -> PodDirectory {
    let slugs = podSlugs()
    if let name {
      let slug = PodDirectory.slug(for: name)
      guard slugs.contains(slug) else {
        throw StoreError(
          path: podsPath, message: "no pod named '\(name)' (pods: \(list(slugs)))",
          code: ENOENT)
      }
      return PodDirectory(path: podsPath + "/" + slug)
    }
    let own = ownPodSlugs()
    if own.count == 1 { return PodDirectory(path: podsPath + "/" + own[0]) }
    guard !own.isEmpty else {
      if slugs.isEmpty {
        throw StoreError(path: path, message: "no pods yet: try `hearth demo`", code: ENOENT)
      }
      throw StoreError(
        path: path,
        message: "no pod of yours yet: create one with `hearth init NAME --member NAME …` "
          + "(the demo's own sessions: --pod \(Self.demoSlug))", code: ENOENT)
    }
    if let last = lastPodSlug(), own.contains(last) {
      return PodDirectory(path: podsPath + "/" + last)
    }
    throw StoreError(
      path: podsPath, message: "several pods: choose one with --pod (\(list(own)))")
  }

  /// The slug last remembered, if any.
  private func lastPodSlug() -> String? {
    (try? String(contentsOfFile: lastPodPath, encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private func list(_ slugs: [String]) -> String {
    slugs.isEmpty ? "none" : slugs.joined(separator: ", ")
  }
}
