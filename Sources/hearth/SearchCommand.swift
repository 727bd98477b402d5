import ArgumentParser
import Foundation
import HearthCore
import HearthStore
import HearthTerminal

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
      Newest sessions first; matches are shown in reverse video on a terminal. Search reads \
      what the sessions' journals hold (through a derived index in the pod's .index folder), \
      never the transcript files. / in hearth review finds lines the same way.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The words to look for.")
  var words: [String]

  @Flag(
    help: "Print JSON: {\"hits\": [{session, started, item, kind, text, member}], \"version\": 1}.")
  var json = false

  func run() throws {
    guard let query = SearchQuery(words.joined(separator: " ")) else {
      throw Failure.Usage(description: "give a word to search for")
    }
    let pod = try global.openPod()
    let results = pod.search(query)
    for warning in results.warnings { Output.error("warning: " + warning) }
    var output = SearchOutput()
    if json {
      output.appendJSON(results.hits)
    } else if results.hits.isEmpty {
      output.append(text: "Nothing found for \"\(query.text)\".")
      output.append("\n")
    } else {
      output.appendText(results, highlighting: isatty(1) == 1 || global.stylesPipes ? query : nil)
    }
    output.flush()
    // As grep does: nothing found is exit 1, for scripts to test.
    guard !results.hits.isEmpty else { throw ExitCode(1) }
    if !json { Output.note(SearchOutput.summary(results)) }
  }

  /// `text` through the terminal gate, with the query's matches in reverse video.
  static func highlighted(_ text: String, _ query: SearchQuery) -> StyledText {
    var out = StyledText()
    var last = text.startIndex
    for range in query.highlights(in: text) {
      out = out + StyledText(text[last..<range.lowerBound]) + ANSIText.reversed(text[range])
      last = range.upperBound
    }
    return out + StyledText(text[last...])
  }
}
