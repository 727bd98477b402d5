import Foundation
import Testing

@testable import HearthStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("One layout names every file of a pod and what is left beside them")
struct PodLayoutTests {
  @Test("Every leftover name Hearth builds is recognised, with the PID that wrote it")
  func leftoverNames() {
    let layout = PodLayout(root: "/home/pods/crew")
    let pid: pid_t = 4242
    let staged = PodLayout.stagedName("transcript.md", of: "2026-01-01T1900-check-in")
    // What can stand in a pod's directory must never be shared either.
    let inPod = [
      PodLayout.temporaryName("pod.toml", pid: pid),
      PodLayout.temporaryName(staged, pid: pid),
      (layout.deletingPath("2026-01-01T1900-check-in", pid: pid) as NSString).lastPathComponent,
    ]
    for name in inPod {
      #expect(PodLayout.writer(of: name) == pid, "\(name)")
      #expect(!PodLayout.travels(name), "\(name) would be shared")
    }
    // A clone is made in the home's pods/, beside the pods.
    let clone = PodLayout.cloningName(pid: pid, tag: "abcd1234")
    #expect(PodLayout.writer(of: clone) == pid)
    // Those in the folders of pods or sessions are never listed as one.
    #expect(!PodLayout.isListed(inPod[2]))
    #expect(!PodLayout.isListed(clone))
    #expect(!PodLayout.isListed(staged))
    #expect(PodLayout.isListed("2026-01-01T1900-check-in"))
    #expect(staged.hasPrefix("."))
  }

  @Test("Names that only look like leftovers are not taken for them")
  func nearMisses() {
    for name in [
      "pod.toml", "notes.tmp-", "notes.tmp-x1", ".deleting-", ".cloning-abc", "weekly.toml",
      "a.tmp-٣",
    ] {
      #expect(PodLayout.writer(of: name) == nil, "\(name)")
      #expect(!PodLayout.isLeftover(name), "\(name)")
    }
  }

  @Test("What a pod holds travels; what is kept only here does not")
  func travelling() {
    let id = "2026-11-27T1900-check-in"
    for path in [
      "pod.toml", "formats/weekly.toml", "sessions/\(id)/journal.jsonl",
      "sessions/\(id)/transcript.md", "pod.toml.miner", "pod.toml.mine-x",
      "sessions/2026-mine/journal.jsonl", "formats/notes.tmp-x",
    ] {
      #expect(PodLayout.travels(path), "\(path) is not shared")
    }
    for path in [
      ".index/sessions.tsv", ".index/" + PodLayout.indexIgnore.name, ".git/config",
      PodLayout.tornPath(of: "sessions/\(id)/journal.jsonl"), "pod.toml.mine",
      PodLayout.conflictCopy(of: "formats/weekly.toml", 3), "formats/.DS_Store",
      "sessions/.\(id).transcript.md.tmp-12", "sessions/\(id)/journal.jsonl.tmp-12",
      ".deleting-\(id)-12/journal.jsonl", "",
    ] {
      #expect(!PodLayout.travels(path), "\(path) would be shared")
    }
  }

  @Test("A clash keeps this home's side under the first name not taken, never overwriting")
  func conflictCopies() throws {
    let scratch = try Scratch()
    let layout = PodLayout(root: scratch.path)
    #expect(layout.freeConflictCopyName(for: "pod.toml") == "pod.toml.mine")
    for name in ["pod.toml.mine", "pod.toml.mine-2"] {
      #expect(FileManager.default.createFile(atPath: scratch.path + "/" + name, contents: nil))
    }
    let third = layout.freeConflictCopyName(for: "pod.toml")
    #expect(third == "pod.toml.mine-3")
    #expect(PodLayout.isConflictCopy(third))
    #expect(!PodLayout.isConflictCopy("pod.toml"))
  }

  @Test("A path in a session's folder names its session, and its journal")
  func sessionFiles() {
    let id = "2026-11-27T1900-check-in"
    #expect(PodLayout.journalSession(of: PodLayout.journalFile(of: id)) == id)
    #expect(PodLayout.journalSession(of: "sessions/\(id)/transcript.md") == nil)
    #expect(PodLayout.sessionFile(of: "sessions/\(id)/transcript.md")?.id == id)
    #expect(PodLayout.sessionFile(of: "sessions/\(id)") == nil)
    #expect(PodLayout.sessionFile(of: "formats/weekly.toml") == nil)
    let pod = PodDirectory(path: "/home/pods/crew")
    #expect(pod.journalPath(id) == pod.path + "/" + PodLayout.journalFile(of: id))
  }
}
