import Foundation
import HearthCore
import Testing

@testable import HearthStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who the pod's shared history says made each commit.
extension PodSyncTests {
  /// Every commit the remote holds, as `author-name author-address committer-name
  /// committer-address`, one a line.
  func remoteIdentities() throws -> [String] {
    try git(["--git-dir", remote, "log", "--all", "--format=%an %ae %cn %ce"], in: scratch.path)
      .split(separator: "\n").map(String.init)
  }

  /// An environment whose git configuration and variables name a person and this computer, as
  /// a facilitator's own would.
  func personalEnvironment(_ person: String) throws -> [String: String] {
    let config = scratch.file("\(person).gitconfig")
    try Files.writeAtomically(
      "[user]\n\tname = \(person) Personal\n\temail = \(person.lowercased())@\(Self.hostName)\n",
      to: config)
    var personal = environment
    personal["GIT_CONFIG_GLOBAL"] = config
    personal["GIT_AUTHOR_NAME"] = "\(person) From Environment"
    personal["GIT_COMMITTER_EMAIL"] = "\(person.lowercased())@\(Self.hostName)"
    personal["EMAIL"] = "\(person.lowercased())@\(Self.hostName)"
    return personal
  }

  /// This computer's name, as git would guess an address from it.
  static var hostName: String {
    var buffer = [CChar](repeating: 0, count: 256)
    gethostname(&buffer, buffer.count - 1)
    let name = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return name.isEmpty ? "this-computer" : name
  }

  @Test("every commit of two homes is Hearth's, whatever the facilitators' git says")
  func commitsAreHearths() throws {
    let anaEnvironment = try personalEnvironment("Ana")
    let boEnvironment = try personalEnvironment("Bo")
    let ana = try Home(path: scratch.file("ana")).createPod(Self.crew)
    _ = try meet(in: ana)
    _ = try syncer(ana, environment: anaEnvironment).initialize(remote: remote)
    let bo = try PodSync.clone(
      remote: remote, into: Home(path: scratch.file("bo")), environment: boEnvironment
    ).pod
    // Both hold meetings and change pod.toml in the same place: a rebase, then a clash.
    _ = try meet(in: bo)
    clock.advance(by: 300)
    _ = try meet(in: ana)
    var anaPod = try ana.loadPod()
    anaPod.agreements = ["Phones away"]
    try ana.savePod(anaPod)
    var boPod = try bo.loadPod()
    boPod.agreements = ["Cameras on"]
    try bo.savePod(boPod)
    _ = try syncer(bo, environment: boEnvironment).sync()
    _ = try syncer(ana, environment: anaEnvironment).sync()
    _ = try syncer(bo, environment: boEnvironment).sync()

    let identities = try remoteIdentities()
    #expect(identities.count >= 3)
    #expect(identities.allSatisfy { $0 == "Hearth hearth@localhost Hearth hearth@localhost" })
    let everything = try git(
      ["--git-dir", remote, "log", "--all", "--format=%an%n%ae%n%cn%n%ce%n%B"], in: scratch.path)
    for word in ["Personal", "Environment", "ana@", "bo@", Self.hostName] {
      #expect(!everything.contains(word), "a commit names \(word)")
    }
    for pod in [ana, bo] {
      let local = try git(["log", "--all", "--format=%an %ae %cn %ce"], in: pod.path)
      #expect(
        Set(local.split(separator: "\n")) == ["Hearth hearth@localhost Hearth hearth@localhost"])
    }
  }

  @Test("a pod's [sync] author in pod.toml is who commits, author and committer")
  func configuredAuthor() throws {
    let ana = try Home(path: scratch.file("ana")).createPod(Self.crew)
    var pod = try ana.loadPod()
    pod.syncAuthor = SyncAuthor(parsing: "Tuesday Crew <crew@example.org>")
    try ana.savePod(pod)
    #expect(
      try ana.loadPod().syncAuthor == SyncAuthor(name: "Tuesday Crew", address: "crew@example.org"))
    _ = try meet(in: ana)
    let shared = try syncer(ana, environment: try personalEnvironment("Ana"))
    #expect(shared.author.text == "Tuesday Crew <crew@example.org>")
    _ = try shared.initialize(remote: remote)
    #expect(
      try remoteIdentities() == ["Tuesday Crew crew@example.org Tuesday Crew crew@example.org"])
  }

  @Test("a [sync] author that cannot be used stops the sync at its place, exit 2")
  func badAuthor() throws {
    let ana = try Home(path: scratch.file("ana")).createPod(Self.crew)
    let text = try String(contentsOfFile: ana.podFilePath, encoding: .utf8)
    try Files.writeAtomically(text + "\n[sync]\nauthor = \"Ana\"\n", to: ana.podFilePath)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
    do {
      _ = try syncer(ana)
      Issue.record("a bad author was accepted")
    } catch let error as StoreError {
      #expect(error.line == lines + 2)
      #expect(error.message.contains("Name <address>"))
    }
  }
}
