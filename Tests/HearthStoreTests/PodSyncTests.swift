import Foundation
import HearthCore
import HearthTesting
import Testing

@testable import HearthStore

/// Two facilitators' homes sharing one pod through a bare repository in a temporary directory.
@Suite(
  "Sync: two homes and a local bare remote",
  .enabled(
    if: GitRunner.locate(in: ProcessInfo.processInfo.environment) != nil,
    "git is not installed: sync tests skipped"))
struct PodSyncTests {
  let scratch: Scratch
  let remote: String
  /// No user or system git configuration: commits use Hearth's stand-in identity.
  let environment: [String: String]
  let clock = TestClock()

  static let crew = Pod(
    name: "Tuesday Crew", members: ["Ana", "Bo", "Chen", "Dee"].map { Member(name: $0) },
    roles: Pod.defaultRoles)

  /// A short round, so meetings are quick to hold.
  static let format = Format(
    name: "check-in", title: "Check-in",
    items: [AgendaItem(title: "Arrival", kind: .round, order: .roster)])

  init() throws {
    scratch = try Scratch()
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["HOME"] = scratch.path
    self.environment = environment
    remote = scratch.file("remote.git")
    try git(["init", "-q", "--bare", remote], in: scratch.path)
  }

  // MARK: Helpers

  @discardableResult
  func git(_ arguments: [String], in directory: String) throws -> String {
    let runner = try GitRunner(directory: directory, environment: environment, ceiling: nil)
    return try runner.check(arguments).text
  }

  /// The files the remote's `main` branch holds.
  func remoteFiles() throws -> [String] {
    try git(["--git-dir", remote, "ls-tree", "-r", "--name-only", "main"], in: scratch.path)
      .split(separator: "\n").map(String.init)
  }

  /// Ana's home, with the pod shared through the remote.
  func sharedHome() throws -> PodDirectory {
    let pod = try Home(path: scratch.file("ana")).createPod(Self.crew)
    _ = try syncer(pod).initialize(remote: remote)
    return pod
  }

  /// Bo's home, with the pod cloned from the remote.
  func clonedHome() throws -> PodDirectory {
    try PodSync.clone(
      remote: remote, into: Home(path: scratch.file("bo")), environment: environment
    )
    .pod
  }

  func syncer(_ pod: PodDirectory, environment: [String: String]? = nil) throws -> PodSync {
    try PodSync(pod: pod, environment: environment ?? self.environment)
  }

  func sync(_ pod: PodDirectory) throws -> SyncReport { try syncer(pod).sync() }

  /// Starts a meeting of `pod`; the caller ends it (or leaves it open).
  func start(in pod: PodDirectory, clock: TestClock? = nil) throws -> Meeting {
    try Meeting.start(
      in: pod, pod: Self.crew, format: Self.format, attendees: ["Ana", "Bo", "Chen"],
      roles: ["facilitator": "Ana"], clock: clock ?? self.clock, timeZone: .gmt, seed: 1)
  }

  /// Holds a whole meeting of `pod` and lets go of its journal; returns its id.
  func meet(in pod: PodDirectory, clock: TestClock? = nil) throws -> String {
    let clock = clock ?? self.clock
    let meeting = try start(in: pod, clock: clock)
    try meeting.perform(.next)
    clock.advance(by: 60)
    try meeting.perform(.end)
    _ = try meeting.writeTranscript(timeZone: .gmt)
    return meeting.id
  }

  func syncError(_ body: () throws -> Void) -> SyncError? {
    do {
      try body()
      Issue.record("expected a SyncError, nothing was thrown")
    } catch let error as SyncError {
      return error
    } catch {
      Issue.record("expected a SyncError, got \(error)")
    }
    return nil
  }

  // MARK: Tests

