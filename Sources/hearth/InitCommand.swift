import ArgumentParser
import HearthCore
import HearthSeal
import HearthStore

/// `hearth init`: create a pod.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a pod with its members.",
    discussion: "Example: hearth init \"Tuesday Crew\" --member Ana --member Bo --member Chen")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The pod's name.")
  var name: String

  @Option(name: .customLong("member"), help: "A member (repeat for each).")
  var members: [String] = []

  @Option(
    name: .customLong("role"), help: "A rotating role (default: facilitator, timekeeper, scribe).")
  var roles: [String] = []

  @Option(name: .customLong("agreement"), help: "An agreement read at the start of each meeting.")
  var agreements: [String] = []

  @Option(help: "How many sessions the pod commits to before a retrospective.")
  var commitment: Int?

  @Flag(
    help: ArgumentHelp(
      "Seal the pod: everything said is encrypted at rest under a passphrase (asked twice on"
        + " the terminal, or --passphrase-file). Forget every passphrase and the history is gone."
    ))
  var seal = false

  @Option(help: "Whose passphrase this is, kept sealed in its key slot (with --seal).")
  var label = "first passphrase"

  func validate() throws {
    if let problem = Member.problem(with: name) { throw ValidationError("pod name: \(problem)") }
    guard !members.isEmpty else { throw ValidationError("name the members with --member NAME") }
    var seen = Set<String>()
    for member in members {
      if let problem = Member.problem(with: member) {
        throw ValidationError("member '\(member.debugDescription)': \(problem)")
      }
      guard seen.insert(member.lowercased()).inserted else {
        throw ValidationError("'\(member)' is named twice")
      }
    }
    for role in roles where Member.problem(with: role) != nil {
      throw ValidationError("role '\(role)': \(Member.problem(with: role)!)")
    }
    for agreement in agreements {
      if let problem = Pod.problem(withAgreement: agreement) { throw ValidationError(problem) }
    }
    if let commitment, !(1...Bounds.mostSessions).contains(commitment) {
      throw ValidationError("--commitment must be from 1 to \(Bounds.mostSessions) sessions")
    }
  }

  func run() throws {
    let home = global.resolvedHome()
    let pod = Pod(
      name: name, members: members.map { Member(name: $0) },
      roles: roles.isEmpty ? Pod.defaultRoles : roles, agreements: agreements,
      commitment: commitment)
    var sealing: (passphrase: Secret, label: String)?
    if seal {
      sealing = (
        try Passphrase.choose(
          for: PodDirectory.slug(for: name), file: global.passphraseFile), label
      )
    }
    defer { sealing?.passphrase.wipe() }
    let directory = try home.createPod(pod, seal: sealing)
    home.rememberLastPod(directory)
    let sealed = seal ? " (sealed)" : ""
    Output.line("Created \(name)\(sealed) with \(members.count) members at \(directory.path)")
    Output.line("Start a meeting: hearth meet")
  }
}
