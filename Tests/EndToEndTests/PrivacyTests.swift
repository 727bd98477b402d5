import Foundation
import Testing

/// The mode bits of the file at `path`.
private func mode(_ path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
}

@Suite("End to end: what Hearth writes stays private, and what is taken back is gone")
struct PrivacyTests {
  @Test("show --output writes Markdown, HTML or JSON readable by its owner alone, atomically")
  func showOutput() throws {
    let home = try SearchCommandTests.archive()
    defer { home.remove() }
    let id = SearchCommandTests.ids[0]
    for (flags, name) in [([], "session.md"), (["--html"], "session.html"), (["--json"], "s.json")]
    {
      let path = home.path + "/" + name
      // An older copy that anyone could read is replaced, not left as it was.
      try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
      let saved = try home.run(["show", id] + flags + ["--output", path])
      #expect(saved.status == 0, "\(saved.error)")
      #expect(saved.output.contains("Saved \(id) to \(path)"))
      let printed = try home.run(["show", id] + flags)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == printed.output)
      #expect(try mode(path) == 0o600)
    }
    let folder = try home.run(["show", id, "--output", home.path])
    #expect(folder.status == 2)
    #expect(folder.error.contains("\(home.path): is a folder"))
    let nowhere = try home.run(["show", id, "--output", home.path + "/no/such/x.md"])
    #expect(nowhere.status == 2)
    #expect(nowhere.error.contains("there is no folder \(home.path)/no/such"))
    let empty = try home.run(["show", id, "--output", ""])
    #expect(empty.status == 2)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.path)
    #expect(!leftovers.contains { $0.contains(".tmp-") })
  }
}
