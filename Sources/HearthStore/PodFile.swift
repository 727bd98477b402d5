import Foundation
import HearthCore

/// Reads and writes a pod's `pod.toml`.
public enum PodFile {
  /// Reads the pod file at `path`; every problem is a positioned `StoreError`.
  public static func load(_ path: String) throws -> Pod {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw StoreError(path: path, message: "cannot read the pod file: \(Files.errorText())")
    }
    return try parse(String(decoding: data, as: UTF8.self), path: path)
  }

  /// Parses pod TOML; `path` names the file in errors.
  public static func parse(_ text: String, path: String) throws -> Pod {
    let top = try TOMLDocument(text: text, path: path).top
    try top.rejectUnknownKeys(
      allowed: [
        "name", "roles", "agreements", "commitment", "commitment_term", "commitment_from",
        "theme", "bell", "warning", "members", "sync",
      ])
    let name = try top.requiredString("name")
    if let problem = Member.problem(with: name) { throw top.error("name", problem) }
    let roles = try top.strings("roles") ?? Pod.defaultRoles
    var seenRoles = Set<String>()
    for role in roles {
      if let problem = Member.problem(with: role) {
        throw top.error("roles", "role '\(role)': \(problem)")
      }
      guard seenRoles.insert(role.lowercased()).inserted else {
        throw top.error("roles", "the role '\(role)' is listed twice")
      }
    }
    let commitment = try top.int("commitment", in: 1...Bounds.mostSessions, "sessions")
    let term = CommitmentTerm(
      number: try top.int("commitment_term", in: 1...Bounds.mostSessions, "terms") ?? 1,
      from: try top.int("commitment_from", in: 1...Bounds.mostPriorSessions + 1, "sessions") ?? 1)
    var bell = Pod.Bell.audible
    if let text = try top.string("bell") {
      guard let value = Pod.Bell(rawValue: text) else {
        let all = Pod.Bell.allCases.map(\.rawValue)
        throw top.error(
          "bell",
          "unknown bell '\(text)'"
            + (TOMLReader.suggestion(for: text, among: all)
              ?? "; expected one of: \(all.joined(separator: ", "))"))
      }
      bell = value
    }
    var syncAuthor: SyncAuthor?
    if let sync = try top.table("sync") {
      try sync.rejectUnknownKeys(allowed: ["author"])
      if let text = try sync.string("author") {
        if let problem = SyncAuthor.problem(with: text) { throw sync.error("author", problem) }
        syncAuthor = SyncAuthor(parsing: text)
      }
    }
    var members: [Member] = []
    var seen: [String: Int] = [:]
    for (index, table) in try top.tables("members").enumerated() {
      try table.rejectUnknownKeys(allowed: ["name", "pronouns", "active", "formerly"])
      let member = Member(
        name: try table.requiredString("name"), pronouns: try table.string("pronouns"),
        active: try table.bool("active") ?? true, formerNames: try table.strings("formerly") ?? [])
      if let problem = Member.problem(with: member.name) { throw table.error("name", problem) }
      for key in [member.name] + member.formerNames {
        if let earlier = seen[key.lowercased()] {
          throw table.error(
            "name", "'\(key)' is named twice (members \(earlier + 1) and \(index + 1))")
        }
        seen[key.lowercased()] = index
      }
      members.append(member)
    }
    return Pod(
      name: name, members: members, roles: roles,
      agreements: try top.strings("agreements") ?? [], commitment: commitment,
      commitmentTerm: term, theme: try top.string("theme"), bell: bell,
      warning: try top.duration("warning"),
      syncAuthor: syncAuthor)
  }

  /// The TOML text of `pod`.
  public static func toml(for pod: Pod) -> String {
    var lines = ["# Hearth pod: members, rotating roles and agreements.", ""]
    lines.append("name = \(quote(pod.name))")
    lines.append("roles = [\(pod.roles.map(quote).joined(separator: ", "))]")
    lines.append("agreements = [")
    for agreement in pod.agreements { lines.append("  \(quote(agreement)),") }
    lines.append("]")
    if let commitment = pod.commitment {
      lines.append("commitment = \(commitment)")
      if pod.commitmentTerm != .first {
        // The term renewed after a retrospective: its number and the session it began with.
        lines.append("commitment_term = \(pod.commitmentTerm.number)")
        lines.append("commitment_from = \(pod.commitmentTerm.from)")
      }
    }
    if let theme = pod.theme { lines.append("theme = \(quote(theme))") }
    if pod.bell != .audible { lines.append("bell = \(quote(pod.bell.rawValue))") }
    if let warning = pod.warning { lines.append("warning = \"\(DurationText.text(warning))\"") }
    if let author = pod.syncAuthor {
      lines += ["", "[sync]", "author = \(quote(author.text))"]
    }
    for member in pod.members {
      lines.append("")
      lines.append("[[members]]")
      lines.append("name = \(quote(member.name))")
      if let pronouns = member.pronouns { lines.append("pronouns = \(quote(pronouns))") }
      if !member.active { lines.append("active = false") }
      if !member.formerNames.isEmpty {
        lines.append("formerly = [\(member.formerNames.map(quote).joined(separator: ", "))]")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A TOML basic string; what the terminal gate holds back (controls, bidi characters) is
  /// written as a `\uXXXX` escape, so the text reads back the same and prints safely.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if !TerminalText.isPrintable(scalar) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
