import Foundation
import HearthCore
import Testing

@testable import HearthStore

@Suite("The data root and its pods")
struct HomeTests {
  let scratch: Scratch
  init() throws { scratch = try Scratch() }

  static let environment = [
    "HEARTH_HOME": "/data/hearth-home", "XDG_DATA_HOME": "/data/xdg", "HOME": "/home/ana",
  ]

  @Test("--home wins over every variable")
  func option() {
    #expect(Home.resolve(option: "/opt/pods", environment: Self.environment).path == "/opt/pods")
  }

  @Test("Then HEARTH_HOME")
  func hearthHome() {
    #expect(Home.resolve(option: nil, environment: Self.environment).path == "/data/hearth-home")
  }

  @Test("Then XDG_DATA_HOME/hearth")
  func xdg() {
    var environment = Self.environment
    environment["HEARTH_HOME"] = nil
    #expect(Home.resolve(option: nil, environment: environment).path == "/data/xdg/hearth")
  }

  @Test("Then ~/.local/share/hearth")
  func home() {
    #expect(
      Home.resolve(option: nil, environment: ["HOME": "/home/ana"]).path
        == "/home/ana/.local/share/hearth")
  }

  @Test("Empty values count as unset")
  func emptyValues() {
    let environment = ["HEARTH_HOME": "", "XDG_DATA_HOME": "", "HOME": "/home/bo"]
    #expect(
      Home.resolve(option: "", environment: environment).path == "/home/bo/.local/share/hearth")
  }

  @Test("A relative --home is taken from the current directory")
  func relative() {
    let cwd = FileManager.default.currentDirectoryPath
    #expect(Home.resolve(option: "pods", environment: [:]).path == cwd + "/pods")
  }

  @Test(
    "A pod's directory name is its name in lower case, words joined by dashes",
    arguments: [
      ("Demo Pod", "demo-pod"), ("  The  Tuesday Crew!! ", "the-tuesday-crew"),
      ("Pod #2 (north)", "pod-2-north"), ("Café Ünïcode", "café-ünïcode"), ("!!!", "pod"),
      ("", "pod"), ("a/../b", "a-b"), ("Already-slugged", "already-slugged"),
    ])
  func slug(name: String, slug: String) {
    #expect(PodDirectory.slug(for: name) == slug)
  }

  @Test("The demo pod is created once, with its pod.toml")
  func demoPod() throws {
    let home = Home(path: scratch.file("home"))
    let pod = try home.ensureDemoPod()
    #expect(pod.path == home.podsPath + "/demo-pod")
    let toml = try String(contentsOfFile: pod.podFilePath, encoding: .utf8)
    #expect(toml.contains(#"name = "Demo Pod""#))
    #expect(toml.contains(#"pronouns = "they/them""#))
    try Files.writeAtomically("# edited\n", to: pod.podFilePath)
    _ = try home.ensureDemoPod()
    #expect(try String(contentsOfFile: pod.podFilePath, encoding: .utf8) == "# edited\n")
  }

  @Test("pod.toml quotes what TOML needs quoted")
  func podFileQuoting() {
    let pod = Pod(
      name: #"The "Back\Room""#, members: [Member(name: "Zoë\tT", active: false)],
      roles: ["scribe"], agreements: ["line one\nline two", "bell\u{7}"])
    let toml = PodFile.toml(for: pod)
    #expect(toml.contains(#"name = "The \"Back\\Room\"""#))
    #expect(toml.contains(#"  "line one\nline two","#))
    #expect(toml.contains(#"  "bell\u0007","#))
    #expect(toml.contains(#"name = "Zoë\tT""#))
    #expect(toml.contains("active = false"))
  }

  // MARK: Choosing a pod

  func makePods(_ names: String...) throws -> Home {
    let home = Home(path: scratch.file("home"))
    for name in names { try Files.makeDirectory(home.pod(named: name).sessionsPath) }
    return home
  }

  @Test("With no pods, choosing one says how to start")
  func noPods() throws {
    let home = try makePods()
    let error = storeError { _ = try home.selectPod(named: nil) }
    #expect(error?.message == "no pods yet: try `hearth demo`")
  }

  @Test("The only pod is chosen without asking")
  func onlyPod() throws {
    let home = try makePods("Tuesday Crew")
    #expect(try home.selectPod(named: nil).path == home.podsPath + "/tuesday-crew")
  }

  @Test("--pod picks a pod by its name or slug, and an unknown name lists the pods")
  func named() throws {
    let home = try makePods("Tuesday Crew", "Demo Pod")
    #expect(try home.selectPod(named: "Tuesday Crew").path == home.podsPath + "/tuesday-crew")
    #expect(try home.selectPod(named: "demo-pod").path == home.podsPath + "/demo-pod")
    let error = storeError { _ = try home.selectPod(named: "Friday") }
    #expect(error?.message == "no pod named 'Friday' (pods: demo-pod, tuesday-crew)")
  }

  @Test("With several pods, the last one used is chosen; without one, --pod is asked for")
  func lastUsed() throws {
    let home = try makePods("Tuesday Crew", "Friday Crew", "Demo Pod")
    let error = storeError { _ = try home.selectPod(named: nil) }
    #expect(error?.message == "several pods: choose one with --pod (friday-crew, tuesday-crew)")
    home.rememberLastPod(home.pod(named: "Tuesday Crew"))
    #expect(try home.selectPod(named: nil).path == home.podsPath + "/tuesday-crew")
    #expect(try permissions(home.path + "/last-pod") == 0o600)
  }

  @Test("A remembered pod that no longer exists is not chosen")
  func lastUsedGone() throws {
    let home = try makePods("Tuesday Crew", "Friday Crew")
    home.rememberLastPod(home.pod(named: "Gone"))
    #expect(storeError { _ = try home.selectPod(named: nil) } != nil)
  }

  @Test("The demo pod is never the default: not alone, not beside the user's, not remembered")
  func demoNeverDefault() throws {
    let home = try makePods("Demo Pod")
    let alone = storeError { _ = try home.selectPod(named: nil) }
    #expect(
      alone?.message
        == "no pod of yours yet: create one with `hearth init NAME --member NAME …` "
        + "(the demo's own sessions: --pod demo-pod)")
    home.rememberLastPod(home.pod(named: "Demo Pod"))
    #expect(!FileManager.default.fileExists(atPath: home.path + "/last-pod"))
    try Files.makeDirectory(home.pod(named: "Tuesday Crew").sessionsPath)
    #expect(try home.selectPod(named: nil).path == home.podsPath + "/tuesday-crew")
    // A home an older Hearth left pointing at the demo still chooses among the user's pods.
    try Files.makeDirectory(home.pod(named: "Friday Crew").sessionsPath)
    try Files.writeAtomically("demo-pod\n", to: home.path + "/last-pod")
    #expect(storeError { _ = try home.selectPod(named: nil) } != nil)
    #expect(try home.selectPod(named: "Demo Pod").path == home.podsPath + "/demo-pod")
    #expect(home.ownPodSlugs() == ["friday-crew", "tuesday-crew"])
  }
}
