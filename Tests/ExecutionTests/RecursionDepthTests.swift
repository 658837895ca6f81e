import Execution
import Foundation
import TestSupport
import Testing

/// memtutor's frames against rustc's debug build: the depth a recursion reaches before the
/// 8 MiB stack overflows is about (8 MiB − 4 KiB) / frame, so a frame within 10 % of rustc's
/// gives a depth within 10 % of the real program's.
@Suite("Recursion depth against rustc")
struct RecursionDepthTests {
  static let objdumpPath: String? =
    ((ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .map { "\($0)/objdump" }).first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Functions whose model is further off, kept visible: a `String` or `Vec` parameter that is
  /// moved into the next call (rustc passes it by pointer; the model keeps all of it).
  static let knownMisses: Set<String> = ["greet", "vec_param"]

  static let stackBytes = 8 * 1024 * 1024 - 4096

  @Test(
    "each recursive function overflows within 10 % of rustc's depth",
    .enabled(
      if: RustcCrossCheck.isAvailable && objdumpPath != nil,
      "rustc or objdump is not installed: the frames cannot be measured"))
  func depthsWithinTenPercent() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("FrameModel/recursive_functions.rs")
    let source = try String(contentsOf: path, encoding: .utf8)
    let binary = try RustcCrossCheck.build(source, name: "frames")
    defer { RustcCrossCheck.remove(binary) }
    let real = try Self.realFrames(binary)
    let trace = try Engine.trace(source: source, path: "recursive_functions.rs")
    let modelled = Dictionary(trace.image.layouts.map { ($0.function, $0.size) }) { first, _ in first }
    var checked = 0
    for (name, realFrame) in real.sorted(by: { $0.key < $1.key }) where name != "main" {
      let model = try #require(modelled[name], "\(name) has no modelled frame")
      let realDepth = Double(Self.stackBytes / realFrame)
      let modelDepth = Double(Self.stackBytes / model)
      let ratio = modelDepth / realDepth
      if Self.knownMisses.contains(name) {
        #expect(abs(ratio - 1) > 0.10, "\(name) now within 10 %: take it off knownMisses")
      } else {
        #expect(
          abs(ratio - 1) <= 0.10,
          "\(name): rustc frame \(realFrame) B (depth \(Int(realDepth))), model \(model) B (depth \(Int(modelDepth)))"
        )
      }
      checked += 1
    }
    #expect(checked >= 30, "only \(checked) functions measured")
  }

  /// Each function's frame in the debug binary: the prologue's pushes and `sub rsp` (stack
  /// probes of big frames are several), plus the return address.
  static func realFrames(_ binary: URL) throws -> [String: Int] {
    let objdump = try #require(objdumpPath)
    let listing = try RustcCrossCheck.execute(
      URL(fileURLWithPath: objdump), arguments: ["-d", "--no-show-raw-insn", "-C", binary.path])
    var frames: [String: Int] = [:]
    var current: String?
    var linesRead = 0
    for line in listing.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasSuffix(">:"), let open = line.firstIndex(of: "<") {
        let symbol = line[line.index(after: open)..<line.index(line.endIndex, offsetBy: -2)]
        current = symbol.hasPrefix("main::") ? String(symbol.dropFirst("main::".count)) : nil
        if let current, !current.contains(":") { frames[current] = 8 }
        linesRead = 0
        continue
      }
      guard let name = current, frames[name] != nil, linesRead < 12 else { continue }
      linesRead += 1
      if line.contains("push ") { frames[name, default: 8] += 8 }
      if let range = line.range(of: #"sub\s+\$0x[0-9a-f]+,%rsp"#, options: .regularExpression) {
        let hex = line[range].split(separator: "$0x")[1].split(separator: ",")[0]
        frames[name, default: 8] += Int(hex, radix: 16) ?? 0
      }
    }
    return frames
  }
}
