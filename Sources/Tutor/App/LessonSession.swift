import Course
import Screen
import Terminal

/// One lesson (or the learner's own program) being stepped through, with its questions, the
/// learner's progress, and the presenter's controls on top of the tutor.
///
/// Questions are asked before their step is revealed: when a key (or autoplay) would take the
/// tutor past an unanswered question, the session stops the tutor on the step before it and
/// puts the question up; the step is shown once the answer has been seen.
struct LessonSession<Tutor: LessonTutor>: AppModel {
  /// Why the session ended: the owner quits, or goes back to the lesson menu.
  enum Exit: Sendable, Equatable {
    case quit
    case menu
  }

  enum Card: Sendable, Equatable {
    case introduction
    case closing
    /// The current step's narration in full, for a screen too small to show all of it.
    case narration
  }

  private(set) var tutor: Tutor
  /// The lesson's id, or nil for a program that is not a lesson (no progress is kept).
  let lessonID: String?
  /// Sorted by step.
  let questions: [PromptQuestion]
  private(set) var progress: LessonProgress
  private(set) var prompt: QuestionPrompt?
  private(set) var settings: PresenterSettings
  private(set) var exit: Exit?
  /// Esc goes back to the menu (the lesson was opened from it) instead of quitting.
  var escapeReturnsToMenu = false
  var styles = ClassroomStyles.standard
  var ascii = false
  private(set) var showingHelp = false
  /// Esc was pressed outside a question: the bottom line asks `Quit this lesson? y/n`.
  private(set) var confirmingQuit = false
  /// The lesson's introduction (shown before the first step) and closing summary (after the
  /// last), as paragraphs.
  var introduction: [String] = [] {
    didSet {
      let fresh = settings.presenting || (progress.lastStep == 0 && progress.answers.isEmpty)
      if tutor.currentStep == 0, fresh { showCard(.introduction) }
    }
  }
  var closing: [String] = []
  /// rustc's report for a program it rejects, shown verbatim (with its carets) on the summary.
  var rejectionReport: [String] = []
  /// The card on screen, if any.
  private(set) var card: Card? {
    didSet { cardScroll = 0 }
  }
  /// Lines of the card scrolled past (a long rustc report at 80×24).
  var cardScroll = 0
  /// The terminal's size, from the last resize: how much of a card fits.
  private(set) var screenSize = (width: 80, height: 24)
  /// A one-line message shown over the top row until the next key (a progress file moved aside).
  var notice: String?

  /// While the rest of the run is recorded: the whole session, which takes over when it is
  /// ready (see `LessonSession+Recording`), and the keys pressed meanwhile.
  var recording: BackgroundWork<LessonSession<Tutor>>?
  var keysWhileRecording: [Key] = []
  /// What the terminal can show, for the session that takes over.
  private(set) var terminal: TerminalCapabilities?

  /// Questions passed in this session without a recorded answer (revealed by a presenter).
  private var cleared: Set<Int> = []
  /// The clock at the last automatic step; nil until the next tick starts the timer.
  private var lastAutoStep: Double?
  private var autoplayPaused = false

  init(
    tutor: Tutor, lessonID: String?, questions: [PromptQuestion], progress: LessonProgress? = nil,
    settings: PresenterSettings = .learner
  ) {
    self.tutor = tutor
    self.lessonID = lessonID
    self.questions = questions.sorted { $0.step < $1.step }
    self.progress = progress ?? LessonProgress(lessonID: lessonID ?? "")
    self.settings = settings
    self.progress.stepCount = tutor.stepCount
  }

  var wantsTicks: Bool {
    isRecording || tutor.wantsTicks || (isAutoplaying && prompt == nil && card == nil && !settings.blanked)
  }

  var exitStatus: Int32 { tutor.exitStatus }

  /// The tutor as drawn: hiding the answer of a question that is due.
  var shownTutor: Tutor {
    var shown = tutor
    shown.hiddenAnswers = AnswerMask(answers: pendingAnswers)
    return shown
  }

  var isAutoplaying: Bool {
    settings.autoplayDelay != nil && !autoplayPaused && tutor.currentStep < tutor.stepCount - 1
  }

  mutating func configure(for terminal: TerminalCapabilities) {
    self.terminal = terminal
    tutor.configure(for: terminal)
    if !terminal.supportsColor { styles = ClassroomStyles(theme: .mono) }
    if !terminal.supportsUnicode { ascii = true }
  }

  /// Starts at `step` (a saved place or `--step K`), without asking the questions before it.
  mutating func start(at step: Int) {
    tutor.jump(to: step)
    if step > 0, card == .introduction { card = nil }
    noteStep()
  }

  mutating func update(_ message: Message) -> Bool {
    if let handled = updateWhileRecording(message) { return handled }
    switch message {
    case .resize(let width, let height):
      screenSize = (width, height)
      _ = tutor.update(message)
      if var open = prompt {
        _ = open.update(message)
        prompt = open
      }
      return true
    case .tick(let now):
      return tick(now)
    case .key(let key):
      return handle(key)
    }
  }

