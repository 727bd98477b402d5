/// Hearth's version: the one place that holds it. `hearth --version` prints it, and the man
/// page and the .deb take it from there (`make` asks the built binary).
enum Version {
  /// The release number, as `MAJOR.MINOR.PATCH`.
  static let number = "0.1.0"

  /// What `hearth --version` prints, in the form `git --version` uses.
  static let line = "hearth version \(number)"
}
