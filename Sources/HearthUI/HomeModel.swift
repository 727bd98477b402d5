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

    public init(
      name: String, members: Int, sessions: Int, lastMet: Date? = nil, openSession: String? = nil,
      openSessions: Int? = nil, pods: Int = 1
    ) {
      self.openSessions = openSessions ?? (openSession == nil ? 0 : 1)
      self.name = name
      self.members = members
      self.sessions = sessions
      self.lastMet = lastMet
      self.openSession = openSession
      self.pods = pods
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
    /// Create a pod with this name and these members.
    case createPod(name: String, members: [String])
  }

  /// A line being typed when creating a pod.
  public enum Mode: Sendable, Equatable {
    case menu, keys
    case podName(String)
    case members(name: String, typed: String)
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
          : "left or interrupted: \(open)"
        list.append((.resume, "Resume the meeting", detail))
      }
      list.append((.meet, "Start a meeting", "choose the format, who is here, confirm roles"))
      if pod.sessions > 0 {
        list.append((.review, "Review past sessions", "transcripts, search, stats, actions"))
      }
      list.append((.demo, "Try the demo", "a practice meeting of a four-person demo pod"))
    } else {
      list.append((.demo, "Try the demo", "a live check-in of a four-person pod, ready now"))
      list.append((.createPod, "Create your pod", "its name and its members; roles rotate"))
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
    case .keys:
      mode = .menu
      return nil
    case .podName(let typed):
      switch Self.edit(typed, with: key) {
      case .typing(let text): mode = .podName(text)
      case .cancelled: mode = .menu
      case .finished(let name):
        if let problem = Member.problem(with: name) {
          failed("Pod name: \(problem).")
        } else {
          mode = .members(name: name, typed: "")
        }
      }
      return nil
    case .members(let name, let typed):
      switch Self.edit(typed, with: key) {
      case .typing(let text): mode = .members(name: name, typed: text)
      case .cancelled: mode = .menu
      case .finished(let text):
        let members = text.split(separator: ",").map {
          $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        if members.isEmpty {
          failed("Name the members, separated by commas.")
        } else if let bad = members.first(where: { Member.problem(with: $0) != nil }) {
          failed("Member '\(bad)': \(Member.problem(with: bad) ?? "").")
        } else if Set(members.map { $0.lowercased() }).count != members.count {
          failed("A member is named twice.")
        } else {
          mode = .menu
          return .createPod(name: name, members: members)
        }
      }
      return nil
    case .menu:
      return menu(key)
    }
  }

  private mutating func menu(_ key: Key) -> Intent? {
    let count = choices.count
    switch key {
    case .down, .character("j"), .tab:
      selected = (selected + 1) % count
    case .up, .character("k"):
      selected = (selected + count - 1) % count
    case .home, .character("g"):
      selected = 0
    case .end, .character("G"):
      selected = count - 1
    case .character("q"), .escape:
      return .quit
    case .character("?"):
      mode = .keys
    case .character("p") where canSwitchPod:
      return .switchPod
    case .enter, .character(" "):
      return choose(choices[selected].choice)
    case .pick(let index) where choices.indices.contains(index):
      // A click chooses a row; a click on the chosen row goes.
      if index == selected { return choose(choices[index].choice) }
      selected = index
    default:
      if case .character(let c) = key, let n = c.wholeNumberValue, (1...count).contains(n) {
        selected = n - 1
        return choose(choices[selected].choice)
      }
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
      mode = .podName("")
      return nil
    }
  }

  /// A line being typed, after a key.
  private enum Edit {
    case typing(String)
    case cancelled
    case finished(String)
  }

  /// Edits a line being typed: Enter finishes it (when it holds more than spaces), Esc cancels.
  private static func edit(_ typed: String, with key: Key) -> Edit {
    switch key {
    case .escape: return .cancelled
    case .enter:
      let text = typed.trimmingCharacters(in: .whitespaces)
      return text.isEmpty ? .typing(typed) : .finished(text)
    case .backspace: return .typing(String(typed.dropLast()))
    case .character(let c): return .typing(typed + String(c))
    default: return .typing(typed)
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
