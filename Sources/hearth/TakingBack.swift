import Foundation
import HearthStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What to tell a facilitator who took something back (a deleted session, a forgotten member)
/// in a pod whose git history still holds it.
enum TakingBack {
  /// One plain sentence for the command line, or nil when no git history keeps `what`.
  static func historyNotice(_ pod: PodDirectory, what: String) -> String? {
    let history = PodSync.history(of: pod)
    guard history.kept else { return nil }
    let place =
      history.sent
      ? ", on the remote it syncs with and in the other facilitators' copies"
      : " (in the pod's .git folder)"
    guard !pod.isSealed else {
      return "\(what) is gone from this computer's files, but earlier versions in the pod's git "
        + "history\(place) still hold it, sealed: anyone with a passphrase can read it there."
    }
    return "\(what) is gone from this computer's files, but the pod's git history still holds "
      + "it\(place). Sealed pods erase a deleted session everywhere: hearth seal --new-remote "
      + "ADDRESS seals this one and shares it afresh."
  }

  /// For a deleted session of a sealed pod that syncs: its key goes everywhere at the next syncs.
  static func sealedDeletionNotice(_ pod: PodDirectory) -> String? {
    guard pod.isSealed, PodSync.history(of: pod).kept else { return nil }
    return "Its key is destroyed here. Run hearth sync on every home: then no copy, in the "
      + "homes or in a repository in a local folder, can open it any more."
  }

  /// The same, short enough for the review screen's message line.
  static let shortHistoryNotice =
    "Deleted here; git history still holds it. Sealed pods can erase it everywhere."

  /// Asks `question` (which ends with ` [y/N] `) on the terminal; true when the answer is yes.
  /// Without a terminal it refuses with a usage error saying `--yes` does it without asking.
  static func confirm(_ question: String, withoutTerminal: String) throws -> Bool {
    guard isatty(0) == 1 else {
      throw Failure.Usage(description: withoutTerminal + "; pass --yes to do it without asking")
    }
    Output.ask(question)
    let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    return answer == "y" || answer == "yes"
  }
}
