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
    let source = SourceText.normalized(source)
    let program = try Parser.parse(source: source)
    let checked = try Checker.check(program, source: source, enforcesOwnership: !options.whatIf)
    return run(checked, source: source, path: path, options: options)
  }

  /// Compiles and runs a checked program.
  package static func run(_ checked: CheckedProgram, source: String, path: String, options: EngineOptions)
    -> Trace
  {
    let (interpreter, mainLine) = interpreter(for: checked, source: source, path: path, options: options)
    return interpreter.run(mainLine: mainLine)
  }

  /// Compiles a checked program into an interpreter ready to run from `mainLine`.
  package static func interpreter(
    for checked: CheckedProgram, source: String, path: String, options: EngineOptions
  ) -> (interpreter: Interpreter, mainLine: SourcePoint) {
    let compiler = Compiler(program: checked, addressSpace: AddressSpace())
    let functions = compiler.compile()
    let main = checked.functions[checked.mainIndex]
    let image = ProgramImage(
      path: path, source: source, layouts: compiler.layouts, statics: compiler.addressSpace.statics,
      stackLimit: options.stackLimit, stackTop: compiler.addressSpace.stackTop)
    let interpreter = Interpreter(
      functions: functions, types: compiler.types, image: image, options: options,
      mainIndex: checked.mainIndex,
      staticValues: compiler.staticValues, addressSpace: compiler.addressSpace)
    return (interpreter, SourcePoint(main.span.start))
  }
}
