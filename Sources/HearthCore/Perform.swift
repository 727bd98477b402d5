import Foundation

extension SessionState {
  /// Decides `command` and folds its events in as happening at `time`, for callers with nothing to
  /// persist first, such as tests, benchmarks and previews.
  @discardableResult
  public mutating func perform(_ command: Command, at time: Date) -> Decision {
    let decision = decide(command)
    if case .accept(let events) = decision {
      for event in events {
        apply(EventRecord(sequence: lastSequence + 1, time: time, event: event))
      }
    }
    return decision
  }

  /// A session of the demo pod with the `check-in` format, started at `time` on its first item.
  public static func demo(at time: Date, priorSessions: Int = 0, seed: UInt64 = 7) -> SessionState {
    let pod = BuiltIn.demoPod
    let members = pod.members.map(\.name)
    let start = SessionStart(
      id: "demo", pod: pod.name, format: BuiltIn.checkIn, attendees: members,
      roles: ["facilitator": members[0], "timekeeper": members[1], "scribe": members[2]],
      seed: seed, priorSessions: priorSessions)
    return started(start, at: time)
  }

  /// A session begun with `start` at `time`, on its first item.
  public static func started(_ start: SessionStart, at time: Date) -> SessionState {
    var state = SessionState()
    state.apply(EventRecord(sequence: 1, time: time, event: .started(start)))
    state.perform(.nextItem, at: time)
    return state
  }
}
