import Course
import Foundation
import Screen
import Terminal

/// The whole app when the course is involved: the lesson menu, a lesson being stepped
/// through, or a message (a lesson that could not be opened). Progress is saved here, after
/// every change, so quitting at any moment keeps the learner's place.
struct RootModel<Tutor: LessonTutor>: AppModel {
  enum Screen: Sendable {
    case menu(MenuState)
    case lesson(LessonSession<Tutor>)
    case message(MessageScreen)
  }

  /// A lesson ready to step through, or a screen saying why it could not be opened.
  enum Opened: Sendable {
    case session(LessonSession<Tutor>)
    case message(MessageScreen)
  }

  /// How lessons are found and opened; injected so tests need no files and no engine.
  struct Course: Sendable {
    /// Every lesson in course order, with the progress filled in.
    var entries: @Sendable (CourseProgress) -> [MenuEntry]
    /// A session for a lesson id carrying the learner's saved progress, or the text
    /// explaining why the lesson cannot be opened.
    var open: @Sendable (String, LessonProgress) -> Opened
    /// Whether the entries still lack something worked out in the background (the lessons'
    /// step counts); the menu is refreshed once they have it.
    var isLoading: @Sendable () -> Bool = { false }

    init(
      entries: @escaping @Sendable (CourseProgress) -> [MenuEntry],
      isLoading: @escaping @Sendable () -> Bool = { false },
      open: @escaping @Sendable (String, LessonProgress) -> Opened
    ) {
      self.entries = entries
      self.isLoading = isLoading
      self.open = open
    }
  }

  private(set) var screen: Screen
  private(set) var progress: CourseProgress
  let course: Course
  /// Where progress is saved; nil when it must not be (a file we could not move aside).
  let store: ProgressStore?
  var styles = ClassroomStyles.standard {
    didSet {
      if case .menu(var menu) = screen {
        menu.styles = styles
        screen = .menu(menu)
      }
    }
  }
  /// The last problem saving progress, shown once in the menu.
  private(set) var saveProblem: String?
  private var size: (width: Int, height: Int)?
  /// What the terminal can show, passed on to every screen opened later.
  private var terminal: TerminalCapabilities?
  private var reportedSaveProblem = false
  /// The menu on screen was built before the course had loaded everything.
  private var menuAwaitsCourse = false

  /// Starts on the menu with the last lesson preselected. `notice` (a progress file moved
  /// aside) is shown on the menu.
  init(course: Course, progress: CourseProgress, store: ProgressStore?, notice: String? = nil) {
    self.course = course
    self.progress = progress
    self.store = store
    menuAwaitsCourse = course.isLoading()
    var menu = MenuState(entries: course.entries(progress), resume: progress.lastOpened)
    menu.notice = notice
    screen = .menu(menu)
  }

  /// Starts in a lesson (`memtutor 3`); `m` still leads to the menu.
  init(
    course: Course, progress: CourseProgress, store: ProgressStore?, session: LessonSession<Tutor>,
    notice: String? = nil
  ) {
    // The menu is built when it is first shown: its step counts are not needed yet.
    self.course = course
    self.progress = progress
    self.store = store
    screen = .lesson(session)
    remember(session)
  }

  var wantsTicks: Bool {
    switch screen {
    case .menu(let menu): menu.wantsTicks || menuAwaitsCourse
    case .lesson(let session): session.wantsTicks
    case .message(let message): message.wantsTicks
    }
  }

  var exitStatus: Int32 {
    switch screen {
    case .menu(let menu): menu.exitStatus
    case .lesson(let session): session.exitStatus
    case .message(let message): message.exitStatus
    }
  }

  mutating func configure(for terminal: TerminalCapabilities) {
    self.terminal = terminal
    switch screen {
    case .menu(var menu):
      menu.configure(for: terminal)
      screen = .menu(menu)
    case .lesson(var session):
      session.configure(for: terminal)
      screen = .lesson(session)
    case .message(var message):
      message.configure(for: terminal)
      screen = .message(message)
    }
  }

  mutating func update(_ message: Message) -> Bool {
    if case .resize(let width, let height) = message { size = (width, height) }
    switch screen {
    case .menu(var menu):
      if menuAwaitsCourse, !course.isLoading() {
        menuAwaitsCourse = false
        menu.refresh(entries: course.entries(progress))
      }
      let running = menu.update(message)
      screen = .menu(menu)
      guard running else { return false }
      if let id = menu.takeChoice() { open(id) }
      return true
    case .lesson(var session):
      let running = session.update(message)
      screen = .lesson(session)
      remember(session)
      guard !running else { return true }
      if session.exit == .menu {
        showMenu(selecting: session.lessonID)
        return true
      }
      return false
    case .message(var screenMessage):
      let running = screenMessage.update(message)
      screen = .message(screenMessage)
      if !running { showMenu(selecting: nil) }
      return true
    }
  }

  func view(width: Int, height: Int) -> ScreenBuffer {
    switch screen {
    case .menu(let menu): menu.view(width: width, height: height)
    case .lesson(let session): session.view(width: width, height: height)
    case .message(let message): message.view(width: width, height: height)
    }
  }

  // MARK: - Switching screens

  /// Opens a lesson at the learner's saved place (from the start again once it is done).
  mutating func open(_ id: String) {
    let saved = progress[id]
    switch course.open(id, saved) {
    case .session(var session):
      let finished = saved.done && saved.lastStep >= session.tutor.stepCount - 1
      let resumeAt = finished || session.settings.presenting ? 0 : saved.lastStep
      if resumeAt > 0 { session.start(at: resumeAt) }
      session.escapeReturnsToMenu = true
      if let terminal { session.configure(for: terminal) }
      sendSize(to: &session)
      screen = .lesson(session)
      remember(session)
    case .message(var message):
      message.leaveAction = "back to the menu"
      if let terminal { message.configure(for: terminal) }
      if let size { _ = message.update(.resize(width: size.width, height: size.height)) }
      screen = .message(message)
    }
  }

  private mutating func showMenu(selecting id: String?) {
    menuAwaitsCourse = course.isLoading()
    var menu = MenuState(entries: course.entries(progress), resume: id ?? progress.lastOpened)
    if let saveProblem, !reportedSaveProblem {
      menu.notice = saveProblem
      reportedSaveProblem = true
    }
    menu.styles = styles
    if let terminal { menu.configure(for: terminal) }
    if let size { _ = menu.update(.resize(width: size.width, height: size.height)) }
    screen = .menu(menu)
  }

  private func sendSize(to session: inout LessonSession<Tutor>) {
    if let size { _ = session.update(.resize(width: size.width, height: size.height)) }
  }

  // MARK: - Saving

  /// Folds the session's progress into the course's and saves it when anything changed.
  private mutating func remember(_ session: LessonSession<Tutor>) {
    // A presenter's clicks are not the learner's progress; a session still recording its
    // run does not know how many steps the lesson has.
    guard let id = session.lessonID, !session.settings.presenting, !session.isRecording else { return }
    var lesson = session.progress
    let before = progress.lessons[id]
    lesson.updatedAt = before?.updatedAt
    guard before != lesson || progress.lastOpened != id else { return }
    lesson.updatedAt = Date()
    progress[id] = lesson
    progress.lastOpened = id
    save()
  }

  private mutating func save() {
    guard let store else { return }
    do {
      // What another memtutor saved meanwhile comes back merged in.
      progress = try store.save(progress)
      saveProblem = nil
    } catch {
      if saveProblem == nil { reportedSaveProblem = false }
      saveProblem = error.description
    }
  }
}
