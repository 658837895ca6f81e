import MemoryModel

/// The Heap panel: one box per live block (and, faded, the blocks this step freed), in
/// address order: its address, size, kind, length against capacity, contents and owner.
/// Leaked blocks are flagged.
package enum HeapPanel {
  /// Draws the panel and returns where pointer lines may end.
  @discardableResult
  package static func render(
    _ scene: Scene, context: RenderContext, in area: Rect, into buffer: inout ScreenBuffer
  ) -> [PointerTarget] {
    guard area.width >= 8, area.height >= 2 else { return [] }
    let blocks = visibleBlocks(scene)
    let boxes = blocks.map { HeapBlockBox(block: $0, scene: scene, context: context, width: area.width) }
    // Counted as the screen shows them (a block still appearing or fading counts as drawn).
    let live = boxes.filter { !$0.isFaded }.map(\.block)
    let liveBytes = live.reduce(0) { $0 + $1.size }
    let separator = context.glyphs.separator
    var title = "Heap"
    if !live.isEmpty {
      title +=
        separator + "\(live.count) \(live.count == 1 ? "block" : "blocks")" + separator
        + Format.bytes(liveBytes)
    }
    buffer.drawTitleRule(
      title, x: area.x, y: area.y, width: area.width, glyphs: context.glyphs,
      lineStyle: context[.panelBorder], titleStyle: context[.panelTitle])
    let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    guard body.height > 0 else { return [] }
    if blocks.isEmpty {
      buffer.put(
        scene.state.heap.contains { $0.status == .freed } ? "no live blocks" : "nothing allocated yet",
        x: body.x + 1,
        y: body.y, style: context[.modelLabel], maxWidth: body.width - 1)
      return []
    }

    let fullHeights = boxes.map(\.height)
    var compact = Array(repeating: false, count: boxes.count)
    if fullHeights.reduce(0, +) > body.height {
      // Keep the blocks this step touched in full; fold the others to one line each.
      for (index, box) in boxes.enumerated() where !box.isTouched { compact[index] = true }
      if zip(fullHeights, compact).reduce(0, { $0 + ($1.1 ? 1 : $1.0) }) > body.height {
        compact = Array(repeating: true, count: boxes.count)
      }
    }
    var targets: [PointerTarget] = []
    var row = body.y
    for (index, box) in boxes.enumerated() {
      let height = compact[index] ? 1 : fullHeights[index]
      // Leave a row for the "… N more blocks" line unless this is the last block.
      let limit = index == boxes.count - 1 ? body.maxY : body.maxY - 1
      if row + height > limit {
        let hidden = boxes.count - index
        let label = "\(context.glyphs.ellipsis) \(hidden) more \(hidden == 1 ? "block" : "blocks")"
        buffer.put(label, x: body.x + 1, y: row, style: context[.modelLabel], maxWidth: body.width - 1)
        break
      }
      let rect = Rect(x: body.x, y: row, width: body.width, height: height)
      if compact[index] {
        box.renderCompact(in: rect, into: &buffer)
      } else {
        box.render(in: rect, into: &buffer)
      }
      if height > 0 {
        targets.append(
          PointerTarget(
            rows: row..<(row + height), x: body.x, address: box.block.address, size: box.block.size,
            isLive: box.block.status != .freed))
      }
      row += height
    }
    return targets
  }

  /// Live and leaked blocks, plus those freed by this step or fading in the animation, by
  /// address.
  package static func visibleBlocks(_ scene: Scene) -> [HeapBlock] {
    let animation = scene.animation
    return scene.state.heap.filter { block in
      if animation.hiddenBlocks.contains(block.id) { return false }
      if let reveal = animation.blockReveal[block.id], reveal <= 0 { return false }
      switch block.status {
      case .live, .leaked: return true
      case .freed:
        guard scene.state.showsFreedBlock(id: block.id) else { return false }
        return scene.marks.freedBlocks.contains(block.id) || animation.fadingBlocks[block.id] != nil
      }
    }.sorted { $0.address < $1.address }
  }
}
