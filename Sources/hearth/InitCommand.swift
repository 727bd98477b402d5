import ArgumentParser
import Foundation
import HearthCore
import HearthSeal
import HearthStore

/// `hearth init`: create a pod.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a pod with its members.",
    discussion:
      "Example: hearth init \"Tuesday Crew\" --member Ana:she/her --member Bo --member Chen")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The pod's name.")
  var name: String

  @Option(
    name: .customLong("member"),
    help: "A member (repeat for each); NAME:PRONOUNS gives their pronouns, e.g. Ana:she/her.")
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
    for spec in members {
      let member = Self.member(spec)
      if let problem = Member.problem(with: member.name)
        ?? member.pronouns.flatMap(Member.problem(withPronouns:))
      {
        throw ValidationError("member '\(spec.debugDescription)': \(problem)")
      }
      guard seen.insert(member.name.lowercased()).inserted else {
        throw ValidationError("'\(member.name)' is named twice")
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

  /// The member `spec` names: `Ana`, or `Ana:she/her` with pronouns after the first colon
  /// (spaces around them dropped), so a name given here cannot hold a colon.
  static func member(_ spec: String) -> Member {
    guard let colon = spec.firstIndex(of: ":") else { return Member(name: spec) }
    return Member(
      name: String(spec[..<colon]),
      pronouns: spec[spec.index(after: colon)...].trimmingCharacters(in: .whitespaces))
  }

  func run() throws {
    let home = global.resolvedHome()
    let pod = Pod(
      name: name, members: members.map(Self.member),
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
