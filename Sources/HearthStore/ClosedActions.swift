import Foundation
import HearthCore

/// Open actions marked done or dropped between meetings, in `hearth review` (decision 0092):
/// a small TOML file each under `actions/`, named by the action, holding no words (which
/// action, how, when), sealed in a sealed pod like every pod file.
extension PodDirectory {
  /// Marks the open action `id` done or dropped at `time`, so the next meeting no longer
  /// carries it. Written atomically with fsync, 0600 in a 0700 folder.
  public func closeBetweenMeetings(_ id: String, _ status: ActionStatus, at time: Date) throws {
    let path = try closedActionPath(id)
    guard status.closes else {
      throw StoreError(path: path, message: "an action is closed as done or dropped")
    }
    try Files.makeDirectory(closedActionsPath)
    let text = """
      # An action closed between meetings, in hearth review.
      action = \(PodFile.quote(id))
      status = "\(status.rawValue)"
      at = "\(Timestamp.format(time))"

      """
    try writePodText(text, to: path)
  }

  /// Every action closed between meetings; a file that cannot be read is a positioned error.
  public func closedBetweenMeetings() throws -> [ActionOutcome] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: closedActionsPath)) ?? []
    let plain = Set(
      names.map { $0.hasSuffix(PodLayout.sealedSuffix) ? String($0.dropLast(7)) : $0 }
        .filter { $0.hasSuffix(".toml") && PodLayout.isListed($0) })
    return try plain.sorted().compactMap { name in
      let path = closedActionsPath + "/" + name
      guard let text = try readPodText(path) else { return nil }
      return try Self.closure(TOMLDocument(text: text, path: storedPath(of: path)))
    }
  }

  /// The closures that can be read, for the readings that cannot fail (`actionLedger`,
  /// `meetingHistory`); commands that open the actions check them first with
  /// `closedBetweenMeetings`, so a damaged file is named there.
  func readableClosures() -> [ActionOutcome] { (try? closedBetweenMeetings()) ?? [] }

  private func closedActionPath(_ id: String) throws -> String {
    let path = closedActionsPath + "/" + id + ".toml"
    guard !id.isEmpty, !id.contains("/"), PodLayout.isListed(id), id.contains("#") else {
      throw StoreError(path: path, message: "'\(id)' is not an action's id")
    }
    return path
  }

  private static func closure(_ document: TOMLDocument) throws -> ActionOutcome {
    let top = document.top
    try top.rejectUnknownKeys(allowed: ["action", "status", "at"])
    let id = try top.requiredString("action")
    let word = try top.requiredString("status")
    guard let status = ActionStatus(rawValue: word), status.closes else {
      throw top.error("status", "status '\(word)' is not done or dropped")
    }
    let at = try top.requiredString("at")
    guard let time = Timestamp.parse(at) else {
      throw top.error("at", "'\(at)' is not an ISO 8601 time")
    }
    return ActionOutcome(id: id, status: status, at: time)
  }
}
