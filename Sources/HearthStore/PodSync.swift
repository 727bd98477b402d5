import Foundation
import HearthCore
import HearthSeal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shares a pod's directory with the other facilitators through a git repository.
///
/// The pod directory itself is the repository (`--init` makes it one, `clone` fetches it into
/// a new home). A sync commits what changed here, then takes in what the others shared (a
/// rebase onto the remote, so the history stays a line) and sends the result back. Sessions
/// live in their own directories, so two facilitators' meetings never clash; a meeting still
/// open is never committed; clashing edits of `pod.toml` or a format keep both versions. Git is
/// run as an external program found on `PATH`, never through a shell. A sealed pod, unlocked,
/// syncs sealed; its keys travel apart from the history (`PodSyncKeys.swift`, decision 0051).
public struct PodSync: Sendable {
  public let pod: PodDirectory
  /// Who every commit is made as: the pod's `[sync] author`, else Hearth.
  public let author: SyncAuthor
  let git: GitRunner

  /// The branch name a newly shared pod uses when its remote has none yet.
  static let defaultBranch = "main"

  /// A sync of `pod`; throws a usage `SyncError` when git cannot be found on `PATH`, and the
  /// positioned `StoreError` of a `pod.toml` that cannot be read (it says who commits).
  public init(
    pod: PodDirectory, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws {
    self.pod = pod
    // A sealed pod still locked says nothing of its author (and is refused by `sync`).
    let hasPodFile =
      FileManager.default.fileExists(atPath: pod.storedPath(of: pod.podFilePath))
      && (pod.seal != nil || !pod.isSealed)
    author = try (hasPodFile ? pod.loadPod().syncAuthor : nil) ?? .hearth
    let ceiling = (pod.path as NSString).deletingLastPathComponent
    git = try GitRunner(
      directory: pod.path, environment: environment, ceiling: ceiling, author: author)
  }

  /// Whether the pod directory is a git repository of its own.
  public var isShared: Bool {
    FileManager.default.fileExists(atPath: pod.layout.gitPath)
  }

  /// The address of the remote the pod is shared through, if it has one.
  public var remote: String? {
    guard isShared, let result = try? git.run(["config", "--get", "remote.origin.url"]),
      result.status == 0
    else { return nil }
    let address = result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return address.isEmpty ? nil : address
  }

  /// Where git history may still hold what was deleted from `pod` here: `kept` when the pod is
  /// a git repository (it was shared or cloned), `sent` when it has a remote too (or git cannot
  /// tell, which is taken as yes).
  public static func history(of pod: PodDirectory) -> (kept: Bool, sent: Bool) {
    guard FileManager.default.fileExists(atPath: pod.layout.gitPath) else { return (false, false) }
    guard let sync = try? PodSync(pod: pod) else { return (true, true) }
    return (true, sync.remote != nil)
  }

  private var podName: String {
    (try? pod.loadPod().name) ?? (pod.path as NSString).lastPathComponent
  }

  // MARK: - Starting to share

  /// Makes the pod directory a git repository sharing through `remote`, then syncs. When the
  /// pod already shares through `remote` this is an ordinary sync.
  public func initialize(remote address: String) throws -> SyncReport {
    guard FileManager.default.fileExists(atPath: pod.storedPath(of: pod.podFilePath)) else {
      throw SyncError("\(pod.path) holds no pod.toml, so there is no pod to share.")
    }
    let created = !isShared
    if !created {
      if let current = remote {
        guard current == address else {
          throw SyncError(
            "\(podName) is already shared through \(current). Run hearth sync without --init "
              + "to share through it.", isUsage: true)
        }
        return try sync()
      }
    } else {
      try git.check(["init", "-q"])
      try git.check(["symbolic-ref", "HEAD", "refs/heads/\(Self.defaultBranch)"])
    }
    try git.check(["remote", "add", "origin", address])
    let fetched = try git.run(["fetch", "-q", "origin"])
    guard fetched.status == 0 else {
      // Leave the pod as it was, so the facilitator can simply try again with the right address.
      if created {
        try? FileManager.default.removeItem(atPath: pod.layout.gitPath)
      } else {
        _ = try? git.run(["remote", "remove", "origin"])
      }
      throw SyncError(
        "Could not reach \(address): \(fetched.reason). Nothing was changed; check the address "
          + "(a git repository the other facilitators can reach too) and try again.")
    }
    if try git.head() == nil, let branch = try git.remoteDefaultBranch() {
      try git.check(["symbolic-ref", "HEAD", "refs/heads/\(branch)"])
    }
    return try sync()
  }

  /// Checks, changing nothing, that `address` can be reached and holds no history yet: where
  /// a pod sealed in place starts sharing afresh (`hearth seal --new-remote`).
  public static func checkEmptyRemote(
    _ address: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws {
    let runner = try GitRunner(
      directory: NSTemporaryDirectory(), environment: environment, ceiling: nil)
    let listed = try runner.run(["ls-remote", address])
    guard listed.status == 0 else {
      throw SyncError(
        "Could not reach \(address): \(listed.reason). Nothing was changed; check the address "
          + "(a new, empty git repository the other facilitators can reach too) and try again.")
    }
    guard listed.text.allSatisfy(\.isWhitespace) else {
      throw SyncError(
        "\(address) already holds a git history, which a sealed pod must not share. Make a "
          + "new, empty repository (for example git init --bare in a shared folder) and give "
          + "its address. Nothing was changed.", isUsage: true)
    }
  }

  /// Fetches the pod shared at `remote` into `home`, as `pods/<slug>` with the slug of the
  /// pod's name (else of the repository's name). Refuses when that pod exists in the home. A
  /// sealed pod comes with its shared keys and is opened with what `passphrase` gives (asked
  /// with the repository's name): a wrong one leaves nothing behind.
  public static func clone(
    remote address: String, into home: Home,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    passphrase: ((String) throws -> Secret)? = nil
  ) throws -> (pod: PodDirectory, report: SyncReport) {
    try Files.makeDirectory(home.podsPath)
    let temporary = PodLayout.cloningName(pid: getpid(), tag: String(UUID().uuidString.prefix(8)))
    let temporaryPath = home.podsPath + "/" + temporary
    let runner = try GitRunner(directory: home.podsPath, environment: environment, ceiling: nil)
    let cloned = try runner.run(["clone", "-q", "--", address, temporary])
    var placed = false
    defer { if !placed { try? FileManager.default.removeItem(atPath: temporaryPath) } }
    guard cloned.status == 0 else {
      throw SyncError(
        "Could not fetch the pod from \(address): \(cloned.reason). Check the address and "
          + "your connection, then try again.")
    }
    let inside = GitRunner(
      executable: runner.executable, directory: temporaryPath, environment: runner.environment)
    if try inside.run(["rev-parse", "-q", "--verify", "HEAD"]).status != 0 {
      // The remote's HEAD names a branch it does not have: check out the one it has.
      guard let branch = try inside.remoteDefaultBranch() else {
        throw SyncError(
          "\(address) holds no pod yet. The facilitator who has the pod shares it first, with "
            + "hearth sync --init \(address).")
      }
      try inside.check(["checkout", "-q", "-b", branch, "--track", "origin/\(branch)"])
    }
    var candidate = PodDirectory(path: temporaryPath)
    if FileManager.default.fileExists(atPath: candidate.podFilePath + PodLayout.sealedSuffix) {
      candidate = try receiveKeys(
        into: candidate, git: inside, address: address, passphrase: passphrase)
    }
    guard FileManager.default.fileExists(atPath: candidate.storedPath(of: candidate.podFilePath))
    else {
      throw SyncError(
        "\(address) does not hold a Hearth pod: it has no pod.toml at its top.")
    }
    let slug =
      (try? candidate.loadPod()).map { PodDirectory.slug(for: $0.name) }
      ?? PodDirectory.slug(for: repositoryName(address))
    let targetPath = home.podsPath + "/" + slug
    let target = PodDirectory(
      path: targetPath, seal: candidate.seal?.moved(to: PodLayout(root: targetPath)))
    guard !FileManager.default.fileExists(atPath: target.path) else {
      throw SyncError(
        "This home already has a pod at \(target.path). Run hearth sync --pod \(slug) to bring "
          + "it up to date, or clone into another home with --home DIR.", isUsage: true)
    }
    guard rename(temporaryPath, target.path) == 0 else {
      throw SyncError("Could not create \(target.path): \(Files.errorText()).")
    }
    placed = true
    chmod(target.path, 0o700)
    try Files.makeDirectory(target.sessionsPath)
    try Files.makeDirectory(target.formatsPath)
    var report = SyncReport(remote: address)
    report.received = target.sessionIDs()
    return (target, report)
  }

  /// `https://host/crew/tuesday.git` → `tuesday`.
  static func repositoryName(_ address: String) -> String {
    var name = address
    while name.hasSuffix("/") { name.removeLast() }
    if name.hasSuffix(".git") { name.removeLast(4) }
    if let cut = name.lastIndex(where: { $0 == "/" || $0 == ":" || $0 == "\\" }) {
      name = String(name[name.index(after: cut)...])
    }
    return name
  }

  // MARK: - Syncing

  /// Commits this home's changes (never an open meeting), takes in the others' and sends the
  /// result back. Clashing edits are in the report's `conflicts`; everything else went through.
  public func sync() throws -> SyncReport {
    guard isShared else {
      throw SyncError(
        "\(podName) is not shared yet. To share it, make an empty git repository the other "
          + "facilitators can reach (for example on a server, or git init --bare in a shared "
          + "folder) and run: hearth sync --init ADDRESS. To get a pod another facilitator "
          + "shares, run hearth sync --clone ADDRESS in a home without it.")
    }
    guard let address = remote else {
      throw SyncError(
        "\(podName) is a git repository without a remote to share through. Run: hearth sync "
          + "--init ADDRESS")
    }
    guard !pod.isSealed || pod.seal != nil else {
      throw SyncError("\(pod.slug) is sealed: it syncs once unlocked.", isUsage: true)
    }
    var report = SyncReport(remote: address)
    if try git.undoInterruptedStep(in: pod.layout.gitPath) {
      report.warnings.append("an earlier sync was interrupted; its half-done step was undone")
    }
    guard let branch = try git.currentBranch() else {
      throw SyncError(
        "The pod's repository at \(pod.path) is not on a branch, so Hearth cannot sync it. "
          + "Ask someone who knows git to look at it.")
    }
    // A sealed pod's keys go first, so no clone receives a journal before its key.
    let interrupted = isPruningPending
    if pod.seal != nil { try markPruningPending() }
    var prune = try shareKeys(address: address) || interrupted
    for attempt in 1...3 {
      let fetched = try git.run(["fetch", "-q", "origin"])
      guard fetched.status == 0 else { throw unreachable(address, fetched) }
      let remoteHead = try git.revision("refs/remotes/origin/\(branch)")
      try squashUnsharedCommits(onto: remoteHead)
      let staged = try stage()
      report.heldBack = staged.heldBack
      if let remoteHead {
        report.renamed += try renameCollisions(with: remoteHead)
      }
      if let message = try commit() { report.commit = message }
      let local = try git.head()
      if let remoteHead {
        try refuseHeldBackCollisions(staged.heldBack, remoteHead: remoteHead)
        try integrate(remoteHead, local: local, report: &report)
        try describeArrivals(from: local, report: &report)
      }
      guard let now = try git.head(), now != remoteHead else { break }
      let pushed = try git.run(["push", "-q", "origin", "HEAD:refs/heads/\(branch)"])
      if pushed.status == 0 {
        report.pushed = true
        _ = try? git.run(["branch", "-q", "--set-upstream-to=origin/\(branch)"])
        break
      }
      let rejected = pushed.error.contains("rejected") || pushed.error.contains("fetch first")
      guard rejected, attempt < 3 else {
        if rejected {
          throw SyncError(
            "\(address) kept changing while Hearth was sending to it (another facilitator "
              + "syncing at the same time?). Run hearth sync again in a moment.")
        }
        throw SyncError(
          "Could not send this pod's changes to \(address): \(pushed.reason). They are saved "
            + "here and the next hearth sync sends them.")
      }
    }
    if !report.renamed.isEmpty { prune = try shareKeys(address: address) || prune }
    tidyAfterArrivals(report)
    if pod.seal != nil {
      if prune {
        report.warnings += pruneOldKeys(address: address)
      } else {
        unlink(pod.layout.prunePendingPath)
      }
    }
    let keptNow = Set(report.conflicts.compactMap(\.keptAs))
    report.warnings += leftoverWarnings().filter { !keptNow.contains($0.path) }.map(\.warning)
    if let problem = podFileProblem() { report.warnings.append(problem) }
    return report
  }

  func unreachable(_ address: String, _ result: GitResult) -> SyncError {
    SyncError(
      "Could not reach \(address): \(result.reason). Nothing was shared; your meetings are "
        + "safe here. Check the address and your connection, then run hearth sync again.")
  }
}
