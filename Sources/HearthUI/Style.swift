/// The named parts of every screen that a theme gives a look to; a theme file names them by
/// their raw values (`agenda.current`).
public enum StyleRole: String, Sendable, CaseIterable, Hashable {
  case normal, header
  case headerAccent = "header.accent"
  case border, title, dim
  case agendaCurrent = "agenda.current"
  case agendaDone = "agenda.done"
  case agendaPending = "agenda.pending"
  case stickHolder = "stick.holder"
  case stickSpoken = "stick.spoken"
  case stickPassed = "stick.passed"
  case stickWaiting = "stick.waiting"
  case stickNext = "stick.next"
  case prompt
  case timerNormal = "timer.normal"
  case timerWarning = "timer.warning"
  case timerOvertime = "timer.overtime"
  case timerPaused = "timer.paused"
  case note
  case noteDecision = "note.decision"
  case noteAction = "note.action"
  case status
  case statusKey = "status.key"
  case message, input, help, dialog
  case selected
  /// A session that cannot be read, in lists.
  case damaged
  case actionOpen = "action.open"
  case actionDone = "action.done"
  case actionDropped = "action.dropped"
  case actionCarried = "action.carried"
  case searchHit = "search.hit"
  case barAirtime = "bar.airtime"
}

extension StyleRole {
  /// Whether the role styles the big digits, drawn as solid blocks: reverse video would paint
  /// them in the background colour and they would vanish, so it is never applied.
  public var drawsBlocks: Bool {
    self == .timerNormal || self == .timerWarning || self == .timerOvertime || self == .timerPaused
  }
}

/// How one role looks: colours and attributes.
public struct Look: Sendable, Hashable {
  public var foreground: TerminalColor
  public var background: TerminalColor
  public var bold, dim, reverse, underline, italic: Bool

  public init(
    _ foreground: TerminalColor = .standard, on background: TerminalColor = .standard,
    bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false,
    italic: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
    self.italic = italic
  }

  /// The same look without colour, for `NO_COLOR` and monochrome terminals: a coloured
  /// background becomes reverse video, so what stood out still does.
  public var withoutColor: Look {
    var look = self
    if background != .standard { look.reverse = true }
    look.foreground = .standard
    look.background = .standard
    return look
  }

  /// The look with its colours as a terminal of `depth` can show them.
  public func shown(at depth: ColorDepth) -> Look {
    guard depth != .none else { return withoutColor }
    var look = self
    look.foreground = foreground.shown(at: depth)
    look.background = background.shown(at: depth)
    return look
  }
}

/// Maps every style role to a look: what a theme file becomes once read.
public struct Theme: Sendable, Equatable {
  public var name: String
  public var looks: [StyleRole: Look]

  public init(name: String, looks: [StyleRole: Look]) {
    self.name = name
    self.looks = looks
  }

  public func look(_ role: StyleRole) -> Look { looks[role] ?? Look() }
}
