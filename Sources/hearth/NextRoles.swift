import HearthCore
import HearthStore

/// Who the rotation suggests for each of a pod's roles next time, everyone present: what
/// `hearth roles` and the summary after a meeting show.
enum NextRoles {
  /// The pod's role history, its names as the roster spells them now.
  static func history(of pod: Pod, in directory: PodDirectory) -> [RoleHistoryEntry] {
    history(of: pod, from: directory.roleHistory())
  }

  /// `entries` with their names as the pod's roster spells them now.
  static func history(of pod: Pod, from entries: [RoleHistoryEntry]) -> [RoleHistoryEntry] {
    let name = pod.currentNames
    return entries.map { entry in
      var entry = entry
      entry.roles = entry.roles.mapValues(name.callAsFunction)
      entry.declined = entry.declined.mapValues { $0.map(name.callAsFunction) }
      return entry
    }
  }

  /// The suggested holder of each of `roles`, every active member present.
  static func suggest(_ roles: [String], pod: Pod, history: [RoleHistoryEntry]) -> [String: String]
  {
    Rotation.suggest(
      roles: roles, present: pod.activeMembers.map(\.name), roster: pod.members.map(\.name),
      history: history.map(\.roles))
  }

  /// The pod's roles in its order, each with who is suggested for it next time.
  static func holders(of pod: Pod, in directory: PodDirectory) -> [SessionRecord.RoleHolder] {
    holders(of: pod, roles: directory.roleHistory())
  }

  /// The pod's roles in its order, each with who is suggested for it after `roles` (the role
  /// history as the store reads it).
  static func holders(of pod: Pod, roles: [RoleHistoryEntry]) -> [SessionRecord.RoleHolder] {
    let next = suggest(pod.roles, pod: pod, history: history(of: pod, from: roles))
    return pod.roles.compactMap { role in next[role].map { .init(role: role, member: $0) } }
  }
}
