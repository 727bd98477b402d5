import Foundation
import Testing

@testable import HearthSeal

@Suite("Key slots: passphrases and recovery codes that open a sealed pod")
struct KeySlotTests {
  let keys = PodKeys.generate()

  func slot(_ passphrase: String, label: String = "Ana") throws -> KeySlot {
    try KeySlot.make(label: label, passphrase: Secret(passphrase), keys: keys, cost: .cheapest)
  }

  @Test("A slot written to its file and read back opens with its passphrase to the same keys")
  func roundTrip() throws {
    let written = try slot("correct horse battery staple", label: "Ana Lívia")
    let read = try KeySlot.decode(written.encoded())
    #expect(read == written)
    let opened = try read.unlock(with: Secret("correct horse battery staple"))
    #expect(opened.isSamePod(as: keys))
    #expect(try read.label(with: opened) == "Ana Lívia")
  }

  @Test("A wrong passphrase, or one changed by a single character, opens nothing")
  func wrongPassphrase() throws {
    let written = try slot("correct horse battery staple")
    #expect(throws: SealError.wrongPassphrase) {
      try written.unlock(with: Secret("correct horse battery stapl"))
    }
    #expect(throws: SealError.wrongPassphrase) {
      try written.unlock(with: Secret("Correct horse battery staple"))
    }
  }

  @Test("An empty passphrase is refused, not derived")
  func emptyPassphrase() throws {
    #expect(throws: SealError.self) {
      try KeySlot.make(label: "Ana", passphrase: Secret(""), keys: keys, cost: .cheapest)
    }
  }

  @Test("The slot's file holds neither the label, the passphrase nor the master key in the clear")
  func nothingInTheClear() throws {
    let written = try slot("meadowlark-passphrase", label: "Zebulon")
    let text = String(decoding: written.encoded(), as: UTF8.self)
    #expect(!text.contains("Zebulon"))
    #expect(!text.contains("meadowlark"))
    let master = keys.master.withUnsafeBytes { Data($0).base64EncodedString() }
    #expect(!text.contains(master))
    #expect(text.contains("\"logN\":10"))
  }

  @Test("Each of several slots opens the pod; a removed slot no longer does")
  func severalSlots() throws {
    let ana = try slot("ana's passphrase", label: "Ana")
    let bo = try slot("bo's passphrase", label: "Bo")
    let both = [ana, bo]
    let (openedBy, opened) = try KeySlot.unlock(both, with: Secret("bo's passphrase"))
    #expect(openedBy.id == bo.id)
    #expect(opened.isSamePod(as: keys))
    #expect(try KeySlot.unlock(both, with: Secret("ana's passphrase")).slot.id == ana.id)
    let remaining = both.filter { $0.id != bo.id }
    #expect(throws: SealError.wrongPassphrase) {
      try KeySlot.unlock(remaining, with: Secret("bo's passphrase"))
    }
  }

  @Test("Changing a passphrase: a new slot opens, the old one removed does not")
  func changedPassphrase() throws {
    let old = try slot("first passphrase")
    let (_, opened) = try KeySlot.unlock([old], with: Secret("first passphrase"))
    let new = try KeySlot.make(
      label: "Ana", passphrase: Secret("second passphrase"), keys: opened, cost: .cheapest)
    #expect(try KeySlot.unlock([new], with: Secret("second passphrase")).keys.isSamePod(as: keys))
    #expect(throws: SealError.wrongPassphrase) {
      try KeySlot.unlock([new], with: Secret("first passphrase"))
    }
  }

  @Test("A recovery code opens its slot however it is typed back, and nothing else does")
  func recoveryCode() throws {
    let code = RecoveryCode.generate()
    let groups = code.text.split(separator: "-")
    #expect(groups.count == 6)
    #expect(groups.allSatisfy { $0.count == 5 })
    let recovery = try KeySlot.make(
      label: "recovery", kind: .recovery, passphrase: code.secret, keys: keys, cost: .cheapest)
    let slots = [try slot("ana's passphrase"), try KeySlot.decode(recovery.encoded())]
    let typed = code.text.lowercased().replacingOccurrences(of: "-", with: " ")
    let opened = try KeySlot.unlock(slots, with: Secret(typed))
    #expect(opened.slot.kind == .recovery)
    #expect(opened.keys.isSamePod(as: keys))
    let other = RecoveryCode.generate()
    #expect(throws: SealError.wrongPassphrase) {
      try KeySlot.unlock(slots, with: Secret(other.text))
    }
  }

  @Test("Look-alike characters in a typed recovery code read as the code's own")
  func recoveryLookAlikes() throws {
    let canonical = try #require(
      RecoveryCode.secret(typed: Array("0000011111ABCDEABCDEABCDEABCDE".utf8)))
    let typed = try #require(
      RecoveryCode.secret(typed: Array("ooooo-IiLlI abcde-abcde-abcde-abcde".utf8)))
    #expect(canonical.withBytes { $0 } == typed.withBytes { $0 })
    #expect(RecoveryCode.secret(typed: Array("too short".utf8)) == nil)
    #expect(RecoveryCode.secret(typed: Array("UUUUU-11111-ABCDE-ABCDE-ABCDE-ABCDE".utf8)) == nil)
  }

  @Test("A slot whose sealed key was changed, or whose id was, opens nothing")
  func tamperedSlot() throws {
    let written = try slot("passphrase one")
    var text = String(decoding: written.encoded(), as: UTF8.self)
    text = text.replacingOccurrences(of: written.id, with: "0123456789abcdef")
    let moved = try KeySlot.decode(Array(text.utf8))
    #expect(throws: SealError.wrongPassphrase) { try moved.unlock(with: Secret("passphrase one")) }
    let recovery = String(decoding: written.encoded(), as: UTF8.self)
      .replacingOccurrences(of: "\"passphrase\"", with: "\"recovery\"")
    let flipped = try KeySlot.decode(Array(recovery.utf8))
    #expect(throws: SealError.wrongPassphrase) {
      try flipped.unlock(with: Secret("passphrase one"))
    }
  }

  @Test("A hostile slot asking for a huge scrypt cost is refused before any work")
  func hostileCost() throws {
    let text = String(decoding: try slot("passphrase one").encoded(), as: UTF8.self)
      .replacingOccurrences(of: "\"logN\":10", with: "\"logN\":40")
    #expect(throws: SealError.self) { try KeySlot.decode(Array(text.utf8)) }
    #expect(throws: SealError.damaged("not a key slot")) { try KeySlot.decode(Array("{".utf8)) }
    let newer = text.replacingOccurrences(of: "\"v\":1", with: "\"v\":9")
    #expect(throws: SealError.newerFormat(9)) { try KeySlot.decode(Array(newer.utf8)) }
  }

  @Test("A wiped secret holds nothing and never prints its bytes")
  func secretWipes() {
    let secret = Secret("hunter2")
    #expect(!"\(secret)".contains("hunter2"))
    secret.wipe()
    #expect(secret.isEmpty)
  }
}
