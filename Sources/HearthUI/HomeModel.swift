import Foundation
import HearthCore

/// The screen `hearth` opens with no command: what a facilitator can do next, and on a first
/// run a welcome with the demo and a way to create the pod. It knows nothing of files.
public struct HomeModel: Sendable {
  /// What the home knows of the pod, if there is one.
  public struct PodSummary: Sendable, Equatable {
    public var name: String
    public var members: Int
    public var sessions: Int
    /// When the pod last met.
    public var lastMet: Date?
    /// The meeting that was left or interrupted, if any (the newest, when several are).
    public var openSession: String?
    /// How many of the pod's meetings are open: more than one, and resuming asks which.
    public var openSessions: Int
    /// How many pods of the user's the home can switch between (the demo's is not one).
    public var pods: Int
    /// The members who meet, in roster order, with their pronouns.
    public var roster: [Member]
    /// The action items still open, oldest first, with their owners.
    public var openActions: [OpenAction]
    /// Who the rotation suggests for each role next time, everyone present, in the pod's order.
    public var nextRoles: [SessionRecord.RoleHolder]
    /// How many sessions the pod committed to, and which term of it runs.
    public var commitment: Int?
    public var commitmentTerm: CommitmentTerm
    /// How many agreements the pod has (read out as each meeting opens), and whether it is sealed.
    public var agreements: Int
    public var sealed: Bool

    public init(
      name: String, members: Int, sessions: Int, lastMet: Date? = nil, openSession: String? = nil,
      openSessions: Int? = nil, pods: Int = 1, roster: [Member] = [],
      openActions: [OpenAction] = [], nextRoles: [SessionRecord.RoleHolder] = [],
      commitment: Int? = nil, commitmentTerm: CommitmentTerm = .first, agreements: Int = 0,
      sealed: Bool = false
    ) {
      self.openSessions = openSessions ?? (openSession == nil ? 0 : 1)
      self.name = name
      self.members = members
      self.sessions = sessions
      self.lastMet = lastMet
      self.openSession = openSession
      self.pods = pods
      self.roster = roster
      self.openActions = openActions
      self.nextRoles = nextRoles
      self.commitment = commitment
      self.commitmentTerm = commitmentTerm
      self.agreements = agreements
      self.sealed = sealed
    }

    /// Where the next meeting stands in the commitment: `next: session 4 of 6`, or that the
    /// term is complete; nil without a commitment.
    public var commitmentText: String? {
      guard let commitment else { return nil }
      let next = sessions + 1
      guard commitmentTerm.place(of: next) <= commitment else {
        return "commitment of \(CommitmentTerm.sessions(commitment)) complete"
      }
      return "next: " + CommitmentTerm.describe(session: next, of: commitment, term: commitmentTerm)
    }

    /// One sentence on what to do next: resume, hold the retrospective, or meet.
    public var nextStep: String {
      if openSessions > 1 { return "Next: resume one of the \(openSessions) meetings left open." }
      if openSessions == 1 { return "Next: resume the meeting that was left open." }
      if let commitment, commitmentTerm.place(of: sessions + 1) > commitment {
        return "Next: a retrospective; before it starts, renew or close the commitment."
      }
      return sessions == 0
        ? "Next: your first meeting, when everyone is here."
        : "Next: meet when everyone is here, or review what was said."
    }
  }

  /// A choice on the home screen.
  public enum Choice: Sendable, Equatable {
    case meet, resume, review, demo, createPod, keys, quit
  }

  /// What the model asks of the program.
  public enum Intent: Sendable, Equatable {
    case meet, resume, review, demo, quit
    /// Show the next of the user's pods.
    case switchPod
    /// Create the pod the answers describe (sealed: after asking its passphrase).
    case createPod(PodCreation.Answers)
  }

  /// What the home shows: the menu, a help over it, or the questions creating a pod.
  public enum Mode: Sendable, Equatable {
    case menu
    /// The live meeting's keys.
    case keys
    /// The home screen's own keys.
    case help
    case creating(PodCreation)
  }

  public let pod: PodSummary?
  public private(set) var selected = 0
  public private(set) var mode = Mode.menu
  public private(set) var message: String?
  /// Whether `message` says something went wrong, rather than what happened.
  public private(set) var messageIsError = false

  public init(pod: PodSummary?) { self.pod = pod }

  /// Whether `p` switches to another pod: the user has several.
  public var canSwitchPod: Bool { (pod?.pods ?? 0) > 1 }

  /// The choices, in order, with a line saying what each does.
  public var choices: [(choice: Choice, label: String, detail: String)] {
    var list: [(Choice, String, String)] = []
    if let pod {
      if let open = pod.openSession {
        let detail =
          pod.openSessions > 1
          ? "\(pod.openSessions) left or interrupted; it asks which"
          : "left open: \(SessionID(open)?.readable ?? open)"
        list.append((.resume, "Resume the meeting", detail))
      }
      list.append((.meet, "Start a meeting", "choose the format, who is here, confirm roles"))
      if pod.sessions > 0 {
        list.append((.review, "Review past sessions", "transcripts, search, stats, actions"))
      }
      list.append((.demo, "Try the demo", "a practice meeting of a four-person demo pod"))
    } else {
      list.append((.demo, "Try the demo", "a live check-in of a four-person pod, ready now"))
      list.append((.createPod, "Create your pod", "its members, agreements and commitment"))
    }
    list.append((.keys, "Read the keys", "what each key does in a live meeting"))
    list.append((.quit, "Quit", ""))
    return list
  }

  /// Handles a key; returns what the program should do, if anything.
  public mutating func handle(_ key: Key) -> Intent? {
    message = nil
    messageIsError = false
    switch mode {
    case .keys, .help:
      mode = .menu
      return nil
    case .creating(var creation):
      switch creation.handle(key) {
      case .asking: mode = .creating(creation)
      case .cancelled: mode = .menu
      case .refused(let reason):
        mode = .creating(creation)
        failed(reason)
      case .done(let answers):
        mode = .menu
        return .createPod(answers)
      }
      return nil
    case .menu:
      return menu(key)
    }
  }

  private mutating func menu(_ key: Key) -> Intent? {
    let count = choices.count
    if case .pick(let index) = key, choices.indices.contains(index) {
      // A click chooses a row; a click on the chosen row goes.
      if index == selected { return choose(choices[index].choice) }
      selected = index
      return nil
    }
    switch Keymap.homeAction(for: key) {
    case .down?: selected = (selected + 1) % count
    case .up?: selected = (selected + count - 1) % count
    case .first?: selected = 0
    case .last?: selected = count - 1
    case .quit?: return .quit
    case .help?: mode = .help
    case .switchPod? where canSwitchPod: return .switchPod
    case .go?: return choose(choices[selected].choice)
    case .pick?:
      guard case .character(let digit) = key, let n = digit.wholeNumberValue,
        (1...count).contains(n)
      else { break }
      selected = n - 1
      return choose(choices[selected].choice)
    default: break
    }
    return nil
  }

  private mutating func choose(_ choice: Choice) -> Intent? {
    switch choice {
    case .meet: return .meet
    case .resume: return .resume
    case .review: return .review
    case .demo: return .demo
    case .quit: return .quit
    case .keys:
      mode = .keys
      return nil
    case .createPod:
      mode = .creating(PodCreation())
      return nil
    }
  }

  /// Says why the pod could not be created.
  public mutating func failed(_ reason: String) {
    message = reason
    messageIsError = true
  }

  /// Says what just happened.
  public mutating func say(_ text: String) {
    message = text
    messageIsError = false
  }
}
