import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthUI

/// `hearth meet`: start a live meeting of the pod.
struct MeetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meet",
    abstract: "Start a live meeting of the pod.",
    discussion: """
      Without flags a screen before the meeting sets the format, who is here and the roles. \
      With any flag (or --plain) the meeting starts at once: without --present every active \
      member counts as present, and roles not given with --role take the rotation's \
      suggestion (who has held each role least recently).
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    help: "The format (agenda) to follow (default: check-in).", completion: Completions.formats)
  var format: String?

  @Option(
    help: "Who is present, comma separated: --present Ana,Bo,Chen",
    completion: Completions.presentList)
  var present: String?

  @Option(
    name: .customLong("role"), help: "A role holder: --role facilitator=Ana (repeatable).",
    completion: Completions.roleHolder)
  var roles: [String] = []

  @Flag(
    name: .customLong("new"),
    help: "Start another meeting even though one of the pod's is still open.")
  var startAnother = false

  func run() throws {
    let home = global.resolvedHome()
    let directory = try global.unlock(home.selectPod(named: global.pod))
    let pod = try directory.loadPod()
    let formats = try directory.formats()
    let screenless = global.isPlain || present != nil || !roles.isEmpty || format != nil
    // One reading of the archive: the rotation, the open meeting and, when the meeting starts at
    // once, the open actions (behind a screen, they are read as it starts).
    let past = directory.meetingHistory(withActions: screenless)
    let name = pod.currentNames
    let history = past.roles.map { $0.roles.mapValues(name.callAsFunction) }
    let suggest: PreMeetingModel.Suggest = { roles, present, declined, held in
      Rotation.suggest(
        roles: roles, present: present, roster: pod.members.map(\.name), history: history,
        declined: declined, held: held)
    }
    home.rememberLastPod(directory)
    let sessionNumber = directory.sessionIDs().count + 1
    func start(_ plan: PreMeetingModel.Plan) throws -> Meeting {
      var pod = pod
      if let change = plan.commitment {
        // Renewed or closed before this meeting: pod.toml says so first, then it starts.
        pod = pod.applying(change, beforeSession: sessionNumber)
        try directory.savePod(pod)
      }
      return try Meeting.start(
        in: directory, pod: pod, format: plan.format, attendees: plan.attendees,
        roles: plan.roles, declined: plan.declined, clock: SystemClock(), timeZone: .current,
        seed: UInt64.random(in: 0...UInt64.max), openActions: past.openActions)
    }
    let stillOpen = startAnother ? nil : past.openSession
    guard screenless else {
      try LiveMeeting.run(global) { terminal in
        if let open = stillOpen {
          let question = OpenMeetingQuestion(
            pod: pod.name, id: open, runningElsewhere: Journal.isHeld(directory.journalPath(open)))
          switch terminal.runScreen(render: question.render, handle: question.handle) {
          case .resume?: return try Meeting.resume(in: directory, id: open, clock: SystemClock())
          case .startAnother?: break
          case .cancel?, nil: return nil
          }
        }
        var model = PreMeetingModel(
          pod: pod, formats: formats, preferred: nil, sessionNumber: sessionNumber,
          suggest: suggest)
        let plan = terminal.runScreen(
          render: { PreMeetingScreen.render(model, width: $0, height: $1) },
          handle: { key -> PreMeetingModel.Plan?? in
            switch model.handle(key) {
            case .stay: return nil
            case .cancel: return .some(nil)
            case .start(let plan): return plan
            }
          })
        return try plan.flatMap { $0 }.map(start)
      }
      return
    }
    if let open = stillOpen { try refuse(open, of: pod, in: directory) }
    let chosen = try directory.format(named: format ?? BuiltIn.checkIn.name)
    let attendees = try attendance(pod)
    let given = try roleHolders(pod, attendees: attendees, directory: directory)
    let holders = Rotation.suggest(
      roles: chosen.roles(for: pod), present: attendees, roster: pod.members.map(\.name),
      history: history, held: given)
    let plan = PreMeetingModel.Plan(
      format: chosen, attendees: attendees, roles: holders, declined: [:])
    try LiveMeeting.run(global) { try start(plan) }
  }

  /// Without a screen to ask on, a second meeting is not started beside an open one unless
  /// `--new` says so. Exit 1, as for "nothing to resume": the command was well formed, what
  /// stops it is the pod's state now.
  private func refuse(_ open: String, of pod: Pod, in directory: PodDirectory) throws {
    if Journal.isHeldSteadily(directory.journalPath(open)) {
      Output.error(
        "a meeting of \(pod.name) is running in another terminal (\(open)), so it cannot be "
          + "resumed from here: end it there, or start another anyway with `hearth meet --new`")
    } else {
      Output.error(
        "a meeting of \(pod.name) is still open (\(open)): `hearth resume` continues it, "
          + "or `hearth meet --new` starts another anyway")
    }
    throw ExitCode(1)
  }

  /// The present members by their current names, in roster order.
  private func attendance(_ pod: Pod) throws -> [String] {
    guard let present else { return pod.activeMembers.map(\.name) }
    var names: [String] = []
    for raw in present.split(separator: ",") {
      let name = raw.trimmingCharacters(in: .whitespaces)
      guard let member = pod.member(named: name) else {
        throw Failure.Runtime(
          description:
            "--present: '\(name)' is not a member of \(pod.name) (members: \(pod.activeMembers.map(\.name).joined(separator: ", ")))"
        )
      }
      if !names.contains(member.name) { names.append(member.name) }
    }
    guard !names.isEmpty else { throw Failure.Usage(description: "--present names nobody") }
    return pod.members.map(\.name).filter(names.contains)
  }

  /// Roles given on the command line, checked against the pod's roles and who is present.
  private func roleHolders(_ pod: Pod, attendees: [String], directory: PodDirectory) throws
    -> [String: String]
  {
    var holders: [String: String] = [:]
    for entry in roles {
      let parts = entry.split(separator: "=", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard parts.count == 2 else {
        throw Failure.Usage(description: "--role takes ROLE=NAME, not '\(entry)'")
      }
      let known =
        (try? directory.format(named: format ?? BuiltIn.checkIn.name).roles(for: pod)) ?? pod.roles
      guard let role = known.first(where: { $0.lowercased() == parts[0].lowercased() }) else {
        throw Failure.Usage(
          description:
            "--role: '\(parts[0])' is not one of the pod's roles (\(known.joined(separator: ", ")))"
        )
      }
      guard let member = pod.member(named: parts[1]), attendees.contains(member.name) else {
        throw Failure.Usage(description: "--role: \(parts[1]) is not present, so cannot be \(role)")
      }
      holders[role] = member.name
    }
    return holders
  }
}
