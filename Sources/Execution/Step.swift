/// One step of a trace: running one source line (or one part of it).
///
/// Events are stored flat in `Trace.events`; a step names its range, so a
/// million-step trace costs a few words per step.
package struct Step: Sendable, Equatable {
  package var line: Int32
  package var column: Int32
  /// `Trace.events[firstEvent ..< endEvent]` are this step's events.
  package var firstEvent: Int32
  package var endEvent: Int32

  package init(line: Int32, column: Int32, firstEvent: Int32, endEvent: Int32) {
    self.line = line
    self.column = column
    self.firstEvent = firstEvent
    self.endEvent = endEvent
  }
}
