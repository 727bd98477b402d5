import Foundation
import Testing

@testable import HearthCore

@Suite("A session as one self-contained HTML page")
struct TranscriptHTMLTests {
  func page() -> String {
    var rig = Rig(attendees: ["Ana", "Bo <b>", "Chen", "Dee"], pod: "Pod & \"Friends\"")
    rig.speak(30, times: 1)
    rig.must(.pass)
    rig.must(.write(.note, "<script>alert('x')</script>"))
    rig.must(.write(.decision, "Meet monthly & keep it <short>"))
    rig.must(.write(.action, "@Chen books the room"))
    rig.speak(45, times: 2)
    rig.must(.nextItem)
    rig.must(.end)
    return TranscriptHTML.page(rig.state, at: rig.now, timeZone: .gmt)
  }

  @Test("User text is escaped: a note cannot inject markup")
  func escaping() {
    let html = page()
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(html.contains("Meet monthly &amp; keep it &lt;short&gt;"))
    #expect(html.contains("Bo &lt;b&gt;"))
    #expect(html.contains("<h1>Test: Pod &amp; &quot;Friends&quot;</h1>"))
    #expect(!html.contains("<b>"))
  }

  @Test("The page is self-contained: inline style, no scripts, no external resources")
  func selfContained() {
    let html = page()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(html.contains("<style>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("src="))
    #expect(!html.contains("http"))
  }

  @Test("Attendees, roles, items with their turns and notes, airtime bars and actions")
  func structure() {
    let html = page()
    #expect(html.contains("<dt>Present</dt><dd>Ana, Bo &lt;b&gt;, Chen, Dee</dd>"))
    #expect(html.contains("facilitator <strong>Ana</strong>, scribe <strong>Bo</strong>"))
    #expect(html.contains("<h2>1. Arrival round <span class=\"length\">"))
    #expect(html.contains("<blockquote>How are you arriving?</blockquote>"))
    #expect(html.contains("<li class=\"passed\">Ana <span>passed</span></li>"))
    #expect(html.contains("<li>Bo &lt;b&gt; <span>0s</span></li>"))
    #expect(
      html.contains("<li class=\"action\"><strong>Action (Chen):</strong> books the room"))
    #expect(html.contains("<h2>Airtime</h2>"))
    // Chen and Dee spoke longest (45 s each): full bars; Ana passed, which is no airtime.
    #expect(html.contains("style=\"width: 100%\""))
    #expect(!html.contains("style=\"width: 67%\""))
    #expect(html.contains("<h2>Actions</h2>"))
    #expect(html.components(separatedBy: "<section class=\"item\">").count == 4)
  }

  @Test("A confidential item says no notes were kept")
  func confidential() {
    let secret = AgendaItem(title: "Secret", kind: .round, confidential: true)
    var rig = Rig(format: Fixture.format(secret))
    rig.speak(10, times: 2)
    rig.must(.end)
    let html = TranscriptHTML.page(rig.state, at: rig.now, timeZone: .gmt)
    #expect(html.contains("<p class=\"confidential\">Confidential: no notes kept.</p>"))
  }

  @Test("Controls and bidi overrides from a journal are shown visibly, never as characters")
  func hostileText() {
    let title = "Arrival\u{1B}]0;pwned\u{7}"
    let item = AgendaItem(title: title, kind: .round, prompt: "Why\u{202E}won")
    var rig = Rig(format: Fixture.format(item), attendees: ["Ana\u{9B}2J", "Bo"])
    rig.must(.next)
    // Recorded as a hand-edited or synced journal would hold it, past the typed-text cleaning.
    rig.record([
      .noteAdded(
        Note(kind: .note, text: "\u{1B}]52;c;aGk=\u{7}\u{1B}[2J", member: nil, owner: nil, item: 0))
    ])
    rig.must(.end)
    let html = TranscriptHTML.page(rig.state, at: rig.now, timeZone: .gmt)
    #expect(!html.unicodeScalars.contains { !TerminalText.isPrintable($0) && $0 != "\n" })
    #expect(html.contains("<h2>1. Arrival^[]0;pwned^G"))
    #expect(html.contains("<blockquote>Why&lt;U+202E&gt;won</blockquote>"))
    #expect(html.contains("<li class=\"note\">^[]52;c;aGk=^G^[[2J</li>"))
    #expect(html.contains("Ana&lt;U+009B&gt;2J"))
  }
}
