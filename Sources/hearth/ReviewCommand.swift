import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthTerminal
import HearthUI

/// `hearth review`: browse past sessions, read and search transcripts, see open actions.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Browse past sessions: transcripts, search, open actions.",
    discussion: """
      / in the list searches every session as hearth search does (a line matches when it holds \
      every word, ignoring case and accents) and lists the hits; Enter opens one. In a \
      transcript, / searches it the same way; n and N go to the next and previous hit.
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    guard !global.plain else {
      throw Failure.Usage(
        description:
          "review draws a full screen; with --plain, hearth sessions, show, search and stats "
          + "give the same history as text")
    }
    guard !PlainFallback.needed else {
      throw Failure.Runtime(
        description:
          "review draws a full screen, which this terminal cannot; hearth sessions, show, "
          + "search and stats give the same history as text")
    }
    let directory = try global.openPod()
    let terminal = try global.openTerminal().terminal
    defer { terminal.stop() }
    Self.browse(directory, on: terminal)
  }

  /// The history browser on `terminal` until it is quit; `opening` a session reads it first
  /// (`q` then goes back to the list).
  static func browse(_ directory: PodDirectory, on terminal: Terminal, opening: String? = nil) {
    let podName = (try? directory.loadPod().name) ?? (directory.path as NSString).lastPathComponent
    // The first screenful at once (from the newest journals only), then every session: with
    // thousands of sessions, or an index to rebuild, the rest takes longer than a glance.
    let count = directory.sessionIDs().count
    let newest = Self.rows(directory.archive(limit: terminal.size.height))
    var model = ReviewModel(
      pod: podName, rows: newest, total: count > newest.count ? count : nil)
    if model.total != nil {
      let (width, height) = terminal.size
      terminal.present(
        ReviewScreen.render(model, width: width, height: height, now: Date(), timeZone: .current))
      model.load(rows: Self.rows(directory.archive()))
    }
    var opening = opening
    while true {
      let intent =
        opening.map { ReviewModel.Intent.open($0) }
        ?? terminal.runScreen(
          render: {
            ReviewScreen.render(model, width: $0, height: $1, now: Date(), timeZone: .current)
          },
          handle: { key -> ReviewModel.Intent? in
            let (width, height) = terminal.size
            return model.handle(key, width: width, height: height)
          })
      opening = nil
      switch intent {
      case nil, .quit?:
        return
      case .open(let id)?:
        do {
          let state = try directory.loadSession(id).state
          guard let record = state.record(at: Reports.reportTime(of: state)) else {
            model.failed("\(id) never started.")
            continue
          }
          model.showTranscript(
            title: id, lines: SessionReading.lines(record, timeZone: .current),
            width: terminal.size.width)
        } catch {
          model.failed("\(error)")
        }
      case .stats?:
        let last = 52
        let sessions = directory.archive(limit: last).compactMap(\.statsSession)
        let stats = PodStats(sessions: sessions, last: last, pod: try? directory.loadPod())
        let width = terminal.size.width - 2
        let text = StatsLayout.text(stats, columns: width, timeZone: .current)
        // A heading starts at the margin; the rows under it, with their bars, are indented.
        let lines = text.components(separatedBy: "\n").map { line in
          ReadingLine(line, line.first.map { $0 == " " } ?? true ? .chart : .section)
        }
        model.showTranscript(
          title: "stats, last \(min(last, sessions.count)) sessions", lines: lines)
      case .searchAll(let query)?:
        let results = directory.search(query)
        model.showResults(query: query, hits: results.hits)
      case .actions?:
        model.showActions(directory.actionLedger())
      case .delete(let id)?:
        do {
          try directory.deleteSession(id)
          model.removed(id)
          if PodSync.history(of: directory).kept, !directory.isSealed {
            model.failed(TakingBack.shortHistoryNotice)
          }
        } catch {
          model.failed("\(error)")
        }
      }
    }
  }

  /// Every session, newest first, damaged ones included with the reason.
  static func rows(_ archive: [ArchiveEntry]) -> [ReviewModel.SessionRow] {
    archive.map { entry in
      ReviewModel.SessionRow(
        id: entry.id, started: entry.started, format: entry.format, seconds: entry.seconds,
        attendees: entry.attendees, facilitator: entry.facilitator,
        remark: entry.damaged ?? (entry.ended == nil ? "open" : nil),
        isDamaged: entry.damaged != nil)
    }
  }
}
