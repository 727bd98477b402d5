import Foundation
import Testing

@testable import HearthSeal

/// Two homes' keyrings merged without a common base: what one destroyed stays destroyed.
@Suite("Keyring: merging two homes' copies")
struct KeyringMergeTests {
  static func bytes(_ key: SessionKey?) -> [UInt8]? {
    key.map { $0.key.withUnsafeBytes { Array($0) } }
  }

  @Test("the union of keys less every destroyed one; a stale copy cannot bring one back")
  func destroyedStaysDestroyed() throws {
    var ana = Keyring()
    _ = ana.makeKey(for: "kept")
    let gone = ana.makeKey(for: "gone")
    var stale = ana
    ana.removeKey(for: "gone")
    _ = stale.makeKey(for: "new")
    let merged = stale.merged(with: ana)
    #expect(merged.sessionIDs == ["kept", "new"])
    let keys = PodKeys.generate()
    let reopened = try Keyring.open(merged.sealed(with: keys), with: keys)
    #expect(reopened.holdsTheSame(as: merged))
    #expect(reopened.merged(with: stale).sessionIDs == ["kept", "new"])
    #expect(stale.merged(with: reopened).sessionIDs == ["kept", "new"])
    // A later session given the deleted one's id has its own key, which the tombstone spares.
    var later = reopened
    let fresh = later.makeKey(for: "gone")
    #expect(Self.bytes(fresh) != Self.bytes(gone))
    #expect(Self.bytes(later.merged(with: stale).key(for: "gone")) == Self.bytes(fresh))
  }

  @Test("removed slots stay removed; a clash keeps the preferred side's key; renames tombstone")
  func slotsClashesAndRenames() {
    var ana = Keyring()
    var bo = Keyring()
    let mine = ana.makeKey(for: "same-minute")
    let theirs = bo.makeKey(for: "same-minute")
    ana.recordRemovedSlot("0123456789abcdef")
    #expect(bo.merged(with: ana).removedSlots == ["0123456789abcdef"])
    #expect(Self.bytes(ana.merged(with: bo).key(for: "same-minute")) == Self.bytes(mine))
    #expect(
      Self.bytes(ana.merged(with: bo, preferring: .theirs).key(for: "same-minute"))
        == Self.bytes(theirs))
    var renamed = ana
    renamed.moveKey(from: "same-minute", to: "same-minute-2")
    #expect(renamed.merged(with: ana).sessionIDs == ["same-minute-2"])
    #expect(!renamed.holdsTheSame(as: ana))
  }
}
