import Foundation
import Testing

@Suite(
  "End to end: a sealed pod that syncs", .serialized,
  .enabled(if: Requirement.tmux, "tmux is not installed: end-to-end tests skipped"))
struct SealedSyncEndToEndTests {
  static let anaWords = "ember lantern 47"
  static let boWords = "quiet harbour 12"
  /// Names, notes and actions that must be in no file and no git object, sealed or synced.
  static let secrets = [
    "Quillfeather", "Marisol", "lighthouse", "custody", "driftwood", "Tuesday Crew",
  ]
  /// What only the session that is deleted holds.
  static let deletedWords = ["lighthouse", "custody"]

  /// A folder for the passphrase files, outside both homes (so grep of a home sees no key).
  let keys: HearthHome
  let ana: HearthHome
  let bo: HearthHome

  init() throws {
    keys = try HearthHome()
    ana = try HearthHome()
    bo = try HearthHome()
    for (name, words) in [("ana", Self.anaWords), ("bo", Self.boWords), ("wrong", "ember 48")] {
      try (words + "\n").write(toFile: keys.path + "/" + name, atomically: true, encoding: .utf8)
      chmod(keys.path + "/" + name, 0o600)
    }
  }

  func file(_ name: String) -> String { keys.path + "/" + name }

  /// `clock`'s environment (or the home's) without anyone's git configuration.
  func environment(_ home: HearthHome, _ clock: FileClock? = nil) -> [String: String] {
    var environment = clock?.environment ?? home.environment
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    return environment
  }

  func hearth(_ home: HearthHome, _ arguments: [String], _ clock: FileClock? = nil) throws -> (
    status: Int32, output: String, error: String
  ) {
    try Tmux.run(HearthHome.binary, arguments, environment: environment(home, clock))
  }

  func shell(_ line: String) throws -> String {
    let result = try Tmux.run("/bin/sh", ["-c", line])
    guard result.status == 0 else { throw E2EError("\(line) failed: \(result.error)") }
    return result.output
  }

  /// A meeting in plain mode: Marisol holds the stick, a note and an action are written.
  func meet(_ home: HearthHome, _ clock: FileClock, passphrase: String, note: String) throws {
    let meeting = try Tmux(
      home.shellLine(
        "--plain meet --format check-in --present Quillfeather,Marisol "
          + "--role facilitator=Quillfeather --passphrase-file \(passphrase)"),
      environment: environment(home, clock))
    try meeting.waitFor("Keys: ")
    try meeting.send("2")
    try meeting.waitFor("Marisol has the stick")
    for (key, text) in [("i", note), ("a", "@Quillfeather call about " + note)] {
      try meeting.send(key)
      try meeting.send(text, literal: true)
      try meeting.send("Enter")
    }
    try meeting.waitFor("Action for Quillfeather: call about " + note)
    try meeting.send("q", "y")
    try meeting.leaveSummary()
    try meeting.waitFor("EXIT=0")
    try clock.advance(by: 600)
  }

  func sessionIDs(_ home: HearthHome, passphrase: String) throws -> [String] {
    let listed = try hearth(home, ["sessions", "--json", "--passphrase-file", passphrase])
    return HearthHome.jsonList(listed.output, "sessions").compactMap { $0["id"] as? String }
      .sorted()
  }

  /// Every object of the repository `store`, its content, as one text (git's objects are
  /// compressed on disk, so grep of the folder alone would prove nothing).
  func objectText(_ store: String) throws -> String {
    try shell("git --git-dir '\(store)' cat-file --batch-all-objects --batch")
  }

  /// Every commit `store` holds, reachable or not.
  func commits(_ store: String) throws -> [String] {
    try shell("git --git-dir '\(store)' cat-file --batch-all-objects --batch-check").split(
      separator: "\n"
    ).filter { $0.split(separator: " ")[1] == "commit" }.map { String($0.prefix(40)) }
  }

  func holdsKeys(_ store: String, _ commit: String) throws -> Bool {
    try shell("git --git-dir '\(store)' ls-tree --name-only \(commit)").split(separator: "\n")
      .contains("keyring")
  }

