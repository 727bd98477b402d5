import Foundation
import HearthStore

/// `hearth search` over a large archive, run as a user runs it (the `hearth` binary built beside
/// this one, a process a query), side by side in the same run with `rg -i` and `grep -ri` over
/// the same sessions' transcript files.
enum SearchBench {
  static let queries = ["funding", "garden rota", "ninety", "chen", "zebra"]

  static func run(home: String, pod: PodDirectory) {
    let hearth =
      ((CommandLine.arguments[0] as NSString).deletingLastPathComponent as NSString)
      .appendingPathComponent("hearth")
    guard FileManager.default.isExecutableFile(atPath: hearth) else {
      print("search: no hearth binary beside hearth-bench (build the hearth product too)")
      return
    }
    let search = ["--home", home, "--pod", "Bench Pod", "search"]
    try? FileManager.default.removeItem(atPath: pod.searchIndexPath)
    let cold = milliseconds(hearth, search + ["funding"])
    print(String(format: "search, cold (search index built from every journal): %.0f ms", cold))
    let indexBytes =
      (try? FileManager.default.attributesOfItem(atPath: pod.searchIndexPath)[.size]
        as? Int) ?? 0
    print(String(format: "search index on disk: %.1f MB", Double(indexBytes) / 1_048_576))
    for query in queries {
      let words = query.split(separator: " ").map(String.init)
      var line = String(format: "search %-13@", "\"\(query)\":" as NSString)
      line += String(format: " hearth %6.1f ms", median(hearth, search + [query]))
      for (tool, flags) in [("rg", ["-i"]), ("grep", ["-ri"])] {
        guard let path = which(tool) else {
          line += "   \(tool) not installed"
          continue
        }
        // The first word, as each tool is used; the transcripts of every session.
        line += String(
          format: "   %@ %6.1f ms", tool as NSString,
          median(path, flags + [words[0], pod.sessionsPath]))
      }
      let memory = peakKilobytes(hearth, search + [query])
      line += memory.map { String(format: "   hearth max RSS %.1f MB", Double($0) / 1024) } ?? ""
      print(line)
    }
  }

  /// The median of five warm runs, in milliseconds.
  static func median(_ path: String, _ arguments: [String]) -> Double {
    _ = milliseconds(path, arguments)
    let runs = (0..<5).map { _ in milliseconds(path, arguments) }.sorted()
    return runs[2]
  }

  /// Wall-clock milliseconds of one run, its output thrown away.
  static func milliseconds(_ path: String, _ arguments: [String]) -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    guard (try? process.run()) != nil else { return .nan }
    process.waitUntilExit()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
  }

  /// The peak resident memory of one run, from `/usr/bin/time -f %M`, in kilobytes.
  static func peakKilobytes(_ path: String, _ arguments: [String]) -> Int? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "%M", path] + arguments
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    guard (try? process.run()) != nil else { return nil }
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    return text.split(separator: "\n").last.flatMap { Int($0) }
  }

  static func which(_ tool: String) -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    {
      let path = "\(folder)/\(tool)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }
}
