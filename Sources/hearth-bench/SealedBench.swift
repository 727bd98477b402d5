import Foundation
import HearthCore
import HearthSeal
import HearthStore
import HearthUI

/// `hearth-bench sealed`: a sealed and a plain pod of the same generated sessions side by side
/// in one run: unlocking (scrypt), then `sessions`, `stats --last 52` and search, each warm,
/// as the median of several runs, with the sealed pod's cost as a multiple of the plain one's.
/// `HEARTH_BENCH_ARCHIVE=DIR` keeps both pods in DIR for the next run.
enum Sealed {
  static let podName = "Sealed Bench Pod"
  /// The sealed bench pod's passphrase: a generated archive holds nothing secret.
  static let benchPassphrase = "hearth bench passphrase"

  static func run(sessions: Int) throws {
    let kept = ProcessInfo.processInfo.environment["HEARTH_BENCH_ARCHIVE"]
    let home = kept ?? NSTemporaryDirectory() + "hearth-bench-sealed-\(getpid())"
    defer { if kept == nil { try? FileManager.default.removeItem(atPath: home) } }
    let plain = try pod(sealed: false, home: home, sessions: sessions)
    let locked = try pod(sealed: true, home: home, sessions: sessions)
    let (sealed, unlock) = try Bench.median(runs: 5) {
      try locked.unlocked(with: Secret(benchPassphrase))
    }
    print("unlock (scrypt N=2^\(ScryptCost.standard.logN), r=8, p=1, one key slot): \(unlock)")
    let keys = PodKeys.generate()
    let plainIndex = [UInt8](repeating: 65, count: 8_000_000)
    let sealedIndex = SealedFile.seal(plainIndex, name: "i", kind: .index, keys: keys)
    let (_, opening) = try Bench.median {
      try SealedFile.open(sealedIndex, name: "i", kind: .index, keys: keys)
    }
    print("open an 8 MB sealed file (the size of the sessions index): \(opening)")
    for directory in [plain, sealed] {
      try? FileManager.default.removeItem(
        atPath: (directory.indexPath as NSString).deletingLastPathComponent)
      let cold = Bench.time { directory.archive() }
      precondition(cold.0.count == sessions && cold.0.allSatisfy { $0.damaged == nil })
      print(
        String(
          format: "%@ archive() cold (index built from every journal): %.0f ms",
          name(directory), cold.1))
    }
    compare("sessions (archive(), warm)", plain, sealed) { _ = $0.archive() }
    compare("sessions (archive(limit: 20), warm)", plain, sealed) { _ = $0.archive(limit: 20) }
    compare("stats --last 52", plain, sealed) { directory in
      let entries = directory.archive(limit: 52)
      let stats = PodStats(
        sessions: entries.compactMap(\.statsSession), last: 52, pod: try? directory.loadPod())
      _ = StatsLayout.text(stats, columns: 80)
    }
    let query = SearchQuery("garden rota")!
    for directory in [plain, sealed] {
      try? FileManager.default.removeItem(atPath: directory.searchIndexPath)
      let cold = Bench.time { directory.search(query) }
      print(
        String(
          format: "%@ search cold (search index built): %.0f ms", name(directory), cold.1))
    }
    compare("search \"garden rota\" (warm)", plain, sealed) { _ = $0.search(query) }
  }

  private static func name(_ directory: PodDirectory) -> String {
    directory.seal == nil ? "plain " : "sealed"
  }

  /// The plain or sealed bench pod under `home`, generated when it is not there whole.
  private static func pod(sealed: Bool, home: String, sessions: Int) throws -> PodDirectory {
    let existing = Home(path: home).pod(named: sealed ? podName : "Bench Pod")
    if existing.sessionIDs().count == sessions { return existing }
    try? FileManager.default.removeItem(atPath: existing.path)
    let (written, millis) = try Bench.time {
      try Generate.write(home: home, sessions: sessions, sealed: sealed)
    }
    print(
      String(
        format: "generate %d sessions (%@): %.1f s", sessions, sealed ? "sealed" : "plain",
        millis / 1000))
    return PodDirectory(path: written.path)
  }

  /// Times `body` on both pods (median of 7 warm runs each) and prints the ratio.
  private static func compare(
    _ what: String, _ plain: PodDirectory, _ sealed: PodDirectory,
    _ body: (PodDirectory) throws -> Void
  ) rethrows {
    _ = try body(plain)
    _ = try body(sealed)
    let (_, plainTime) = try Bench.median { try body(plain) }
    let (_, sealedTime) = try Bench.median { try body(sealed) }
    print(
      String(
        format: "%@: plain %@, sealed %@ (%.2f×)", what, plainTime.description,
        sealedTime.description, sealedTime.wall / plainTime.wall))
  }
}
