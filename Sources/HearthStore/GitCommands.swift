import Foundation

/// The git commands a sync is made of, each asked of one repository and answered in Swift
/// values: what a sync decides stays in `PodSync`.
extension GitRunner {
  // MARK: Revisions and branches

  /// The branch checked out, or nil when HEAD is detached.
  func currentBranch() throws -> String? {
    let result = try run(["symbolic-ref", "-q", "--short", "HEAD"])
    let name = result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return result.status == 0 && !name.isEmpty ? name : nil
  }

  /// The commit HEAD names; nil before the first commit.
  func head() throws -> String? { try revision("HEAD") }

  /// The commit `name` names, or nil.
  func revision(_ name: String) throws -> String? {
    hash(try run(["rev-parse", "-q", "--verify", name + "^{commit}"]))
  }

  /// The newest commit `a` and `b` share, or nil when their histories are unrelated.
  func mergeBase(_ a: String, _ b: String) throws -> String? {
    hash(try run(["merge-base", a, b]))
  }

  func isAncestor(_ a: String, of b: String) throws -> Bool {
    try run(["merge-base", "--is-ancestor", a, b]).status == 0
  }

  /// The tree of no files, to compare the first commit with.
  func emptyTree() throws -> String {
    try check(["hash-object", "-t", "tree", "/dev/null"]).text
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The trimmed hash a successful command printed, else nil.
  private func hash(_ result: GitResult) -> String? {
    let hash = result.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return result.status == 0 && !hash.isEmpty ? hash : nil
  }

  /// The branches of `origin` as last fetched.
  func remoteBranches() throws -> [String] {
    let refs = try check(["for-each-ref", "--format=%(refname)", "refs/remotes/origin/"]).text
    return refs.split(separator: "\n").map { String($0.dropFirst("refs/remotes/origin/".count)) }
      .filter { $0 != "HEAD" }.sorted()
  }

  /// The remote's own default branch, else `main`, else `master`, else any; nil for a remote
  /// without branches.
  func remoteDefaultBranch() throws -> String? {
    let branches = try remoteBranches()
    guard !branches.isEmpty else { return nil }
    let symref = try run(["ls-remote", "--symref", "origin", "HEAD"])
    for line in symref.text.split(separator: "\n") where line.hasPrefix("ref: refs/heads/") {
      let name = line.dropFirst("ref: refs/heads/".count).prefix { $0 != "\t" }
      if branches.contains(String(name)) { return String(name) }
    }
    return ["main", "master"].first(where: branches.contains) ?? branches.first
  }

  /// Aborts a rebase or merge an interrupted command left in `gitDirectory`; true when there
  /// was one.
  func undoInterruptedStep(in gitDirectory: String) throws -> Bool {
    let manager = FileManager.default
    if manager.fileExists(atPath: gitDirectory + "/rebase-merge")
      || manager.fileExists(atPath: gitDirectory + "/rebase-apply")
    {
      _ = try run(["rebase", "--abort"])
      return true
    }
    if manager.fileExists(atPath: gitDirectory + "/MERGE_HEAD") {
      _ = try run(["merge", "--abort"])
      return true
    }
    return false
  }

  // MARK: The work tree and the index

  /// Every path whose work-tree file differs from the index, untracked files included, one by
  /// one (never a folder for all it holds).
  func unstagedPaths() throws -> [String] {
    let status = try check([
      "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames",
    ]).output
    var paths: [String] = []
    for entry in status.split(separator: 0, omittingEmptySubsequences: true) {
      guard entry.count > 3 else { continue }
      let bytes = Array(entry)
      // Changes already staged (worktree column blank) need nothing more.
      guard bytes[1] != UInt8(ascii: " ") else { continue }
      paths.append(String(decoding: bytes[3...], as: UTF8.self))
    }
    return paths
  }

  /// Stages `paths` as they are in the work tree, deletions included; names are taken as they
  /// are, never as patterns.
  func stage(_ paths: [String]) throws {
    guard !paths.isEmpty else { return }
    var input = Data()
    for path in paths {
      input.append(contentsOf: Array(path.utf8))
      input.append(0)
    }
    try check(
      ["--literal-pathspecs", "add", "-A", "--pathspec-from-file=-", "--pathspec-file-nul"],
      input: input)
  }

  /// Status letter and path of each file changed between two trees (`arguments`, as for
  /// `git diff`).
  func changes(_ arguments: [String]) throws -> [(status: Character, path: String)] {
    Self.nameStatus(try check(["diff", "--name-status", "-z", "--no-renames"] + arguments).output)
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

  /// The paths a stopped rebase or merge could not combine.
  func unmergedPaths() throws -> [String] {
    let output = try check(["diff", "--name-only", "--diff-filter=U", "-z"]).output
    return Set(
      output.split(separator: 0, omittingEmptySubsequences: true)
        .map { String(decoding: $0, as: UTF8.self) }
    ).sorted()
  }

  /// Path → stage number (1 base, 2 ours, 3 theirs) → blob, for every unmerged path.
  func unmergedStages() throws -> [String: [Int: String]] {
    let output = try check(["ls-files", "-u", "-z"]).output
    var stages: [String: [Int: String]] = [:]
    for entry in output.split(separator: 0, omittingEmptySubsequences: true) {
      let text = String(decoding: entry, as: UTF8.self)
      guard let tab = text.firstIndex(of: "\t") else { continue }
      let fields = text[..<tab].split(separator: " ")
      guard fields.count == 3, let stage = Int(fields[2]) else { continue }
      stages[String(text[text.index(after: tab)...]), default: [:]][stage] = String(fields[1])
    }
    return stages
  }
}
