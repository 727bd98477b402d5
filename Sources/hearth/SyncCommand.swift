import ArgumentParser
import Foundation
import HearthStore

/// `hearth sync`: share the pod's history with the other facilitators through a git remote.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Share the pod's sessions with the other facilitators (through git).",
    discussion: """
      Each facilitator keeps the whole pod on their own computer; a git repository that all of \
      them can reach keeps the copies in step. Run hearth sync after a meeting: it saves what \
      changed here, takes in what the others shared, and sends the result back.

      To start sharing, make an empty git repository (on a server you trust, or with \
      git init --bare in a shared folder) and run hearth sync --init ADDRESS. Another \
      facilitator then runs hearth sync --clone ADDRESS once to get the pod.

      A meeting still open (running, or interrupted and waiting for hearth resume) is never \
      shared half-way: the first sync after it ends shares it. When pod.toml was changed here \
      and by someone else in the same place, the shared version stays and yours is kept as \
      pod.toml.mine, so nothing is lost. Needs git on PATH.

      A sealed pod syncs sealed: its journals and files travel as they lie on disk, and its \
      keys (the key slots and each session's key) travel apart from the history, replaced at \
      each sync. After hearth sessions delete and a sync on each home, no copy of the pod, \
      here, in the other homes or on a remote in a local folder, can open the deleted \
      session any more, with any passphrase; a git server prunes old objects on its own \
      schedule. Cloning a sealed pod asks its passphrase.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    name: .customLong("init"),
    help: ArgumentHelp(
      "Start sharing this pod through the git repository at ADDRESS.", valueName: "address"))
  var initAddress: String?

  @Option(
    name: .customLong("clone"),
    help: ArgumentHelp(
      "Get the pod shared at ADDRESS into this home.", valueName: "address"))
  var cloneAddress: String?

  func validate() throws {
    if initAddress != nil, cloneAddress != nil {
      throw ValidationError("use --init or --clone, not both")
    }
    for address in [initAddress, cloneAddress].compactMap({ $0 }) where address.isEmpty {
      throw ValidationError("the address must not be empty")
    }
  }

  func run() throws {
    let home = global.resolvedHome()
    if let cloneAddress {
      let (pod, report) = try PodSync.clone(remote: cloneAddress, into: home) { name in
        try Passphrase.obtain(for: name, file: global.passphraseFile)
      }
      home.rememberLastPod(pod)
      let name = (try? pod.loadPod().name) ?? (pod.path as NSString).lastPathComponent
      let count = report.received.count
      Output.line("Fetched \(name) into \(pod.path): \(count) session\(count == 1 ? "" : "s").")
      Output.line("After each meeting, run hearth sync to share it.")
      return
    }
    // A sealed pod is opened first: a wrong passphrase stops the sync before it writes.
    let pod = try global.unlock(home.selectPod(named: global.pod))
    let podSync = try PodSync(pod: pod)
    let report: SyncReport
    if let initAddress {
      report = try podSync.initialize(remote: initAddress)
      Output.line("Sharing \((try? pod.loadPod().name) ?? pod.path) through \(initAddress).")
    } else {
      report = try podSync.sync()
    }
    for line in Self.lines(for: report) { Output.line(line) }
    for warning in report.warnings { Output.error("warning: " + warning) }
    guard report.conflicts.isEmpty else {
      for line in Self.conflictLines(for: report) { Output.error(line) }
      throw ExitCode.failure
    }
  }

  /// What a sync did, one sentence a line.
  static func lines(for report: SyncReport) -> [String] {
    var lines: [String] = []
    if let commit = report.commit, let colon = commit.firstIndex(of: ":") {
      lines.append(
        "Shared from here: \(commit[commit.index(after: colon)...].trimmingCharacters(in: .whitespaces))."
      )
    }
    for renamed in report.renamed {
      lines.append(
        "Session \(renamed.from) is now \(renamed.to): another facilitator shared a different "
          + "session with the same id.")
    }
    if !report.received.isEmpty {
      lines.append(
        "Received \(sessions(report.received.count)): \(report.received.joined(separator: ", ")).")
    }
    if !report.removed.isEmpty {
      lines.append(
        "Removed \(sessions(report.removed.count)) another facilitator deleted: "
          + "\(report.removed.joined(separator: ", ")).")
    }
    let updated = report.updated.filter { path in !report.conflicts.contains { $0.path == path } }
    if !updated.isEmpty {
      lines.append("Updated from the others: \(updated.joined(separator: ", ")).")
    }
    for id in report.heldBack {
      lines.append(
        "Not shared yet: \(id) is still open (running, or waiting for hearth resume); "
          + "the first sync after it ends shares it.")
    }
    if report.pushed {
      lines.append("Sent to \(report.remote).")
    } else if report.commit == nil && report.received.isEmpty && report.removed.isEmpty
      && updated.isEmpty && report.conflicts.isEmpty
    {
      lines.append("Already in step with \(report.remote).")
    } else {
      lines.append("In step with \(report.remote).")
    }
    return lines
  }

  /// The clashing files and where both versions are.
  static func conflictLines(for report: SyncReport) -> [String] {
    report.conflicts.map { conflict in
      if let kept = conflict.keptAs {
        return
          "\(conflict.path) was changed here and by another facilitator in the same place. "
          + "It now holds the shared version; yours is kept in \(kept). Compare the two, copy "
          + "what you still want into \(conflict.path), delete \(kept), then run hearth sync again."
      }
      return
        "\(conflict.path) was deleted here but changed by another facilitator, so it is back "
        + "with their changes. Delete it again if the pod agrees, then run hearth sync again."
    }
  }

  private static func sessions(_ count: Int) -> String {
    "\(count) session\(count == 1 ? "" : "s")"
  }
}
