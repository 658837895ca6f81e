import Execution
import Foundation
import MemoryModel
import TestSupport
import Testing

/// `memtutor trace` prints each step as the run records it (`TraceStreamWriter`): the text must
/// be byte for byte what the whole recorded trace renders, and nothing may pile up per step.
@Suite struct TraceStreamingTests {
  struct Streamed {
    var text: String
    var pieces: [Int]
    var isComplete: Bool
    var run: Trace
    var stepCount: Int
  }

  /// Streams `source` as `TraceCommand` does: a first run counts the steps, the second prints.
  static func streamed(
    _ source: String, path: String, format: TraceStreamWriter.Format, budget: Int = .max
  ) throws -> Streamed {
    let checked = try Engine.check(source: source)
    let counter = StepCounter()
    let outline = Engine.run(
      checked.program, source: checked.source, path: path, options: EngineOptions(), sink: counter)
    let collected = Collected()
    let writer = TraceStreamWriter(
      format: format, outline: outline, stepCount: counter.count, budget: budget,
      output: { collected.pieces.append(String(decoding: $0, as: UTF8.self)) })
    let run = Engine.run(
      checked.program, source: checked.source, path: path, options: EngineOptions(), sink: writer)
    writer.finish()
    #expect(writer.stepsSeen == counter.count)
    return Streamed(
      text: collected.pieces.joined(), pieces: collected.pieces.map(\.utf8.count),
      isComplete: writer.isComplete, run: run, stepCount: counter.count)
  }

  final class Collected {
    var pieces: [String] = []
  }

  static func source(_ name: String) throws -> String {
    try String(contentsOf: GoldenTraceTests.folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test("streamed text is the recorded trace's text", arguments: GoldenTraceTests.programs)
  func textMatches(name: String) throws {
    let source = try Self.source(name)
    let trace = try #require(traceOf(source, path: name))
    for budget in [Int.max, 3000, 400] {
      let whole = TraceText(trace: trace).rendered(budget: budget)
      let streamed = try Self.streamed(source, path: name, format: .text, budget: budget)
      #expect(streamed.text == whole.text, "\(name), budget \(budget)")
      #expect(streamed.isComplete == whole.isComplete, "\(name), budget \(budget)")
      #expect(streamed.stepCount == trace.stepCount)
    }
  }

  @Test("streamed JSON is the recorded trace's JSON, valid when cut", arguments: GoldenTraceTests.programs)
  func jsonMatches(name: String) throws {
    let source = try Self.source(name)
    let trace = try #require(traceOf(source, path: name))
    for budget in [Int.max, 3000, 400] {
      let whole = TraceJSON(trace: trace).rendered(budget: budget)
      let streamed = try Self.streamed(source, path: name, format: .json, budget: budget)
      #expect(streamed.text == whole.text, "\(name), budget \(budget)")
      #expect(streamed.isComplete == whole.isComplete, "\(name), budget \(budget)")
      #expect((try? JSONSerialization.jsonObject(with: Data(streamed.text.utf8))) != nil)
    }
  }

  static let loop = """
    fn main() {
        let mut i: u64 = 0;
        let mut v: Vec<u64> = Vec::new();
        while i < 4000 {
            v.push(i);
            i += 1;
        }
        println!("{}", v.len());
    }
    """

  @Test func streamingKeepsNoStepAndPrintsInBoundedPieces() throws {
    let streamed = try Self.streamed(Self.loop, path: "loop.rs", format: .text)
    #expect(streamed.stepCount > 12_000)
    // The run handed every step to the writer and kept none of them, nor their events:
    // only the end of the run stays for the outcome.
    #expect(streamed.run.steps.isEmpty)
    #expect(streamed.run.events.count <= 2)
    #expect(streamed.run.outcome.stdout == "4000\n")
    // The text went out in several pieces, none much over the chunk size.
    #expect(streamed.pieces.count > 4)
    #expect(streamed.pieces.allSatisfy { $0 < 2 * 65_536 })
    let trace = try #require(traceOf(Self.loop, path: "loop.rs"))
    #expect(streamed.text == TraceText(trace: trace).rendered())
  }
}

extension TraceStreamingTests {
  /// The JSON printer appends the common events field by field; each must read exactly as
  /// `TraceJSON.event` spells it.
  @Test("appended JSON events are spelled as event(_:) spells them", arguments: GoldenTraceTests.programs)
  func appendedEventsMatch(name: String) throws {
    let trace = try #require(traceOf(try Self.source(name), path: name))
    #expect(!trace.events.isEmpty)
    for event in trace.events {
      var appended = TraceBytes()
      TraceJSON.appendEvent(event, to: &appended)
      #expect(appended.text == TraceJSON.event(event))
    }
  }

  @Test func appendedValuesMatch() {
    let values: [Value] = [
      .integer(-5, type: "i32"), .integer(-1, type: "u128"), .boolean(true), .boolean(false), .unit,
      .uninitialized, .pointer(address: 0x7fff_0010, kind: .sharedReference),
      .pointer(address: 0x10, kind: .box),
      .tuple([.integer(1, type: "u8"), .unit]), .structure(name: "P", fields: [.character("é")]),
      .structure(name: "E", fields: []), .float(1.5, type: "f64"),
    ]
    for value in values {
      var appended = TraceBytes()
      TraceJSON.appendValue(value, to: &appended)
      #expect(appended.text == TraceJSON.value(value))
    }
  }
}
