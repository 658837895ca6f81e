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

  /// Draws the frame in `box` (clipped to it); `height` is the frame's own height, which
  /// is shorter than its full height while it slides in or out.
  package func render(in box: Rect, height: Int, into buffer: inout ScreenBuffer) -> [PointerSource] {
    guard height > 0, box.height > 0 else { return [] }
    let glyphs = context.glyphs
    let border = isDeparting ? context[.deadSlot] : context[.frameBorder]
    let right = box.maxX - 1
    let bottom = box.y + height - 1
    buffer.drawBox(
      Rect(x: box.x, y: box.y, width: box.width, height: 1), glyphs: glyphs, style: border,
      title: title(maxWidth: box.width - 4), titleStyle: isDeparting ? border : context[.frameTitle])
    guard let layout = scene.layout(of: frame) else { return [] }
    var sources: [PointerSource] = []
    var row = box.y + 1
    let slotRowLimit = min(bottom, box.maxY)
    // Highest address first, like the frames themselves.
    let order = layout.slots.indices.sorted { layout.slots[$0].offset < layout.slots[$1].offset }
    for index in order where row < slotRowLimit {
      let ref = SlotRef(frameID: frame.id, slot: index)
      let slot = scene.slot(ref, in: frame)
      let shown = drawSlot(
        layout.slots[index], slot: slot, ref: ref, row: row, box: box, limit: slotRowLimit, into: &buffer)
      if let pointerRow = shown.pointerRow, let slot, slot.status == .live, !isDeparting,
        let target = slot.value.pointerTargets.first
      {
        sources.append(PointerSource(row: pointerRow, x: box.maxX, address: target, slot: ref))
      }
      row += shown.rows
    }
    for sideRow in (box.y + 1)..<max(box.y + 1, slotRowLimit) {
      buffer.put(glyphs.vertical, x: box.x, y: sideRow, style: border)
      buffer.put(glyphs.vertical, x: right, y: sideRow, style: border)
    }
    if bottom < box.maxY, height >= 2 {
      buffer.put(glyphs.bottomLeft, x: box.x, y: bottom, style: border)
      buffer.horizontalLine(
        x: box.x + 1, y: bottom, width: box.width - 2, glyph: glyphs.horizontal, style: border)
      buffer.put(glyphs.bottomRight, x: right, y: bottom, style: border)
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
    into buffer: inout ScreenBuffer
  ) -> (rows: Int, pointerRow: Int?) {
    let left = box.x + 2
    let faded = isDeparting
    func style(_ role: ThemeRole) -> Style { faded ? context[.deadSlot] : context[role] }
    var column = left
    buffer.put(layoutSlot.name, x: column, y: row, style: style(.slotName), maxWidth: columns.nameWidth)
    column += columns.nameWidth + 1
    buffer.put(
      Format.clipped(layoutSlot.typeName, to: columns.typeWidth, ellipsis: columns.ellipsis),
      x: column, y: row, style: style(.typeName), maxWidth: columns.typeWidth)
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

    let (text, baseRole) = columns.valueText(slot)
    let changed =
      baseRole == .value
      && (scene.marks.writtenSlots.contains(ref) || scene.animation.slotHighlights.contains(ref))
    let valueStyle = style(changed ? .changedValue : baseRole)
    let innerRight = box.maxX - 2
    if DisplayWidth.of(text) <= columns.valueWidth {
      buffer.put(text, x: column, y: row, style: valueStyle, maxWidth: innerRight - column)
      return (1, row)
    }
    guard row + 1 < limit else {
      buffer.put(
        Format.clipped(text, to: innerRight - column, ellipsis: columns.ellipsis), x: column, y: row,
        style: valueStyle)
      return (1, row)
    }
    let continuation = left + 2
    buffer.put(
      Format.clipped(text, to: innerRight - continuation, ellipsis: columns.ellipsis), x: continuation,
      y: row + 1, style: valueStyle)
    return (2, row + 1)
  }

  /// The longest header that fits: `fn say_name · 32 B (model) · 0x7fffffffdfd0` down to `say_name`.
  package func title(maxWidth: Int, withArgument: Bool = false) -> String {
    let separator = context.glyphs.separator
    let size = Format.bytes(frame.size)
    let full = Format.address(frame.topAddress, .full)
    let short = Format.address(frame.topAddress, .short, ellipsis: context.glyphs.ellipsis)
    var name = "fn " + frame.function
    if withArgument, let argument = firstArgument() { name += separator + argument }
    let variants = [
      name + separator + size + " (model)" + separator + full,
      name + separator + size + " (model)" + separator + short,
      name + separator + size + separator + short,
      name + separator + size,
      "fn " + frame.function + separator + size,
      frame.function,
    ]
    return variants.first { DisplayWidth.of($0) <= maxWidth } ?? frame.function
  }

  /// `n = 5` for a collapsed recursion frame: which call this is.
  private func firstArgument() -> String? {
    guard let layout = scene.layout(of: frame), let first = layout.slots.first,
      let slot = frame.slots.first, slot.status == .live, slot.value.isScalar
    else { return nil }
    return "\(first.name) = \(ValueText.text(slot.value))"
  }
}
