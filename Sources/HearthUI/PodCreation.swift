import Foundation
import HearthCore

/// The questions the home screen asks to create a pod, one line at a time, with the checks
/// `hearth init` makes: its name; each member, with pronouns if they give some; its agreements
/// (skippable); a commitment of so many sessions (skippable); and whether to seal it.
public struct PodCreation: Sendable, Equatable {
  /// The question being answered.
  public enum Step: Sendable, Equatable {
    case name
    /// The next member's name; Enter on an empty line ends the roster.
    case member
    /// The pronouns of the member just named; Enter skips them.
    case pronouns(of: String)
    /// The next agreement; Enter on an empty line ends them.
    case agreement
    /// How many sessions the pod commits to; Enter skips it.
    case commitment
    /// Whether to seal the pod: y or n.
    case seal
  }

  /// The pod the answers make, and whether it is to be sealed (its passphrase is asked off
  /// the screen, twice, with echo off).
  public struct Answers: Sendable, Equatable {
    public var pod: Pod
    public var sealed: Bool
  }

  /// What a key led to.
  public enum Outcome: Sendable, Equatable {
    /// Still answering.
    case asking
    /// Esc: nothing is created.
    case cancelled
    /// The answer was refused, for this reason; the line stays to be fixed.
    case refused(String)
    case done(Answers)
  }

  public private(set) var step = Step.name
  /// The line being typed and its cursor (nil at its end).
  public private(set) var typed = ""
  public private(set) var cursor: String.Index?
  public private(set) var name = ""
  public private(set) var members: [Member] = []
  public private(set) var agreements: [String] = []
  public private(set) var commitment: Int?

  public init() {}

  /// The words before the line being typed.
  public var prompt: String {
    switch step {
    case .name: " Your pod's name › "
    case .member: members.isEmpty ? " A member's name › " : " Another member (Enter: done) › "
    case .pronouns(let member): " \(member)'s pronouns (Enter: skip) › "
    case .agreement: " An agreement (Enter: \(agreements.isEmpty ? "skip" : "done")) › "
    case .commitment: " How many sessions do you commit to? (Enter: skip) › "
    case .seal: " Seal the pod? y or n › "
    }
  }

  /// One plain sentence on what the step asks, shown above the answers so far.
  public var explanation: String {
    switch step {
    case .name: "What the pod is called, as it appears at the top of every meeting."
    case .member, .pronouns:
      "Everyone who meets, one at a time, each with their pronouns if they like."
    case .agreement:
      "What the pod agrees on, read out as each meeting starts, one a line: for example "
        + "\"What is said here stays here.\""
    case .commitment:
      "How many sessions before a retrospective asks whether to continue, for example 6."
    case .seal:
      "A sealed pod keeps everything said encrypted under a passphrase: forget every "
        + "passphrase and the history is gone."
    }
  }

  /// Handles a key.
  public mutating func handle(_ key: Key) -> Outcome {
    switch key {
    case .escape: return .cancelled
    case .enter: return answer(typed.trimmingCharacters(in: .whitespaces))
    default:
      if step == .seal, case .character(let c) = key, "yYnN".contains(c) {
        return answer(String(c))
      }
      _ = LineEditing.apply(key, to: &typed, cursor: &cursor)
      return .asking
    }
  }

  private mutating func answer(_ text: String) -> Outcome {
    switch step {
    case .name:
      guard !text.isEmpty else { return .asking }
      if let problem = Member.problem(with: text) { return .refused("Pod name: \(problem).") }
      name = text
      next(.member)
    case .member:
      if text.isEmpty {
        guard !members.isEmpty else { return .refused("Name at least one member.") }
        next(.agreement)
      } else if let problem = Member.problem(with: text) {
        return .refused("Member '\(text)': \(problem).")
      } else if members.contains(where: { $0.name.lowercased() == text.lowercased() }) {
        return .refused("\(text) is named twice.")
      } else {
        next(.pronouns(of: text))
      }
    case .pronouns(let member):
      if !text.isEmpty, let problem = Member.problem(withPronouns: text) {
        return .refused("\(member)'s pronouns: \(problem).")
      }
      members.append(Member(name: member, pronouns: text.isEmpty ? nil : text))
      next(.member)
    case .agreement:
      if text.isEmpty {
        next(.commitment)
      } else if let problem = Pod.problem(withAgreement: text) {
        return .refused("Agreement: \(problem).")
      } else {
        agreements.append(text)
        next(.agreement)
      }
    case .commitment:
      if text.isEmpty {
        commitment = nil
      } else if let n = Int(text), (1...Bounds.mostSessions).contains(n) {
        commitment = n
      } else {
        return .refused(
          "The commitment is a number of sessions from 1 to \(Bounds.mostSessions), or none.")
      }
      next(.seal)
    case .seal:
      switch text.lowercased() {
      case "y": return .done(answers(sealed: true))
      case "n": return .done(answers(sealed: false))
      default:
        next(.seal)
        return .refused("y seals the pod, n keeps it plain.")
      }
    }
    return .asking
  }

  private mutating func next(_ step: Step) {
    self.step = step
    typed = ""
    cursor = nil
  }

  private func answers(sealed: Bool) -> Answers {
    Answers(
      pod: Pod(
        name: name, members: members, roles: Pod.defaultRoles, agreements: agreements,
        commitment: commitment),
      sealed: sealed)
  }
}
