import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthThemes

/// The values the shells complete, read from the home when Tab is pressed: the completion
/// scripts argument-parser writes run the hidden `hearth ---completion …`, which calls these.
/// They write nothing, never ask for a passphrase, and give nothing where the home cannot say
/// (a sealed pod's names).
enum Completions {
  /// Session ids, newest first, and `latest`.
  static let sessions = CompletionKind.custom { words, _, prefix in
    matching(["latest"] + newestFirst(in: words), prefix)
  }

  /// Session ids alone, newest first.
  static let sessionIDs = CompletionKind.custom { words, _, prefix in
    matching(newestFirst(in: words), prefix)
  }

  /// The pod's members' current names.
  static let members = CompletionKind.custom { words, _, prefix in
    matching(memberNames(in: words), prefix)
  }

  /// `--present Ana,Bo,…`: the names not given yet, after those typed before the last comma.
  static let presentList = CompletionKind.custom { words, _, prefix in
    let typed = prefix.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let before = typed.dropLast()
    let given = before.joined(separator: ",")
    return memberNames(in: words).filter { !before.contains($0) }
      .map { given.isEmpty ? $0 : given + "," + $0 }
      .filter { $0.hasPrefix(prefix) }
  }

  /// `--role role=name`: each of the pod's roles with each member, whole (bash splits a word
  /// at `=`, so what follows one cannot be completed there on its own).
  static let roleHolder = CompletionKind.custom { words, _, prefix in
    let roles = (try? pod(in: words)?.loadPod())?.roles ?? []
    let names = memberNames(in: words)
    return matching(roles.flatMap { role in names.map { "\(role)=\($0)" } }, prefix)
  }

  /// The formats a meeting can follow: the pod's and the built-in ones.
  static let formats = CompletionKind.custom { words, _, prefix in
    let formats = pod(in: words).flatMap { try? $0.formats() } ?? BuiltIn.formats
    return matching(formats.map(\.name), prefix)
  }

  /// The built-in and the user's themes.
  static let themes = CompletionKind.custom { _, _, prefix in
    let catalog = ThemeCatalog(environment: ProcessInfo.processInfo.environment)
    return matching(catalog.entries().map(\.name), prefix)
  }

  /// The home's pods (their folder names, which `--pod` accepts).
  static let pods = CompletionKind.custom { words, _, prefix in
    let environment = ProcessInfo.processInfo.environment
    let home = Home.resolve(option: value(of: "--home", in: words), environment: environment)
    return matching(home.podSlugs(), prefix)
  }

  /// The selected pod's members' current names.
  private static func memberNames(in words: [String]) -> [String] {
    let roster = (try? pod(in: words)?.loadPod())?.members ?? []
    return roster.filter(\.active).map(\.name)
  }

  /// The selected pod's session ids, newest first.
  private static func newestFirst(in words: [String]) -> [String] {
    (pod(in: words)?.sessionIDs() ?? []).reversed()
  }

  /// The pod the command line being completed names (`--home`, `--pod`), else the one a
  /// command would use; nil when there is none.
  private static func pod(in words: [String]) -> PodDirectory? {
    let environment = ProcessInfo.processInfo.environment
    let home = Home.resolve(option: value(of: "--home", in: words), environment: environment)
    return try? home.choosePod(named: value(of: "--pod", in: words))
  }

  /// The value given to `option` on the command line (`--home x` or `--home=x`), its shell
  /// quotes removed.
  static func value(of option: String, in words: [String]) -> String? {
    var found: String?
    for (index, word) in words.enumerated() {
      if word == option, index + 1 < words.count {
        found = words[index + 1]
      } else if word.hasPrefix(option + "=") {
        found = String(word.dropFirst(option.count + 1))
      }
    }
    return found.map { NSString(string: $0.filter { !"\"'\\".contains($0) }).expandingTildeInPath }
  }

  /// The candidates that begin with what is typed.
  private static func matching(_ values: [String], _ prefix: String) -> [String] {
    values.filter { $0.hasPrefix(prefix) }
  }
}
