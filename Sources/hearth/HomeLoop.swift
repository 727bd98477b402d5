import ArgumentParser
import Foundation
import HearthCore
import HearthSeal
import HearthStore
import HearthTerminal
import HearthUI

/// `hearth` on a terminal: the home screen, and the command chosen on it; back home after it.
enum HomeLoop {
  static func run(_ options: GlobalOptions) throws {
    // The pod switched to on the home screen stands for `--pod` in the commands run from it.
    var global = options
    var notice: (text: String, isError: Bool)?
    while true {
      let home = global.resolvedHome()
      var model = HomeModel(pod: try summary(home, global))
      if let notice {
        if notice.isError { model.failed(notice.text) } else { model.say(notice.text) }
      }
      notice = nil
      let terminal = try global.openTerminal().terminal
      let intent = terminal.runScreen(
        render: { HomeScreen.render(model, width: $0, height: $1) },
        handle: { key -> HomeModel.Intent? in model.handle(key) })
      terminal.stop()
      let arguments = global.arguments
      switch intent {
      case nil, .quit?:
        return
      case .createPod(let answers)?:
        // Off the screen: a sealed pod's passphrase is asked on the terminal, twice, unechoed.
        do {
          let directory = try create(answers, in: home, global)
          global.pod = directory.slug
          let sealed = answers.sealed ? " (sealed)" : ""
          notice = (
            "Created \(answers.pod.name)\(sealed). Start a meeting when everyone is here.", false
          )
        } catch is Passphrase.Cancelled {
          notice = ("Nothing was created.", false)
        } catch {
          notice = ("\(error)", true)
        }
      case .switchPod?:
        if let next = nextPod(home, after: try? home.selectPod(named: global.pod)) {
          home.rememberLastPod(next)
          global.pod = next.slug
        }
      case .demo?:
        try DemoCommand.parse(arguments).run()
      case .meet?:
        try MeetCommand.parse(arguments).run()
      case .resume?:
        try ResumeCommand.parse(arguments).run()
      case .review?:
        try ReviewCommand.parse(arguments).run()
      }
    }
  }

  /// Creates the pod the home's questions describe, through the store call `hearth init`
  /// uses; a sealed one under a passphrase chosen as `init --seal` chooses it, its keys kept
  /// for this run so the home and what is started from it do not ask again.
  static func create(
    _ answers: PodCreation.Answers, in home: Home, _ global: GlobalOptions
  ) throws -> PodDirectory {
    var sealing: (passphrase: Secret, label: String)?
    if answers.sealed {
      let slug = PodDirectory.slug(for: answers.pod.name)
      sealing = (try Passphrase.choose(for: slug, file: global.passphraseFile), "first passphrase")
    }
    defer { sealing?.passphrase.wipe() }
    let directory = try home.createPod(answers.pod, seal: sealing)
    if answers.sealed { UnlockedPods.shared.keep(directory) }
    home.rememberLastPod(directory)
    return directory
  }

  /// The user's pod after the current one, round to the first.
  static func nextPod(_ home: Home, after current: PodDirectory?) -> PodDirectory? {
    let own = home.ownPodSlugs()
    guard !own.isEmpty else { return nil }
    let index = current.flatMap { own.firstIndex(of: $0.slug) }.map { $0 + 1 } ?? 0
    return PodDirectory(path: home.podsPath + "/" + own[index % own.count])
  }

  /// The selected pod at a glance, or nil when there is none yet. A sealed pod is unlocked
  /// here, before the screen starts (a wrong passphrase is an error).
  static func summary(_ home: Home, _ global: GlobalOptions) throws -> HomeModel.PodSummary? {
    guard !home.podSlugs().isEmpty, let selected = try? home.selectPod(named: global.pod)
    else { return nil }
    let directory = try global.unlock(selected)
    guard let pod = try? directory.loadPod() else { return nil }
    // One read of the archive (newest first) and one of the history answer everything.
    let archive = directory.archive()
    let history = directory.meetingHistory(withActions: true)
    let name = pod.currentNames
    var open = history.openActions ?? []
    for index in open.indices { open[index].owner = open[index].owner.map(name.callAsFunction) }
    return HomeModel.PodSummary(
      name: pod.name, members: pod.activeMembers.count, sessions: archive.count,
      lastMet: archive.first?.started, openSession: archive.first { $0.isOpen }?.id,
      openSessions: archive.filter(\.isOpen).count,
      pods: home.ownPodSlugs().count, roster: pod.activeMembers, openActions: open,
      nextRoles: NextRoles.holders(of: pod, roles: history.roles), commitment: pod.commitment,
      commitmentTerm: pod.commitmentTerm, agreements: pod.agreements.count,
      sealed: directory.isSealed)
  }
}
