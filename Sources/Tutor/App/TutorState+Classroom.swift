import Screen

/// The tutor drawn for a room on a large screen: a header with a big step counter, the panels
/// spaced apart, and the narration large across the bottom.
extension TutorState {
  var narrationInFull: String { shownNarration }

  /// The presenter's screen: big step counter, spaced panels, large narration, no key hints.
  /// (Smaller screens use the usual layout without key hints: `compose(…settings:)`.)
  func presenterView(width: Int, height: Int, settings: PresenterSettings) -> ScreenBuffer {
    presenterParts(width: width, height: height, settings: settings).screen
  }

  /// The presenter's screen part by part; `only` draws just that part (for layout tests).
  func presenterParts(
    width: Int, height: Int, settings: PresenterSettings, only: ScreenCanvas.Part? = nil
  ) -> ScreenCanvas {
    var canvas = ScreenCanvas(width: width, height: height, only: only)
    // High contrast for a projector, as on the smaller presenter screen (mono stays mono).
    var context = context
    if context.theme.name != .mono { context.theme = .highContrast }
    guard ScreenLayout.fits(width: width, height: height) else {
      canvas.overlay { TooSmallMessage.render(width: width, height: height, context: context, into: &$0) }
      return canvas
    }
    let animation = session.animation?.frame ?? .still
    let output = session.state.output
    let shownOutput = min(output.count, animation.outputCount ?? output.count)
    let layout = PresenterLayout(
      width: width, height: height, hasOutput: shownOutput > 0, staticCount: session.image.statics.count,
      codeWidth: presenterCodeWidth)
    canvas.draw(.header, in: layout.header) {
      layout.drawHeader(
        title: title, step: session.position, stepCount: session.stepCount, note: presenterNote(settings),
        context: context, into: &$0)
    }
    if let zoom = settings.zoom {
      drawZoomed(zoom, in: layout.body, context: context, into: &canvas)
    } else {
      let scene = Scene(
        image: session.image, state: session.state, marks: session.marks, animation: animation)
      var code = codeView
      // Air between the lines when the whole program fits that way: easier to read from afar.
      if code.shownLineCount * 2 - 1 <= layout.code.height - 1 { code.lineSpacing = 2 }
      canvas.draw(.code, in: layout.code) {
        CodePanel.render(code, context: context, in: layout.code, into: &$0)
      }
      if let outputArea = layout.output {
        canvas.draw(.output, in: outputArea) {
          OutputPanel.render(output[0..<shownOutput], context: context, in: outputArea, into: &$0)
          hiddenAnswers.apply(to: &$0, in: outputArea)
        }
      }
      let sources = canvas.draw(.stack, in: layout.stack) {
        StackPanel.render(scene, context: context, in: layout.stack, into: &$0)
      }
      var targets = canvas.draw(.heap, in: layout.heap) {
        HeapPanel.render(scene, context: context, in: layout.heap, into: &$0)
      }
      if let statics = layout.statics {
        targets += canvas.draw(.statics, in: statics) {
          StaticPanel.render(session.image, context: context, in: statics, into: &$0)
        }
      }
      canvas.draw(.gutter, in: layout.gutter) {
        PointerGutter.render(
          sources: sources, targets: targets, context: context, in: layout.gutter, into: &$0)
      }
      for (part, area) in canvas.areas where [.stack, .gutter, .heap, .statics].contains(part) {
        canvas.draw(part, in: area) { hiddenAnswers.apply(to: &$0, in: area) }
      }
    }
    canvas.draw(.narration, in: layout.narration) {
      layout.drawNarration(shownNarration, context: context, into: &$0)
    }
    if showsHelp {
      canvas.overlay {
        HelpOverlay.render(context: context, in: Rect(x: 0, y: 0, width: width, height: height), into: &$0)
      }
    }
    return canvas
  }

  /// Columns the code needs on a large screen: its longest shown line, the line numbers and
  /// the marker, and the panel's edges.
  private var presenterCodeWidth: Int {
    let hidden = codeView.hiddenLines
    let longest =
      session.sourceLines.enumerated()
      .filter { !hidden.contains($0.offset + 1) }
      .map { DisplayWidth.of($0.element) }
      .max() ?? 0
    return longest + String(session.sourceLines.count).count + 6
  }

  /// What the header says besides the counter: a step number being typed, autoplay, the end.
  private func presenterNote(_ settings: PresenterSettings) -> String? {
    if !jumpInput.isEmpty { return "go to step \(jumpInput)_" }
    if let delay = settings.autoplayDelay { return "autoplay, \(Self.seconds(delay)) a step (a pauses)" }
    if isAutoplaying { return "autoplay" }
    if session.isAtEnd, let outcome = statusLine.outcome { return outcome }
    return nil
  }

  /// One panel drawn over the whole of `area`.
  private func drawZoomed(
    _ zoom: PresenterSettings.Zoom, in area: Rect, context: RenderContext, into canvas: inout ScreenCanvas
  ) {
    let animation = session.animation?.frame ?? .still
    let scene = Scene(image: session.image, state: session.state, marks: session.marks, animation: animation)
    switch zoom {
    case .stack:
      canvas.draw(.stack, in: area) {
        StackPanel.render(scene, context: context, in: area, into: &$0)
        hiddenAnswers.apply(to: &$0, in: area)
      }
    case .heap:
      canvas.draw(.heap, in: area) {
        HeapPanel.render(scene, context: context, in: area, into: &$0)
        hiddenAnswers.apply(to: &$0, in: area)
      }
    case .code:
      canvas.draw(.code, in: area) { CodePanel.render(codeView, context: context, in: area, into: &$0) }
    }
  }

  /// "4 s", "1.5 s".
  static func seconds(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10) s" : "\(tenths / 10).\(tenths % 10) s"
  }
}
