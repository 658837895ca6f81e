import MemoryModel
import RustFrontEnd

/// The engine's front door: source text in, a complete trace out.
package enum Engine {
  /// Parses, checks and runs `source`, recording every step.
  /// Throws `DiagnosticList` when the program does not parse, is outside the supported
  /// subset, or does not type-check; runtime panics and overflows are part of the trace.
  package static func trace(source: String, path: String, options: EngineOptions = EngineOptions())
    throws(DiagnosticList) -> Trace
  {
    let (checked, source) = try check(source: source, options: options)
    return run(checked, source: source, path: path, options: options)
  }

  /// Parses and checks `source`; returns the checked program with the normalized source it
  /// was checked against (what `run` takes).
  package static func check(source: String, options: EngineOptions = EngineOptions())
    throws(DiagnosticList) -> (program: CheckedProgram, source: String)
  {
    let source = SourceText.normalized(source)
    let program = try Parser.parse(source: source)
    return (try Checker.check(program, source: source, enforcesOwnership: !options.whatIf), source)
  }

  /// Compiles and runs a checked program. With a `sink`, each step goes to it as it ends and
  /// the trace keeps none (its steps are empty; its outcome is whole). With `input`, the
  /// program reads that standard input rather than `options.standardInput`.
  package static func run(
    _ checked: CheckedProgram, source: String, path: String, options: EngineOptions,
    sink: (any TraceStepSink)? = nil, input: StandardInput? = nil
  ) -> Trace {
    let (interpreter, mainLine) = interpreter(for: checked, source: source, path: path, options: options)
    if let sink { interpreter.recorder.stream(to: sink) }
    if let input { interpreter.standardInput = input }
    return interpreter.run(mainLine: mainLine)
  }

  /// Compiles a checked program into an interpreter ready to run from `mainLine`.
  package static func interpreter(
    for checked: CheckedProgram, source: String, path: String, options: EngineOptions
  ) -> (interpreter: Interpreter, mainLine: SourcePoint) {
    let compiler = Compiler(program: checked, addressSpace: AddressSpace())
    let functions = compiler.compile()
    let main = checked.functions[checked.mainIndex]
    var image = ProgramImage(
      path: path, source: source, layouts: compiler.layouts, statics: compiler.addressSpace.statics,
      stackLimit: options.stackLimit, stackTop: compiler.addressSpace.stackTop,
      stackRegionEnd: compiler.addressSpace.stackRegionEnd)
    image.fieldNames = ProgramImage.fieldNames(of: checked.declarations)
    image.readsStandardInput = checked.readsStandardInput
    let interpreter = Interpreter(
      functions: functions, types: compiler.types, image: image, options: options,
      mainIndex: checked.mainIndex,
      staticValues: compiler.staticValues, addressSpace: compiler.addressSpace)
    interpreter.vtableTargets = compiler.vtableTargets
    return (interpreter, SourcePoint(main.span.start))
  }
}
