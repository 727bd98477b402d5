import Foundation
import HearthCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a sync could not be done, worded for a facilitator rather than a programmer.
///
/// `isUsage` marks what the facilitator can set right before trying again (git is missing, the
/// pod is not shared yet, a pod of that name exists): exit code 2. Anything else (a remote that
/// cannot be reached, a refused push) is a failure at run time: exit code 1.
public struct SyncError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var isUsage: Bool

  public init(_ message: String, isUsage: Bool = false) {
    self.message = message
    self.isUsage = isUsage
  }

  public var description: String { message }
}

/// What one `hearth sync` did, for the command to tell the facilitator.
public struct SyncReport: Sendable, Equatable {
  /// A session given a new id because another facilitator shared a different session with the
  /// same one (two meetings of the same format started in the same minute).
  public struct Renamed: Sendable, Equatable {
    public var from: String
    public var to: String
  }

  /// A file changed here and by another facilitator in clashing ways. The shared version stays
  /// in place; this home's version is kept beside it, never lost.
  public struct Conflict: Sendable, Equatable {
    /// The file, relative to the pod directory (`pod.toml`, `formats/weekly.toml`).
    public var path: String
    /// Where this home's version was kept, relative to the pod directory; nil when this home
    /// had deleted the file.
    public var keptAs: String?
  }

  /// The remote's address.
  public var remote: String
  /// The message of the commit made of this home's changes; nil when there were none.
  public var commit: String?
  /// Open meetings (running, or interrupted and resumable) left out of the commit.
  public var heldBack: [String] = []
  /// Sessions other facilitators shared, which arrived now.
  public var received: [String] = []
  /// Sessions other facilitators deleted, which are gone here now too.
  public var removed: [String] = []
  /// Other files (pod.toml, formats) other facilitators changed, updated here now.
  public var updated: [String] = []
  /// Sessions of this home renamed to keep them apart from another facilitator's.
  public var renamed: [Renamed] = []
  /// Clashing changes, each kept twice.
  public var conflicts: [Conflict] = []
  /// Whether this home's changes were sent to the remote.
  public var pushed = false
  /// What was noticed on the way that did not stop the sync.
  public var warnings: [String] = []

  public init(remote: String) { self.remote = remote }
}

/// Shares a pod's directory with the other facilitators through a git repository.
///
/// The pod directory itself is the repository (`--init` makes it one, `clone` fetches it into
/// a new home). A sync commits what changed here, then takes in what the others shared (a
/// rebase onto the remote, so the history stays a line) and sends the result back. Sessions
/// live in their own directories, so two facilitators' meetings never clash; a meeting still
/// open is never committed; clashing edits of `pod.toml` or a format keep both versions. Git is
/// run as an external program found on `PATH`, never through a shell.
public struct PodSync: Sendable {
  public let pod: PodDirectory
  /// Names this computer in commit messages.
  public let hostName: String
  let git: GitRunner

  /// The branch name a newly shared pod uses when its remote has none yet.
  static let defaultBranch = "main"
  /// The hidden name a clone is made under in `pods/`, before it is moved into place.
  static let cloningPrefix = ".cloning-"

  /// A sync of `pod`; throws a usage `SyncError` when git cannot be found on `PATH`.
  public init(
    pod: PodDirectory, environment: [String: String] = ProcessInfo.processInfo.environment,
    hostName: String = PodSync.localHostName()
  ) throws {
    self.pod = pod
    self.hostName = hostName
    let ceiling = (pod.path as NSString).deletingLastPathComponent
    git = try GitRunner(directory: pod.path, environment: environment, ceiling: ceiling)
  }

