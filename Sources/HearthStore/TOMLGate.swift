/// What TOML text must pass before the parser sees it. The parser (toml++) keeps its assertions
/// in every build and aborts the process on some malformed input instead of reporting it, so
/// that input is refused here first, as a positioned error:
/// - any control character but tab, line feed and carriage return (TOML forbids them all), and
/// - a table header whose name does not begin with a bare key character, a quote or `]`
///   (`[=]`, `[é]`, `[\u{1b}]`): where toml++ asserts;
/// - any character beyond ASCII outside strings and comments, where TOML 1.0 has none and
///   toml++ asserts on some (U+2028 in an array).
///
/// The scan follows strings, comments and multi-line arrays so that a `[` inside a value is not
/// taken for a header; it costs two passes over the text. Columns count Unicode scalars.
enum TOMLGate {
  /// The first problem in `text`, as `(line, column, message)` counted from 1; nil when none.
  static func problem(in text: String) -> (line: Int, column: Int, message: String)? {
    let scalars = Array(text.unicodeScalars)
    if let problem = control(in: scalars) { return problem }
    var scan = Scan(scalars)
    return scan.run()
  }

  /// The first control character TOML forbids anywhere: C0 but tab, LF and CR, and DEL.
  private static func control(
    in scalars: [Unicode.Scalar]
  ) -> (line: Int, column: Int, message: String)? {
    var line = 1
    var column = 1
    for scalar in scalars {
      if scalar == "\n" {
        line += 1
        column = 1
        continue
      }
      if (scalar.value < 0x20 && scalar != "\t" && scalar != "\r") || scalar.value == 0x7F {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: 4 - code.count) + code
        return (
          line, column,
          "the file holds a control character (U+\(padded)), which TOML does not allow; delete it"
        )
      }
      column += 1
    }
    return nil
  }

  private enum Quote {
    case basic, literal, multiBasic, multiLiteral
  }

  private struct Scan {
    let characters: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1
    var quote: Quote?
    var escaped = false
    /// Quotes in a row at the end of a multi-line string so far.
    var quoteRun = 0
    var inComment = false
    /// The open brackets and braces of a value (a multi-line array), innermost last.
    var open: [Unicode.Scalar] = []
    var atLineStart = true
    var inHeader = false

    init(_ characters: [Unicode.Scalar]) { self.characters = characters }

    mutating func run() -> (line: Int, column: Int, message: String)? {
      if characters.first == "\u{FEFF}" { advance() }
      while index < characters.count {
        let character = characters[index]
        if character == "\n" {
          newLine()
          continue
        }
        if inComment {
          advance()
        } else if let open = quote {
          inString(character, open)
        } else if let problem = outside(character) {
          return problem
        }
      }
      return nil
    }

    mutating func advance(_ count: Int = 1) {
      index += count
      column += count
    }

    mutating func newLine() {
      if quoteRun >= 3 { quote = nil }
      if quote == .basic || quote == .literal { quote = nil }
      quoteRun = 0
      escaped = escaped && quote == .multiBasic
      index += 1
      line += 1
      column = 1
      inComment = false
      inHeader = false
      atLineStart = quote == nil && open.isEmpty
    }

    mutating func inString(_ character: Unicode.Scalar, _ open: Quote) {
      let mark: Unicode.Scalar = open == .basic || open == .multiBasic ? "\"" : "'"
      if escaped {
        escaped = false
        quoteRun = 0
        advance()
        return
      }
      switch open {
      case .basic, .literal:
        if character == mark {
          quote = nil
        } else if character == "\\", open == .basic {
          escaped = true
        }
        advance()
      case .multiBasic, .multiLiteral:
        if character == mark {
          quoteRun += 1
          advance()
          return
        }
        if quoteRun >= 3 {
          // The string closed before this character, which is read again outside it.
          quote = nil
          quoteRun = 0
          return
        }
        quoteRun = 0
        if character == "\\", open == .multiBasic { escaped = true }
        advance()
      }
    }

    mutating func outside(_ character: Unicode.Scalar) -> (line: Int, column: Int, message: String)?
    {
      if atLineStart {
        if character == " " || character == "\t" {
          advance()
          return nil
        }
        atLineStart = false
        if character == "[" { return header() }
      }
      if character.value >= 0x80 {
        // TOML 1.0 has no place for it outside strings and comments; toml++ asserts on some
        // (U+2028 in an array, where it takes it for whitespace).
        let code = String(character.value, radix: 16, uppercase: true)
        return (
          line, column,
          "'\(character)' (U+\(code)) belongs inside a quoted string or a comment; quote it"
        )
      }
      switch character {
      case "#":
        inComment = true
      case "\"", "'":
        let triple =
          index + 2 < characters.count && characters[index + 1] == character
          && characters[index + 2] == character
        if triple {
          quote = character == "\"" ? .multiBasic : .multiLiteral
          quoteRun = 0
          advance(3)
          return nil
        }
        quote = character == "\"" ? .basic : .literal
      case "[", "{":
        if !inHeader { open.append(character) }
      case "]", "}":
        guard !inHeader else { break }
        if let innermost = open.popLast(), (innermost == "[") != (character == "]") {
          // toml++ asserts on `[1, }`: it takes `}` for the end of a value.
          return (
            line, column,
            "'\(character)' cannot close the \(innermost == "[" ? "list" : "table") opened with '\(innermost)'"
          )
        }
      default:
        break
      }
      advance()
      return nil
    }

    /// At the `[` of a table header: the name must begin with what toml++ expects there.
    mutating func header() -> (line: Int, column: Int, message: String)? {
      inHeader = true
      var next = index + 1
      let isArray = next < characters.count && characters[next] == "["
      if isArray { next += 1 }
      while next < characters.count, characters[next] == " " || characters[next] == "\t" {
        next += 1
      }
      guard next < characters.count else {
        advance()
        return nil
      }
      let first = characters[next]
      let fine =
        first == "]" || (first == "[" && !isArray) || first == "\"" || first == "'" || first == "-"
        || first == "_"
        || ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first)
      guard fine else {
        return (
          line, column + next - index,
          "a table header begins with a name, like [members] or [\"my table\"], not '\(first)'"
        )
      }
      advance()
      return nil
    }
  }
}
