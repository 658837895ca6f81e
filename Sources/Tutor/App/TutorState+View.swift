import Screen

/// Draws the whole screen: each panel in its place from `ScreenLayout`, pointer lines
/// between them, the status line, and the help overlay on top.
extension TutorState {
  func view(width: Int, height: Int) -> ScreenBuffer {
    compose(width: width, height: height, settings: .learner)
  }

  /// The screen for a learner, a room (presenter mode) or with one panel zoomed.
  func compose(width: Int, height: Int, settings: PresenterSettings) -> ScreenBuffer {
    composeParts(width: width, height: height, settings: settings).screen
  }

  /// The usual screen drawn part by part; `only` draws just that part (for layout tests).
  func composeParts(
    width: Int, height: Int, settings: PresenterSettings, only: ScreenCanvas.Part? = nil
  ) -> ScreenCanvas {
    var canvas = ScreenCanvas(width: width, height: height, only: only)
    var context = context
    if settings.presenting, context.theme.name != .mono { context.theme = .highContrast }
    let image = session.image
    guard let layout = ScreenLayout.make(width: width, height: height, staticCount: image.statics.count)
    else {
      canvas.overlay { TooSmallMessage.render(width: width, height: height, context: context, into: &$0) }
      return canvas
    }
    let animation = session.animation?.frame ?? .still
    let scene = Scene(image: image, state: session.state, marks: session.marks, animation: animation)
    var status = statusLine
    if settings.presenting { status.hints = [] }

    if let zoom = settings.zoom {
      let (whole, statusRow) = Rect(x: 0, y: 0, width: width, height: height).splitBottom(1)
      switch zoom {
      case .stack:
        canvas.draw(.stack, in: whole) {
          StackPanel.render(scene, context: context, in: whole, into: &$0)
          hiddenAnswers.apply(to: &$0, in: whole)
        }
      case .heap:
        let (heap, statics) =
          image.statics.isEmpty ? (whole, nil) : whole.splitBottom(min(image.statics.count, 8) + 1)
        canvas.draw(.heap, in: heap) {
          HeapPanel.render(scene, context: context, in: heap, into: &$0)
          hiddenAnswers.apply(to: &$0, in: heap)
        }
        if let statics {
          canvas.draw(.statics, in: statics) {
            StaticPanel.render(image, context: context, in: statics, into: &$0)
            hiddenAnswers.apply(to: &$0, in: statics)
          }
        }
      case .code:
        canvas.draw(.code, in: whole) { CodePanel.render(codeView, context: context, in: whole, into: &$0) }
      }
      canvas.draw(.status, in: statusRow) {
        StatusBar.render(status, context: context, in: statusRow, into: &$0)
      }
      return canvas
    }

    canvas.draw(.code, in: layout.code) {
      CodePanel.render(codeView, context: context, in: layout.code, into: &$0)
    }
    var narrationArea = layout.narration
    let counterWidth = BigText.width(of: bigCounterText) + 2
    let showsCounter =
      settings.presenting && narrationArea.width >= counterWidth + 30
      && narrationArea.height >= BigText.height + 2
    if showsCounter { narrationArea.width -= counterWidth }
    canvas.draw(.narration, in: narrationArea) {
      NarrationPanel.render(
        shownNarration, title: narrationTitle, context: context, in: narrationArea, into: &$0,
        spacious: settings.presenting)
    }
    let sources = canvas.draw(.stack, in: layout.stack) {
      StackPanel.render(scene, context: context, in: layout.stack, into: &$0)
    }
    var targets = canvas.draw(.heap, in: layout.heap) {
      HeapPanel.render(scene, context: context, in: layout.heap, into: &$0)
    }
    if let statics = layout.statics {
      targets += canvas.draw(.statics, in: statics) {
        StaticPanel.render(image, context: context, in: statics, into: &$0)
      }
    }
    canvas.draw(.gutter, in: layout.gutter) {
      PointerGutter.render(sources: sources, targets: targets, context: context, in: layout.gutter, into: &$0)
    }
    let output = session.state.output
    let shown = min(output.count, animation.outputCount ?? output.count)
    canvas.draw(.output, in: layout.output) {
      OutputPanel.render(output[0..<shown], context: context, in: layout.output, into: &$0)
    }
    // The code stays as written: a question's answer is worked out from the memory panels.
    for (part, area) in canvas.areas where [.stack, .gutter, .heap, .statics, .output].contains(part) {
      canvas.draw(part, in: area) { hiddenAnswers.apply(to: &$0, in: area) }
    }
    canvas.draw(.status, in: layout.status) {
      StatusBar.render(status, context: context, in: layout.status, into: &$0)
    }
    if showsCounter {
      let counterArea = Rect(
        x: narrationArea.maxX, y: layout.narration.y, width: counterWidth, height: layout.narration.height)
      canvas.draw(.counter, in: counterArea) {
        drawBigCounter(in: layout.narration, context: context, into: &$0)
      }
    }
    if showsHelp {
      canvas.overlay {
        HelpOverlay.render(
          context: context, in: Rect(x: 0, y: 0, width: width, height: height - 1), into: &$0)
      }
    }
    return canvas
  }

  /// The narration as shown: without the answer of a question still open.
  var shownNarration: String { hiddenAnswers.apply(to: narrationText) }

  /// `k/N`, or only `k` while the rest of the run is recorded.
  private var bigCounterText: String {
    session.trace.isComplete ? "\(session.position + 1)/\(session.stepCount)" : "\(session.position + 1)"
  }

  /// `k/N` in big type in the narration panel's top-right corner.
  private func drawBigCounter(in area: Rect, context: RenderContext, into buffer: inout ScreenBuffer) {
    let counter = bigCounterText
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
    line.isRecording = !session.trace.isComplete
    if session.isAtEnd, session.trace.isComplete { line.outcome = outcomeText }
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
