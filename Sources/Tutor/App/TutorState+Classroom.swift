import Screen

/// The tutor drawn for a room on a large screen: a header with a big step counter, the panels
/// spaced apart, and the narration large across the bottom.
extension TutorState {
  var narrationInFull: String { shownNarration }

  /// The presenter's screen: big step counter, spaced panels, large narration, no key hints.
  /// (Smaller screens use the usual layout without key hints: `compose(…settings:)`.)
  func presenterView(width: Int, height: Int, settings: PresenterSettings) -> ScreenBuffer {
    let zoom = settings.zoom
    var buffer = ScreenBuffer(width: width, height: height)
    // High contrast for a projector, as on the smaller presenter screen (mono stays mono).
    var context = context
    if context.theme.name != .mono { context.theme = .highContrast }
    guard ScreenLayout.fits(width: width, height: height) else {
      TooSmallMessage.render(width: width, height: height, context: context, into: &buffer)
      return buffer
    }
    let animation = session.animation?.frame ?? .still
    let output = session.state.output
    let shownOutput = min(output.count, animation.outputCount ?? output.count)
    let layout = PresenterLayout(
      width: width, height: height, hasOutput: shownOutput > 0, staticCount: session.image.statics.count)
    layout.drawHeader(
      title: title, step: session.position, stepCount: session.stepCount, note: presenterNote(settings),
      context: context,
      into: &buffer)
    if let zoom {
      drawZoomed(zoom, in: layout.body, context: context, into: &buffer)
    } else {
      let scene = Scene(
        image: session.image, state: session.state, marks: session.marks, animation: animation)
      CodePanel.render(codeView, context: context, in: layout.code, into: &buffer)
      if let outputArea = layout.output {
        OutputPanel.render(
          output[0..<shownOutput], context: context, in: outputArea, into: &buffer)
      }
      let sources = StackPanel.render(scene, context: context, in: layout.stack, into: &buffer)
      var targets = HeapPanel.render(scene, context: context, in: layout.heap, into: &buffer)
      if let statics = layout.statics {
        targets += StaticPanel.render(session.image, context: context, in: statics, into: &buffer)
      }
      PointerGutter.render(
        sources: sources, targets: targets, context: context, in: layout.gutter, into: &buffer)
      for area in [layout.stack, layout.gutter, layout.heap, layout.statics ?? .zero, layout.output ?? .zero]
      {
        hiddenAnswers.apply(to: &buffer, in: area)
      }
    }
    layout.drawNarration(shownNarration, context: context, into: &buffer)
    if showsHelp {
      HelpOverlay.render(context: context, in: Rect(x: 0, y: 0, width: width, height: height), into: &buffer)
    }
    return buffer
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
    _ zoom: PresenterSettings.Zoom, in area: Rect, context: RenderContext, into buffer: inout ScreenBuffer
  ) {
    let animation = session.animation?.frame ?? .still
    let scene = Scene(image: session.image, state: session.state, marks: session.marks, animation: animation)
    switch zoom {
    case .stack:
      StackPanel.render(scene, context: context, in: area, into: &buffer)
      hiddenAnswers.apply(to: &buffer, in: area)
    case .heap:
      HeapPanel.render(scene, context: context, in: area, into: &buffer)
      hiddenAnswers.apply(to: &buffer, in: area)
    case .code: CodePanel.render(codeView, context: context, in: area, into: &buffer)
    }
  }

  /// "4 s", "1.5 s".
  static func seconds(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10) s" : "\(tenths / 10).\(tenths % 10) s"
  }
}
