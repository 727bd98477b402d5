import ArgumentParser
import Foundation
import HearthCore
import HearthStore

/// `hearth demo`: a live check-in meeting of the built-in demo pod, ready at once.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Run a live check-in meeting of the built-in four-member demo pod.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let home = global.resolvedHome()
    try LiveMeeting.run(global) {
      let directory = try home.ensureDemoPod()
      let pod = BuiltIn.demoPod
      let members = pod.members.filter(\.active).map(\.name)
      let roles = Rotation.suggest(
        roles: pod.roles, present: members, roster: members,
        history: directory.roleHistory().map(\.roles))
      return try Meeting.start(
        in: directory, pod: pod, format: BuiltIn.checkIn, attendees: members, roles: roles,
        clock: SystemClock(), timeZone: .current, seed: UInt64.random(in: 0...UInt64.max))
    }
  }
}