  /// This computer's name, for commit messages.
  public static func localHostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "this computer" }
    let name = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return name.isEmpty ? "this computer" : name
  }

  /// Whether the pod directory is a git repository of its own.
  public var isShared: Bool {
    FileManager.default.fileExists(atPath: pod.path + "/.git")
  }

  /// The address of the remote the pod is shared through, if it has one.
  public var remote: String? {
    guard isShared, let result = try? git.run(["config", "--get", "remote.origin.url"]),
      result.status == 0
    else { return nil }
    let address = result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return address.isEmpty ? nil : address
  }

  private var podName: String {
    (try? pod.loadPod().name) ?? (pod.path as NSString).lastPathComponent
  }

  // MARK: - Starting to share

  /// Makes the pod directory a git repository sharing through `remote`, then syncs. When the
  /// pod already shares through `remote` this is an ordinary sync.
  public func initialize(remote address: String) throws -> SyncReport {
    guard FileManager.default.fileExists(atPath: pod.podFilePath) else {
      throw SyncError("\(pod.path) holds no pod.toml, so there is no pod to share.", isUsage: true)
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
        try? FileManager.default.removeItem(atPath: pod.path + "/.git")
      } else {
        _ = try? git.run(["remote", "remove", "origin"])
      }
      throw SyncError(
        "Could not reach \(address): \(fetched.reason). Nothing was changed; check the address "
          + "(a git repository the other facilitators can reach too) and try again.")
    }
    if try head() == nil, let branch = try remoteDefaultBranch() {
      try git.check(["symbolic-ref", "HEAD", "refs/heads/\(branch)"])
    }
    return try sync()
  }

  /// The remote's own default branch, else `main`, else `master`, else any; nil for a remote
  /// without branches.
  func remoteDefaultBranch() throws -> String? {
    let branches = try remoteBranches()
    guard !branches.isEmpty else { return nil }
    let symref = try git.run(["ls-remote", "--symref", "origin", "HEAD"])
    for line in symref.text.split(separator: "\n") where line.hasPrefix("ref: refs/heads/") {
      let name = line.dropFirst("ref: refs/heads/".count).prefix { $0 != "\t" }
      if branches.contains(String(name)) { return String(name) }
    }
    return ["main", "master"].first(where: branches.contains) ?? branches.first
  }

  func remoteBranches() throws -> [String] {
    let refs = try git.check([
      "for-each-ref", "--format=%(refname)", "refs/remotes/origin/",
    ]).text
    return refs.split(separator: "\n").map { String($0.dropFirst("refs/remotes/origin/".count)) }
      .filter { $0 != "HEAD" }.sorted()
  }

  /// Fetches the pod shared at `remote` into `home`, as `pods/<slug>` with the slug of the
  /// pod's name (else of the repository's name). Refuses when that pod exists in the home.
  public static func clone(
    remote address: String, into home: Home,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> (pod: PodDirectory, report: SyncReport) {
    try Files.makeDirectory(home.podsPath)
    let temporary = Self.cloningPrefix + "\(getpid())-\(UUID().uuidString.prefix(8))"
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
      let sync = PodSync(pod: PodDirectory(path: temporaryPath), git: inside)
      guard let branch = try sync.remoteDefaultBranch() else {
        throw SyncError(
          "\(address) holds no pod yet. The facilitator who has the pod shares it first, with "
            + "hearth sync --init \(address).", isUsage: true)
      }
      try inside.check(["checkout", "-q", "-b", branch, "--track", "origin/\(branch)"])
    }
    let candidate = PodDirectory(path: temporaryPath)
    guard FileManager.default.fileExists(atPath: candidate.podFilePath) else {
      throw SyncError(
        "\(address) does not hold a Hearth pod: it has no pod.toml at its top.", isUsage: true)
    }
    let slug =
      (try? candidate.loadPod()).map { PodDirectory.slug(for: $0.name) }
      ?? PodDirectory.slug(for: repositoryName(address))
    let target = PodDirectory(path: home.podsPath + "/" + slug)
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

  private init(pod: PodDirectory, git: GitRunner) {
    self.pod = pod
    self.hostName = Self.localHostName()
    self.git = git
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
          + "shares, run hearth sync --clone ADDRESS in a home without it.", isUsage: true)
    }
    guard let address = remote else {
      throw SyncError(
        "\(podName) is a git repository without a remote to share through. Run: hearth sync "
          + "--init ADDRESS", isUsage: true)
    }
    var report = SyncReport(remote: address)
    if try undoInterruptedStep() {
      report.warnings.append("an earlier sync was interrupted; its half-done step was undone")
    }
    guard let branch = try currentBranch() else {
      throw SyncError(
        "The pod's repository at \(pod.path) is not on a branch, so Hearth cannot sync it. "
          + "Ask someone who knows git to look at it.")
    }
    for attempt in 1...3 {
      let fetched = try git.run(["fetch", "-q", "origin"])
      guard fetched.status == 0 else { throw unreachable(address, fetched) }
      let remoteHead = try revision("refs/remotes/origin/\(branch)")
      try squashUnsharedCommits(onto: remoteHead)
      let staged = try stage()
      report.heldBack = staged.heldBack
      if let remoteHead {
        report.renamed += try renameCollisions(with: remoteHead)
      }
      if let message = try commit() { report.commit = message }
      let local = try head()
      if let remoteHead {
        try refuseHeldBackCollisions(staged.heldBack, remoteHead: remoteHead)
        try integrate(remoteHead, local: local, report: &report)
        try describeArrivals(from: local, report: &report)
      }
      guard let now = try head(), now != remoteHead else { break }
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
    tidyAfterArrivals(report)
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

  /// Aborts a rebase or merge an interrupted sync left behind; true when there was one.
  func undoInterruptedStep() throws -> Bool {
    let gitDirectory = pod.path + "/.git"
    let manager = FileManager.default
    if manager.fileExists(atPath: gitDirectory + "/rebase-merge")
      || manager.fileExists(atPath: gitDirectory + "/rebase-apply")
    {
      _ = try git.run(["rebase", "--abort"])
      return true
    }
    if manager.fileExists(atPath: gitDirectory + "/MERGE_HEAD") {
      _ = try git.run(["merge", "--abort"])
      return true
    }
    return false
  }

  func currentBranch() throws -> String? {
    let result = try git.run(["symbolic-ref", "-q", "--short", "HEAD"])
    let name = result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return result.status == 0 && !name.isEmpty ? name : nil
  }

  func head() throws -> String? { try revision("HEAD") }

  func revision(_ name: String) throws -> String? {
    let result = try git.run(["rev-parse", "-q", "--verify", name + "^{commit}"])
    let hash = result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return result.status == 0 && !hash.isEmpty ? hash : nil
  }

  func mergeBase(_ a: String, _ b: String) throws -> String? {
    let result = try git.run(["merge-base", a, b])
    let hash = result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return result.status == 0 && !hash.isEmpty ? hash : nil
  }

  func isAncestor(_ a: String, of b: String) throws -> Bool {
    try git.run(["merge-base", "--is-ancestor", a, b]).status == 0
  }

  func emptyTree() throws -> String {
    try git.check(["hash-object", "-t", "tree", "/dev/null"]).text
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Folds commits this home made but never sent (an earlier sync that could not finish) into
  /// the index, so what is sent is one commit on top of what the others shared.
  func squashUnsharedCommits(onto remoteHead: String?) throws {
    guard let remoteHead, let local = try head(), local != remoteHead,
      try !isAncestor(local, of: remoteHead)
    else { return }
    if let base = try mergeBase(local, remoteHead) {
      try git.check(["reset", "-q", "--soft", base])
    } else {
      try git.check(["update-ref", "-d", "HEAD"])
    }
  }

  // MARK: Staging

  /// Stages every change of the pod except open meetings and files never shared; returns the
  /// open meetings held back.
  func stage() throws -> (heldBack: [String], staged: Int) {
    let status = try git.check([
      "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames",
    ]).output
    var paths: [String] = []
    var heldBack = Set<String>()
    var closed: [String: Bool] = [:]
    for entry in status.split(separator: 0, omittingEmptySubsequences: true) {
      guard entry.count > 3 else { continue }
      let bytes = Array(entry)
      let worktree = bytes[1]
      // Changes already staged (worktree column blank) need nothing more.
      guard worktree != UInt8(ascii: " ") else { continue }
      let path = String(decoding: bytes[3...], as: UTF8.self)
      guard Self.isShareable(path) else { continue }
      let parts = path.split(separator: "/", omittingEmptySubsequences: false)
      if parts.count >= 3, parts[0] == "sessions" {
        let id = String(parts[1])
        let isClosed = closed[id] ?? isClosedSession(id)
        closed[id] = isClosed
        if !isClosed {
          heldBack.insert(id)
          continue
        }
      }
      paths.append(path)
    }
    if !paths.isEmpty {
      var input = Data()
      for path in paths {
        input.append(contentsOf: Array(path.utf8))
        input.append(0)
      }
      try git.check(
        ["--literal-pathspecs", "add", "-A", "--pathspec-from-file=-", "--pathspec-file-nul"],
        input: input)
    }
    return (heldBack.sorted(), paths.count)
  }

  /// Whether `path` (relative to the pod) may ever be shared: not the derived index, not what a
  /// deletion, an atomic write, a journal repair or a conflict leaves behind.
  static func isShareable(_ path: String) -> Bool {
    let parts = path.split(separator: "/")
    guard let name = parts.last else { return false }
    if parts.first == ".index" || parts.first == ".git" { return false }
    if parts.contains(where: { $0.hasPrefix(PodDirectory.deletingPrefix) }) { return false }
    if parts.count >= 2, parts[0] == "sessions", parts[1].hasPrefix(".") { return false }
    if name == ".DS_Store" || name.hasSuffix(".torn") { return false }
    if let range = name.range(of: ".tmp-", options: .backwards),
      !name[range.upperBound...].isEmpty, name[range.upperBound...].allSatisfy(\.isNumber)
    {
      return false
    }
    return !isConflictCopy(String(name))
  }

  /// `pod.toml.mine`, `pod.toml.mine-2`: this home's side of a clash, kept only here.
  static func isConflictCopy(_ name: String) -> Bool {
    if name.hasSuffix(".mine") { return true }
    guard let range = name.range(of: ".mine-", options: .backwards) else { return false }
    let number = name[range.upperBound...]
    return !number.isEmpty && number.allSatisfy(\.isNumber)
  }

  /// Whether session `id` may be shared: its meeting has ended and no terminal has it open. A
  /// session directory that is gone was deleted, which is shared too.
  func isClosedSession(_ id: String) -> Bool {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: pod.sessionPath(id), isDirectory: &isDirectory)
    else { return true }
    guard isDirectory.boolValue else { return true }
    let journal = pod.journalPath(id)
    let fd = open(journal, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    // A running meeting holds an exclusive lock on its journal.
    guard flock(fd, LOCK_SH | LOCK_NB) == 0 else { return false }
    flock(fd, LOCK_UN)
    if let loaded = try? pod.loadSession(id) { return loaded.state.isEnded }
    // A damaged journal: shared once its last line says the meeting ended.
    let text = (try? String(contentsOfFile: journal, encoding: .utf8)) ?? ""
    let last = text.split(separator: "\n").last.map(String.init) ?? ""
    return last.contains("\"type\":\"ended\"")
  }

  // MARK: Committing

  /// Commits what is staged; returns the message, or nil when nothing was.
  func commit() throws -> String? {
    let base = try head() ?? emptyTree()
    let changes = try git.check([
      "diff", "--cached", "--name-status", "-z", "--no-renames", base,
    ]).output
    let summary = Self.summary(of: Self.nameStatus(changes))
    guard !summary.isEmpty else { return nil }
    let message = "Sync from \(hostName): " + summary.joined(separator: ", ")
    try git.check(["commit", "-q", "--no-verify", "-m", message])
    return message
  }

  /// Pairs of status letter and path from `--name-status -z` output.
  static func nameStatus(_ output: Data) -> [(status: Character, path: String)] {
    let fields = output.split(separator: 0, omittingEmptySubsequences: true)
      .map { String(decoding: $0, as: UTF8.self) }
    var pairs: [(Character, String)] = []
    var index = 0
    while index + 1 < fields.count {
      if let letter = fields[index].first { pairs.append((letter, fields[index + 1])) }
      index += 2
    }
    return pairs
  }

  /// `2 new sessions`, `1 deleted session`, `pod.toml`: what a commit holds, in words.
  static func summary(of changes: [(status: Character, path: String)]) -> [String] {
    var added = Set<String>()
    var deleted = Set<String>()
    var touched = Set<String>()
    var files: [String] = []
    for (status, path) in changes {
      let parts = path.split(separator: "/")
      if parts.count >= 3, parts[0] == "sessions" {
        let id = String(parts[1])
        touched.insert(id)
        if parts[2] == Substring(Journal.fileName) {
          if status == "A" { added.insert(id) }
          if status == "D" { deleted.insert(id) }
        }
      } else if !files.contains(path) {
        files.append(path)
      }
    }
    let changed = touched.subtracting(added).subtracting(deleted)
    func count(_ n: Int, _ what: String) -> String {
      "\(n) \(what) session\(n == 1 ? "" : "s")"
    }
    var parts: [String] = []
    if !added.isEmpty { parts.append(count(added.count, "new")) }
    if !changed.isEmpty { parts.append(count(changed.count, "updated")) }
    if !deleted.isEmpty { parts.append(count(deleted.count, "deleted")) }
    if files.count > 4 {
      parts += files.prefix(3)
      parts.append("\(files.count - 3) more files")
    } else {
      parts += files
    }
    return parts
  }
}
