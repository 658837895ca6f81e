import MemoryModel

/// The Stack panel: one box per frame, `main` at the top (the highest addresses) and each
/// callee below it, as the stack grows down; a gauge of the stack used against its limit.
/// When the frames do not fit, the middle is compressed to `… 170,412 frames …`, keeping
/// `main` and the newest frames in view.
package enum StackPanel {
  /// Draws the panel and returns the rows whose slots point elsewhere.
  @discardableResult
  package static func render(
    _ scene: Scene, context: RenderContext, in area: Rect, into buffer: inout ScreenBuffer,
    heading threadHeading: String? = nil, isActive: Bool = true
  ) -> [PointerSource] {
    guard area.width >= 8, area.height >= 3 else { return [] }
    if threadHeading == nil, scene.state.threads.count > 1 {
      return renderThreads(scene, context: context, in: area, into: &buffer)
    }
    let glyphs = context.glyphs
    let heading =
      threadHeading
      ?? Self.heading(
        "Stack" + glyphs.separator + "grows " + glyphs.stackGrowth,
        notes: animationNotes(for: nil, scene, glyphs: glyphs), width: area.width)
    let reserved = scene.image.stackInUseBeforeMain
    let headings =
      reserved > 0
      ? [
        heading + glyphs.separator + "\(Format.bytes(reserved)) in use above main",
        heading + glyphs.separator + "\(Format.bytes(reserved)) above main",
      ] : []
    buffer.drawTitleRule(
      headings.first { DisplayWidth.of($0) + 4 <= area.width } ?? heading, x: area.x, y: area.y,
      width: area.width, glyphs: glyphs, lineStyle: context[.panelBorder],
      titleStyle: isActive ? context[.panelTitle] : context[.modelLabel])
    let gaugeRow = area.maxY - 1
    let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
    renderGauge(scene, context: context, x: area.x, y: gaugeRow, width: area.width, into: &buffer)

    let count = scene.visibleFrameCount
    let departing = scene.animation.departing
    let total = count + (departing == nil ? 0 : 1)
    guard total > 0, body.height > 0 else {
      let note =
        scene.state.runningThreadHasFinished
        ? "no frames left"
        : scene.state.status == .running ? "no frames yet" : "empty: main has returned"
      buffer.put(note, x: area.x + 1, y: body.y, style: context[.modelLabel], maxWidth: area.width - 1)
      return []
    }
    func frame(_ index: Int) -> FrameState {
      index < count ? scene.state.frames[index] : (departing?.frame ?? scene.state.frames[0])
    }

    // Columns are sized from the frames that can possibly be drawn: main and the newest few.
    var candidates: [FrameState] = [frame(0)]
    let firstRecent = max(1, total - body.height)
    if firstRecent < total {
      for index in firstRecent..<total { candidates.append(frame(index)) }
    }
    let popped = poppedRegions(scene)
    candidates += popped.map(\.frame)
    var columns = SlotColumns.fit(
      candidates.compactMap { scene.layout(of: $0) }, innerWidth: area.width - 4, glyphs: glyphs)
    columns.fieldNames = scene.image.fieldNames

    var fullHeights: [Int: Int] = [:]
    func fullHeight(_ index: Int) -> Int {
      if let known = fullHeights[index] { return known }
      let current = frame(index)
      let slotRows = slotRowCount(current, scene: scene, columns: columns)
      let rows: Int
      if index >= count, let departing {
        rows = partialHeight(slotRows: slotRows, fraction: departing.remaining)
      } else if let reveal = scene.animation.frameReveal[current.id] {
        rows = partialHeight(slotRows: slotRows, fraction: reveal)
      } else {
        rows = slotRows + 2
      }
      fullHeights[index] = rows
      return rows
    }

    let overhang = overhangHeight(scene)
    let below = popped.reduce(overhang) { $0 + poppedHeight($1, scene: scene, columns: columns) }
    let planRows = below == 0 ? body.height : max(min(body.height, 4), body.height - below)
    let plan = StackPlan.make(count: total, rows: planRows, fullHeight: fullHeight)
    var sources: [PointerSource] = []
    var row = body.y
    for entry in plan.entries {
      guard row < body.maxY else { break }
      switch entry {
      case .frame(let index, let full):
        let current = frame(index)
        let box = Rect(x: area.x, y: row, width: area.width, height: min(fullHeight(index), body.maxY - row))
        if full {
          let drawn = FrameBox(
            frame: current, scene: scene, columns: columns, context: context,
            isDeparting: index >= count, isNewest: index == total - 1)
          sources += drawn.render(in: box, height: fullHeight(index), into: &buffer)
          row += fullHeight(index)
        } else {
          FrameBox(
            frame: current, scene: scene, columns: columns, context: context, isDeparting: false,
            isNewest: false
          ).renderCollapsed(in: box, into: &buffer)
          row += 1
        }
      case .hidden(let hiddenCount):
        let label =
          "\(glyphs.ellipsis) \(Format.grouped(hiddenCount)) \(hiddenCount == 1 ? "frame" : "frames") \(glyphs.ellipsis)"
        buffer.putCentred(label, in: body, y: row, style: context[.modelLabel])
        row += 1
      }
    }
    for region in popped where row < body.maxY - 1 {
      let height = poppedHeight(region, scene: scene, columns: columns)
      let box = Rect(x: area.x, y: row, width: area.width, height: min(height, body.maxY - row))
      var drawn = FrameBox(
        frame: region.frame, scene: scene, columns: columns, context: context, isDeparting: false,
        isNewest: false)
      drawn.isPopped = true
      drawn.pointedFrom = region.pointedFrom
      _ = drawn.render(in: box, height: height, into: &buffer)
      row += height
    }
    if overhang > 0, row < body.maxY {
      renderOverhang(
        scene, context: context, x: area.x, y: row, width: area.width, maxY: body.maxY, into: &buffer)
      row += overhang
    }
    if row <= body.maxY - 2, showsBufferHandle(scene) {
      // Free room at the bottom: say which order the three words really have.
      let notes = [
        "String/Vec: ptr len cap (rustc stores cap, ptr, len)", "ptr len cap (rustc: cap ptr len)",
      ]
      if let note = notes.first(where: { DisplayWidth.of($0) <= area.width - 2 }) {
        buffer.put(note, x: area.x + 1, y: body.maxY - 1, style: context[.modelLabel])
      }
    }
    if scene.animation.flash {
      for flashRow in body.y..<body.maxY {
        buffer.restyle(x: area.x, y: flashRow, width: area.width, style: context[.flash])
      }
    }
    return sources
  }

  /// Rows of a frame sliding in or out: header and bottom edge, and some of its slots.
  private static func partialHeight(slotRows: Int, fraction: Double) -> Int {
    guard fraction > 0 else { return 0 }
    return 2 + min(slotRows, Int((Double(slotRows) * fraction).rounded(.up)))
  }

  /// Whether a `String` or `Vec` handle (`ptr len cap`) is drawn: in the innermost frames,
  /// `main` or a heap block. The note on the real field order is about nothing otherwise.
  private static func showsBufferHandle(_ scene: Scene) -> Bool {
    func holdsBuffer(_ value: Value) -> Bool {
      switch value {
      case .buffer: return true
      case .tuple(let items), .array(let items), .structure(_, let items), .variant(_, _, let items):
        return items.contains(where: holdsBuffer)
      default: return false
      }
    }
    let frames = scene.state.frames
    let shown = frames.suffix(64) + (frames.count > 64 ? frames.prefix(1) : [])
    if shown.contains(where: { frame in frame.slots.contains { holdsBuffer($0.value) } }) { return true }
    // A handle inside a heap block (`Rc<RefCell<Vec<T>>>`) is drawn the same way.
    return scene.state.heap.prefix(256).contains { $0.contents.storedValues.contains(where: holdsBuffer) }
  }

  package static func slotRowCount(_ frame: FrameState, scene: Scene, columns: SlotColumns) -> Int {
    guard let layout = scene.layout(of: frame) else { return 0 }
    var rows = 0
    let pointedBy = scene.danglingSources(in: frame)
    for index in layout.slots.indices where !layout.slots[index].isCompilerTemporary {
      let ref = SlotRef(frameID: frame.id, slot: index)
      let slot = scene.slot(ref, in: frame)
      // A dead slot's `◄ name` tag takes room after its value as a dangling mark does.
      let markWidth =
        (scene.danglingMark(of: slot, at: ref, glyphs: .ascii) ?? pointedBy[index].map { "<- " + $0 })
        .map { DisplayWidth.of($0) + 1 } ?? 0
      let valueRows = columns.rows(for: slot, extraWidth: markWidth)
      let typeWraps =
        FrameBox.wrappedType(
          layout.slots[index].typeName, width: columns.typeWidth, ellipsis: columns.ellipsis)
        != nil
      rows += typeWraps ? 2 : valueRows
    }
    return rows
  }

  private static func renderGauge(
    _ scene: Scene, context: RenderContext, x: Int, y: Int, width: Int, into buffer: inout ScreenBuffer
  ) {
    let glyphs = context.glyphs
    let depth = scene.visibleFrameCount
    var used = 0.0
    if depth > 0 {
      let newest = scene.state.frames[depth - 1]
      used = Double(scene.state.runningStack(in: scene.image).top &- newest.bottomAddress)
      // A frame sliding in or out counts for the part of it on screen.
      if let reveal = scene.animation.frameReveal[newest.id] { used -= (1 - reveal) * Double(newest.size) }
    }
    if let departing = scene.animation.departing {
      used += departing.remaining * Double(departing.frame.size)
    }
    let usedBytes = Int(used.rounded())
    // A spawned thread's gauge measures its own stack.
    let limit = max(1, scene.state.runningStack(in: scene.image).size)
    // What was in use before main counts against the limit too: the bar starts with it.
    let reserved = scene.image.stackInUseBeforeMain
    used += Double(reserved)
    var text = " \(Format.bytes(usedBytes)) of \(Format.bytes(limit))"
    if reserved > 0 {
      let both = " \(Format.bytes(usedBytes)) + \(Format.bytes(reserved)) of \(Format.bytes(limit))"
      text =
        width - DisplayWidth.of(both) - 2 >= 8
        ? both : " \(Format.bytes(usedBytes + reserved)) of \(Format.bytes(limit))"
    }
    let depthText = glyphs.separator + "\(Format.grouped(depth)) frames"
    if depth > 1, width - DisplayWidth.of(text + depthText) - 2 >= 10 { text += depthText }
    let overflowed = scene.state.status == .overflowed && scene.animation.stackDepth == nil
    let barWidth = max(4, min(24, width - DisplayWidth.of(text) - 2))
    let filled = min(barWidth, Int((used / Double(limit) * Double(barWidth)).rounded()))
    var column = x
    column += buffer.put(glyphs.gaugeLeft, x: column, y: y, style: context[.gaugeEmpty])
    for cell in 0..<barWidth {
      let full = cell < filled
      column += buffer.put(
        full ? glyphs.gaugeFull : glyphs.gaugeEmpty, x: column, y: y,
        style: full ? (overflowed ? context[.warning] : context[.gauge]) : context[.gaugeEmpty])
    }
    column += buffer.put(glyphs.gaugeRight, x: column, y: y, style: context[.gaugeEmpty])
    let remaining = x + width - column
    if overflowed, remaining >= DisplayWidth.of(text) + 10 {
      column += buffer.put(text, x: column, y: y, style: context[.gauge])
      buffer.put(" OVERFLOW", x: column, y: y, style: context[.warning], maxWidth: x + width - column)
    } else {
      buffer.put(text, x: column, y: y, style: context[.gauge], maxWidth: remaining)
    }
  }
}
