import Foundation
import HearthCore

/// The history browser: a list of sessions, a transcript with search, and the pod's open
/// actions. It knows nothing of files: the program hands it rows and transcripts.
public struct ReviewModel: Sendable {
  /// One session in the list.
  public struct SessionRow: Sendable, Equatable {
    public var id: String
    public var started: Date
    public var format: String
    public var seconds: Double
    public var attendees: [String]
    public var facilitator: String?
    /// Why the session is not a plain ended one: "open", or what is damaged.
    public var remark: String?
    public var isDamaged: Bool

    public init(
      id: String, started: Date, format: String, seconds: Double, attendees: [String],
      facilitator: String?, remark: String? = nil, isDamaged: Bool = false
    ) {
      self.id = id
      self.started = started
      self.format = format
      self.seconds = seconds
      self.attendees = attendees
      self.facilitator = facilitator
      self.remark = remark
      self.isDamaged = isDamaged
    }
  }

  /// Which screen is showing.
  public enum Screen: Sendable, Equatable {
    case list, transcript, actions
    /// What a search of every session found, a line a hit.
    case results
  }

  /// What the model asks of the program.
  public enum Intent: Sendable, Equatable {
    /// Load this session's transcript and hand it to `showTranscript`.
    case open(String)
    /// Delete this session (the facilitator confirmed), then call `removed`.
    case delete(String)
    /// Mark this open action done or dropped between meetings, then call `closed`.
    case close(OpenAction, ActionStatus)
    /// Compute the pod's stats and hand them to `showTranscript` as lines to read.
    case stats
    /// Follow the pod's actions and hand them to `showActions`.
    case actions
    /// Search every session as `hearth search` does and hand the hits to `showResults`.
    case searchAll(SearchQuery)
    case quit
  }

  /// A line being typed, or a question waiting for an answer.
  public enum Mode: Sendable, Equatable {
    case normal, help
    case searching(String)
    case confirmDelete(String)
  }

  public let pod: String
  public private(set) var rows: [SessionRow]
  /// The pod's action items (open ones, how often carried, and those closed), once asked for.
  public private(set) var actions: ActionLedger?
  public private(set) var screen: Screen = .list
  public private(set) var mode: Mode = .normal
  public private(set) var selected = 0
  public private(set) var transcriptTitle = ""
  public private(set) var transcript: [ReadingLine] = []
  /// The first line shown, in the current screen's own lines.
  public private(set) var scroll = 0
  public private(set) var query = ""
  public private(set) var message: String?

  /// How many sessions the pod has, while only the newest rows are loaded.
  public private(set) var total: Int?

  /// What the last search of every session found, newest session first, and the chosen hit.
  public private(set) var results: [SearchHit] = []
  public private(set) var resultsQuery = ""
  public private(set) var chosenResult = 0
  /// The query to find in the next transcript opened from the results.
  private var pendingQuery: String?

  /// A browser showing `rows`; `total` says how many there are when these are only the newest.
  public init(pod: String, rows: [SessionRow], total: Int? = nil) {
    self.pod = pod
    self.rows = rows
    self.total = total
  }

  /// Takes every row, once loaded, keeping the selected session selected.
  public mutating func load(rows all: [SessionRow]) {
    let chosen = rows.indices.contains(selected) ? rows[selected].id : nil
    rows = all
    total = nil
    selected = chosen.flatMap { id in all.firstIndex { $0.id == id } } ?? 0
  }

  /// How many closed actions the actions screen lists, newest first, after the open ones.
  public static let closedShown = 20

  /// The closed actions the actions screen lists: the latest closed first.
  public var recentlyClosed: [ClosedAction] {
    Array((actions?.closed ?? []).suffix(Self.closedShown).reversed())
  }

