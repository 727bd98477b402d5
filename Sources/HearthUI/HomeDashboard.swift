import Foundation
import HearthCore

/// The middle of the home screen, laid out as rows of text: a pod's roster with pronouns
/// beside who is suggested for each role, and its open actions with their owners; or, while a
/// pod is being created, the answers so far.
enum HomeDashboard {
  /// A piece of a row: text at a column, clipped to a width.
  struct Cell {
    var text: String
    var x: Int
    var width: Int
    var role: StyleRole
  }

  typealias Row = [Cell]

  /// The roster, the suggested roles and the open actions in at most `rows` rows of `width`
  /// columns; what does not fit is counted ("… 2 more"). Nothing when fewer than 3 rows fit.
  static func rows(for pod: HomeModel.PodSummary, width: Int, rows room: Int) -> [Row] {
    guard room >= 3 else { return [] }
    let actions = actionRows(pod, width: width)
    // Two headings and the blank row between the sections; actions keep up to two rows.
    let available = room - 3
    let budget = max(1, available - min(actions.count, 2))
    var people = peopleRows(pod, names: pod.roster.map(named), width: width)
    if people.count > budget {
      // One a row does not fit: the names run on, wrapped, in the members' column.
      let column = width >= 60 ? width / 2 - 2 : width
      let names = DisplayWidth.wrap(pod.roster.map(named).joined(separator: ", "), to: column)
      people = peopleRows(pod, names: names, width: width)
    }
    let peopleShown = min(people.count, budget)
    let actionsShown = min(actions.count, max(0, available - peopleShown))
    var result = [heading(pod, width: width)]
    result += shorten(people, to: peopleShown, width: width)
    guard result.count + 2 <= room, actions.isEmpty || actionsShown > 0 else { return result }
    let count = pod.openActions.count
    let title = count == 0 ? "Open actions: none" : "Open actions (\(count))"
    result.append([])
    result.append([Cell(text: title, x: 0, width: width, role: .title)])
    return result + shorten(actions, to: actionsShown, width: width)
  }

  /// The answers given so far while creating a pod.
  static func rows(for creation: PodCreation, width: Int) -> [Row] {
    let labelWidth = 12
    let valueWidth = max(1, width - labelWidth)
    func field(_ label: String, _ values: [String]) -> [Row] {
      values.enumerated().map { index, value in
        [
          Cell(text: index == 0 ? label : "", x: 0, width: labelWidth, role: .dim),
          Cell(text: value, x: labelWidth, width: valueWidth, role: .normal),
        ]
      }
    }
    var rows: [Row] = []
    if !creation.name.isEmpty { rows += field("Name", [creation.name]) }
    if !creation.members.isEmpty {
      let roster = creation.members.map(named).joined(separator: ", ")
      rows += field("Members", DisplayWidth.wrap(roster, to: valueWidth))
    }
    if !creation.agreements.isEmpty {
      rows += field("Agreements", creation.agreements.map { "• " + $0 })
    }
    switch creation.step {
    case .seal:
      let commitment = creation.commitment.map(CommitmentTerm.sessions) ?? "none"
      rows += field("Commitment", [commitment])
    default: break
    }
    return rows
  }

  /// `Ana (she/her)`, or the name alone.
  static func named(_ member: Member) -> String {
    member.pronouns.map { "\(member.name) (\($0))" } ?? member.name
  }

  private static func heading(_ pod: HomeModel.PodSummary, width: Int) -> Row {
    var row = [Cell(text: "Members", x: 0, width: width, role: .title)]
    if !pod.nextRoles.isEmpty {
      if width >= 60 {
        row.append(Cell(text: "Suggested next time", x: width / 2, width: width / 2, role: .title))
      } else {
        row[0].text = "Members · suggested next time"
      }
    }
    return row
  }

  /// The members' column (`names`, a row each) on the left, roles on the right (or below,
  /// when narrow).
  private static func peopleRows(_ pod: HomeModel.PodSummary, names: [String], width: Int)
    -> [Row]
  {
    let roleWidth = (pod.nextRoles.map { DisplayWidth.of($0.role) }.max() ?? 0) + 2
    let roles = pod.nextRoles.map { holder in
      (DisplayWidth.pad(holder.role, to: roleWidth), holder.member)
    }
    if width < 60 {
      let members = names.map { [Cell(text: $0, x: 0, width: width, role: .normal)] }
      return members
        + roles.map { role, member in
          [
            Cell(text: role, x: 0, width: roleWidth, role: .dim),
            Cell(text: member, x: roleWidth, width: width - roleWidth, role: .normal),
          ]
        }
    }
    let half = width / 2
    return (0..<max(names.count, roles.count)).map { index in
      var row: Row = []
      if index < names.count {
        row.append(Cell(text: names[index], x: 0, width: half - 2, role: .normal))
      }
      if index < roles.count {
        row.append(Cell(text: roles[index].0, x: half, width: roleWidth, role: .dim))
        row.append(
          Cell(
            text: roles[index].1, x: half + roleWidth, width: half - roleWidth, role: .normal))
      }
      return row
    }
  }

  /// Each open action, its owner first.
  private static func actionRows(_ pod: HomeModel.PodSummary, width: Int) -> [Row] {
    guard !pod.openActions.isEmpty else { return [] }
    let ownerWidth =
      min(18, pod.openActions.map { DisplayWidth.of($0.owner ?? "nobody yet") }.max() ?? 0) + 2
    return pod.openActions.map { action in
      [
        Cell(text: action.owner ?? "nobody yet", x: 0, width: ownerWidth - 2, role: .dim),
        Cell(text: action.text, x: ownerWidth, width: width - ownerWidth, role: .actionOpen),
      ]
    }
  }

  /// The first `count` rows, the last of them saying how many more there are.
  private static func shorten(_ rows: [Row], to count: Int, width: Int) -> [Row] {
    guard rows.count > count else { return rows }
    guard count > 0 else { return [] }
    let more = rows.count - count + 1
    return rows.prefix(count - 1)
      + [[Cell(text: "… \(more) more", x: 0, width: width, role: .dim)]]
  }
}
