import HearthCore

/// A rectangle of the screen, in cells.
public struct Rect: Sendable, Hashable {
  public var x, y, width, height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// The area inside a one-cell border.
  public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }

  /// Splits off the top `rows` rows (clamped), returning it and the rest.
  public func splitTop(_ rows: Int) -> (Rect, Rect) {
    let top = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: top),
      Rect(x: x, y: y + top, width: width, height: height - top)
    )
  }

  /// Splits off the left `columns` columns (clamped), returning it and the rest.
  public func splitLeft(_ columns: Int) -> (Rect, Rect) {
    let left = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: left, height: height),
      Rect(x: x + left, y: y, width: width - left, height: height)
    )
  }
}

/// One cell of the screen: a grapheme and the role that styles it.
public struct Cell: Sendable, Equatable {
  /// The grapheme shown; empty for the second column of a wide one.
  public var text: String
  public var role: StyleRole

  public static let blank = Cell(text: " ", role: .normal)
}

/// An in-memory screen: panes draw into it, the terminal presents it, tests read it as text.
public struct Grid: Sendable, Equatable, CustomStringConvertible {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Areas a click can pick, each with its tag (a row's index), latest drawn on top.
  public private(set) var regions: [Region] = []

  /// An area a click can pick.
  public struct Region: Sendable, Hashable {
    public var area: Rect
    public var tag: Int
  }

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// One cell; only `put` and `fill` change cells, so all text passes the terminal gate.
  public private(set) subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Takes from `other`, a grid of the same size, the cells inside `areas` and all its click
  /// regions: a frame that changed only there becomes `other` without copying every cell.
  public mutating func copy(_ areas: [Rect], from other: Grid) {
    guard other.width == width, other.height == height else { return }
    for area in areas {
      let clipped = area.clipped(to: bounds)
      for y in clipped.y..<clipped.maxY {
        let start = y * width
        for index in (start + clipped.x)..<(start + clipped.maxX) {
          cells[index] = other.cells[index]
        }
      }
    }
    regions = other.regions
  }

  /// Marks `area` as picked with `tag` when clicked.
  public mutating func mark(_ area: Rect, tag: Int) {
    regions.append(Region(area: area, tag: tag))
  }

  /// The key a click at a cell means: `pick` of the topmost region there, if any.
  public func pick(x: Int, y: Int) -> Key? {
    regions.last { $0.area.x <= x && x < $0.area.maxX && $0.area.y <= y && y < $0.area.maxY }
      .map { .pick($0.tag) }
  }

  /// Fills `area` with blanks of `role`.
  public mutating func fill(_ area: Rect, _ role: StyleRole) {
    let clipped = area.clipped(to: bounds)
    guard !clipped.isEmpty else { return }
    for y in clipped.y..<clipped.maxY {
      for x in clipped.x..<clipped.maxX { self[x, y] = Cell(text: " ", role: role) }
    }
  }

  /// Writes `text` from (x, y), never past `limit` columns (or the grid's edge). Every screen
  /// draws through here, so here text passes the terminal gate: controls and bidi characters
  /// are shown visibly (`TerminalText.line`: `^[`, `<U+202E>`), never sent. A wide grapheme
  /// that would not fit is left out. Returns the columns written.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, _ role: StyleRole, limit: Int? = nil
  ) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let end = min(width, limit.map { x + max(0, $0) } ?? width)
    var column = x
    if text.unicodeScalars.allSatisfy(DisplayWidth.isSingleColumn) {
      // The clocks, borders and big digits redrawn every second skip the grapheme work.
      for scalar in text.unicodeScalars {
        if column >= end { break }
        if column >= 0 { self[column, y] = Cell(text: String(scalar), role: role) }
        column += 1
      }
      return column - x
    }
    for character in TerminalText.line(text) {
      let w = DisplayWidth.of(character)
      if w == 0 { continue }
      if column + w > end { break }
      if column >= 0 {
        self[column, y] = Cell(text: String(character), role: role)
        if w == 2 { self[column + 1, y] = Cell(text: "", role: role) }
      }
      column += w
    }
    return column - x
  }

  /// Writes `text` clipped with `…` to `width` columns.
  @discardableResult
  public mutating func put(clipping text: String, x: Int, y: Int, width: Int, _ role: StyleRole)
    -> Int
  {
    put(DisplayWidth.clip(TerminalText.line(text), to: width), x: x, y: y, role, limit: width)
  }

  /// Writes `text` so it ends at column `maxX`.
  public mutating func put(rightAligned text: String, maxX: Int, y: Int, _ role: StyleRole) {
    let shown = TerminalText.line(text)
    put(shown, x: maxX - DisplayWidth.of(shown), y: y, role)
  }

  /// Draws a rounded border around `area`, with an optional title in its top edge.
  public mutating func box(_ area: Rect, title: String? = nil, _ role: StyleRole = .border) {
    guard area.width >= 2, area.height >= 2 else { return }
    let (left, right, top, bottom) = (area.x, area.maxX - 1, area.y, area.maxY - 1)
    for x in left...right {
      put("─", x: x, y: top, role)
      put("─", x: x, y: bottom, role)
    }
    for y in top...bottom {
      put("│", x: left, y: y, role)
      put("│", x: right, y: y, role)
    }
    put("╭", x: left, y: top, role)
    put("╮", x: right, y: top, role)
    put("╰", x: left, y: bottom, role)
    put("╯", x: right, y: bottom, role)
    if let title, area.width > 6 {
      put(clipping: " \(title) ", x: left + 2, y: top, width: area.width - 4, .title)
    }
  }

  public var description: String { lines.joined(separator: "\n") }

  /// The screen as text, one string a row, trailing spaces removed.
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width { line += self[x, y].text }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The role of the first cell in row `y` whose text starts `text`, if `text` is on that row.
  public func role(of text: String, row y: Int) -> StyleRole? {
    var line = ""
    var starts: [Int] = []
    for x in 0..<width {
      starts.append(line.count)
      line += self[x, y].text
    }
    guard let range = line.range(of: text) else { return nil }
    let offset = line.distance(from: line.startIndex, to: range.lowerBound)
    guard let x = starts.firstIndex(of: offset) else { return nil }
    return self[x, y].role
  }
}

extension Rect {
  /// The part of this rectangle inside `other`.
  public func clipped(to other: Rect) -> Rect {
    let x0 = max(x, other.x)
    let y0 = max(y, other.y)
    let x1 = min(maxX, other.maxX)
    let y1 = min(maxY, other.maxY)
    return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
  }
}
