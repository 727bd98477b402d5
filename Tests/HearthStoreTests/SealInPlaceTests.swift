import Foundation
import HearthCore
import HearthSeal
import HearthTesting
import Testing

@testable import HearthStore

@Suite("Sealing a plain pod in place: plain or sealed at every point, never neither")
struct SealInPlaceTests {
  let scratch: Scratch
  let home: Home
  let clock = TestClock()
  let format = """
    name = "owl-round"
    [[items]]
    title = "Nightjar round"
    kind = "round"
    timebox = "10m"
    """

  init() throws {
    scratch = try Scratch()
    home = Home(path: scratch.file("home"))
  }

  /// A plain pod with a format of its own and an ended meeting holding a note.
  func plainPod() throws -> (PodDirectory, String, [EventRecord]) {
    let pod = Pod(
      name: "Night Owls", members: ["Wrenna", "Bo"].map { Member(name: $0) },
      roles: Pod.defaultRoles)
    let directory = try home.createPod(pod)
    try format.write(
      toFile: directory.formatsPath + "/owl-round.toml", atomically: true, encoding: .utf8)
    let meeting = try Meeting.start(
      in: directory, pod: pod, format: try directory.format(named: "owl-round"),
      attendees: ["Wrenna", "Bo"], roles: ["facilitator": "Wrenna"], clock: clock,
      timeZone: .gmt, seed: 1)
    try meeting.perform(.next)
    try meeting.perform(.write(.note, "Wrenna saw the heron"))
    try meeting.perform(.end)
    _ = try meeting.writeTranscript(timeZone: .gmt)
    return (directory, meeting.id, meeting.state.records)
  }

  func holding(_ word: String, under path: String) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: path)
    var found: [String] = []
    while let name = enumerator?.nextObject() as? String {
      if let data = FileManager.default.contents(atPath: path + "/" + name),
        String(decoding: data, as: UTF8.self).localizedCaseInsensitiveContains(word)
      {
        found.append(name)
      }
    }
    return found
  }

  /// The leftover of a sealing by a process that is gone, as a kill leaves it.
  func abandon(_ staging: String) throws -> String {
    let dead = home.podsPath + "/" + PodLayout.cloningName(pid: 999_999, tag: "seal")
    try FileManager.default.moveItem(atPath: staging, toPath: dead)
    return dead
  }

  @Test("Sealed in place, the pod reads as before and no word of it is on disk")
  func sealsWhole() throws {
    let (directory, id, records) = try plainPod()
    let sealed = try home.sealInPlace(
      directory, passphrase: Secret("owl words"), label: "Wrenna", cost: .cheapest)
    #expect(try sealed.readJournal(id).records == records)
    let reopened = try PodDirectory(path: directory.path).unlocked(with: Secret("owl words"))
    #expect(try reopened.loadPod().members.map(\.name) == ["Wrenna", "Bo"])
    #expect(try reopened.format(named: "owl-round").items.first?.title == "Nightjar round")
    #expect(try reopened.readJournal(id).records == records)
    for word in ["Wrenna", "heron", "Nightjar", "Night Owls"] {
      #expect(holding(word, under: home.path).isEmpty, "\(word)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: home.podsPath) == ["night-owls"])
  }

  @Test("Stopped before the swap: the plain pod is whole, and the sealed copy is swept")
  func crashBeforeExchange() throws {
    let (directory, id, records) = try plainPod()
    let staging = try home.sealInPlace(
      directory, passphrase: Secret("owl words"), label: "Wrenna", cost: .cheapest,
      stop: .beforeExchange)
    #expect(!directory.isSealed)
    #expect(try directory.readJournal(id).records == records)
    let dead = try abandon(staging.path)
    Leftovers.remove(under: home)
    #expect(!FileManager.default.fileExists(atPath: dead))
    #expect(try home.selectPod(named: nil).loadPod().name == "Night Owls")
  }

  @Test("Stopped after the swap: the sealed pod opens, and the plain copy is swept")
  func crashBeforeCleanup() throws {
    let (directory, id, records) = try plainPod()
    _ = try home.sealInPlace(
      directory, passphrase: Secret("owl words"), label: "Wrenna", cost: .cheapest,
      stop: .beforeCleanup)
    let staging = home.podsPath + "/" + PodLayout.cloningName(pid: getpid(), tag: "seal")
    #expect(holding("heron", under: staging).isEmpty == false)
    let reopened = try PodDirectory(path: directory.path).unlocked(with: Secret("owl words"))
    #expect(try reopened.readJournal(id).records == records)
    _ = try abandon(staging)
    Leftovers.remove(under: home)
    #expect(holding("heron", under: home.path).isEmpty)
  }

  @Test("A sealed pod, a pod that syncs and a running meeting are refused, nothing changed")
  func refusals() throws {
    let (directory, _, _) = try plainPod()
    try Files.makeDirectory(directory.layout.gitPath)
    let syncing = storeError {
      _ = try home.sealInPlace(directory, passphrase: Secret("w"), label: "", cost: .cheapest)
    }
    #expect(syncing?.message.contains("git history") == true)
    try FileManager.default.removeItem(atPath: directory.layout.gitPath)
    let running = try Meeting.start(
      in: directory, pod: try directory.loadPod(), format: BuiltIn.checkIn,
      attendees: ["Wrenna", "Bo"], roles: [:], clock: clock, timeZone: .gmt, seed: 2)
    let held = storeError {
      _ = try home.sealInPlace(directory, passphrase: Secret("w"), label: "", cost: .cheapest)
    }
    #expect(held?.message.contains("running") == true)
    try running.perform(.leave)
    #expect(!directory.isSealed)
    #expect(try FileManager.default.contentsOfDirectory(atPath: home.podsPath) == ["night-owls"])
  }
}
