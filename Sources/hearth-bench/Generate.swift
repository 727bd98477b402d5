import Foundation
import HearthCore
import HearthSeal
import HearthStore
import HearthTesting

/// `hearth-bench generate`: writes a synthetic archive of realistic sessions (with
/// `--transcripts`, their `transcript.md` files too; with `--seal`, a sealed pod whose
/// passphrase is `Sealed.benchPassphrase`).
enum Generate {
  static func run(_ arguments: [String]) throws {
    var home: String?
    var sessions = 100
    var seed: UInt64 = 1
    var transcripts = false
    var sealed = false
    var rest = arguments[...]
    while let flag = rest.popFirst() {
      if flag == "--transcripts" || flag == "--seal" {
        if flag == "--seal" { sealed = true } else { transcripts = true }
        continue
      }
      let value = rest.popFirst()
      switch (flag, value) {
      case ("--home", let v?): home = v
      case ("--sessions", let v?): sessions = Int(v) ?? -1
      case ("--seed", let v?): seed = UInt64(v) ?? 1
      default: usage("unknown or incomplete option \(flag)")
      }
    }
    guard let home, sessions > 0 else { usage("--home DIR and --sessions N (N ≥ 1) are needed") }
    let start = DispatchTime.now().uptimeNanoseconds
    let directory = try write(
      home: home, sessions: sessions, seed: seed, transcripts: transcripts, sealed: sealed)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(String(format: "wrote %d sessions to %@ in %.1f s", sessions, directory.path, seconds))
  }

  /// Writes a pod of `sessions` weekly sessions under `home` (with their transcripts when
  /// `transcripts` is set; sealed, as "Sealed Bench Pod", when `sealed` is) and returns its
  /// directory, unlocked.
  static func write(
    home: String, sessions: Int, seed: UInt64 = 1, transcripts: Bool = false,
    sealed: Bool = false
  ) throws -> PodDirectory {
    let pod = Pod(
      name: sealed ? Sealed.podName : "Bench Pod",
      members: ["Ana", "Bo", "Chen", "Dee", "Eli", "Fatou", "Gus", "Hana"].map { Member(name: $0) },
      roles: Pod.defaultRoles)
    let directory = try Home(path: home).createPod(
      pod, seal: sealed ? (Secret(Sealed.benchPassphrase), "bench") : nil)
    var random = SplitMix64(seed: seed)
    var time = Date(timeIntervalSince1970: 1_500_000_000)
    var actions = ActionLedger()
    var written: [SessionState] = []
    for index in 0..<sessions {
      time += 7 * 86_400
      let session = makeSession(
        index, pod: pod, at: time, openActions: actions.open, random: &random)
      actions.record(session)
      written.append(session)
    }
    try directory.makeSessionKeys(written.compactMap { $0.start?.id })
    for session in written {
      let id = session.start!.id
      try directory.createSession(id)
      try directory.writeJournal(session.records, for: id)
      if transcripts {
        let markdown = Transcript.markdown(
          session, at: session.endedAt ?? session.lastEventAt ?? time,
          timeZone: TimeZone(identifier: "UTC")!)
        _ = try directory.writeTranscript(markdown, for: id)
      }
    }
    return directory
  }

  /// One session: 4–8 members, 5–40 turns, 0–30 notes; its actions item reviews the actions
  /// still open (most done, some dropped, the rest carried).
  static func makeSession(
    _ index: Int, pod: Pod, at time: Date, openActions: [OpenAction] = [],
    random: inout SplitMix64
  ) -> SessionState {
    let clock = TestClock(time)
    let present = Array(
      pod.members.map(\.name).shuffled(using: &random).prefix(Int.random(in: 4...8, using: &random))
    )
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.year, .month, .day], from: time)
    let id = String(format: "%04d-%02d-%02dT1900-check-in-%05d", c.year!, c.month!, c.day!, index)
    let start = SessionStart(
      id: id, pod: pod.name, format: BuiltIn.checkIn, attendees: present,
      roles: Dictionary(uniqueKeysWithValues: zip(pod.roles, present)), seed: random.next() >> 12,
      priorSessions: index, openActions: openActions)
    var session = SessionState.started(start, at: clock.now())
    let turns = Int.random(in: 5...40, using: &random)
    var notes = Int.random(in: 0...30, using: &random)
    for _ in 0..<turns {
      clock.advance(by: Double.random(in: 20...240, using: &random))
      if case .refuse = session.perform(.next, at: clock.now()) {
        session.perform(.nextItem, at: clock.now())
        if session.currentItem?.item.kind == .actions {
          for number in openActions.indices {
            let roll = Int.random(in: 0..<20, using: &random)
            let status: ActionStatus = roll < 12 ? .done : roll < 15 ? .dropped : .carried
            session.perform(.reviewAction(number + 1, status), at: clock.now())
          }
        }
        session.perform(.next, at: clock.now())
      }
      if notes > 0, Bool.random(using: &random) {
        notes -= 1
        let kind = [Note.Kind.note, .decision, .action].randomElement(using: &random)!
        session.perform(.write(kind, phrases.randomElement(using: &random)!), at: clock.now())
      }
    }
    clock.advance(by: 30)
    session.perform(.end, at: clock.now())
    return session
  }

  static let phrases = [
    "Feeling stretched between work and family this week",
    "Asked the crew for help preparing the funding application",
    "We will rotate the meeting place each month",
    "Bo will share the garden rota by Friday",
    "Grateful for the support after the move",
    "Check in with Chen about the apartment search",
    "Decided to keep sessions at ninety minutes",
    "Sleeping better since we last met",
  ]

  static func usage(_ message: String) -> Never {
    FileHandle.standardError.write(Data("hearth-bench generate: \(message)\n".utf8))
    exit(2)
  }
}
