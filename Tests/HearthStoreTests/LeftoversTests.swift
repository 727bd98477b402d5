import Foundation
import HearthCore
import Testing

@testable import HearthStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("What interrupted writes leave behind is removed at the next start")
struct LeftoversTests {
  let scratch: Scratch
  let home: Home
  let pod: PodDirectory
  /// A PID no process can have (above any kernel's pid_max).
  static let dead: pid_t = 2_147_483_000

  init() throws {
    scratch = try Scratch()
    home = Home(path: scratch.path)
    pod = home.pod(named: "Crew")
    for folder in [pod.sessionsPath + "/2026-01-01T1900-check-in", pod.path + "/.index"] {
      try Files.makeDirectory(folder)
    }
    try Files.writeAtomically("name = \"Crew\"\n", to: pod.podFilePath)
  }

  func write(_ text: String, _ path: String) throws {
    try Files.makeDirectory((path as NSString).deletingLastPathComponent)
    #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
  }

  func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  @Test("A killed process's temporary files go, in every folder they can be in")
  func deadWritersFiles() throws {
    let dead = Self.dead
    let leftovers = [
      pod.path + "/.index/sessions.tsv.tmp-\(dead)",
      pod.podFilePath + ".tmp-\(dead)",
      pod.path + "/formats/weekly.toml.tmp-\(dead)",
      home.path + "/last-pod.tmp-\(dead)",
      pod.path + "/.2026-01-01T1900-check-in.transcript.md.tmp-\(dead)",
    ]
    for path in leftovers { try write("Bo said something taken back", path) }
    let half = pod.path + "/" + PodLayout.deletingPrefix + "2026-01-01T1800-x-\(dead)"
    try write("{}\n", half + "/journal.jsonl")
    let clone = home.podsPath + "/" + PodLayout.cloningPrefix + "\(dead)-abcd1234"
    try write("x", clone + "/pod.toml")
    let removed = Leftovers.remove(under: home)
    #expect(Set(removed) == Set(leftovers + [half, clone]))
    for path in leftovers + [half, clone] { #expect(!exists(path), "\(path) is left") }
    #expect(exists(pod.podFilePath))
    #expect(exists(pod.sessionsPath + "/2026-01-01T1900-check-in"))
  }

  @Test("A file a live process is still writing stays, until it is an hour old")
  func liveWritersFiles() throws {
    let live = pod.path + "/.index/sessions.tsv.tmp-\(getppid())"
    try write("rows", live)
    #expect(Leftovers.remove(under: home).isEmpty)
    #expect(exists(live))
    let later = Date().addingTimeInterval(Leftovers.maximumAge + 60)
    #expect(Leftovers.remove(under: home, now: later) == [live])
  }

  @Test("Names that only look alike, and files inside a session's folder, are not touched")
  func lookalikes() throws {
    let kept = [
      pod.path + "/notes.tmp-abc", pod.path + "/notes.tmp-", pod.path + "/tmp-\(Self.dead)",
      pod.sessionsPath + "/2026-01-01T1900-check-in/journal.jsonl",
    ]
    for path in kept { try write("x", path) }
    #expect(Leftovers.remove(under: home).isEmpty)
    for path in kept { #expect(exists(path)) }
  }

  @Test("A session's transcript is staged in the pod's folder, where the sweep looks")
  func stagedWrite() throws {
    let id = "2026-01-01T1900-check-in"
    let path = try #require(try pod.writeTranscript("# Crew\n", for: id))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "# Crew\n")
    let names = try FileManager.default.contentsOfDirectory(atPath: pod.path).sorted()
    #expect(names == [".index", "pod.toml", "sessions"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: pod.sessionsPath) == [id])
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: pod.sessionPath(id)) == [
        "transcript.md"
      ])
  }
}
