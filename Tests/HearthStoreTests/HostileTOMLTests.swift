import Foundation
import HearthCore
import Testing

@testable import HearthStore

@Suite("TOML files that are hostile, huge or odd")
struct HostileTOMLTests {
  private func podError(_ text: String) -> String? {
    do {
      _ = try PodFile.parse(text, path: "pod.toml")
      return nil
    } catch {
      return "\(error)"
    }
  }

  private let pod = "name = \"Tuesday Crew\"\n"

  @Test("pod numbers are bounded where they are read: warning 1 s to 24 h, commitment 1 to 1000")
  func podBounds() throws {
    #expect(podError(pod + "warning = \"24h\"\ncommitment = 1000\n") == nil)
    #expect(
      podError(pod + "warning = 86401\n")
        == "pod.toml:2:1: 'warning' must be at most 24 hours (86400 seconds), not 86401 seconds")
    #expect(
      podError(pod + "\nwarning = \"9999999999999999h\"\n")
        == "pod.toml:3:1: 'warning': '9999999999999999h' is longer than 24 hours (24h at most)")
    #expect(
      podError(pod + "warning = 0\n") == "pod.toml:2:1: 'warning' must be longer than 0 seconds")
    #expect(
      podError(pod + "commitment = 1001\n")
        == "pod.toml:2:1: 'commitment' must be from 1 to 1000 sessions, not 1001")
    #expect(
      podError(pod + "commitment = 0\n")
        == "pod.toml:2:1: 'commitment' must be from 1 to 1000 sessions, not 0")
    #expect(
      podError(pod + "commitment = 6\ncommitment_term = 0\n")
        == "pod.toml:3:1: 'commitment_term' must be from 1 to 1000 terms, not 0")
    #expect(
      podError(pod + "commitment = 6\ncommitment_from = -3\n")
        == "pod.toml:3:1: 'commitment_from' must be from 1 to 1000001 sessions, not -3")
  }

  @Test("a control character anywhere is refused at its place before the parser sees it")
  func controlCharacters() {
    #expect(
      podError(pod + "[\u{1b}]\n")
        == "pod.toml:2:2: the file holds a control character (U+001B), which TOML does not"
        + " allow; delete it")
    #expect(
      podError("name = \"Tues\u{7}day\"\n")?.hasPrefix(
        "pod.toml:1:13: the file holds a control character (U+0007)") == true)
    #expect(podError("# a comment \u{0}\n" + pod)?.hasPrefix("pod.toml:1:13:") == true)
    // Tab and CRLF line ends are TOML.
    #expect(podError("name\t= \"Tuesday Crew\"\r\nroles = [\"a\"]\r\n") == nil)
  }

  @Test("a table header toml++ would abort on is refused; brackets inside values are not headers")
  func headers() {
    for header in ["[!]", "[[=]]", "[ .a]", "[é]", "[\u{3000}a]", "[#]", "[[ [a]]]"] {
      #expect(
        podError(pod + header + "\n")?.contains("a table header begins with a name") == true,
        "\(header)")
    }
    #expect(podError(pod + "[ \"quoted\" ]\nx = 1\n")?.contains("unknown key 'quoted'") == true)
    #expect(podError(pod + "agreements = [\n  \"\"\"\n[!]\n\"\"\",\n]\n") == nil)
    #expect(podError(pod + "agreements = [\n\"a\", # [!]\n]\n") == nil)
    #expect(
      podError(pod + "agreements = ['''x''', \"\\\"[\"]\n[[members]]\nname = \"Ana\"\n") == nil)
  }

  @Test("outside strings and comments, no character beyond ASCII and no '}' closing a list")
  func valuePositions() {
    #expect(podError("name = \"Zoë 🌱\" # ünïcode\n") == nil)
    #expect(podError("name = \"\"\"\nZoë\u{2028}\"\"\"\n") == nil)
    #expect(
      podError(pod + "roles = [\u{2028}\"a\"]\n")
        == "pod.toml:2:10: '\u{2028}' (U+2028) belongs inside a quoted string or a comment; quote it"
    )
    #expect(
      podError(pod + "roles = [\u{A0}]\n")?.hasPrefix("pod.toml:2:10: '\u{A0}' (U+A0)") == true)
    #expect(
      podError(pod + "roles = [\"a\",\n}\n")
        == "pod.toml:3:1: '}' cannot close the list opened with '['")
    #expect(
      podError(pod + "x = { a = [1] ]\n")?.hasPrefix("pod.toml:2:15: ']' cannot close the table")
        == true)
  }

  @Test("a 1 MB pod.toml loads without the old locator's hours, with its keys still placed")
  func largeValuesAreLinear() throws {
    let long = String(repeating: "We listen, we do not fix. ", count: 40_000)
    let text = pod + "agreements = [\"\(long)\"]\n\n[[members]]\nname = \"Ana\"\nactive = 1\n"
    let start = Date()
    let error = podError(text)
    // The old locator took hours on this; the bound only catches that (hearth-bench measures
    // the load: well under a second in a release build).
    #expect(Date().timeIntervalSince(start) < 30, "the old locator took hours on this")
    #expect(error == "pod.toml:6:1: 'active' must be true or false, not a number")
  }

  @Test("keys are placed in files with CRLF line ends")
  func crlfPositions() {
    let text = pod.replacingOccurrences(of: "\n", with: "\r\n") + "roles = [\"a\"]\r\nbell = 3\r\n"
    #expect(podError(text) == "pod.toml:3:1: 'bell' must be a string, not a number")
  }
}
