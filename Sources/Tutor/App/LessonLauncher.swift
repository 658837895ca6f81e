import Course
import Execution
import RustFrontEnd
import Screen

/// Builds what the screen shows for a lesson or a program file: a session ready to step
/// through, or a screen explaining why the program cannot be run.
struct LessonLauncher: Sendable {
  var options: TutorOptions
  var settings: PresenterSettings

  typealias Opened = RootModel<TutorState>.Opened

  /// A lesson, with its narration, its questions (answers worked out from the trace) and the
  /// learner's progress so far.
  func open(_ lesson: Lesson, progress: LessonProgress?) -> Opened {
    let trace: Trace
    do {
      trace = try Engine.trace(source: lesson.source, path: lesson.path, options: lesson.engineOptions)
    } catch {
      return .message(
        MessageScreen(
          title: "memtutor cannot run lesson \(lesson.number), \(lesson.title)",
          text: error.rendered(file: lesson.path, source: lesson.source),
          exitStatus: ProgramLoader.diagnosticsExitStatus))
    }
    return .session(session(for: lesson, trace: trace, progress: progress))
  }

  /// Steps recorded before the first frame of a long run; the rest is recorded in the
  /// background (a few milliseconds' work).
  static let firstFrameSteps = 2000

  /// As `open(_:progress:)`, but a long run opens at once: the session shows the first steps
  /// (through `startStep + 1`, so a saved place can be resumed and known not to be the last)
  /// while the whole run is recorded in the background, and the whole session takes over
  /// when it is ready.
  func openRecording(_ lesson: Lesson, progress: LessonProgress?, startStep: Int = 0) -> Opened {
    var options = lesson.engineOptions
    options.prefixSteps = max(Self.firstFrameSteps, startStep + 2)
    guard let prefix = try? Engine.trace(source: lesson.source, path: lesson.path, options: options) else {
      return open(lesson, progress: progress)
    }
    var first = session(for: lesson, trace: prefix, progress: progress)
    if !prefix.isComplete {
      let partial = first
      first.recording = BackgroundWork { [self] in
        guard case .session(let whole) = open(lesson, progress: progress) else { return partial }
        return whole
      }
    }
    return .session(first)
  }

  private func session(for lesson: Lesson, trace: Trace, progress: LessonProgress?) -> LessonSession<
    TutorState
  > {
    let narrator = LessonNarrator(lesson: lesson, trace: trace)
    let narration = NarrationSource(title: lesson.title, hiddenLines: lesson.markupLines) { step in
      narrator.narration(forStep: step)
    }
    let questions = narrator.questions
    var tutor = TutorState(
      trace: trace, title: "\(lesson.number) \(lesson.title)", options: options, narration: narration)
    tutor.isWhatIf = lesson.engineOptions.whatIf
    var session = LessonSession(
      tutor: tutor, lessonID: lesson.slug, questions: questions,
      // A room is asked every question, whatever the learner on this machine answered.
      progress: settings.presenting ? nil : progress, settings: settings)
    session.styles = ClassroomStyles(theme: Theme.named(options.theme))
    session.ascii = options.ascii
    session.closing = lesson.closing
    session.rejectionReport = lesson.expectedError?.rustcText ?? []
    session.introduction = Self.introduction(of: lesson)
    return session
  }

  /// The learner's own program, narrated from its events; no questions, no progress.
  func open(path: String, source: String, engineOptions: EngineOptions = EngineOptions()) -> Opened {
    let trace: Trace
    var rejection: (report: String, source: OwnershipVerdict.Source)?
    do {
      trace = try Engine.trace(source: source, path: path, options: engineOptions)
    } catch {
      switch OwnershipVerdict.judge(error, file: path, source: source, options: engineOptions) {
      case .run(let accepted):
        trace = accepted
      case .refuse(let report, let whose, let whatIf?):
        // Only the move and borrow check refused it: the report, then what would happen.
        trace = whatIf
        rejection = (report, whose)
      case .refuse(let report, _, nil):
        var message = MessageScreen(
          title: "memtutor cannot run \(path)", text: report, exitStatus: ProgramLoader.diagnosticsExitStatus)
        message.styles = ClassroomStyles(theme: Theme.named(options.theme))
        return .message(message)
      }
    }
    return .session(session(path: path, trace: trace, rejection: rejection))
  }

