import Execution
import TestSupport
import Testing

@testable import Tutor

/// Screens of real traces from the engine, for the seed snippets.
@Suite struct EngineScreenTests {
  func trace(_ source: String, stackLimit: Int = 8 * 1024 * 1024) throws -> Trace {
    var options = EngineOptions()
    options.stackLimit = stackLimit
    do {
      return try Engine.trace(source: source, path: "seed.rs", options: options)
    } catch {
      Issue.record("the engine refused the seed program: \(error.rendered(file: "seed.rs", source: source))")
      throw error
    }
  }

  func screen(_ trace: Trace, step: Int, width: Int = 80, height: Int = 24) -> String {
    RenderCommand.render(
      trace: trace, title: "seed.rs", options: TutorOptions(), step: step, width: width, height: height
    ).text
  }

  /// The first step at which `text` is on screen.
  func firstStep(showing text: String, in trace: Trace, width: Int = 80, height: Int = 24) -> Int? {
    (0..<trace.stepCount).first { screen(trace, step: $0, width: width, height: height).contains(text) }
  }

  @Test func theStringIsThreeWordsOnTheStackAndElevenBytesOnTheHeap() throws {
    let hello = try trace(SampleTraces.helloSource)
    let step = try #require(firstStep(showing: "len 11 cap 11", in: hello))
    let text = screen(hello, step: step)
    #expect(text.contains("String 24 B"))
    #expect(text.contains("\"hello world\""))
    #expect(text.contains("68 65 6c 6c 6f 20 77 6f 72 6c 64"))
    #expect(text.contains("►"))
    #expect(text.contains(".rodata 11 B"))
  }

  @Test func eachCallGetsAFrameBelowMain() throws {
    let calls = try trace(SampleTraces.sayNameSource)
    let step = try #require(firstStep(showing: "┌ fn say_name", in: calls))
    let lines = screen(calls, step: step).components(separatedBy: "\n")
    let main = try #require(lines.firstIndex { $0.contains("┌ fn main") })
    let callee = try #require(lines.firstIndex { $0.contains("┌ fn say_name") })
    #expect(callee > main)
    #expect(lines.contains { $0.contains("len 7 cap 7") })
    #expect(firstStep(showing: "len 5 cap 5", in: calls) != nil)
  }

  @Test func theVecGrowsFromFourToEight() throws {
    let vec = try trace(SampleTraces.vecSource)
    let step = try #require(firstStep(showing: "len 5 cap 8", in: vec))
    let text = screen(vec, step: step)
    #expect(text.contains("[1|2|3|4|5|·|·|·]"))
    #expect(text.contains("The Vec was full (len 4 = cap 4)"))
    let before = screen(vec, step: step - 1)
    #expect(before.contains("[1|2|3|4]"))
  }

  @Test func theRecursionOverflowsItsStack() throws {
    let recursion = try trace(SampleTraces.recursionSource, stackLimit: 64 * 1024)
    let text = screen(recursion, step: recursion.stepCount - 1)
    #expect(text.contains("frames …"))
    #expect(text.contains("has overflowed its stack"))
    #expect(text.contains("stack overflow · exit 134"))
    #expect(text.contains("of 64 KiB"))
  }

  @Test func benchmarksRunOnTheirProgram() throws {
    let result = try #require(ScreenBenchmarks.stepRender(width: 100, height: 30))
    #expect(result.samples > 10)
    #expect(result.meanMilliseconds > 0)
  }
}
