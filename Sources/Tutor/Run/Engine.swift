/// The engine's front door: source text in, a complete trace out.
enum Engine {
  /// Parses, checks and runs `source`, recording every step.
  /// Throws `DiagnosticList` when the program does not parse, is outside the supported
  /// subset, or does not type-check; runtime panics and overflows are part of the trace.
  static func trace(source: String, path: String, options: EngineOptions = EngineOptions())
    throws(DiagnosticList) -> Trace
  {
    throw DiagnosticList(diagnostics: [
      Diagnostic(
        "the engine is not available yet",
        at: SourceSpan(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 2)))
    ])
  }
}
