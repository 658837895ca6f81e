import Foundation
import TestSupport
import Testing

/// Holds the module graph to the one-way order that Package.swift and ARCHITECTURE.md describe:
/// every dependency points to a module lower in `layers`, and every `import` in a source file
/// names a module its target depends on.
@Suite struct ModuleGraphTests {
  /// Bottom to top. A module may depend only on modules before it in this list.
  static let layers = [
    "CNcurses", "CTerminalSignals", "CHostMemory", "MemoryModel", "RustFrontEnd", "Execution", "Screen",
    "Course",
    "Terminal", "Tutor",
  ]

  static let manifest: String =
    (try? String(contentsOf: TestPaths.root.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""

  /// Each library or executable target's name and the target names it depends on, read from the
  /// manifest's `.target(name: …, dependencies: […])` and `.executableTarget(…)` entries.
  static func sourceTargets() -> [String: [String]] {
    var targets: [String: [String]] = [:]
    let pattern = #/\.(?:target|executableTarget)\(\s*name:\s*"(\w+)"(?:,\s*dependencies:\s*\[([^\]]*)\])?/#
    for match in manifest.matches(of: pattern) {
      let name = String(match.output.1)
      let list = match.output.2.map(String.init) ?? ""
      let dependencies = list.matches(of: #/"(\w+)"/#).map { String($0.output.1) }
      targets[name] = dependencies
    }
    return targets.filter { layers.contains($0.key) }
  }

  @Test func everySourceModuleIsInTheLayerList() {
    let folders =
      (try? FileManager.default.contentsOfDirectory(
        atPath: TestPaths.root.appendingPathComponent("Sources").path))
      ?? []
    #expect(!folders.isEmpty)
    for folder in folders where !folder.hasPrefix(".") {
      #expect(Self.layers.contains(folder), "Sources/\(folder) is not in the layer list")
    }
  }

  @Test func dependenciesPointDownward() {
    let targets = Self.sourceTargets()
    #expect(
      targets.count == Self.layers.count - 1, "targets read from Package.swift: \(targets.keys.sorted())")
    for (name, dependencies) in targets {
      guard let level = Self.layers.firstIndex(of: name) else { continue }
      for dependency in dependencies {
        if let below = Self.layers.firstIndex(of: dependency) {
          #expect(below < level, "\(name) depends on \(dependency), which is not below it")
        }
      }
    }
  }

  @Test func sourceFilesImportOnlyTheirTargetsDependencies() throws {
    let targets = Self.sourceTargets()
    let sources = TestPaths.root.appendingPathComponent("Sources")
    var checked = 0
    for (name, dependencies) in targets {
      let folder = sources.appendingPathComponent(name)
      guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
      for case let file as String in walker where file.hasSuffix(".swift") {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        for match in text.matches(of: #/(?m)^\s*(?:@testable\s+)?import\s+(\w+)/#) {
          let module = String(match.output.1)
          guard Self.layers.contains(module) else { continue }
          #expect(
            dependencies.contains(module),
            "Sources/\(name)/\(file) imports \(module), not a dependency of \(name)")
        }
        checked += 1
      }
    }
    #expect(checked > 100)
  }

  @Test func onlyTheTerminalModuleImportsNcurses() {
    let targets = Self.sourceTargets()
    let users = targets.filter { $0.value.contains("CNcurses") }.keys.sorted()
    #expect(users == ["Terminal"])
  }
}