  /// The settings as the tutor should show them: autoplay only while it is running.
  private var shownSettings: PresenterSettings {
    var shown = settings
    if !isAutoplaying { shown.autoplayDelay = nil }
    return shown
  }

  func view(width: Int, height: Int) -> ScreenBuffer {
    if settings.blanked { return ScreenBuffer(width: width, height: height) }
    let shown = shownTutor
    var buffer =
      settings.presenting || settings.zoom != nil
      ? shown.view(width: width, height: height, settings: shownSettings)
      : shown.view(width: width, height: height)
    if let notice {
      buffer.fill(x: 0, y: 0, width: width, height: 1, style: styles.warning)
      buffer.put(" " + notice, x: 0, y: 0, style: styles.warning, maxWidth: width)
    }
    if let prompt {
      var panel = QuestionPanel(prompt: prompt, styles: styles, ascii: ascii, presenter: settings.presenting)
      if !settings.presenting, prompt.isAnswered { panel.score = progress.scoreText }
      panel.draw(into: &buffer, x: 0, y: 0, width: width, height: max(0, height - 1))
      if !settings.presenting, height > 1 {
        // The status line says what the keys do now: answer, not step.
        buffer.fill(x: 0, y: height - 1, width: width, height: 1, style: styles.status)
        buffer.put(
          " Question" + (ascii ? " - " : " · ") + panel.keyHint + (ascii ? " - " : " · ") + "q quit", x: 0,
          y: height - 1, style: styles.status, maxWidth: width)
      }
    }
    if let card {
      drawCard(card, into: &buffer)
      if !settings.presenting, height > 1 {
        buffer.fill(x: 0, y: height - 1, width: width, height: 1, style: styles.status)
        var keys =
          card == .introduction ? "Enter start" : card == .narration ? "any key closes" : "Enter close"
        let dot = ascii ? " - " : " · "
        if cardScrolls { keys = (ascii ? "Up/Down" : "↑↓") + " scroll" + dot + keys }
        buffer.put(
          " " + keys + (lessonID == nil ? "" : dot + "m lesson menu") + dot + "? help" + dot + "q quit", x: 0,
          y: height - 1, style: styles.status, maxWidth: width)
      }
    }
    if confirmingQuit, height > 0 {
      buffer.fill(x: 0, y: height - 1, width: width, height: 1, style: styles.warning)
      buffer.put(" " + quitQuestion, x: 0, y: height - 1, style: styles.warning, maxWidth: width)
    }
    if showingHelp {
      LessonHelpOverlay(
        styles: styles, ascii: ascii, hasMenu: lessonID != nil, timedAutoplay: settings.autoplayDelay != nil
      ).draw(into: &buffer)
    }
    return buffer
  }

  // MARK: - Keys

  private mutating func handle(_ key: Key) -> Bool {
    notice = nil
    if confirmingQuit {
      confirmingQuit = false
      switch key {
      case .character("y"), .character("Y"): return finish(escapeReturnsToMenu ? .menu : .quit)
      // Any other key only answers "no", except one that does something of its own: a
      // clicker's next press still moves on.
      case .character("n"), .character("N"), .escape, .enter: return true
      default: break
      }
    }
    if showingHelp {
      showingHelp = false
      return key == .character("q") ? finish(.quit) : true
    }
    if card != nil, !settings.blanked {
      switch key {
      case .character("q"): return finish(.quit)
      case .character("m") where lessonID != nil: return finish(.menu)
      case .character("?"): showingHelp = true
      case .character("b"), .character("B"), .character("."): settings.blanked = true
      case _ where scrollCard(with: key): break
      default:
        card = nil
        lastAutoStep = nil
      }
      return true
    }
    if settings.blanked {
      switch key {
      case .character("b"), .character("B"), .character("."), .escape: settings.blanked = false
      case .character("q"): return finish(.quit)
      default: break
      }
      return true
    }
    if prompt != nil { return handlePromptKey(key) }
    switch key {
    case .character("b"), .character("B"), .character("."):
      settings.blanked = true
      return true
    case .character("z"):
      settings.cycleZoom()
      return true
    case .character("?"):
      showingHelp = true
      return true
    case .character("r") where !shownTutor.narrationInFull.isEmpty:
      card = .narration
      return true
    case .character("m"):
      return lessonID == nil ? true : finish(.menu)
    case .escape where !tutor.isTypingStep:
      // Esc is easy to press by mistake (some clickers send it): ask first; q quits at once.
      confirmingQuit = true
      return true
    case .character("a") where settings.autoplayDelay != nil:
      autoplayPaused.toggle()
      lastAutoStep = nil
      return true
    case .character("q"):
      return finish(.quit)
    default:
      lastAutoStep = nil
      return advance(with: .key(key))
    }
  }

