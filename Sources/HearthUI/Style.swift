/// The named parts of every screen that a theme gives a look to.
public enum StyleRole: String, Sendable, CaseIterable, Hashable {
  case normal, header, headerAccent, border, title, dim
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
  case searchHit = "search.hit"
  case barAirtime = "bar.airtime"
}

/// A terminal colour: the terminal's default, or one of the 16 ANSI colours.
public enum TerminalColor: Sendable, Hashable {
  case standard
  case ansi(Int)

  public static let black = TerminalColor.ansi(0), red = TerminalColor.ansi(1)
  public static let green = TerminalColor.ansi(2), yellow = TerminalColor.ansi(3)
  public static let blue = TerminalColor.ansi(4), magenta = TerminalColor.ansi(5)
  public static let cyan = TerminalColor.ansi(6), white = TerminalColor.ansi(7)
  public static let brightBlack = TerminalColor.ansi(8), brightWhite = TerminalColor.ansi(15)
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

  /// The same look without colour, for `NO_COLOR` and monochrome terminals.
  public var withoutColor: Look {
    var look = self
    look.foreground = .standard
    look.background = .standard
    return look
  }
}

/// Maps every style role to a look.
public struct Theme: Sendable {
  public var name: String
  public var looks: [StyleRole: Look]

  public func look(_ role: StyleRole) -> Look { looks[role] ?? Look() }

  /// The built-in dark theme. Warning and overtime differ by attribute too, not colour alone.
  public static let standard = Theme(
    name: "default",
    looks: [
      .normal: Look(),
      .header: Look(.brightWhite, on: .blue, bold: true),
      .headerAccent: Look(.yellow, on: .blue, bold: true),
      .border: Look(.brightBlack),
      .title: Look(.cyan, bold: true),
      .dim: Look(.brightBlack),
      .agendaCurrent: Look(.yellow, bold: true),
      .agendaDone: Look(.green),
      .agendaPending: Look(),
      .stickHolder: Look(.black, on: .yellow, bold: true),
      .stickSpoken: Look(.green),
      .stickPassed: Look(.magenta, italic: true),
      .stickWaiting: Look(),
      .stickNext: Look(.cyan, bold: true),
      .prompt: Look(.cyan, italic: true),
      .timerNormal: Look(.green, bold: true),
      .timerWarning: Look(.yellow, bold: true, underline: true),
      .timerOvertime: Look(.red, bold: true, reverse: true),
      .timerPaused: Look(.brightBlack, dim: true),
      .note: Look(),
      .noteDecision: Look(.cyan, bold: true),
      .noteAction: Look(.yellow),
      .status: Look(.white, on: .ansi(0)),
      .statusKey: Look(.yellow, on: .ansi(0), bold: true),
      .message: Look(.black, on: .cyan),
      .input: Look(.brightWhite, on: .ansi(0), bold: true),
      .help: Look(),
      .dialog: Look(.brightWhite, on: .red, bold: true),
      .selected: Look(.black, on: .cyan, bold: true),
      .searchHit: Look(.black, on: .yellow, bold: true, underline: true),
      .barAirtime: Look(.cyan),
    ])
}
