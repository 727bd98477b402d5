import Foundation

/// Which term of its commitment a pod is in: the first, or one renewed after a retrospective
/// said "continue". A term is `Pod.commitment` sessions long and begins with session `from`.
public struct CommitmentTerm: Sendable, Equatable, Codable {
  /// 1 for the first term, 2 once renewed, …
  public var number: Int
  /// The session (numbered from 1 over the pod's whole history) the term begins with.
  public var from: Int

  public init(number: Int = 1, from: Int = 1) {
    self.number = number
    self.from = from
  }

  /// Why this term holds a number no Hearth writes (a hand edit); nil when both are in range.
  public var problem: String? {
    if !(1...Bounds.mostSessions).contains(number) {
      return "term \(number) is not from 1 to \(Bounds.mostSessions)"
    }
    if !(1...Bounds.mostPriorSessions + 1).contains(from) {
      return "term begins with session \(from), not one from 1 to \(Bounds.mostPriorSessions + 1)"
    }
    return nil
  }

  /// The first term: from the pod's first session.
  public static let first = CommitmentTerm()

  /// Session `session`'s place in this term, from 1.
  public func place(of session: Int) -> Int { session - from + 1 }

  /// The term after this one, beginning with session `session`.
  public func renewed(from session: Int) -> CommitmentTerm {
    CommitmentTerm(number: number + 1, from: session)
  }

  /// `session 3 of 6`, `session 1 of 6, second term`; past the end of the term,
  /// `session 7 · commitment done`.
  public static func describe(session: Int, of commitment: Int, term: CommitmentTerm) -> String {
    let place = term.place(of: session)
    guard place <= commitment else {
      return "session \(session) · commitment done"
    }
    let which = term.number > 1 ? ", \(ordinal(term.number)) term" : ""
    return "session \(place) of \(commitment)\(which)"
  }

  /// `1 session`, `6 sessions`.
  public static func sessions(_ n: Int) -> String { "\(n) session\(n == 1 ? "" : "s")" }

  /// `second`, `third`, … `tenth`, then `11th`.
  static func ordinal(_ n: Int) -> String {
    let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
    guard n >= 1, n <= words.count else {
      return "\(n)\(n % 10 == 1 && n % 100 != 11 ? "st" : "th")"
    }
    return words[n - 1]
  }
}

/// What a retrospective's "continue?" decided about a complete commitment.
public enum CommitmentChange: Sendable, Equatable {
  /// Another term of this many sessions, beginning with the coming one.
  case renew(sessions: Int)
  /// No commitment any more.
  case close
}

extension Pod {
  /// The pod after `change`, decided before session `session` (from 1).
  public func applying(_ change: CommitmentChange, beforeSession session: Int) -> Pod {
    switch change {
    case .renew(let sessions): renewingCommitment(for: sessions, from: session)
    case .close: closingCommitment
    }
  }

  /// Whether the commitment's term is complete before session `session` (from 1): a
  /// retrospective is due, and its "continue?" renews or closes the commitment.
  public func isCommitmentComplete(beforeSession session: Int) -> Bool {
    guard let commitment else { return false }
    return commitmentTerm.place(of: session) > commitment
  }

  /// The pod with its commitment renewed for `sessions` more, from session `session` on.
  public func renewingCommitment(for sessions: Int, from session: Int) -> Pod {
    var pod = self
    pod.commitment = sessions
    pod.commitmentTerm = commitmentTerm.renewed(from: session)
    return pod
  }

  /// The pod with no commitment: the header stops counting sessions.
  public var closingCommitment: Pod {
    var pod = self
    pod.commitment = nil
    pod.commitmentTerm = .first
    return pod
  }
}
