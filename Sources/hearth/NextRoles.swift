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

  /// The roles suggested for next time: the pod's in its order, then the focus person of a
  /// case clinic when the pod does not list it; and who is suggested for each.
  static func next(of pod: Pod, history: [RoleHistoryEntry]) -> (
    roles: [String], next: [String: String]
  ) {
    let focus = Format.focusRole
    var next = suggest(pod.roles, pod: pod, history: history)
    next[focus] =
      next[focus] ?? suggest(BuiltIn.caseClinic.roles(for: pod), pod: pod, history: history)[focus]
    return (pod.roles + (pod.roles.contains(focus) ? [] : [focus]), next)
  }

  /// The pod's roles in its order, then the focus person (as `hearth roles` shows it), each
  /// with who is suggested for it next time: what the summary after a meeting lists.
  static func holders(of pod: Pod, in directory: PodDirectory) -> [SessionRecord.RoleHolder] {
    let (roles, next) = Self.next(of: pod, history: history(of: pod, in: directory))
    return roles.compactMap { role in next[role].map { .init(role: role, member: $0) } }
  }

  /// The pod's roles in its order, each with who is suggested for it after `roles` (the role
  /// history as the store reads it).
  static func holders(of pod: Pod, roles: [RoleHistoryEntry]) -> [SessionRecord.RoleHolder] {
    let next = suggest(pod.roles, pod: pod, history: history(of: pod, from: roles))
    return pod.roles.compactMap { role in next[role].map { .init(role: role, member: $0) } }
  }
}
