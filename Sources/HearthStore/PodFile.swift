import HearthCore

/// Writes a pod's `pod.toml`.
public enum PodFile {
  /// The TOML text of `pod`.
  public static func toml(for pod: Pod) -> String {
    var lines = ["# Hearth pod: members, rotating roles and agreements.", ""]
    lines.append("name = \(quote(pod.name))")
    lines.append("roles = [\(pod.roles.map(quote).joined(separator: ", "))]")
    lines.append("agreements = [")
    for agreement in pod.agreements { lines.append("  \(quote(agreement)),") }
    lines.append("]")
    for member in pod.members {
      lines.append("")
      lines.append("[[members]]")
      lines.append("name = \(quote(member.name))")
      if let pronouns = member.pronouns { lines.append("pronouns = \(quote(pronouns))") }
      if !member.active { lines.append("active = false") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A TOML basic string.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          out +=
            "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
            + String(scalar.value, radix: 16)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
