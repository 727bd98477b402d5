import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthTerminal
import HearthUI

/// `hearth` on a terminal: the home screen, and the command chosen on it; back home after it.
enum HomeLoop {
  static func run(_ options: GlobalOptions) throws {
    // The pod switched to on the home screen stands for `--pod` in the commands run from it.
    var global = options
    var notice: String?
    while true {
      let home = global.resolvedHome()
      var model = HomeModel(pod: try summary(home, global))
      if let notice { model.say(notice) }
      notice = nil
      let terminal = try global.openTerminal().terminal
      let intent = terminal.runScreen(
        render: { HomeScreen.render(model, width: $0, height: $1) },
        handle: { key -> HomeModel.Intent? in
          guard let intent = model.handle(key) else { return nil }
          guard case .createPod(let name, let members) = intent else { return intent }
          do {
            let pod = Pod(
              name: name, members: members.map { Member(name: $0) }, roles: Pod.defaultRoles)
            let directory = try home.createPod(pod)
            home.rememberLastPod(directory)
            global.pod = directory.slug
            return intent
          } catch {
            model.failed("\(error)")
            return nil
          }
        })
      terminal.stop()
      let arguments = global.arguments
      switch intent {
      case nil, .quit?:
        return
      case .createPod(let name, _)?:
        notice = "Created \(name). Start a meeting when everyone is here."
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
    // One read of the archive (newest first) answers all three.
    let archive = directory.archive()
    return HomeModel.PodSummary(
      name: pod.name, members: pod.activeMembers.count, sessions: archive.count,
      lastMet: archive.first?.started, openSession: archive.first { $0.isOpen }?.id,
      openSessions: archive.filter(\.isOpen).count,
      pods: home.ownPodSlugs().count)
  }
}
