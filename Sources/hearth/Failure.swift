import ArgumentParser
import Foundation
import HearthStore
import HearthTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// Maps what went wrong to a message on stderr and the one table of exit codes (decision 0081):
/// 0 success; 1 the command was well formed but could not be done (nothing found, the pod not
/// in the state it needs, no terminal, a full disk); 2 bad usage or a damaged file.
enum Failure {
  /// An error in what the user asked for: the words must change (exit 2).
  struct Usage: Error, CustomStringConvertible {
    var description: String
  }

  /// A well-formed command that could not be done: what it names is not there, or the pod or
  /// the machine is not as it needs (exit 1).
  struct Runtime: Error, CustomStringConvertible {
    var description: String
  }

  static func report(_ error: Error) -> Int32 {
    switch error {
    case let error as StoreError:
      Output.error(error.description)
      return error.isRuntimeFailure ? 1 : 2
    case let error as Meeting.Unsaved:
      let resume = error.lastSaved == nil ? "" : "; `hearth resume` continues from what was saved"
      Output.error("\(error)\(resume).")
      return 1
    case let error as Terminal.Failure:
      Output.error(error.description)
      return 1
    case let error as Usage:
      Output.error(error.description)
      return 2
    case let error as Runtime:
      Output.error(error.description)
      return 1
    case let error as SyncError:
      Output.error(error.message)
      return error.isUsage ? 2 : 1
    case is Passphrase.Cancelled:
      Output.error("cancelled")
      return 130
    case let code as ExitCode:
      return code.rawValue
    default:
      let code = Hearth.exitCode(for: error)
      if code == .success {
        Output.document(Hearth.fullMessage(for: error) + "\n")
        return 0
      }
      Output.error(Hearth.fullMessage(for: error))
      return code == .validationFailure ? 2 : 1
    }
  }
}
