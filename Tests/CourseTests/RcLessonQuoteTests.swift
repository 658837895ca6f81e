import Course
import Foundation
import TestSupport
import Testing

/// The `Rc is not Send` lesson runs the `Arc` version and quotes rustc's refusal of the `Rc`
/// version in its introduction; the quote must stay rustc's own words.
@Suite struct RcLessonQuoteTests {
  static let file = TestPaths.lessons.appendingPathComponent("17-rc-is-not-send.rs").path
  static let quoted = [
    "error[E0277]: `Rc<String>` cannot be sent between threads safely",
    "the trait `Send` is not implemented for `Rc<String>`",
  ]

  @Test func theIntroductionQuotesTheRefusal() throws {
    let lesson = try LessonParser.parse(contentsOf: Self.file)
    let intro = lesson.intro.joined(separator: " ")
    for line in Self.quoted {
      #expect(intro.contains(line), "the introduction quotes: \(line)")
    }
  }

  @Test(.enabled(if: Toolchain.rustcAvailable, "rustc is not installed: the quote is not compared"))
  func rustcRefusesTheRcVersionInThoseWords() throws {
    let rustc = try #require(Toolchain.rustc)
    let source = try String(contentsOfFile: Self.file, encoding: .utf8)
      .replacingOccurrences(of: "use std::sync::Arc;", with: "use std::rc::Rc;")
      .replacingOccurrences(of: "Arc::", with: "Rc::")
    #expect(!source.contains("Arc::"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "memtutor-rc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("rc.rs").path
    try source.write(toFile: path, atomically: true, encoding: .utf8)
    let compiled = RustCompiler(executable: rustc.path).compile(
      path, to: folder.appendingPathComponent("rc").path)
    #expect(compiled.status == 1)
    #expect(compiled.stderr.hasPrefix(Self.quoted[0]))
    #expect(compiled.stderr.contains(Self.quoted[1]))
  }
}
