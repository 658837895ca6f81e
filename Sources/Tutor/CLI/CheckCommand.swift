import ArgumentParser
import Course
import Execution
import Foundation

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate lesson files, and cross-check them with rustc when it is installed.",
    discussion: """
      Checks the lesson format, that every narration and question is attached to code that \
      runs, that every placeholder can be filled in at its steps, and that the program is \
      inside the subset memtutor runs. With rustc installed (on PATH, in ~/.cargo/bin, or \
      named by $RUSTC) it also compiles each lesson and compares the real program's output \
      with the engine's; a lesson marked `expect-error` must still be rejected with that code.

      Prints `PATH: ok (N steps, K questions)` per good file. Exits with status 1 if any \
      file has an error.
      """)

  @Argument(help: "Lesson files or folders of lesson files.")
  var paths: [String]

  @Flag(name: .customLong("no-rustc"), help: "Skip the rustc cross-check even if rustc is installed.")
  var skipRustc = false

  @Flag(
    name: .customLong("script"),
    help: "Also print each lesson's words step by step, with the numbers filled in from its run.")
  var printScript = false

  @Flag(
    name: .customLong("update-reports"),
    help: "Rewrite the `//|` rustc report of expect-error lessons whose report is out of date.")
  var updateReports = false

  func run() throws {
    let rustc = skipRustc ? nil : RustCompiler.find()
    let checker = LessonChecker(rustc: rustc)
    var reports = checker.check(paths: paths)
    if updateReports {
      reports = try reports.map { report in
        guard let fresh = report.freshRustcReport else { return report }
        let updated = LessonChecker.replacingRustcReport(in: report.source, with: fresh)
        do {
          try updated.write(toFile: report.path, atomically: true, encoding: .utf8)
        } catch {
          CommandOutput.printError("memtutor: cannot update \(report.path): \(error)")
          return report
        }
        try CommandOutput.print("\(report.path): pasted rustc's current report")
        return checker.check(path: report.path)
      }
    }
    for report in reports {
      if printScript, let lesson = report.lesson,
        let trace = try? Engine.trace(source: lesson.source, path: lesson.path, options: lesson.engineOptions)
      {
        try CommandOutput.print(LessonScript(lesson: lesson, trace: trace).rendered())
      }
      try CommandOutput.print(report.rendered)
    }
    if rustc == nil && !skipRustc {
      try CommandOutput.print(
        "note: rustc was not found, so the lessons were not compiled or compared with real Rust")
    }
    if reports.isEmpty {
      CommandOutput.printError("memtutor: no lesson files found in \(paths.joined(separator: " "))")
      throw ExitCode(1)
    }
    if reports.contains(where: { !$0.isOK }) { throw ExitCode(1) }
  }
}
