import Testing

@testable import HearthUI

@Suite("Colours shown at every colour depth")
struct ColorDepthTests {
  @Test("terminfo's colour count gives the depth")
  func depths() {
    #expect(ColorDepth(colors: 0) == .none)
    #expect(ColorDepth(colors: 2) == .none)
    #expect(ColorDepth(colors: 8) == .eight)
    #expect(ColorDepth(colors: 16) == .sixteen)
    #expect(ColorDepth(colors: 88) == .sixteen)
    #expect(ColorDepth(colors: 256) == .palette256)
    #expect(ColorDepth(colors: 16_777_216) == .direct)
  }

  @Test("#rrggbb: exact on a direct-colour terminal, nearest in 256, 16 and 8 colours")
  func exact() {
    let orange = TerminalColor.rgb(0xE6, 0x9F, 0x00)
    #expect(orange.shown(at: .direct) == orange)
    #expect(orange.shown(at: .palette256) == .indexed(178))  // #d7af00
    #expect(orange.shown(at: .sixteen) == .ansi(3))  // yellow
    #expect(orange.shown(at: .eight) == .ansi(3))
    #expect(orange.shown(at: .none) == .standard)
    let grey = TerminalColor.rgb(0x6C, 0x6C, 0x6C)
    #expect(grey.shown(at: .palette256) == .indexed(242), "greys use the grey ramp")
    #expect(grey.shown(at: .sixteen) == .ansi(8))
    #expect(TerminalColor.rgb(255, 255, 255).shown(at: .palette256) == .indexed(231))
    #expect(TerminalColor.rgb(0xD5, 0x5E, 0x00).shown(at: .eight) == .ansi(1), "vermilion is red")
  }

  @Test("ANSI and 256-colour indexes step down; bright grey stays visible on 8 colours")
  func indexed() {
    #expect(TerminalColor.ansi(12).shown(at: .sixteen) == .ansi(12))
    #expect(TerminalColor.ansi(12).shown(at: .eight) == .ansi(4))
    #expect(TerminalColor.ansi(8).shown(at: .eight) == .ansi(7), "grey must not become black")
    #expect(TerminalColor.indexed(9).shown(at: .sixteen) == .ansi(9))
    #expect(TerminalColor.indexed(25).shown(at: .palette256) == .indexed(25))
    #expect(TerminalColor.indexed(25).shown(at: .direct) == .rgb(0, 95, 175))
    #expect(TerminalColor.indexed(25).shown(at: .sixteen) == .ansi(12))
    #expect(TerminalColor.indexed(250).shown(at: .eight) == .ansi(7))
    #expect(TerminalColor.ansi(1).shown(at: .direct) == .ansi(1), "the first 8 stay ANSI")
    #expect(TerminalColor.ansi(9).shown(at: .direct) == .rgb(255, 0, 0))
  }

  @Test("without colour a highlighted background becomes reverse video")
  func withoutColor() {
    let holder = Look(.ansi(0), on: .ansi(3), bold: true)
    let shown = holder.shown(at: .none)
    #expect(shown.foreground == .standard && shown.background == .standard)
    #expect(shown.reverse && shown.bold)
    #expect(!Look(.ansi(2), bold: true).shown(at: .none).reverse)
  }
}
