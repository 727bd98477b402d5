import HearthUI

extension Screen {
  /// Runs a screen that changes only on keys: draws it, waits for a key, and repeats until
  /// `handle` returns a result. Returns nil when a signal or Ctrl-C ends it. While the terminal
  /// is too small for any screen ("terminal too small" hides it), only Ctrl-C is handled: no
  /// key may change what nobody can see.
  public func runScreen<Result>(
    render: (_ width: Int, _ height: Int) -> Grid, handle: (Key) -> Result?
  ) -> Result? {
    while true {
      if takeSignal() != nil { return nil }
      let (width, height) = size
      present(render(width, height))
      guard let read = readKey(timeout: nil), let key = pick(read) else { continue }
      switch key {
      case .resize, .control("l"):
        invalidate()
      default:
        let (width, height) = size
        guard MeetingScreen.fits(width: width, height: height) || MeetingScreen.actsWhileHidden(key)
        else { continue }
        if let result = handle(key) { return result }
      }
    }
  }
}
