/// One step of a trace: running one source line (or one part of it).
///
/// Events are stored flat in `Trace.events`; a step names its range, so a
/// million-step trace costs a few words per step.
struct Step: Sendable, Equatable {
  var line: Int32
  var column: Int32
  /// `Trace.events[firstEvent ..< endEvent]` are this step's events.
  var firstEvent: Int32
  var endEvent: Int32
}