  /// The transcript lines as shown at `width`: wrapped, never cut.
  public static func wrap(_ lines: [String], width: Int) -> [String] {
    lines.flatMap { line -> [String] in
      // A line that fits keeps its spacing: tables and bars are aligned with it.
      if DisplayWidth.of(line) <= max(10, width) { return [line] }
      let indent = String(line.prefix { $0 == " " })
      let wrapped = DisplayWidth.wrap(line, to: max(10, width))
      return wrapped.isEmpty ? [""] : [indent + wrapped[0].drop { $0 == " " }] + wrapped.dropFirst()
    }
  }

  /// A line as shown at some width: a piece of a wrapped line, its kind, and which line of
  /// the transcript it comes from.
  public struct ShownLine: Sendable, Equatable {
    public var text: String
    public var kind: ReadingLine.Kind
    public var source: Int
  }

  /// The transcript's lines as shown at `width`: wrapped, never cut.
  public func shown(width: Int) -> [ShownLine] {
    transcript.enumerated().flatMap { source, line in
      Self.wrap([line.text], width: width).map {
        ShownLine(text: $0, kind: line.kind, source: source)
      }
    }
  }

  /// The query as search reads it: every word, ignoring case and accents, as `hearth search`.
  public var search: SearchQuery? { SearchQuery(query) }

  /// Indexes of the shown lines whose transcript line the query finds, as `hearth search`
  /// would find the record's lines: every word in one line, ignoring case and accents.
  public func hits(width: Int) -> [Int] {
    guard let search else { return [] }
    let found = Set(transcript.indices.filter { transcript[$0].matches(search) })
    guard !found.isEmpty else { return [] }
    let shown = shown(width: width)
    return shown.indices.filter { found.contains(shown[$0].source) }
  }

  /// Handles a key on a screen of `width` × `height` cells.
  public mutating func handle(_ key: Key, width: Int, height: Int) -> Intent? {
    message = nil
    let page = max(1, height - 3)
    switch mode {
    case .help:
      mode = .normal
      return nil
    case .confirmDelete(let id):
      mode = .normal
      if key == .character("y") || key == .character("Y") { return .delete(id) }
      message = "Nothing deleted."
      return nil
    case .searching(let text):
      switch key {
      case .enter:
        mode = .normal
        guard screen == .transcript else {
          guard let search = SearchQuery(text) else { return nil }
          return .searchAll(search)
        }
        query = text
        jumpToHit(forward: true, width: width, from: scroll)
      case .escape:
        mode = .normal
      case .backspace:
        mode = .searching(String(text.dropLast()))
      case .character(let c):
        mode = .searching(text + String(c))
      default:
        break
      }
      return nil
    case .normal:
      break
    }
    switch key {
    case .character("q"), .escape:
      guard screen == .list else {
        // A transcript opened from the results goes back to them.
        screen = screen == .transcript && !results.isEmpty ? .results : .list
        scroll = 0
        return nil
      }
      return .quit
    case .control("c"):
      return .quit
    case .character("?"):
      mode = .help
    case .down, .character("j"): move(1, width: width, height: height)
    case .up, .character("k"): move(-1, width: width, height: height)
    case .pageDown, .character(" "): move(page, width: width, height: height)
    case .pageUp, .character("b"): move(-page, width: width, height: height)
    case .home, .character("g"): move(-Int.max / 2, width: width, height: height)
    case .end, .character("G"): move(Int.max / 2, width: width, height: height)
    case .pick(let row) where screen == .list && rows.indices.contains(row):
      // A click chooses a session; a click on the chosen one opens it.
      guard row == selected else {
        selected = row
        return nil
      }
      return handle(.enter, width: width, height: height)
    case .enter:
      if screen == .results, results.indices.contains(chosenResult) {
        pendingQuery = resultsQuery
        return .open(results[chosenResult].session)
      }
      if screen == .list, rows.indices.contains(selected) {
        guard !rows[selected].isDamaged else {
          message = "This session is damaged: \(rows[selected].remark ?? "cannot be read")."
          return nil
        }
        return .open(rows[selected].id)
      }
    case .character("/"):
      guard screen != .actions else { return nil }
      mode = .searching("")
    case .character("n"), .character("N"):
      guard screen == .transcript, !query.isEmpty else { return nil }
      jumpToHit(forward: key == .character("n"), width: width, from: scroll)
    case .character("a"):
      guard let actions else { return .actions }
      showActions(actions)
    case .character("s"):
      return .stats
    case .character("x") where screen == .actions, .character("z") where screen == .actions:
      guard let open = actions?.open, open.indices.contains(scroll) else {
        message = "Choose an open action first (j k): the top one is marked."
        return nil
      }
      return .close(open[scroll], key == .character("x") ? .done : .dropped)
    case .character("d"):
      guard screen == .list, rows.indices.contains(selected) else { return nil }
      mode = .confirmDelete(rows[selected].id)
    default:
      break
    }
    return nil
  }

