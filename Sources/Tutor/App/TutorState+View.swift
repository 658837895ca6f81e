/// Draws the whole screen: each panel in its place from `ScreenLayout`, pointer lines
/// between them, the status line, and the help overlay on top.
extension TutorState {
  func view(width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    let image = session.image
    guard let layout = ScreenLayout.make(width: width, height: height, staticCount: image.statics.count)
    else {
      TooSmallMessage.render(width: width, height: height, context: context, into: &buffer)
      return buffer
    }
    let animation = session.animation?.frame ?? .still
    let scene = Scene(image: image, state: session.state, marks: session.marks, animation: animation)

    CodePanel.render(codeView, context: context, in: layout.code, into: &buffer)
    NarrationPanel.render(
      narrationText, title: narrationTitle, context: context, in: layout.narration, into: &buffer)
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
    StatusBar.render(statusLine, context: context, in: layout.status, into: &buffer)
    if showsHelp {
      HelpOverlay.render(
        context: context, in: Rect(x: 0, y: 0, width: width, height: height - 1), into: &buffer)
    }
    return buffer
  }

  var codeView: CodeView {
    CodeView(
      title: "Code" + context.glyphs.separator + fileName, lines: session.sourceLines,
      nextLine: session.nextLine,
      justRunLine: session.currentLine, hasRun: session.codeHasRun)
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
    switch session.state.status {
    case .running: return nil
    case .exited: return "exit \(status)"
    case .panicked: return "panicked" + context.glyphs.separator + "exit \(status)"
    case .overflowed: return "stack overflow" + context.glyphs.separator + "exit \(status)"
    }
  }
}
