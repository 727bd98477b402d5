import Testing

extension Tmux {
  /// After a meeting was ended: leaves the summary screen with `q` once it shows; a meeting told
  /// in lines (`--plain`) has no screen to leave and has said "Meeting ended" (or, logged to a
  /// file, its shell says `EXIT=`) already.
  func leaveSummary(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let screen = try waitUntil("the summary, or the meeting over", sourceLocation: sourceLocation) {
      lines in
      lines.contains { line in
        ["r read it in review", "Meeting ended", "EXIT="].contains { line.contains($0) }
      }
    }
    if screen.contains(where: { $0.contains("r read it in review") }) { try send("q") }
  }
}
