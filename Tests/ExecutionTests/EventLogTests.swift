import Execution
import MemoryModel
import TestSupport
import Testing

/// The event log gives back every event exactly as it was appended, whether it was kept as a
/// compact record or whole, across segment boundaries.
@Suite struct EventLogTests {
  static let events: [Event] = [
    .slotWritten(frameID: 0, slot: 0, value: .integer(0, type: "u64")),
    .slotWritten(frameID: 3, slot: 65_535, value: .integer(-1, type: "i32")),
    .slotWritten(frameID: 1, slot: 2, value: .integer(Int128(Int64.min), type: "i64")),
    .slotWritten(frameID: 1, slot: 2, value: .integer(Int128(UInt64.max), type: "u64")),
    .slotWritten(frameID: 1, slot: 2, value: .integer(Int128(UInt64.max) + 1, type: "u128")),
    .slotWritten(frameID: 1, slot: 2, value: .integer(Int128.min, type: "i128")),
    .slotWritten(frameID: 1, slot: 65_536, value: .integer(7, type: "usize")),
    .slotWritten(frameID: Int(UInt32.max), slot: 1, value: .integer(7, type: "usize")),
    .slotWritten(frameID: Int(UInt32.max) + 1, slot: 1, value: .integer(7, type: "usize")),
    .slotWritten(frameID: -1, slot: 1, value: .integer(7, type: "usize")),
    .slotWritten(frameID: 2, slot: 4, value: .float(-0.0, type: "f64")),
    .slotWritten(frameID: 2, slot: 4, value: .float(1.5e300, type: "f32")),
    .slotWritten(frameID: 2, slot: 5, value: .pointer(address: 0x7fff_ffff_dfe8, kind: .sharedReference)),
    .slotWritten(frameID: 2, slot: 5, value: .pointer(address: 8, kind: .raw)),
    .slotWritten(frameID: 2, slot: 5, value: .pointer(address: 0x5555_0000, kind: .function)),
    .slotWritten(frameID: 2, slot: 5, value: .pointer(address: 1, kind: .weak)),
    .slotWritten(frameID: 2, slot: 6, value: .boolean(true)),
    .slotWritten(frameID: 2, slot: 6, value: .structure(name: "P", fields: [.integer(1, type: "i32")])),
    .slotDied(frameID: 2, slot: 6),
    .slotMovedOut(frameID: 9, slot: 1),
    .slotDied(frameID: 2, slot: 70_000),
    .framePushed(frameID: 4, layoutIndex: 1, topAddress: 0x7fff_ffff_e000, callLine: 3),
    .framePopped(frameID: 4, returned: .integer(5, type: "i32")),
    .printed(.stdout, "hi\n"),
    .heapFreed(blockID: 3),
    .exited(status: 0),
  ]

  @Test func everyEventReadsBackAsAppended() {
    let log = EventLog(Self.events)
    #expect(log.count == Self.events.count)
    #expect(Array(log) == Self.events)
    for (index, event) in Self.events.enumerated() {
      #expect(log[index] == event, "event \(index)")
    }
  }

  @Test func manyEventsCrossSegmentsInOrder() {
    // More than one segment of records (65,536) and of whole events (8,192).
    var expected: [Event] = []
    for index in 0..<150_000 {
      let type = ["u8", "u64", "i32", "usize"][index % 4]
      if index % 3 == 0 {
        expected.append(.heapFreed(blockID: index))
      } else {
        expected.append(
          .slotWritten(frameID: index % 5, slot: index % 7, value: .integer(Int128(index), type: type)))
      }
    }
    let log = EventLog(expected)
    #expect(log.count == expected.count)
    #expect(log.elementsEqual(expected))
    #expect(log[149_999] == expected[149_999])
  }

  @Test(arguments: [
    ([Event.slotDied(frameID: 0, slot: 1)], [Event.slotDied(frameID: 0, slot: 1)], true),
    ([.slotDied(frameID: 0, slot: 1)], [.slotDied(frameID: 0, slot: 2)], false),
    ([.slotDied(frameID: 0, slot: 1)], [.slotDied(frameID: 0, slot: 1), .heapFreed(blockID: 1)], false),
    (
      [.slotWritten(frameID: 0, slot: 1, value: .integer(1, type: "u8"))],
      [.slotWritten(frameID: 0, slot: 1, value: .integer(1, type: "i8"))], false
    ),
  ])
  func logsAreEqualWhenTheirEventsAre(left: [Event], right: [Event], equal: Bool) {
    #expect((EventLog(left) == EventLog(right)) == equal)
  }

  /// A recorded trace keeps the same events its steps name, read through the log.
  @Test func traceStepsReadTheirEventsFromTheLog() throws {
    let trace = try Engine.trace(source: TraceStateTests.churn, path: "churn.rs")
    var total = 0
    for step in 0..<trace.stepCount {
      let range = trace.eventIndices(of: step)
      #expect(Array(trace.events(of: step)) == range.map { trace.events[$0] })
      total += range.count
    }
    #expect(total == trace.events.count)
    #expect(trace.events(of: trace.stepCount).isEmpty)
  }
}
