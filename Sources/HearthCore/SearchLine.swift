import Foundation

/// A line of a session that search can find: a note, decision, action, prompt, item title,
/// attendee or role holder.
public struct SearchLine: Sendable, Equatable {
  /// What kind of line it is.
  public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
    /// An attendee's name.
    case member
    /// A role and who held it, `facilitator Ana`.
    case role
    /// An agenda item's title.
    case item
    /// An agenda item's prompt.
    case prompt
    case note, decision, action
  }

  public var kind: Kind
  /// The agenda item's title, if the line belongs to one.
  public var item: String?
  public var text: String
  /// The member the line is about: the attendee, the role holder, the action's owner.
  public var member: String?

  public init(kind: Kind, item: String?, text: String, member: String?) {
    self.kind = kind
    self.item = item
    self.text = text
    self.member = member
  }

  /// Where an earlier session's action, reviewed in this one, is found.
  public static let reviewedItem = "Actions reviewed"
}

extension SessionRecord {
  /// Every line of the record that search finds, in record order: names, roles, item titles,
  /// prompts, notes, decisions, actions written and actions reviewed. Turns, airtime and the
  /// closing list of actions (a repeat of the actions written) are not searched.
  public var searchLines: [SearchLine] {
    var lines: [SearchLine] = []
    var item: String?
    for block in blocks {
      switch block {
      case .attendance(let names):
        for name in names {
          lines.append(.init(kind: .member, item: nil, text: name, member: name))
        }
      case .roles(let holders):
        for holder in holders {
          lines.append(
            .init(
              kind: .role, item: nil, text: "\(holder.role) \(holder.member)",
              member: holder.member))
        }
      case .item(let agenda):
        item = agenda.title
        lines.append(.init(kind: .item, item: agenda.title, text: agenda.title, member: nil))
      case .prompt(let text):
        lines.append(.init(kind: .prompt, item: item, text: text, member: nil))
      case .note(let text):
        lines.append(.init(kind: .note, item: item, text: text, member: nil))
      case .decision(let text):
        lines.append(.init(kind: .decision, item: item, text: text, member: nil))
      case .action(let action):
        lines.append(.init(kind: .action, item: item, text: action.text, member: action.owner))
      case .carriedAction(let action):
        lines.append(
          .init(
            kind: .action, item: SearchLine.reviewedItem, text: action.text, member: action.owner))
      case .heading, .turn, .pass, .confidential, .airtime, .unreviewed, .actionsWritten:
        continue
      }
    }
    return lines
  }
}
