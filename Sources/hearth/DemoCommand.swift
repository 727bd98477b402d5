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
      home.rememberLastPod(directory)
      let pod = BuiltIn.demoPod
      let members = pod.members.filter(\.active).map(\.name)
      let prior = directory.sessionIDs().count
      var roles: [String: String] = [:]
      for (offset, role) in pod.roles.enumerated() {
        roles[role] = members[(prior + offset) % members.count]
      }
      return try Meeting.start(
        in: directory, pod: pod, format: BuiltIn.checkIn, attendees: members, roles: roles,
        clock: SystemClock(), timeZone: .current, seed: UInt64.random(in: 0...UInt64.max))
    }
  }
}
