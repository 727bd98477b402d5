import ArgumentParser
import Foundation
import HearthCore
import HearthStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `hearth search`: the lines of every session that hold every word of a query.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search every session: notes, decisions, actions, prompts, items and names.",
    discussion: """
      Every word must appear in a line; case and accents are ignored ("jose" finds "José"). \
      Newest sessions first; matches are shown in reverse video on a terminal.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The words to look for.")
  var words: [String]

  @Flag(help: "Print JSON: a list of {session, started, item, kind, text, member}.")
  var json = false

  func run() throws {
    guard let query = SearchQuery(words.joined(separator: " ")) else {
      throw Failure.Usage(description: "give a word to search for")
    }
    let pod = try global.resolvedHome().selectPod(named: global.pod)
    // The terminal shows the date the session id begins with; only JSON needs exact times.
    let results = pod.search(query, startTimes: json)
    for warning in results.warnings { Failure.printError("warning: " + warning) }
    if json {
      print(try Reports.json(results.hits))
      return
    }
    guard !results.hits.isEmpty else {
      print("Nothing found for \"\(query.text)\".")
      return
    }
    let highlight = isatty(1) == 1
    var out = ""
    var session: String?
    for hit in results.hits {
      if hit.session != session {
        if session != nil { out += "\n" }
        session = hit.session
        let date = hit.started.map { "  " + Reports.localTime($0) } ?? Self.idDate(hit.session)
        out += "\(hit.session)\(date)\n"
      }
      let place = hit.item.map { "\($0) · " } ?? ""
      let text = highlight ? Self.highlighted(hit.text, query) : hit.text
      out += "  \(place)\(hit.kind.rawValue): \(text)\n"
      if out.utf8.count > 1 << 16 {
        print(out, terminator: "")
        out = ""
      }
    }
    let hits = results.hits.count == 1 ? "1 line" : "\(results.hits.count) lines"
    let sessions = results.sessions == 1 ? "1 session" : "\(results.sessions) sessions"
    out += "\n\(hits) in \(sessions).\n"
    print(out, terminator: "")
  }

  /// `  2026-11-27 19:00` from an id such as `2026-11-27T1900-check-in` (ids begin with their
  /// local start time), or nothing.
  static func idDate(_ id: String) -> String {
    let bytes = Array(id.utf8.prefix(15))
    let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 13, 14]
    guard bytes.count == 15, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54,
      digits.allSatisfy({ (0x30...0x39).contains(bytes[$0]) })
    else { return "" }
    let text = String(decoding: bytes, as: UTF8.self)
    return "  " + text.prefix(10) + " " + text.dropFirst(11).prefix(2) + ":" + text.suffix(2)
  }

  /// `text` with the query's matches in reverse video.
  static func highlighted(_ text: String, _ query: SearchQuery) -> String {
    var out = ""
    var last = text.startIndex
    for range in query.highlights(in: text) {
      out += text[last..<range.lowerBound]
      out += "\u{1B}[7m" + text[range] + "\u{1B}[27m"
      last = range.upperBound
    }
    return out + text[last...]
  }
}
