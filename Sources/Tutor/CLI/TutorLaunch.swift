import ArgumentParser
import Course
import Execution
import Foundation
import RustFrontEnd
import Screen
import Terminal

/// Starting the full-screen tutor: the lesson menu, a lesson by number or name, or a program
/// file. Shared by `memtutor` with no arguments and `memtutor LESSON|FILE.rs`.
struct TutorLaunch {
  var options: TutorOptions
  var classroom: ClassroomOptions
  /// For a program file (`--stack-size`); a lesson sets its own.
  var engineOptions = EngineOptions()
  var environment = ProcessInfo.processInfo.environment

  private var launcher: LessonLauncher {
    LessonLauncher(options: options, settings: classroom.settings)
  }

  /// `memtutor`: the menu, with the last lesson preselected.
  func menu() throws -> Int32 {
    // Say so at once rather than after tracing the whole course.
    if let refusal = TerminalEnvironment.current().refusal {
      CommandOutput.printError(refusal.message)
      return refusal.exitStatus
    }
    let library = loadLibrary()
    guard !library.lessons.isEmpty else {
      throw LaunchError(
        "no lessons found"
          + (library.problems.isEmpty ? "" : ":\n" + library.problems.joined(separator: "\n")))
    }
    let loaded = ProgressStore.standard(environment: environment).load()
    var root = makeRoot(library: library, loaded: loaded)
    return TerminalRunner.run(&root)
  }

  /// `memtutor 3`, `memtutor stack-overflow`: straight into a lesson (`m` leads to the menu).
  func lesson(_ argument: String) throws -> Int32 {
    let library = loadLibrary()
    let lesson: Lesson
    do {
      lesson = try library.resolve(argument)
    } catch {
      throw LaunchError(error.description)
    }
    let store = ProgressStore.standard(environment: environment)
    let loaded = store.load()
    let saved = loaded.progress.lessons[lesson.slug]
    let startStep = max(classroom.step ?? 0, classroom.present ? 0 : saved?.lastStep ?? 0)
    switch launcher.openRecording(lesson, progress: saved, startStep: startStep) {
    case .message(let message):
      return try show(message)
    case .session(var session):
      try position(&session, saved: saved)
      if let notice = Self.notice(loaded: loaded, library: library) { session.notice = notice }
      var root = makeRoot(library: library, loaded: loaded, session: session)
      return TerminalRunner.run(&root)
    }
  }

  /// `memtutor path/to/file.rs`: the learner's own program, narrated from its events.
  func file(_ path: String) throws -> Int32 {
    let source = try Self.readProgram(at: path)
    switch launcher.openRecording(
      path: path, source: source, engineOptions: engineOptions, startStep: classroom.step ?? 0)
    {
    case .message(let message):
      return try show(message)
    case .session(var session):
      try position(&session, saved: nil)
      return TerminalRunner.run(&session)
    }
  }

  // MARK: - Helpers

  private func loadLibrary() -> LessonLibrary {
    let library = LessonLibrary.load(extraFolders: classroom.lessonFolders, environment: environment)
    for problem in library.problems {
      CommandOutput.printError("memtutor: \(problem)")
    }
    return library
  }

  private func makeRoot(
    library: LessonLibrary, loaded: ProgressStore.Loaded, session: LessonSession<TutorState>? = nil
  ) -> RootModel<TutorState> {
    let course = LessonCourse(library: library, launcher: launcher)
    let store = loaded.canSave ? ProgressStore.standard(environment: environment) : nil
    var root: RootModel<TutorState>
    if let session {
      root = RootModel(
        course: course.rootCourse, progress: loaded.progress, store: store, session: session)
    } else {
      root = RootModel(
        course: course.rootCourse, progress: loaded.progress, store: store,
        notice: Self.notice(loaded: loaded, library: library))
    }
    root.styles = ClassroomStyles(theme: Theme.named(options.theme))
    return root
  }

  /// One line for the screen about what went wrong on the way in: the progress file first, then
  /// lesson folders that could not be read (their full text went to standard error).
  static func notice(loaded: ProgressStore.Loaded, library: LessonLibrary) -> String? {
    if let notice = loaded.notice { return notice }
    guard let first = library.problems.first else { return nil }
    let line = first.split(separator: "\n").first.map(String.init) ?? first
    let more = library.problems.count - 1
    return line + (more > 0 ? " (and \(more) more problem\(more == 1 ? "" : "s"))" : "")
  }

  /// `--step K` wins; otherwise a lesson resumes where the learner left it (a presenter
  /// starts at the beginning: the room has not seen it yet).
  private func position(_ session: inout LessonSession<TutorState>, saved: LessonProgress?) throws {
    let count = session.tutor.stepCount
    if let step = classroom.step {
      guard step <= count else {
        throw LaunchError("--step \(step) is past the end: this program has \(count) steps")
      }
      session.start(at: step - 1)
    } else if !classroom.present, let saved, !(saved.done && saved.lastStep >= count - 1), saved.lastStep > 0
    {
      session.start(at: saved.lastStep)
    }
  }

  /// A program that cannot be run: in the full-screen tutor when there is a terminal,
  /// otherwise as plain text on standard error. Either way the exit status is 65.
  private func show(_ message: MessageScreen) throws -> Int32 {
    if TerminalEnvironment.current().refusal != nil {
      CommandOutput.printError(message.text)
      return message.exitStatus
    }
    var screen = message
    return TerminalRunner.run(&screen)
  }

  /// The file's text; when it cannot be read, one line saying why and exit status 66.
  static func readProgram(at path: String) throws -> String {
    var isDirectory: ObjCBool = false
    let reason: String
    if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      reason = "no such file"
    } else if isDirectory.boolValue {
      reason = "it is a directory"
    } else if let data = FileManager.default.contents(atPath: path) {
      return SourceText.normalized(String(decoding: data, as: UTF8.self))
    } else {
      reason = "permission denied"
    }
    ProgramLoader.printError("memtutor: cannot read '\(path)': \(reason)")
    throw ExitCode(ProgramLoader.unreadableExitStatus)
  }

}

/// A problem starting the tutor (no such lesson, an unreadable file), printed as one message
/// without the usage text: the command line itself was fine.
struct LaunchError: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}
