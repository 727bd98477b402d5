import HearthCore
import HearthStore
import HearthTerminal

/// What both run loops (the full screen and `--plain`) are handed of an open meeting: its pod
/// as loaded for the meeting, the pod's bell, and how to record a command and retry a failed
/// write.
struct MeetingHooks {
  /// The pod as the meeting loaded it; nil if pod.toml cannot be read now.
  let pod: Pod?
  let bell: Pod.Bell
  let perform: MeetingLoop.Perform
  let retry: MeetingLoop.Retry

  init(_ meeting: Meeting) {
    pod = try? meeting.pod.loadPod()
    bell = pod?.bell ?? .audible
    perform = { command in (try meeting.perform(command), meeting.state) }
    retry = {
      try meeting.retry()
      return meeting.state
    }
  }

  /// The pod's agreements, shown on `g`; none when the pod cannot be read.
  var agreements: [String] { pod?.agreements ?? [] }
}
