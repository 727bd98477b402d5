/// The readline basics of a line being typed: Left/Right move by a character as the eye sees
/// it (a CJK character or an emoji is one), Home/End and Ctrl-A/Ctrl-E go to the ends, Backspace
/// and Delete remove the character before and under the cursor, Ctrl-W the word before it,
/// Ctrl-U everything before it; a character typed or pasted goes in at the cursor.
///
/// The cursor is an index into the text, nil at its end: typing at the end, the common case,
/// appends without measuring the line.
enum LineEditing {
  /// Applies `key` to `text` and `cursor`; false when the key is not one that edits a line.
  static func apply(_ key: Key, to text: inout String, cursor: inout String.Index?) -> Bool {
    switch key {
    case .character(let c): insert(String(c), into: &text, cursor: &cursor)
    case .tab: insert(" ", into: &text, cursor: &cursor)
    case .left:
      let at = cursor ?? text.endIndex
      if at > text.startIndex { cursor = text.index(before: at) }
    case .right:
      if let at = cursor { cursor = settled(text.index(after: at), in: text) }
    case .home, .control("a"):
      cursor = settled(text.startIndex, in: text)
    case .end, .control("e"):
      cursor = nil
    case .backspace:
      let at = cursor ?? text.endIndex
      guard at > text.startIndex else { break }
      remove(text.index(before: at)..<at, from: &text, cursor: &cursor)
    case .delete:
      guard let at = cursor else { break }
      remove(at..<text.index(after: at), from: &text, cursor: &cursor)
    case .control("w"):
      let at = cursor ?? text.endIndex
      var start = at
      while start > text.startIndex, text[text.index(before: start)].isWhitespace {
        start = text.index(before: start)
      }
      while start > text.startIndex, !text[text.index(before: start)].isWhitespace {
        start = text.index(before: start)
      }
      remove(start..<at, from: &text, cursor: &cursor)
    case .control("u"):
      remove(text.startIndex..<(cursor ?? text.endIndex), from: &text, cursor: &cursor)
    default:
      return false
    }
    return true
  }

  /// Puts `piece` in at the cursor, which then stands after it.
  private static func insert(_ piece: String, into text: inout String, cursor: inout String.Index?)
  {
    guard let at = cursor else {
      text.append(piece)
      return
    }
    let offset = text.utf8.distance(from: text.startIndex, to: at) + piece.utf8.count
    text.insert(contentsOf: piece, at: at)
    cursor = settled(text.utf8.index(text.startIndex, offsetBy: offset), in: text)
  }

  /// Takes `range` out of the text; the cursor stands where it began.
  private static func remove(
    _ range: Range<String.Index>, from text: inout String, cursor: inout String.Index?
  ) {
    guard !range.isEmpty else { return }
    if range.upperBound == text.endIndex, cursor == nil {
      text.removeSubrange(range)
      return
    }
    let offset = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    text.removeSubrange(range)
    cursor = settled(text.utf8.index(text.startIndex, offsetBy: offset), in: text)
  }

  /// The cursor at `index`: nil when that is the end.
  private static func settled(_ index: String.Index, in text: String) -> String.Index? {
    index >= text.endIndex ? nil : index
  }
}
