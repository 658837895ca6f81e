import Execution

/// One lesson: a Rust program plus the words around it, read from a `.rs` file.
///
/// The file compiles with rustc as it is; everything a lesson adds lives in comments
/// (see Lessons/README.md for the format).
package struct Lesson: Sendable, Identifiable {
  /// Stable name used for lookup and progress: `stack-overflow` for `04-stack-overflow.rs`.
  package var slug: String
  /// Position in the course, from 1. Starts as the file name's number; `LessonLibrary`
  /// renumbers the combined course.
  package var number: Int
  /// The file it was read from.
  package var path: String
  package var title: String
  /// One line for menus and `memtutor list`.
  package var summary: String
  /// Paragraphs shown before the first step.
  package var intro: [String]
  /// The whole file, exactly as rustc sees it (trace line numbers refer to it).
  package var source: String
  package var narrations: [LessonNarration]
  package var questions: [LessonQuestion]
  /// Paragraphs shown after the last step (`//~` lines).
  package var closing: [String]
  /// Set for lessons about a program rustc rejects.
  package var expectedError: ExpectedError?
  /// The modelled stack size in bytes (`//! stack: 64KiB`); nil means the default 8 MiB.
  package var stackLimit: Int?
  /// Lines that hold lesson markup (header, narration, questions, summary); a code panel
  /// may hide them, keeping the other lines' numbers.
  package var markupLines: Set<Int>

  package var id: String { slug }

  /// Most steps a lesson may take: more could not be stepped through by a learner, and a
  /// lesson that loops forever is stopped quickly.
  package static let stepBudget = 1_000_000
  /// Seconds a lesson's run may take, in memtutor and as a compiled program (`check`).
  package static let timeBudget = EngineOptions.commandTimeBudget

  /// The options the engine should trace this lesson with.
  package var engineOptions: EngineOptions {
    var options = EngineOptions()
    if let stackLimit { options.stackLimit = stackLimit }
    options.stepBudget = Self.stepBudget
    // A lesson about a program rustc rejects shows what would happen if it ran.
    options.whatIf = expectedError != nil
    options.timeBudget = Self.timeBudget
    return options
  }

  /// The program's lines with their 1-based numbers, lesson markup left out.
  package var codeLines: [(number: Int, text: String)] {
    source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap {
      offset, text in
      markupLines.contains(offset + 1) ? nil : (offset + 1, String(text))
    }
  }

  /// Narration blocks attached to `line`, in file order.
  package func narrations(forLine line: Int) -> [LessonNarration] {
    narrations.filter { $0.line == line }
  }

  /// Questions attached to `line`, in file order.
  package func questions(forLine line: Int) -> [LessonQuestion] {
    questions.filter { $0.line == line }
  }
}
