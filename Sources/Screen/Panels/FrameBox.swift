import MemoryModel

/// One frame of the Stack panel: a box titled `fn name · 48 B (model) · 0x7fff…` with a
/// row per slot (name, type, size, address, value).
package struct FrameBox {
  package let frame: FrameState
  package let scene: Scene
  package let columns: SlotColumns
  package let context: RenderContext
  /// A popped frame drawn while it slides out.
  package let isDeparting: Bool
  package let isNewest: Bool
  /// A frame already popped, drawn below the stack pointer because something points into it.
  package var isPopped = false
  /// Slot addresses that a live pointer names, and the name of the slot holding it
  /// (`◄ label`), for a popped frame.
  package var pointedFrom: [UInt64: String] = [:]

  /// Draws the frame in `box` (clipped to it); `height` is the frame's own height, which
  /// is shorter than its full height while it slides in or out.
  package func render(in box: Rect, height: Int, into buffer: inout ScreenBuffer) -> [PointerSource] {
    guard height > 0, box.height > 0 else { return [] }
    let glyphs = context.glyphs
    let faded = isDeparting || isPopped
    let border = faded ? context[.deadSlot] : context[.frameBorder]
    let right = box.maxX - 1
    let bottom = box.y + height - 1
    buffer.drawBox(
      Rect(x: box.x, y: box.y, width: box.width, height: 1), glyphs: glyphs, style: border,
      title: isPopped ? poppedTitle(maxWidth: box.width - 4) : title(maxWidth: box.width - 4),
      titleStyle: faded ? border : context[.frameTitle])
    guard let layout = scene.layout(of: frame) else { return [] }
    var sources: [PointerSource] = []
    var row = box.y + 1
    // Cut by the panel's edge: the last row says how many slots are out of sight.
    // (Only its bottom edge cut off, it needs no marker; a popped frame keeps its pointed-at
    // slots before the count of the rest.)
    let isCut = bottom >= box.maxY && height - 2 > box.maxY - box.y - 1
    let slotRowLimit = isCut ? box.maxY - (isPopped ? 0 : 1) : min(bottom, box.maxY)
    // Highest address first, like the frames themselves.
    let order = layout.slots.indices.filter { !layout.slots[$0].isCompilerTemporary }
      .sorted { layout.slots[$0].offset < layout.slots[$1].offset }
    var drawnSlots = 0
    let danglingFrom = danglingSources()
    for index in order where row < slotRowLimit {
      let slotAddress = frame.topAddress &- UInt64(layout.slots[index].offset + layout.slots[index].size)
      // A popped frame short of room keeps the slots still pointed at.
      if isPopped, isCut, pointedFrom[slotAddress] == nil { continue }
      let ref = SlotRef(frameID: frame.id, slot: index)
      let slot = scene.slot(ref, in: frame)
      let shown = drawSlot(
        layout.slots[index], slot: slot, ref: ref, row: row, box: box, limit: slotRowLimit,
        pointedBy: danglingFrom[index], into: &buffer)
      // A dead slot a dangling reference still names keeps its line to the block it owned,
      // so the chain from the reference to the freed block can be followed.
      if let pointerRow = shown.pointerRow, let slot, slot.status == .live || danglingFrom[index] != nil,
        !faded,
        let target = slot.value.pointerTargets.first
      {
        sources.append(PointerSource(row: pointerRow, x: box.maxX, address: target, slot: ref))
      }
      row += shown.rows
      drawnSlots += 1
    }
    let markerRow = isPopped ? row : slotRowLimit
    if isCut, markerRow > box.y, markerRow < box.maxY, !isDeparting,
      scene.animation.frameReveal[frame.id] == nil
    {
      let hidden = order.count - drawnSlots
      let text = hidden > 0 ? "\(context.glyphs.stackGrowth) \(hidden) more" : ""
      buffer.put(text, x: box.x + 2, y: markerRow, style: context[.modelLabel], maxWidth: box.width - 4)
    }
    for sideRow in (box.y + 1)..<max(box.y + 1, min(bottom, box.maxY)) {
      buffer.put(glyphs.vertical, x: box.x, y: sideRow, style: border)
      buffer.put(glyphs.vertical, x: right, y: sideRow, style: border)
    }
    if bottom < box.maxY, height >= 2 {
      buffer.put(glyphs.bottomLeft, x: box.x, y: bottom, style: border)
      buffer.horizontalLine(
        x: box.x + 1, y: bottom, width: box.width - 2, glyph: glyphs.horizontal, style: border)
      buffer.put(glyphs.bottomRight, x: right, y: bottom, style: border)
      if isNewest, !isDeparting, let tag = returnTag(maxWidth: box.width - 4) {
        buffer.put(" " + tag + " ", x: box.x + 2, y: bottom, style: context[.changedValue])
      }
    }
    return sources
  }

  /// One row: the frame's header only (`┌ fn f · n = 3 · 32 B · …dfd0 ──┐`).
  package func renderCollapsed(in box: Rect, into buffer: inout ScreenBuffer) {
    buffer.drawBox(
      Rect(x: box.x, y: box.y, width: box.width, height: 1), glyphs: context.glyphs,
      style: context[.frameBorder], title: title(maxWidth: box.width - 4, withArgument: true),
      titleStyle: context[.frameTitle])
  }

  private func drawSlot(
    _ layoutSlot: FrameLayout.Slot, slot: FrameState.Slot?, ref: SlotRef, row: Int, box: Rect, limit: Int,
    pointedBy: String? = nil, into buffer: inout ScreenBuffer
  ) -> (rows: Int, pointerRow: Int?) {
    let left = box.x + 2
    let faded = isDeparting || isPopped
    func style(_ role: ThemeRole) -> Style { faded ? context[.deadSlot] : context[role] }
    var column = left
    buffer.put(layoutSlot.name, x: column, y: row, style: style(.slotName), maxWidth: columns.nameWidth)
    column += columns.nameWidth + 1
    // A type too long for its column wraps at a space onto the next row, where there is one.
    let wrapped =
      row + 1 < limit
      ? Self.wrappedType(layoutSlot.typeName, width: columns.typeWidth, ellipsis: columns.ellipsis) : nil
    buffer.put(
      wrapped?.head
        ?? Self.clippedAtWord(layoutSlot.typeName, to: columns.typeWidth, ellipsis: columns.ellipsis),
      x: column, y: row, style: style(.typeName), maxWidth: columns.typeWidth)
    let typeColumn = column
    if let wrapped {
      buffer.put(
        wrapped.tail, x: typeColumn, y: row + 1, style: style(.typeName), maxWidth: columns.typeWidth)
    }
    column += columns.typeWidth + 1
    let sizeText = Format.bytes(layoutSlot.size)
    buffer.put(
      sizeText, x: column + columns.sizeWidth - DisplayWidth.of(sizeText), y: row, style: style(.size))
    column += columns.sizeWidth + 1
    let address = frame.topAddress &- UInt64(layoutSlot.offset + layoutSlot.size)
    buffer.put(
      Format.address(address, columns.addressForm, ellipsis: columns.ellipsis), x: column, y: row,
      style: style(.address))
    column += columns.addressForm.width + 1

    if let pointer = pointedFrom[address], isPopped {
      // The slot a live reference still names: say whose it is, at the row's right end.
      let tag = context.glyphs.pointedFromMark + " " + pointer
      if wrapped != nil {
        let after = typeColumn + columns.typeWidth + 1
        buffer.put(tag, x: after, y: row + 1, style: context[.warning], maxWidth: box.maxX - 2 - after)
        return (2, row)
      }
      if DisplayWidth.of(tag) > box.maxX - 2 - column, row + 1 < limit {
        buffer.put(
          tag + " points here", x: left + 2, y: row + 1, style: context[.warning], maxWidth: box.width - 6)
        return (2, row)
      }
      let tagX = max(column, box.maxX - 2 - DisplayWidth.of(tag))
      buffer.put(tag, x: tagX, y: row, style: context[.warning], maxWidth: box.maxX - 2 - tagX)
      return (1, row)
    }

    var (text, baseRole) = columns.valueText(slot)
    // `(moved)` stays in sight when a long value (a kept iterator's fields) is clipped.
    var movedSuffix = ""
    if baseRole == .movedOut, text.hasSuffix(" (moved)") {
      text.removeLast(" (moved)".count)
      movedSuffix = " (moved)"
    }
    let dangling = faded ? nil : scene.danglingMark(of: slot, at: ref, glyphs: context.glyphs)
    let changed =
      baseRole == .value
      && (scene.marks.writtenSlots.contains(ref) || scene.animation.slotHighlights.contains(ref))
    let valueStyle = dangling == nil ? style(changed ? .changedValue : baseRole) : context[.warning]
    let innerRight = box.maxX - 2
    // A dropped or moved-out slot a dangling reference still names: `◄ shortest` after its
    // value, or at the end of its name row when the value goes to the row below anyway.
    var mark = dangling
    if let pointedBy, !faded {
      let tag = context.glyphs.pointedFromMark + " " + pointedBy
      let valueMovesDown = DisplayWidth.of(text) > columns.valueWidth && wrapped == nil && row + 1 < limit
      if valueMovesDown, DisplayWidth.of(tag) <= innerRight - column {
        buffer.put(tag, x: innerRight - DisplayWidth.of(tag), y: row, style: context[.warning])
      } else {
        mark = tag
      }
    }
    let markWidth = (mark.map { DisplayWidth.of($0) + 1 } ?? 0) + DisplayWidth.of(movedSuffix)
    func putValue(x: Int, y: Int, room: Int) {
      let shown =
        Format.clipped(text, to: max(0, room - markWidth), ellipsis: columns.ellipsis) + movedSuffix
      let used = buffer.put(shown, x: x, y: y, style: valueStyle, maxWidth: room)
      if let mark {
        buffer.put(" " + mark, x: x + used, y: y, style: context[.warning], maxWidth: room - used)
      }
    }
    if DisplayWidth.of(text) + markWidth <= columns.valueWidth {
      putValue(x: column, y: row, room: innerRight - column)
      return (wrapped == nil ? 1 : 2, row)
    }
    if wrapped != nil {
      // The type's second row holds the value after the type's column.
      let after = typeColumn + columns.typeWidth + 1
      putValue(x: after, y: row + 1, room: innerRight - after)
      return (2, row + 1)
    }
    guard row + 1 < limit else {
      putValue(x: column, y: row, room: innerRight - column)
      return (1, row)
    }
    let continuation = left + 2
    putValue(x: continuation, y: row + 1, room: innerRight - continuation)
    return (2, row + 1)
  }

  /// The longest header that fits: `fn say_name · 32 B (model) · at 0x7fffffffdfb0` down to `say_name`.
  /// A function inside a module is named by its path, as rustc's backtraces name it
  /// (`garden::plant`); where that does not fit, the path loses modules from its front
  /// (`…plant`), so the function's own name stays in sight.
  package func title(maxWidth: Int, withArgument: Bool = false) -> String {
    let separator = context.glyphs.separator
    let size = Format.bytes(frame.size)
    // The lowest address, where the stack pointer stands while the frame runs: the address
    // `memtutor trace` gives for `push frame … at`.
    let full = "at " + Format.address(frame.bottomAddress, .full)
    let short = "at " + Format.address(frame.bottomAddress, .short, ellipsis: context.glyphs.ellipsis)
    var name = "fn " + frame.function
    if withArgument, let argument = firstArgument() { name += separator + argument }
    let variants = [
      name + separator + size + " (model)" + separator + full,
      name + separator + size + " (model)" + separator + short,
      name + separator + size + separator + short,
      name + separator + size,
      "fn " + frame.function + separator + size,
    ]
    let shortened = ModulePathText.shortenings(of: frame.function, ellipsis: context.glyphs.ellipsis)
    let fitting =
      (variants + shortened.map { "fn " + $0 + separator + size } + [frame.function] + shortened).first {
        DisplayWidth.of($0) <= maxWidth
      }
    return fitting ?? shortened.last ?? frame.function
  }

  /// `n = 5` for a collapsed recursion frame: which call this is.
  private func firstArgument() -> String? {
    guard let layout = scene.layout(of: frame), let first = layout.slots.first,
      let slot = frame.slots.first, slot.status == .live, slot.value.isScalar
    else { return nil }
    return "\(first.name) = \(ValueText.text(slot.value))"
  }
}
