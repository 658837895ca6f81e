import Course
import Execution
import RustFrontEnd

/// What becomes of a program memtutor's own check refused. When only the move and borrow check
/// refused it, rustc (if installed) has the last word: its exact report is shown, and a program
/// rustc accepts runs after all, so memtutor never shows a made-up error where rustc is there
/// to ask.
enum OwnershipVerdict {
  /// Whose report is shown: rustc's, or memtutor's own check standing alone.
  enum Source: Equatable {
    case rustc
    case memtutor
  }

  /// rustc accepts the program: run it.
  case run(Trace)
  /// The program is refused; the report says why, and the what-if trace (when only ownership
  /// refused it) shows the run Rust prevents.
  case refuse(report: String, source: Source, whatIf: Trace?)

  static func judge(
    _ error: DiagnosticList, file: String, source: String, options: EngineOptions,
    rustc: RustCompiler? = RustCompiler.find(), input: StandardInput? = nil
  ) -> OwnershipVerdict {
    let ownReport = error.rendered(file: file, source: source)
    var whatIfOptions = options
    whatIfOptions.whatIf = true
    guard let (checked, normalized) = try? Engine.check(source: source, options: whatIfOptions) else {
      return .refuse(report: ownReport, source: .memtutor, whatIf: nil)
    }
    let whatIf = Engine.run(checked, source: normalized, path: file, options: whatIfOptions, input: input)
    switch rustc?.check(file) ?? .unavailable {
    case .accepted: return .run(whatIf)
    case .rejected(let report): return .refuse(report: report, source: .rustc, whatIf: whatIf)
    case .unavailable: return .refuse(report: ownReport, source: .memtutor, whatIf: whatIf)
    }
  }
}