  private mutating func handlePromptKey(_ key: Key) -> Bool {
    guard var open = prompt else { return true }
    let answersTyped = key == .enter && !open.typed.isEmpty
    if settings.presenting, !open.isAnswered, Self.isForward(key), !answersTyped {
      // The room has had its say: show the answer (nothing is scored in presenter mode).
      open.reveal()
      prompt = open
      return true
    }
    let outcome = open.update(.key(key))
    prompt = open
    switch outcome {
    case .handled:
      return true
    case .answered(let answer):
      if settings.presenting {
        cleared.insert(answer.step)
      } else {
        progress.record(answer)
      }
      return true
    case .proceed:
      cleared.insert(open.question.step)
      prompt = nil
      lastAutoStep = nil
      reveal(step: open.question.step)
      noteStep()
      return true
    case .cancelled:
      prompt = nil
      return true
    case .ignored:
      switch key {
      case .character("q"): return finish(.quit)
      case .character("m") where lessonID != nil: return finish(.menu)
      case .left, .character("h"), .pageUp, .escape:
        // Back out of the question; the tutor stays where it was.
        prompt = nil
        return true
      case .character("b"), .character("B"), .character("."):
        settings.blanked = true
        return true
      default:
        return true
      }
    }
  }

  // MARK: - Stepping

  /// Lets the tutor handle `message`, then stops it before the first unanswered question it
  /// would have skipped.
  private mutating func advance(with message: Message) -> Bool {
    let from = tutor.currentStep
    var moved = tutor
    let keepRunning = moved.update(message)
    if !keepRunning {
      tutor = moved
      return finish(.quit)
    }
    let to = moved.currentStep
    if to == from, from == tutor.stepCount - 1, !closing.isEmpty || !rejectionReport.isEmpty,
      case .key(let key) = message,
      Self.isForward(key), !moved.wantsTicks
    {
      // "Next" on the last step: the end state has been seen, now the summary.
      tutor = moved
      showCard(.closing)
      return true
    }
    // A presenter who jumps ahead means it: only stepping one at a time meets the questions.
    let asks = settings.presenting ? to == from + 1 : to > from
    if asks, let question = firstBlockingQuestion(after: from, upTo: to) {
      if question.step - 1 != from { tutor.jump(to: question.step - 1) }
      prompt = QuestionPrompt(question: question)
    } else {
      tutor = moved
    }
    noteStep()
    return true
  }

  private mutating func tick(_ now: Double) -> Bool {
    if prompt != nil || card != nil || settings.blanked {
      // Animations may finish, but the tutor must not step on under a question.
      var moved = tutor
      _ = moved.update(.tick(now))
      if moved.currentStep == tutor.currentStep { tutor = moved }
      lastAutoStep = nil
      return true
    }
    if isAutoplaying, let delay = settings.autoplayDelay, !tutor.wantsTicks {
      if let last = lastAutoStep {
        if now - last >= delay {
          lastAutoStep = now
          return advance(with: .key(.right))
        }
      } else {
        lastAutoStep = now
      }
    }
    return advance(with: .tick(now))
  }

  /// Shows `step` as the tutor's own "next" would (with its animation) when it is the next
  /// one, otherwise jumps there.
  private mutating func reveal(step: Int) {
    if tutor.currentStep == step - 1 {
      var moved = tutor
      _ = moved.update(.key(.right))
      if moved.currentStep == step {
        tutor = moved
        return
      }
    }
    tutor.jump(to: step)
  }

  /// The answers of the question about the next step, while it is still to be answered: the
  /// step on screen is the one just before it, and may already show what it asks.
  private var pendingAnswers: [String] {
    if let prompt, prompt.isAnswered { return [] }
    let next = tutor.currentStep + 1
    return questions.compactMap { question in
      guard question.step == next, progress.answer(forStep: question.step) == nil,
        !cleared.contains(question.step), case .number(let answer) = question.kind
      else { return nil }
      return answer
    }
  }

  private func firstBlockingQuestion(after from: Int, upTo to: Int) -> PromptQuestion? {
    questions.first { question in
      question.step > from && question.step <= to && question.step > 0
        && progress.answer(forStep: question.step) == nil && !cleared.contains(question.step)
    }
  }

  /// Keeps the progress in step with the screen: the place, and done once the end is reached.
  private mutating func noteStep() {
    guard lessonID != nil else { return }
    progress.lastStep = tutor.currentStep
    progress.stepCount = tutor.stepCount
    if tutor.stepCount > 0, tutor.currentStep >= tutor.stepCount - 1 { progress.done = true }
  }

  private mutating func showCard(_ which: Card) {
    card = which
  }

  private mutating func finish(_ reason: Exit) -> Bool {
    exit = reason
    noteStep()
    return false
  }

  private static func isForward(_ key: Key) -> Bool {
    switch key {
    case .enter, .right, .pageDown, .character(" "), .character("l"), .character("n"): return true
    default: return false
    }
  }
}
