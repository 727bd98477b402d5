import HearthTerminal
import HearthThemes
import HearthUI

/// The theme used when neither `--theme` nor the pod's `theme` chooses one: `light` on a
/// terminal that says its background is light (`COLORFGBG`, else its answer to OSC 11), so
/// yellow and cyan text never lands on white; else `default`.
enum DefaultTheme {
  static let light = "light"

  /// The name for a screen in colour (`asking`: the terminal may be queried); `COLORFGBG`,
  /// when set to a colour number, is taken at its word without asking.
  static func name(environment: [String: String], asking: Bool) -> String {
    let background =
      environment["COLORFGBG"].flatMap(Background.from(colorFGBG:))
      ?? (asking ? BackgroundQuery.ask() : nil)
    return background == .light ? light : ThemeCatalog.defaultName
  }
}