  @Test("--init shares the pod; --clone fetches it into another home, private and complete")
  func initAndClone() throws {
    let ana = try Home(path: scratch.file("ana")).createPod(Self.crew)
    let first = try meet(in: ana)
    let report = try syncer(ana).initialize(remote: remote)
    #expect(report.pushed)
    #expect(report.commit == "Sync: 1 new session, pod.toml")
    #expect(
      try remoteFiles() == [
        "pod.toml", "sessions/\(first)/journal.jsonl", "sessions/\(first)/transcript.md",
      ])
    // Without a configured identity, commits are Hearth's.
    #expect(
      try git(["log", "-1", "--format=%an <%ae>"], in: ana.path) == "Hearth <hearth@localhost>\n")

    let bo = try clonedHome()
    #expect(bo.path == scratch.file("bo") + "/pods/tuesday-crew")
    #expect(bo.sessionIDs() == [first])
    #expect(try bo.loadPod() == ana.loadPod())
    #expect(try bo.loadSession(first).state.isEnded)
    #expect(try permissions(bo.path) == 0o700)
    #expect(try permissions(bo.podFilePath) == 0o600)
    #expect(try permissions(bo.journalPath(first)) == 0o600)
    #expect(FileManager.default.fileExists(atPath: bo.formatsPath))

    let again = syncError {
      _ = try PodSync.clone(
        remote: remote, into: Home(path: scratch.file("bo")), environment: environment)
    }
    #expect(again?.isUsage == true)
    #expect(again?.message.contains("already has a pod") == true)
    #expect(try sync(bo).commit == nil)
  }

  @Test("meetings held on both sides since the last sync end up on both, open ones held back")
  func concurrentMeetings() throws {
    let ana = try sharedHome()
    let bo = try clonedHome()
    let anaMeeting = try meet(in: ana)
    clock.advance(by: 120)
    let boMeeting = try meet(in: bo)
    clock.advance(by: 120)
    var anaLater = ""
    var boLater = ""
    do {
      // A meeting is running on each side while both sync.
      let anaRunning = try start(in: ana)
      clock.advance(by: 60)
      let boRunning = try start(in: bo)
      anaLater = anaRunning.id
      boLater = boRunning.id
      #expect(anaLater != boLater)

      let anaFirst = try sync(ana)
      #expect(anaFirst.commit == "Sync: 1 new session")
      #expect(anaFirst.heldBack == [anaLater])
      #expect(anaFirst.pushed)
      let boFirst = try sync(bo)
      #expect(boFirst.received == [anaMeeting])
      #expect(boFirst.heldBack == [boLater])
      #expect(boFirst.pushed)
      let anaSecond = try sync(ana)
      #expect(anaSecond.received == [boMeeting])
      #expect(anaSecond.commit == nil)

      #expect(ana.sessionIDs() == [anaMeeting, boMeeting, anaLater])
      #expect(bo.sessionIDs() == [anaMeeting, boMeeting, boLater])
      #expect(try !remoteFiles().contains { $0.contains(anaLater) || $0.contains(boLater) })
      #expect(try bo.loadSession(anaMeeting).state.isEnded)
      #expect(try ana.loadSession(boMeeting).state.isEnded)

      try anaRunning.perform(.end)
      try boRunning.perform(.end)
    }
    // Both meetings have ended and their terminals let go: the next syncs share them.
    let anaThird = try sync(ana)
    #expect(anaThird.heldBack.isEmpty)
    #expect(anaThird.commit == "Sync: 1 new session")
    let boSecond = try sync(bo)
    #expect(boSecond.received == [anaLater])
    #expect(boSecond.commit == "Sync: 1 new session")
    #expect(try sync(ana).received == [boLater])
    let all = [anaMeeting, boMeeting, anaLater, boLater].sorted()
    #expect(ana.sessionIDs() == all)
    #expect(bo.sessionIDs() == all)
    #expect(Set(ana.archive().map(\.id)) == Set(all))
    #expect(try git(["status", "--porcelain"], in: ana.path).isEmpty)
  }

  @Test("an interrupted meeting waiting for resume is not shared until it ends")
  func interruptedMeeting() throws {
    let ana = try sharedHome()
    let id = try start(in: ana).id  // left without ending: interrupted
    let report = try sync(ana)
    #expect(report.heldBack == [id])
    #expect(report.commit == nil)
    let resumed = try Meeting.resume(in: ana, id: id, clock: clock)
    try resumed.perform(.end)
    #expect(try sync(ana).heldBack == [id])  // ended, but its terminal is still open
    _ = consume resumed
    let shared = try sync(ana)
    #expect(shared.heldBack.isEmpty)
    #expect(try remoteFiles().contains("sessions/\(id)/journal.jsonl"))
  }

  @Test("a deleted session disappears on the other side; leftovers and the index stay home")
  func deletion() throws {
    let ana = try sharedHome()
    let bo = try clonedHome()
    let id = try meet(in: ana)
    _ = ana.archive()  // writes the derived index
    try Files.makeDirectory(ana.sessionsPath + "/.deleting-old-1234")
    try Files.writeAtomically("{}\n", to: ana.sessionsPath + "/.deleting-old-1234/journal.jsonl")
    try Files.writeAtomically("torn", to: ana.journalPath(id) + ".torn")
    _ = try sync(ana)
    let shared = try remoteFiles()
    #expect(!shared.contains { $0.contains(".index") || $0.contains(".deleting") })
    #expect(!shared.contains { $0.hasSuffix(".torn") })
    #expect(try sync(bo).received == [id])
    _ = bo.archive()
    #expect(bo.archive().map(\.id) == [id])

    try FileManager.default.removeItem(atPath: ana.journalPath(id) + ".torn")
    try ana.deleteSession(id)
    let deleted = try sync(ana)
    #expect(deleted.commit == "Sync: 1 deleted session")
    let gone = try sync(bo)
    #expect(gone.removed == [id])
    #expect(bo.sessionIDs().isEmpty)
    #expect(!FileManager.default.fileExists(atPath: bo.sessionPath(id)))
    #expect(bo.archive().isEmpty)
    #expect(try !remoteFiles().contains { $0.hasPrefix("sessions/") })
  }

  @Test("pod.toml changed on both sides in the same place keeps both versions and says so")
  func podFileConflict() throws {
    let ana = try sharedHome()
    let bo = try clonedHome()
    var anaPod = try ana.loadPod()
    anaPod.members.append(Member(name: "Eve"))
    try ana.savePod(anaPod)
    _ = try sync(ana)

    var boPod = try bo.loadPod()
    boPod.members.append(Member(name: "Fay"))
    try bo.savePod(boPod)
    let boMeeting = try meet(in: bo)
    let boText = try String(contentsOfFile: bo.podFilePath, encoding: .utf8)
    let report = try sync(bo)
    #expect(report.conflicts == [SyncReport.Conflict(path: "pod.toml", keptAs: "pod.toml.mine")])
    #expect(report.warnings.isEmpty)
    // The shared version stays in place; Bo's own is kept beside it; the session still went.
    #expect(try bo.loadPod() == anaPod)
    #expect(try String(contentsOfFile: bo.podFilePath + ".mine", encoding: .utf8) == boText)
    #expect(try permissions(bo.podFilePath + ".mine") == 0o600)
    #expect(report.pushed)
    #expect(try !remoteFiles().contains("pod.toml.mine"))
    #expect(try sync(ana).received == [boMeeting])
    #expect(try ana.loadPod() == anaPod)

    // The next sync reminds Bo of the kept version, and shares what Bo settles on.
    #expect(try sync(bo).warnings.contains { $0.contains("pod.toml.mine") })
    var settled = anaPod
    settled.members.append(Member(name: "Fay"))
    try bo.savePod(settled)
    try FileManager.default.removeItem(atPath: bo.podFilePath + ".mine")
    let resolved = try sync(bo)
    #expect(resolved.conflicts.isEmpty && resolved.warnings.isEmpty)
    #expect(resolved.commit == "Sync: pod.toml")
    #expect(try sync(ana).updated == ["pod.toml"])
    #expect(try ana.loadPod() == settled)
  }

  @Test("changes to different files on each side are combined without a clash")
  func separateChanges() throws {
    let ana = try sharedHome()
    let bo = try clonedHome()
    try Files.writeAtomically(
      FormatFile.toml(for: Self.format), to: ana.formatsPath + "/short.toml")
    _ = try sync(ana)
    var boPod = try bo.loadPod()
    boPod.agreements = ["What is said here stays here"]
    try bo.savePod(boPod)
    let report = try sync(bo)
    #expect(report.conflicts.isEmpty)
    #expect(report.updated == ["formats/short.toml"])
    #expect(FileManager.default.fileExists(atPath: bo.formatsPath + "/short.toml"))
    #expect(try sync(ana).updated == ["pod.toml"])
    #expect(try ana.loadPod().agreements == ["What is said here stays here"])
  }

  @Test("two meetings given the same id on two computers: the second to sync is renamed")
  func sameSessionID() throws {
    let ana = try sharedHome()
    let bo = try clonedHome()
    let anaMeeting = try meet(in: ana)
    // Bo started the same format in the same minute, elsewhere.
    let boMeeting = try meet(
      in: bo, clock: TestClock(Date(timeIntervalSince1970: 1_795_806_000 + 20)))
    #expect(anaMeeting == boMeeting)
    _ = try sync(ana)
    let report = try sync(bo)
    let renamed = "\(boMeeting)-2"
    #expect(report.renamed == [SyncReport.Renamed(from: boMeeting, to: renamed)])
    #expect(report.received == [anaMeeting])
    #expect(bo.sessionIDs() == [anaMeeting, renamed])
    let loaded = try bo.loadSession(renamed)
    #expect(loaded.state.start?.id == renamed && loaded.state.isEnded)
    let transcript = try String(contentsOfFile: bo.transcriptPath(renamed), encoding: .utf8)
    #expect(transcript.contains("`\(renamed)`"))
    #expect(try sync(ana).received == [renamed])
    #expect(ana.sessionIDs() == [anaMeeting, renamed])
  }

  @Test("a meeting open here with an id the others shared waits until it ends, then is renamed")
  func openMeetingWithSharedID() throws {
    let ana = try sharedHome()
    let bo = try clonedHome()
    let anaMeeting = try meet(in: ana)
    _ = try sync(ana)
    var boPod = try bo.loadPod()
    boPod.agreements = ["Phones away"]
    try bo.savePod(boPod)
    var boMeeting = ""
    do {
      let running = try start(
        in: bo, clock: TestClock(Date(timeIntervalSince1970: 1_795_806_000 + 20)))
      boMeeting = running.id
      #expect(boMeeting == anaMeeting)
      let error = syncError { _ = try sync(bo) }
      #expect(error?.isUsage == false)
      #expect(error?.message.contains("still open here") == true)
      #expect(try bo.loadSession(boMeeting).state.isEnded == false)
      try running.perform(.end)
    }
    // pod.toml was committed before the sync stopped; the next one sends it with the meeting.
    let report = try sync(bo)
    #expect(report.renamed == [SyncReport.Renamed(from: boMeeting, to: "\(boMeeting)-2")])
    #expect(report.received == [anaMeeting])
    #expect(report.pushed)
    let anaReport = try sync(ana)
    #expect(anaReport.received == ["\(boMeeting)-2"])
    #expect(anaReport.updated == ["pod.toml"])
    #expect(try ana.loadPod().agreements == ["Phones away"])
    #expect(
      try git(["--git-dir", remote, "rev-list", "--count", "main"], in: scratch.path) == "3\n")
  }

  @Test("without git on PATH, sync says git is needed")
  func missingGit() throws {
    let pod = try Home(path: scratch.file("ana")).createPod(Self.crew)
    let empty = scratch.file("no-git")
    try Files.makeDirectory(empty)
    let error = syncError {
      _ = try PodSync(pod: pod, environment: ["PATH": empty, "HOME": scratch.path])
    }
    #expect(error?.isUsage == false, "a missing git is a failure at run time: exit 1")
    #expect(error?.message.contains("needs git") == true)
  }

  @Test("a pod not shared yet, or an unreachable remote, is refused with what to do")
  func notSharedAndUnreachable() throws {
    let pod = try Home(path: scratch.file("ana")).createPod(Self.crew)
    let notShared = syncError { _ = try sync(pod) }
    #expect(notShared?.isUsage == false, "the command is right, the pod not shared yet: exit 1")
    #expect(notShared?.message.contains("hearth sync --init ADDRESS") == true)

    let nowhere = scratch.file("nowhere.git")
    let unreachable = syncError { _ = try syncer(pod).initialize(remote: nowhere) }
    #expect(unreachable?.isUsage == false)
    #expect(unreachable?.message.contains("Could not reach \(nowhere)") == true)
    // Nothing changed: the right address can simply be given next.
    #expect(!FileManager.default.fileExists(atPath: pod.path + "/.git"))
    #expect(try syncer(pod).initialize(remote: remote).pushed)

    // A remote that goes away later fails at run time and keeps everything here.
    try FileManager.default.moveItem(atPath: remote, toPath: nowhere + "-moved")
    let id = try meet(in: pod)
    let gone = syncError { _ = try sync(pod) }
    #expect(gone?.isUsage == false)
    #expect(gone?.message.contains("Nothing was shared") == true)
    #expect(try pod.loadSession(id).state.isEnded)
  }

  @Test("what may be shared, and how a commit is summed up")
  func shareableAndSummary() {
    #expect(PodSync.isShareable("pod.toml"))
    #expect(PodSync.isShareable("formats/weekly.toml"))
    #expect(PodSync.isShareable("sessions/2026-11-27T1900-check-in/journal.jsonl"))
    #expect(!PodSync.isShareable(".index/sessions.tsv"))
    #expect(!PodSync.isShareable("sessions/.deleting-x-12/journal.jsonl"))
    #expect(!PodSync.isShareable("pod.toml.tmp-4242"))
    #expect(!PodSync.isShareable("pod.toml.mine"))
    #expect(!PodSync.isShareable("pod.toml.mine-2"))
    #expect(!PodSync.isShareable("sessions/x/journal.jsonl.torn"))
    #expect(
      PodSync.summary(of: [
        ("A", "sessions/a/journal.jsonl"), ("A", "sessions/a/transcript.md"),
        ("A", "sessions/b/journal.jsonl"), ("M", "sessions/c/transcript.md"),
        ("D", "sessions/d/journal.jsonl"), ("M", "pod.toml"),
      ]) == ["2 new sessions", "1 updated session", "1 deleted session", "pod.toml"])
    #expect(PodSync.repositoryName("git@host:crew/tuesday.git") == "tuesday")
    #expect(PodSync.repositoryName("/srv/pods/tuesday-crew/") == "tuesday-crew")
  }
}