  @Test("two homes sync sealed; nothing is readable in files or objects; delete reaches all")
  func twoHomes() throws {
    defer { for home in [keys, ana, bo] { home.remove() } }
    let remote = ana.path + "/remote.git"
    _ = try shell("git init -q --bare '\(remote)'")
    let made = try hearth(
      ana,
      [
        "init", "Tuesday Crew", "--seal", "--passphrase-file", file("ana"), "--member",
        "Quillfeather", "--member", "Marisol",
      ])
    try #require(made.status == 0, "\(made.error)")
    let added = try hearth(
      ana,
      [
        "keys", "add", "--label", "Bo", "--new-passphrase-file", file("bo"),
        "--passphrase-file", file("ana"),
      ])
    try #require(added.status == 0, "\(added.error)")
    let anaClock = try FileClock(ana)
    try meet(ana, anaClock, passphrase: file("ana"), note: "the lighthouse custody papers")
    try meet(ana, anaClock, passphrase: file("ana"), note: "kept words")
    let shared = try hearth(ana, ["sync", "--init", remote, "--passphrase-file", file("ana")])
    #expect(shared.status == 0, "\(shared.error)")
    #expect(shared.output.contains("Sent to \(remote)."))

    let cloned = try hearth(bo, ["sync", "--clone", remote, "--passphrase-file", file("bo")])
    #expect(cloned.status == 0, "\(cloned.error)")
    #expect(cloned.output.contains("Fetched Tuesday Crew"), "\(cloned.output)")
    let boClock = try FileClock(bo, start: anaClock.now.addingTimeInterval(3600))
    try meet(bo, boClock, passphrase: file("bo"), note: "driftwood by the pier")
    #expect(try hearth(bo, ["sync", "--passphrase-file", file("bo")]).status == 0)
    #expect(try hearth(ana, ["sync", "--passphrase-file", file("ana")]).status == 0)
    let all = try sessionIDs(ana, passphrase: file("ana"))
    try #require(all.count == 3)
    #expect(try sessionIDs(bo, passphrase: file("bo")) == all)
    let (deleted, kept) = (all[0], all[2])
    let found = try hearth(ana, ["search", "driftwood", "--passphrase-file", file("ana")])
    #expect(found.output.contains("driftwood by the pier"), "\(found.error)")

    let anaStore = ana.path + "/pods/tuesday-crew/.git"
    let boStore = bo.path + "/pods/tuesday-crew/.git"
    let stores = [remote, anaStore, boStore]
    for word in Self.secrets {
      for home in [ana, bo] {
        #expect(try TakingBackTests.filesHolding(word, in: home.path).isEmpty, "\(word) on disk")
      }
      for store in stores {
        #expect(try !objectText(store).localizedCaseInsensitiveContains(word), "\(word) in git")
      }
    }

    // A wrong passphrase on sync says so and writes nothing.
    let boPod = bo.path + "/pods/tuesday-crew"
    let snapshot = try shell(
      "cd '\(boPod)' && find . -exec stat -c '%n %s %Y' {} + | sort && git for-each-ref")
    let refused = try hearth(bo, ["sync", "--passphrase-file", file("wrong")])
    #expect(refused.status == 2)
    #expect(refused.error.contains("wrong passphrase"), "\(refused.error)")
    #expect(
      try shell(
        "cd '\(boPod)' && find . -exec stat -c '%n %s %Y' {} + | sort && git for-each-ref")
        == snapshot)

    let gone = try hearth(
      ana, ["sessions", "delete", deleted, "--yes", "--passphrase-file", file("ana")])
    #expect(gone.status == 0, "\(gone.error)")
    #expect(gone.output.contains("Run hearth sync on every home"), "\(gone.output)")
    #expect(try hearth(ana, ["sync", "--passphrase-file", file("ana")]).status == 0)
    let received = try hearth(bo, ["sync", "--passphrase-file", file("bo")])
    #expect(received.output.contains("Removed 1 session"), "\(received.output)")
    #expect(try sessionIDs(bo, passphrase: file("bo")) == [all[1], kept])

