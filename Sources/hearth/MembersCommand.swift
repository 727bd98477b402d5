import ArgumentParser
import Foundation
import HearthCore
import HearthStore

/// `hearth members`: the pod's roster.
struct MembersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "members",
    abstract: "List and change the pod's members.",
    subcommands: [List.self, Add.self, Remove.self, Rename.self, Forget.self],
    defaultSubcommand: List.self)

  /// Where the member called `name` (now or before a rename) stands in the roster.
  static func index(of name: String, in pod: Pod) throws -> Int {
    guard let member = pod.member(named: name), let index = pod.members.firstIndex(of: member)
    else { throw Failure.Runtime(description: "no member named '\(name)'") }
    return index
  }

  /// Loads the selected pod, applies `change`, saves it, and says `done`.
  static func update(
    _ global: GlobalOptions, saying done: String, _ change: (inout Pod) throws -> Void
  ) throws {
    let directory = try global.openPod()
    var pod = try directory.loadPod()
    try change(&pod)
    try directory.savePod(pod)
    Output.line(done)
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the members.")
    @OptionGroup var global: GlobalOptions
    @Flag(
      help: "Print JSON: {\"members\": [{name, pronouns, active, formerNames}], \"version\": 1}.")
    var json = false

    /// A member as `--json` lists them: every field present, `pronouns` null when not given.
    struct Listed: Encodable {
      var member: Member
      private enum Key: String, CodingKey { case name, pronouns, active, formerNames }

      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(member.name, forKey: .name)
        try container.encode(member.pronouns, forKey: .pronouns)
        try container.encode(member.active, forKey: .active)
        try container.encode(member.formerNames, forKey: .formerNames)
      }
    }

    func run() throws {
      let pod = try global.openPod().loadPod()
      if json {
        let listed = pod.members.map(Listed.init)
        return Output.document(try Reports.versionedJSON(listed, as: "members"))
      }
      for (index, member) in pod.members.enumerated() {
        var line = "\(index + 1). \(member.name)"
        if let pronouns = member.pronouns { line += " (\(pronouns))" }
        if !member.active { line += "  [removed]" }
        if !member.formerNames.isEmpty {
          line += "  formerly \(member.formerNames.joined(separator: ", "))"
        }
        Output.line(line)
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a member.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new member's name.") var name: String
    @Option(help: "Their pronouns, e.g. she/her.") var pronouns: String?

    func validate() throws {
      if let problem = Member.problem(with: name) { throw ValidationError(problem) }
      if let pronouns, let problem = Member.problem(withPronouns: pronouns) {
        throw ValidationError(problem)
      }
    }

    func run() throws {
      try MembersCommand.update(global, saying: "Added \(name).") { pod in
        if let existing = pod.member(named: name) {
          guard !existing.active, let index = pod.members.firstIndex(of: existing) else {
            throw Failure.Runtime(description: "'\(name)' is already a member")
          }
          pod.members[index].active = true
          return
        }
        pod.members.append(Member(name: name, pronouns: pronouns))
      }
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove a member; their history stays (one no session names leaves for good).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The member's name.", completion: Completions.members) var name: String

    func run() throws {
      let deleted = try global.openPod().removeMember(named: name)
      Output.line(
        deleted
          ? "Removed \(name): no session names them, so they are gone from the pod."
          : "Removed \(name); past sessions still show them.")
    }
  }

  struct Rename: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Rename a member; their history follows them.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The current name.", completion: Completions.members) var old: String
    @Argument(help: "The new name.") var new: String

    func validate() throws {
      if let problem = Member.problem(with: new) { throw ValidationError(problem) }
    }

    func run() throws {
      try MembersCommand.update(global, saying: "Renamed \(old) to \(new).") { pod in
        let index = try MembersCommand.index(of: old, in: pod)
        let member = pod.members[index]
        if let other = pod.member(named: new), other != member {
          throw Failure.Runtime(description: "'\(new)' is already a member's name")
        }
        pod.members[index].formerNames.append(member.name)
        pod.members[index].name = new
      }
    }
  }

  struct Forget: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Forget a member: a pseudonym takes their name in every session and pod.toml.",
      discussion: """
        Their name (and any name they had before a rename) becomes "Former member N" in every \
        session's journal and transcript, in pod.toml, the formats and the search index; they \
        are no longer a member. Their notes, decisions and actions can be deleted too (erased \
        as undo erases them): asked on a terminal after saying how many, or --delete-notes / \
        --keep-notes in scripts. Asks to confirm on a terminal; pass --yes in scripts. Refused \
        while a meeting runs. This cannot be undone.
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(
      help: "The member's name (now or before a rename).", completion: Completions.members)
    var name: String
    @Flag(name: [.short, .long], help: "Forget them without asking.") var yes = false
    @Flag(help: "Also delete the notes, decisions and actions they wrote or own.")
    var deleteNotes = false
    @Flag(help: "Keep their notes, decisions and actions (under the pseudonym).")
    var keepNotes = false

    func validate() throws {
      if deleteNotes && keepNotes {
        throw ValidationError("--delete-notes and --keep-notes cannot both be given")
      }
    }

    /// "12 notes and 3 actions in 7 sessions".
    static func describe(_ notes: MemberNotes, sessions: Int) -> String {
      func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
      return count(notes.notes, "note") + " and " + count(notes.actions, "action") + " in "
        + count(sessions, "session")
    }

    /// Whether to delete their notes too: as the flags say, else asked on a terminal (after
    /// saying what it deletes), never when there is nothing to delete.
    func deletesNotes(_ notes: MemberNotes, sessions: Int) throws -> Bool {
      if deleteNotes || keepNotes { return deleteNotes }
      guard !notes.isEmpty else { return false }
      let what = Self.describe(notes, sessions: sessions)
      guard isatty(0) == 1 else {
        throw Failure.Usage(
          description: "\(name) wrote or owns \(what): pass --delete-notes to delete them too, "
            + "or --keep-notes to keep them under the pseudonym")
      }
      Output.ask("\(name) wrote or owns \(what). Delete those too? [y/N] ")
      let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
      return answer == "y" || answer == "yes"
    }

    func run() throws {
      let directory = try global.openPod()
      _ = try MembersCommand.index(of: name, in: directory.loadPod())
      let (notes, sessions) = try directory.notesOfMember(named: name)
      if !yes {
        let question =
          "Forget \(name)? Every session and pod.toml will call them \"Former member\" "
          + "instead. This cannot be undone. [y/N] "
        guard
          try TakingBack.confirm(
            question, withoutTerminal: "forgetting \(name) needs confirmation on a terminal")
        else {
          Output.line("Kept \(name).")
          return
        }
      }
      let deleting = try deletesNotes(notes, sessions: sessions)
      let forgotten = try directory.forgetMember(
        named: name, timeZone: .current, deletingNotes: deleting)
      let count = forgotten.sessions
      Output.line(
        "Forgot \(name): they are \(forgotten.pseudonym) in pod.toml and in \(count) "
          + "session\(count == 1 ? "" : "s").")
      if deleting {
        Output.line("Deleted \(Self.describe(forgotten.deleted, sessions: sessions)).")
      }
      if let notice = TakingBack.historyNotice(directory, what: "Their name") {
        Output.line(notice)
      }
    }
  }
}
