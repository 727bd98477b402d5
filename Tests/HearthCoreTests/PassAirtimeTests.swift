import Foundation
import Testing

@testable import HearthCore

@Suite("A pass is no airtime")
struct PassAirtimeTests {
  @Test("Ana holds the stick 25 s and passes: she spoke 0 s, in the report and the balance")
  func passCountsNothing() throws {
    var rig = Rig()
    rig.must(.next)
    rig.advance(25)
    rig.must(.pass)
    rig.advance(40)
    rig.must(.next)
    rig.advance(10)
    #expect(rig.state.airtime(at: rig.now)["Ana"] == 0)
    #expect(rig.state.airtime(at: rig.now)["Bo"] == 40)
    let report = try #require(rig.state.report(at: rig.now))
    #expect(report.airtime["Ana"] == 0)
    let turn = try #require(report.items.first?.turns.first)
    #expect(turn.member == "Ana" && turn.passed && turn.seconds == 0)
    #expect(
      rig.state.airtimeBalance(at: rig.now) == 4, "Bo 40 s over Chen 10 s; Ana is not counted")
  }
}
