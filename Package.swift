// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
  name: "Hearth",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "hearth", targets: ["hearth"]),
    .executable(name: "hearth-bench", targets: ["hearth-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
  ],
  targets: [
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    .target(name: "CHearthSignals"),
    .target(name: "HearthCore"),
    // Sealing (encryption at rest): composes swift-crypto's primitives; kept out of HearthCore.
    .target(
      name: "HearthSeal",
      dependencies: [
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "CryptoExtras", package: "swift-crypto"),
      ]),
    .target(
      name: "HearthStore",
      dependencies: ["HearthCore", "HearthSeal", .product(name: "TOMLKit", package: "TOMLKit")]),
    .target(name: "HearthUI", dependencies: ["HearthCore"]),
    .target(
      name: "HearthTerminal",
      dependencies: ["CNcurses", "CHearthSignals", "HearthCore", "HearthUI"]),
    .target(
      name: "HearthThemes", dependencies: ["HearthStore", "HearthUI"],
      plugins: ["EmbedThemes"]),
    // Test support (TestClock): depended on by the test targets and hearth-bench, never by hearth.
    .target(name: "HearthTesting", dependencies: ["HearthCore"]),
    .executableTarget(name: "ThemeEmbedder"),
    .plugin(name: "EmbedThemes", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
    .executableTarget(
      name: "hearth",
      dependencies: [
        "CHearthSignals", "HearthCore", "HearthSeal", "HearthStore", "HearthUI", "HearthTerminal",
        "HearthThemes",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "hearth-bench",
      dependencies: [
        "CHearthSignals", "HearthCore", "HearthSeal", "HearthStore", "HearthUI", "HearthTerminal",
        "HearthThemes",
        "HearthTesting",
      ]
    ),
    .testTarget(name: "HearthCoreTests", dependencies: ["HearthCore", "HearthTesting"]),
    .testTarget(name: "HearthSealTests", dependencies: ["HearthSeal"]),
    .testTarget(
      name: "HearthStoreTests",
      dependencies: ["HearthCore", "HearthSeal", "HearthStore", "HearthTesting"],
      exclude: ["Fixtures"]),
    .testTarget(name: "HearthUITests", dependencies: ["HearthCore", "HearthUI", "HearthTesting"]),
    .testTarget(
      name: "HearthTerminalTests",
      dependencies: ["HearthCore", "HearthStore", "HearthTerminal", "HearthTesting", "HearthUI"]),
    .testTarget(
      name: "HearthThemesTests", dependencies: ["HearthStore", "HearthThemes", "HearthUI"]),
    .testTarget(
      name: "FuzzTests",
      dependencies: ["HearthCore", "HearthStore", "HearthThemes", "HearthTesting"],
      exclude: ["Corpus"]),
    .testTarget(name: "EndToEndTests"),
  ],
  swiftLanguageModes: [.v6]
)

// CI's thread-sanitizer run needs only the store and what it depends on: with
// HEARTH_STORE_ONLY set, the package is just those modules and their tests, which halves that
// build (the terminal, the screens, the commands and their tests are not compiled twice).
if ProcessInfo.processInfo.environment["HEARTH_STORE_ONLY"] != nil {
  let store: Set = [
    "HearthCore", "HearthSeal", "HearthStore", "HearthTesting", "HearthCoreTests",
    "HearthSealTests", "HearthStoreTests",
  ]
  package.products = []
  package.targets.removeAll { !store.contains($0.name) }
}
