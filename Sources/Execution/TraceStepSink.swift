/// Receives a run's steps one at a time as they end, so a consumer (`memtutor trace`) can
/// print them without the whole trace being kept (see `TraceRecorder.stream(to:)`).
package protocol TraceStepSink: AnyObject {
  /// Step `index` (from 0, in order) ran `line`:`column` and did `events`.
  func stepEnded(index: Int, line: Int32, column: Int32, events: [Event])
}

/// Counts the steps of a run and keeps nothing else.
package final class StepCounter: TraceStepSink {
  package private(set) var count = 0

  package init() {}

  package func stepEnded(index: Int, line: Int32, column: Int32, events: [Event]) {
    count += 1
  }
}
