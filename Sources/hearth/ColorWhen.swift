import ArgumentParser

/// `--color=WHEN`: when Hearth colours what it draws and styles what it prints.
enum ColorWhen: String, CaseIterable, ExpressibleByArgument {
  /// Colour on a terminal unless NO_COLOR is set; printed text styled only on a terminal.
  case auto
  /// Colour even when NO_COLOR is set, and printed text styled even when piped.
  case always
  /// Attributes only, no colour: what `--no-color` and NO_COLOR give.
  case never
}