    // Every commit of every store, checked out as a home with every keys commit of every
    // store, opened with every passphrase: the deleted session cannot be shown or found.
    var branchCommits: [(store: String, commit: String)] = []
    var keyCommits: [(store: String, commit: String)] = []
    for store in stores {
      #expect(try shell("git --git-dir '\(store)' fsck --unreachable --no-reflogs").isEmpty)
      for commit in try commits(store) {
        if try holdsKeys(store, commit) {
          if !keyCommits.contains(where: { $0.commit == commit }) {
            keyCommits.append((store, commit))
          }
        } else if !branchCommits.contains(where: { $0.commit == commit }) {
          branchCommits.append((store, commit))
        }
      }
    }
    #expect(keyCommits.count == 1, "one keys commit in all the stores: \(keyCommits)")
    #expect(branchCommits.count >= 3)
    var keptShown = 0
    for branch in branchCommits {
      for keysCommit in keyCommits {
        let home = try HearthHome()
        defer { home.remove() }
        let pod = home.path + "/pods/tuesday-crew"
        _ = try shell(
          "mkdir -p '\(pod)/.seal' && chmod -R 700 '\(home.path)' && "
            + "git --git-dir '\(branch.store)' archive \(branch.commit) | tar -x -C '\(pod)' && "
            + "git --git-dir '\(keysCommit.store)' archive \(keysCommit.commit) "
            + "| tar -x -C '\(pod)/.seal' && chmod -R go-rwx '\(pod)'")
        for passphrase in [file("ana"), file("bo")] {
          let unlock = ["--passphrase-file", passphrase]
          let shown = try hearth(home, ["show", deleted] + unlock)
          #expect(shown.status != 0)
          for word in Self.deletedWords {
            #expect(!shown.output.contains(word), "\(branch.commit) shows \(deleted)")
            let search = try hearth(home, ["search", word] + unlock)
            let hits = search.output.replacingOccurrences(
              of: "Nothing found for \"\(word)\"", with: "")
            #expect(!hits.contains(word), "\(branch.commit) finds \(word): \(search.output)")
          }
          if try hearth(home, ["show", kept] + unlock).output.contains("driftwood") {
            keptShown += 1
          }
        }
      }
    }
    // The same check opens what was kept: it would see the deleted session if it could.
    #expect(keptShown >= 2)

    // Forgetting reaches this home's files, not older sealed versions in git history: it says
    // so, and does not offer sealing to a sealed pod.
    let forgot = try hearth(
      ana,
      ["members", "forget", "Marisol", "--yes", "--keep-notes", "--passphrase-file", file("ana")])
    #expect(forgot.status == 0, "\(forgot.error)")
    #expect(
      forgot.output.contains("anyone with a passphrase can read it there"), "\(forgot.output)")
    #expect(!forgot.output.contains("hearth seal"))
  }

  @Test("seal on a pod that syncs explains and offers --new-remote, which shares afresh")
  func sealOntoNewRemote() throws {
    defer { for home in [keys, ana, bo] { home.remove() } }
    let old = ana.path + "/old.git"
    let fresh = ana.path + "/fresh.git"
    _ = try shell("git init -q --bare '\(old)' && git init -q --bare '\(fresh)'")
    let made = try hearth(ana, ["init", "Tuesday Crew", "--member", "Quillfeather"])
    try #require(made.status == 0, "\(made.error)")
    #expect(try hearth(ana, ["sync", "--init", old]).status == 0)

    let refused = try hearth(ana, ["seal", "--passphrase-file", file("ana")])
    #expect(refused.status == 1, "the pod must change first, not the words")
    #expect(refused.error.contains("plain text"), "\(refused.error)")
    #expect(refused.error.contains("hearth seal --new-remote ADDRESS"))
    let notEmpty = try hearth(
      ana, ["seal", "--new-remote", old, "--passphrase-file", file("ana")])
    #expect(notEmpty.status == 2)
    #expect(try hearth(ana, ["members"]).output.contains("Quillfeather"), "still plain")

    let sealed = try hearth(
      ana, ["seal", "--new-remote", fresh, "--passphrase-file", file("ana")])
    #expect(sealed.status == 0, "\(sealed.error)")
    #expect(sealed.output.contains("hearth sync --clone \(fresh)"), "\(sealed.output)")
    for word in ["Quillfeather", "Tuesday Crew"] {
      #expect(try !objectText(fresh).contains(word))
      #expect(try !objectText(ana.path + "/pods/tuesday-crew/.git").contains(word))
      #expect(try TakingBackTests.filesHolding(word, in: ana.path + "/pods").isEmpty)
    }
    let cloned = try hearth(bo, ["sync", "--clone", fresh, "--passphrase-file", file("ana")])
    #expect(cloned.status == 0, "\(cloned.error)")
    let members = try hearth(bo, ["members", "--passphrase-file", file("ana")])
    #expect(members.output.contains("Quillfeather"), "\(members.error)")
  }
}
