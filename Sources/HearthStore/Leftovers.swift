import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What an interrupted write leaves behind (a `kill -9`, a power cut): temporary files of
/// atomic writes (`NAME.tmp-PID`), session directories half deleted (`.deleting-ID-PID`) and
/// half-made clones (`.cloning-PID-…`). They may hold what someone took back, so every command
/// removes them as it starts, once the process that wrote them is gone (or an hour has
/// passed: the PID may have been reused).
///
/// They can only be in a few small folders, each read once: the home, `pods/`, and in each pod
/// its root, `formats/` and `.index/`. A session's own files are staged in the pod's root under
/// a hidden name, and a session being deleted is moved there first, so neither `sessions/` (ten
/// thousand entries, in a large pod) nor any session's folder is read.
public enum Leftovers {
  /// How old a leftover may be whose PID names a running process.
  static let maximumAge: TimeInterval = 3600

  /// Removes the leftovers under `home`; returns the paths removed.
  @discardableResult
  public static func remove(under home: Home, now: Date = Date()) -> [String] {
    var removed: [String] = []
    for folder in [home.path, home.podsPath] { removed += sweep(folder, now: now) }
    for slug in home.podSlugs() {
      let pod = PodLayout(root: home.podsPath + "/" + slug)
      for folder in pod.leftoverFolders { removed += sweep(folder, now: now) }
    }
    return removed
  }

  /// Removes the leftovers directly in `folder`; returns the paths removed.
  @discardableResult
  static func sweep(_ folder: String, now: Date) -> [String] {
    guard let stream = opendir(folder) else { return [] }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if PodLayout.isLeftover(name) { names.append(name) }
    }
    closedir(stream)
    var removed: [String] = []
    for name in names {
      guard let pid = PodLayout.writer(of: name) else { continue }
      let path = folder + "/" + name
      guard !isRunning(pid) || age(of: path, now: now) > maximumAge else { continue }
      if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(path) }
    }
    return removed
  }

  private static func isRunning(_ pid: pid_t) -> Bool {
    pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
  }

  private static func age(of path: String, now: Date) -> TimeInterval {
    var info = stat()
    guard lstat(path, &info) == 0 else { return 0 }
    #if canImport(Darwin)
      let seconds = info.st_mtimespec.tv_sec
    #else
      let seconds = info.st_mtim.tv_sec
    #endif
    return now.timeIntervalSince1970 - TimeInterval(seconds)
  }
}
