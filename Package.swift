// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "memtutor",
  products: [
    .executable(name: "memtutor", targets: ["Tutor"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .executableTarget(
      name: "Tutor",
      dependencies: [
        "CNcurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/Tutor",
      resources: []
    ),
    .testTarget(
      name: "TutorTests",
      dependencies: ["Tutor"],
      path: "Tests/TutorTests",
      exclude: ["Corpus", "Golden", "Snapshots"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