  /// Shows a loaded transcript, or a page of figures; opened from search results, at the first
  /// line the search found (`width` is the screen's, to find it among the wrapped lines).
  public mutating func showTranscript(title: String, lines: [ReadingLine], width: Int = 80) {
    transcriptTitle = title
    transcript = lines
    if screen != .results { results = [] }
    screen = .transcript
    scroll = 0
    query = ""
    if let pending = pendingQuery {
      pendingQuery = nil
      query = pending
      jumpToHit(forward: true, width: width, from: -1)
    }
  }

  /// Shows what a search of every session found for `query`.
  public mutating func showResults(query: SearchQuery, hits: [SearchHit]) {
    guard !hits.isEmpty else {
      message = "No “\(query.text)” in any session."
      return
    }
    results = hits
    resultsQuery = query.text
    chosenResult = 0
    screen = .results
    scroll = 0
    let sessions = Set(hits.map(\.session)).count
    message =
      "“\(query.text)”: \(hits.count) \(hits.count == 1 ? "line" : "lines") in \(sessions) "
      + (sessions == 1 ? "session" : "sessions")
  }

  /// Says why a session could not be opened.
  public mutating func failed(_ reason: String) { message = reason }

  /// Shows the pod's actions.
  public mutating func showActions(_ actions: ActionLedger) {
    self.actions = actions
    screen = .actions
    scroll = 0
  }

  /// Shows the actions again once `action` was closed with `status`, and says so.
  public mutating func closed(_ action: OpenAction, _ status: ActionStatus, _ actions: ActionLedger)
  {
    showActions(actions)
    message =
      (status == .done ? "Marked done: " : "Dropped: ") + action.text
      + " — the next meeting no longer carries it."
  }

  /// Forgets a deleted session, and the actions as they were with it.
  public mutating func removed(_ id: String) {
    rows.removeAll { $0.id == id }
    results.removeAll { $0.session == id }
    chosenResult = min(chosenResult, max(0, results.count - 1))
    actions = nil
    selected = min(selected, max(0, rows.count - 1))
    message = "Deleted \(id)."
  }

  private mutating func move(_ delta: Int, width: Int, height: Int) {
    switch screen {
    case .list:
      guard !rows.isEmpty else { return }
      selected = min(rows.count - 1, max(0, selected.addingReportingOverflow(delta).partialValue))
    case .transcript:
      let last = max(0, shown(width: width - 2).count - (height - 4))
      scroll = min(last, max(0, scroll.addingReportingOverflow(delta).partialValue))
    case .results:
      chosenResult = min(
        results.count - 1, max(0, chosenResult.addingReportingOverflow(delta).partialValue))
    case .actions:
      let entries = (actions?.open.count ?? 0) + recentlyClosed.count
      scroll = min(
        max(0, entries - 1), max(0, scroll.addingReportingOverflow(delta).partialValue))
    }
  }

  private mutating func jumpToHit(forward: Bool, width: Int, from line: Int) {
    let found = hits(width: width - 2)
    guard !found.isEmpty else {
      message = "No “\(query)” in this transcript."
      return
    }
    let target =
      forward
      ? found.first { $0 > line } ?? found.first!
      : found.last { $0 < line } ?? found.last!
    scroll = target
    let number = (found.firstIndex(of: target) ?? 0) + 1
    message = "“\(query)”: \(number) of \(found.count)"
  }
}
