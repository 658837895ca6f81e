import Screen

/// Draws the whole screen: each panel in its place from `ScreenLayout`, pointer lines
/// between them, the status line, and the help overlay on top.
extension TutorState {
  func view(width: Int, height: Int) -> ScreenBuffer {
    compose(width: width, height: height, settings: .learner)
  }

  /// The screen for a learner, a room (presenter mode) or with one panel zoomed.
  func compose(width: Int, height: Int, settings: PresenterSettings) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    var context = context
    if settings.presenting, context.theme.name != .mono { context.theme = .highContrast }
    let image = session.image
    guard let layout = ScreenLayout.make(width: width, height: height, staticCount: image.statics.count)
    else {
      TooSmallMessage.render(width: width, height: height, context: context, into: &buffer)
      return buffer
    }
    let animation = session.animation?.frame ?? .still
    let scene = Scene(image: image, state: session.state, marks: session.marks, animation: animation)
    var status = statusLine
    if settings.presenting { status.hints = [] }

    if let zoom = settings.zoom {
      let (whole, statusRow) = Rect(x: 0, y: 0, width: width, height: height).splitBottom(1)
      switch zoom {
      case .stack:
        StackPanel.render(scene, context: context, in: whole, into: &buffer)
        hiddenAnswers.apply(to: &buffer, in: whole)
      case .heap:
        let (heap, statics) =
          image.statics.isEmpty ? (whole, nil) : whole.splitBottom(min(image.statics.count, 8) + 1)
        HeapPanel.render(scene, context: context, in: heap, into: &buffer)
        if let statics { StaticPanel.render(image, context: context, in: statics, into: &buffer) }
        hiddenAnswers.apply(to: &buffer, in: whole)
      case .code:
        CodePanel.render(codeView, context: context, in: whole, into: &buffer)
      }
      StatusBar.render(status, context: context, in: statusRow, into: &buffer)
      return buffer
    }

    CodePanel.render(codeView, context: context, in: layout.code, into: &buffer)
    var narrationArea = layout.narration
    let counterWidth = BigText.width(of: "\(session.position + 1)/\(session.stepCount)") + 2
    let showsCounter =
      settings.presenting && narrationArea.width >= counterWidth + 30
      && narrationArea.height >= BigText.height + 2
    if showsCounter { narrationArea.width -= counterWidth }
    NarrationPanel.render(
      shownNarration, title: narrationTitle, context: context, in: narrationArea, into: &buffer,
      spacious: settings.presenting)
    let sources = StackPanel.render(scene, context: context, in: layout.stack, into: &buffer)
    var targets = HeapPanel.render(scene, context: context, in: layout.heap, into: &buffer)
    if let statics = layout.statics {
      targets += StaticPanel.render(image, context: context, in: statics, into: &buffer)
    }
    PointerGutter.render(
      sources: sources, targets: targets, context: context, in: layout.gutter, into: &buffer)
    let output = session.state.output
    let shown = min(output.count, animation.outputCount ?? output.count)
    OutputPanel.render(output[0..<shown], context: context, in: layout.output, into: &buffer)
    // The code stays as written: a question's answer is worked out from the memory panels.
    for area in [layout.stack, layout.gutter, layout.heap, layout.statics ?? .zero, layout.output] {
      hiddenAnswers.apply(to: &buffer, in: area)
    }
    StatusBar.render(status, context: context, in: layout.status, into: &buffer)
    if showsCounter { drawBigCounter(in: layout.narration, context: context, into: &buffer) }
    if showsHelp {
      HelpOverlay.render(
        context: context, in: Rect(x: 0, y: 0, width: width, height: height - 1), into: &buffer)
    }
    return buffer
  }

  /// The narration as shown: without the answer of a question still open.
  var shownNarration: String { hiddenAnswers.apply(to: narrationText) }

  /// `k/N` in big type in the narration panel's top-right corner.
  private func drawBigCounter(in area: Rect, context: RenderContext, into buffer: inout ScreenBuffer) {
    let counter = "\(session.position + 1)/\(session.stepCount)"
    let x = area.maxX - BigText.width(of: counter) - 1
    BigText.draw(
      counter, x: x, y: area.y + 1, style: context[.panelTitle], ascii: context.glyphs == .ascii,
      into: &buffer)
  }

  var codeView: CodeView {
    var view = CodeView(
      title: "Code" + context.glyphs.separator + fileName, lines: session.sourceLines,
      nextLine: session.nextLine,
      justRunLine: session.currentLine, hasRun: session.codeHasRun)
    view.hiddenLines = narration?.hiddenLines ?? []
    return view
  }

  private var fileName: String {
    let path = session.image.path
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  var narrationTitle: String {
    let step = "Step \(session.position + 1)"
    if let line = session.currentLine { return step + context.glyphs.separator + "line \(line)" }
    return step
  }

  /// The end of a run rustc refuses, in place of its exit status.
  static let whatIfOutcome = "what if (rustc rejects this program)"

  var statusLine: StatusLine {
    var line = StatusLine(title: title, position: session.position, stepCount: session.stepCount)
    if session.isAtEnd { line.outcome = outcomeText }
    if !jumpInput.isEmpty { line.notice = "go to step: \(jumpInput)_  (Enter to go, Esc to cancel)" }
    if isAutoplaying { line.autoplaySpeed = options.speed }
    line.hints = [
      .init(key: "→", label: "next"), .init(key: "←", label: "back"), .init(key: "?", label: "help"),
      .init(key: "q", label: "quit"), .init(key: "o", label: "over"), .init(key: "u", label: "out"),
      .init(key: "End", label: "to end"), .init(key: "a", label: isAutoplaying ? "pause" : "play"),
    ]
    if context.glyphs == .ascii {
      line.hints[0].key = "->"
      line.hints[1].key = "<-"
    }
    return line
  }

  private var outcomeText: String? {
    let status = session.trace.outcome.exitStatus
    let separator = context.glyphs.separator
    // A compiled program never runs this way, so there is no real exit status to quote.
    let whatIf = isWhatIf ? Self.whatIfOutcome : nil
    switch session.state.status {
    case .running: return nil
    case .exited: return whatIf ?? "exit \(status)"
    case .panicked:
      return whatIf.map { $0 + separator + "panics" } ?? "panicked" + separator + "exit \(status)"
    case .overflowed:
      return whatIf.map { $0 + separator + "stack overflow" } ?? "stack overflow" + separator
        + "exit \(status)"
    case .stopped: return "stopped by memtutor" + separator + (whatIf ?? "exit \(status)")
    }
  }
}
