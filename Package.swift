// swift-tools-version: 6.2
import PackageDescription

// The module graph runs one way, bottom to top:
//
//   MemoryModel   types, layouts, the modelled allocator and address space, values
//   RustFrontEnd  lexer, parser, checker, diagnostics, format strings      (MemoryModel)
//   Execution     compiler, interpreter, trace, formatting                 (RustFrontEnd, MemoryModel)
//   Screen        cell buffer, pure panels, themes, animations             (Execution, ...)
//   Course        lessons, progress, lesson checking                       (Screen, Execution, ...)
//   CTerminalSignals  the signal flag and handlers, in C                    (none)
//   CHostMemory   malloc tuned for memtutor's own large arrays, in C       (none)
//   Terminal      the only importer of CNcurses; the model protocol it runs (Screen)
//   Tutor         the executable: app state and the command line          (all of the above)
//
// `Tests/ModuleGraphTests` reads this file and fails on an edge that runs upward.
// A release build links the Swift runtime and Foundation statically. The modules were compiled
// against the shared libraries, whose link entries leave out what the static archives need,
// so those archives are listed here, each before the ones it uses.
let staticRuntime =
  ["-static-stdlib"]
  + [
    "Foundation", "FoundationInternationalization", "FoundationEssentials", "CoreFoundation",
    "_FoundationICU",
    "_FoundationCShims", "_FoundationCollections", "swiftSynchronization", "swiftDispatch", "dispatch",
    "BlocksRuntime", "swift_StringProcessing", "swift_RegexParser", "swift_Concurrency", "swiftCore",
    "stdc++", "m",
    "util",
  ].map { "-l" + $0 }

// The release build leaves out the run-time exclusivity checks of the modules on the
// interpreter's hot path (debug builds and the tests keep them): they were a twentieth of a
// long trace's time.
let hotPathSettings: [SwiftSetting] = [
  .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
]

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
    // The signal flag and handlers, defined once in C so every caller shares one flag.
    .target(name: "CTerminalSignals", linkerSettings: [.linkedLibrary("ncursesw")]),
    // glibc's malloc tuned for memtutor's own memory (see its header), called first in `main`.
    .target(name: "CHostMemory"),
    .target(name: "MemoryModel", swiftSettings: hotPathSettings),
    .target(name: "RustFrontEnd", dependencies: ["MemoryModel"]),
    .target(
      name: "Execution", dependencies: ["MemoryModel", "RustFrontEnd"], swiftSettings: hotPathSettings),
    .target(name: "Screen", dependencies: ["MemoryModel", "RustFrontEnd", "Execution"]),
    .target(name: "Course", dependencies: ["MemoryModel", "RustFrontEnd", "Execution", "Screen"]),
    .target(name: "Terminal", dependencies: ["CNcurses", "CTerminalSignals", "Screen"]),
    .executableTarget(
      name: "Tutor",
      dependencies: [
        "CHostMemory", "MemoryModel", "RustFrontEnd", "Execution", "Screen", "Course", "Terminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // The Swift runtime and Foundation linked in: the dynamic loader's symbol lookups for
      // them took most of a launch (about 18 ms of CPU before `main`).
      linkerSettings: [.unsafeFlags(staticRuntime, .when(configuration: .release))]
    ),
    .target(
      name: "TestSupport", dependencies: ["MemoryModel", "RustFrontEnd", "Execution"],
      path: "Tests/TestSupport"),
    .target(
      name: "CourseTestSupport", dependencies: ["Course", "TestSupport"], path: "Tests/CourseTestSupport"),
    .target(
      name: "ScreenTestSupport", dependencies: ["Screen", "TestSupport"], path: "Tests/ScreenTestSupport"),
    .testTarget(name: "MemoryModelTests", dependencies: ["MemoryModel", "TestSupport"]),
    .testTarget(name: "RustFrontEndTests", dependencies: ["RustFrontEnd", "TestSupport"]),
    .testTarget(
      name: "ExecutionTests",
      dependencies: ["MemoryModel", "RustFrontEnd", "Execution", "TestSupport"],
      exclude: ["Corpus", "Golden", "Ownership"]
    ),
    .testTarget(
      name: "ScreenTests",
      dependencies: ["MemoryModel", "Execution", "Screen", "TestSupport", "ScreenTestSupport"]),
    .testTarget(
      name: "CourseTests",
      dependencies: [
        "MemoryModel", "RustFrontEnd", "Execution", "Screen", "Course", "TestSupport", "CourseTestSupport",
      ]
    ),
    .testTarget(name: "TerminalTests", dependencies: ["Screen", "Terminal"]),
    .testTarget(
      name: "TutorTests",
      dependencies: [
        "MemoryModel", "RustFrontEnd", "Execution", "Screen", "Course", "Terminal", "Tutor", "TestSupport",
        "ScreenTestSupport", "CourseTestSupport",
      ],
      exclude: ["Snapshots"]
    ),
    .testTarget(name: "ModuleGraphTests", dependencies: ["TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
