import Foundation

/// A session's record: what happened, in the order a reader meets it, as typed blocks folded
/// from its journal. The Markdown transcript, the HTML page, the review screen and search are
/// renderers of it; none of them reads another's output.
public struct SessionRecord: Sendable, Equatable {
  /// The figures of the session, also what `hearth show --json` prints.
  public var report: SessionReport
  /// The record, top to bottom.
  public var blocks: [Block]

  public init(report: SessionReport, blocks: [Block]) {
    self.report = report
    self.blocks = blocks
  }

  /// One part of the record.
  public enum Block: Sendable, Equatable {
    /// What the session was: format, pod, when, how long.
    case heading(Heading)
    /// Who was present, in the order they were seated.
    case attendance([String])
    /// The roles held, by role name.
    case roles([RoleHolder])
    /// An agenda item begins; the blocks after it up to the next item belong to it.
    case item(Item)
    /// The item's prompt, as the format words it.
    case prompt(String)
    /// A turn taken.
    case turn(Turn)
    /// A turn passed.
    case pass(Turn)
    /// The item was confidential: nothing was written down.
    case confidential
    case note(String)
    case decision(String)
    /// An action written in this session's item.
    case action(Action)
    /// Each attendee's share of the talking.
    case airtime(Airtime)
    /// An earlier session's action, reviewed in this one.
    case carriedAction(CarriedAction)
    /// How many carried actions were left unreviewed (they stay open).
    case unreviewed(Int)
    /// The actions this session wrote, as the list of things to do.
    case actionsWritten([Action])
  }

  /// What the session was.
  public struct Heading: Sendable, Equatable {
    /// The format's title, `Check-in`.
    public var title: String
    public var pod: String
    public var id: String
    public var started: Date
    /// Nil while the session is open or was interrupted.
    public var ended: Date?
    /// Meeting seconds, pauses excluded.
    public var seconds: Double
  }

  /// A role and who held it.
  public struct RoleHolder: Sendable, Equatable {
    public var role: String
    public var member: String

    public init(role: String, member: String) {
      self.role = role
      self.member = member
    }
  }

  /// An agenda item as it went.
  public struct Item: Sendable, Equatable {
    /// From 1, in agenda order.
    public var number: Int
    public var title: String
    public var seconds: Double
    /// The item's timebox in seconds, if it had one.
    public var timebox: Double?
  }

  /// One turn: who, and how long.
  public struct Turn: Sendable, Equatable {
    public var member: String
    public var seconds: Double
  }

  /// An action item and who owns it.
  public struct Action: Sendable, Equatable {
    public var text: String
    public var owner: String?
  }

  /// Airtime per attendee, in seating order.
  public struct Airtime: Sendable, Equatable {
    public var rows: [AirtimeRow]
    /// The largest share over the smallest, when everyone spoke.
    public var balance: Double?
  }

  /// One attendee's airtime.
  public struct AirtimeRow: Sendable, Equatable {
    public var member: String
    public var seconds: Double
    /// Percent of all the talking, whole.
    public var share: Int
    /// Percent of the most anyone talked, whole: the length of a bar.
    public var ofLargest: Int
  }

  /// An earlier action and what this session decided about it.
  public struct CarriedAction: Sendable, Equatable {
    public var status: ActionStatus
    public var text: String
    public var owner: String?
    /// When the action was first written.
    public var written: Date
  }

  /// The kind of a block, for renderers that style by it.
  public enum Kind: Sendable, Equatable, CaseIterable {
    case heading, attendance, roles, item, prompt, turn, pass, confidential, note, decision
    case action, airtime, carriedAction, unreviewed, actionsWritten
  }
}

extension SessionRecord.Block {
  /// What kind of block this is.
  public var kind: SessionRecord.Kind {
    switch self {
    case .heading: .heading
    case .attendance: .attendance
    case .roles: .roles
    case .item: .item
    case .prompt: .prompt
    case .turn: .turn
    case .pass: .pass
    case .confidential: .confidential
    case .note: .note
    case .decision: .decision
    case .action: .action
    case .airtime: .airtime
    case .carriedAction: .carriedAction
    case .unreviewed: .unreviewed
    case .actionsWritten: .actionsWritten
    }
  }
}

extension SessionState {
  /// The record of this session as it stands at `now` (use the last event's time for a session
  /// that is not running); nil before it started.
  public func record(at now: Date) -> SessionRecord? {
    guard let report = report(at: now), let start else { return nil }
    var blocks: [SessionRecord.Block] = [
      .heading(
        .init(
          title: start.format.title, pod: report.pod, id: report.id, started: report.started,
          ended: report.ended, seconds: report.seconds)),
      .attendance(report.attendees),
    ]
    let roles = Format.inRotationOrder(report.roles, order: start.roleOrder)
    if !roles.isEmpty {
      blocks.append(.roles(roles.map { .init(role: $0.key, member: $0.value) }))
    }
    for (index, item) in report.items.enumerated() {
      let agenda = start.format.items[index]
      blocks.append(
        .item(
          .init(
            number: index + 1, title: item.title, seconds: item.seconds,
            timebox: agenda.timebox.map(Double.init))))
      if let prompt = agenda.prompt { blocks.append(.prompt(prompt)) }
      for turn in item.turns {
        let taken = SessionRecord.Turn(member: turn.member, seconds: turn.seconds)
        blocks.append(turn.passed ? .pass(taken) : .turn(taken))
      }
      if agenda.confidential { blocks.append(.confidential) }
      for note in item.notes {
        switch note.kind {
        case .note: blocks.append(.note(note.text))
        case .decision: blocks.append(.decision(note.text))
        case .action: blocks.append(.action(.init(text: note.text, owner: note.owner)))
        }
      }
    }
    blocks.append(.airtime(airtimeTable(report, at: now)))
    for review in reviewedActions {
      blocks.append(
        .carriedAction(
          .init(
            status: review.status, text: review.action.text, owner: review.action.owner,
            written: review.action.written)))
    }
    let unreviewed = reviewedActions.isEmpty ? 0 : actionsToReview.count - reviewedActions.count
    if unreviewed > 0 { blocks.append(.unreviewed(unreviewed)) }
    let written = writtenActions.map { SessionRecord.Action(text: $0.text, owner: $0.owner) }
    if !written.isEmpty { blocks.append(.actionsWritten(written)) }
    return SessionRecord(report: report, blocks: blocks)
  }

  private func airtimeTable(_ report: SessionReport, at now: Date) -> SessionRecord.Airtime {
    let total = report.airtime.values.reduce(0, +)
    let largest = report.airtime.values.max() ?? 0
    let rows = report.attendees.map { member in
      let seconds = report.airtime[member] ?? 0
      return SessionRecord.AirtimeRow(
        member: member, seconds: seconds,
        share: total > 0 ? Bounds.whole(seconds / total * 100, .toNearestOrAwayFromZero) : 0,
        ofLargest: largest > 0
          ? Bounds.whole(seconds / largest * 100, .toNearestOrAwayFromZero) : 0)
    }
    return SessionRecord.Airtime(rows: rows, balance: airtimeBalance(at: now))
  }
}