  /// As `open(path:source:engineOptions:)`, but a long run of a program that passes the
  /// checks opens at once, from its first steps, while the whole run is recorded in the
  /// background (see `openRecording(_:progress:startStep:)`).
  func openRecording(
    path: String, source: String, engineOptions: EngineOptions = EngineOptions(), startStep: Int = 0
  ) -> Opened {
    guard let (checked, normalized) = try? Engine.check(source: source, options: engineOptions) else {
      return open(path: path, source: source, engineOptions: engineOptions)
    }
    var options = engineOptions
    options.prefixSteps = max(Self.firstFrameSteps, startStep + 2)
    let prefix = Engine.run(checked, source: normalized, path: path, options: options)
    var first = session(path: path, trace: prefix, rejection: nil)
    if !prefix.isComplete {
      first.recording = BackgroundWork { [self] in
        let whole = Engine.run(checked, source: normalized, path: path, options: engineOptions)
        return session(path: path, trace: whole, rejection: nil)
      }
    }
    return .session(first)
  }

  private func session(
    path: String, trace: Trace, rejection: (report: String, source: OwnershipVerdict.Source)?
  ) -> LessonSession<TutorState> {
    var name = path.split(separator: "/").last.map(String.init) ?? path
    if Self.readsStandardInput(trace) { name += " · " + Self.inputNote(options.inputName) }
    var tutor = TutorState(trace: trace, title: name, options: options)
    tutor.isWhatIf = rejection != nil
    var session = LessonSession(tutor: tutor, lessonID: nil, questions: [], settings: settings)
    session.styles = ClassroomStyles(theme: Theme.named(options.theme))
    session.ascii = options.ascii
    if let rejection {
      let lines = rejection.report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let headline = lines.first { $0.contains("error") } ?? "an error"
      let whose =
        rejection.source == .rustc
        ? "rustc rejects this program"
        : "memtutor's borrow check rejects this program (rustc is not installed to confirm it)"
      session.introduction = ["\(whose): \(headline). What follows is the run Rust prevents."]
      session.rejectionReport = lines
      session.closing = [
        rejection.source == .rustc
          ? "rustc's report on this program:" : "memtutor's report on this program (rustc is not installed):"
      ]
    }
    return session
  }

  /// Where a program's standard input comes from, for its status line.
  static func inputNote(_ inputName: String?) -> String {
    inputName.map { "stdin: \($0)" } ?? "stdin: empty (use --input FILE)"
  }

  /// Whether the program reads standard input: the status line then says where it comes from.
  static func readsStandardInput(_ trace: Trace) -> Bool {
    trace.image.readsStandardInput
  }

  /// The lesson's introduction for its first step; for a program rustc rejects, rustc's
  /// verdict first.
  static func introduction(of lesson: Lesson) -> [String] {
    var parts = lesson.intro
    if let expected = lesson.expectedError {
      let headline = expected.message.map { "error[\(expected.code)]: \($0)" } ?? "error \(expected.code)"
      parts.insert("rustc rejects this program: \(headline). This is the run Rust prevents.", at: 0)
    }
    return parts
  }

  /// The menu's view of the course: every lesson with its length (when it can be traced) and
  /// the learner's progress.
  static func menuEntries(
    for lessons: [Lesson], stepCounts: [String: Int], progress: CourseProgress
  ) -> [MenuEntry] {
    lessons.map { lesson in
      MenuEntry(
        id: lesson.slug, number: lesson.number, title: lesson.title, summary: lesson.summary,
        stepCount: stepCounts[lesson.slug], progress: progress.lessons[lesson.slug])
    }
  }
}
