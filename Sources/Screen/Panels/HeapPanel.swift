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
    let ghosts = HeapGhosts(state: scene.state, image: scene.image)
    let shown = visibleBlocks(scene, ghosts: ghosts)
    let nested = nestedBlocks(among: shown)
    let blocks = shown.filter { nested[$0.address]?.id != $0.id }
    var boxes = blocks.map {
      HeapBlockBox(
        block: $0, scene: scene, context: context, width: area.width,
        nested: $0.status == .freed ? [:] : nested, reusedFrom: ghosts.reusedFrom[$0.id],
        isGhost: ghosts.isGhost($0))
    }
    // Counted as the screen shows them (a block still appearing or fading counts as drawn).
    let live = boxes.filter { !$0.isFaded }.map(\.block) + shown.filter { nested[$0.address]?.id == $0.id }
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

    var compact = Array(repeating: false, count: boxes.count)
    func total() -> Int { zip(boxes, compact).reduce(0) { $0 + ($1.1 ? 1 : $1.0.height) } }
    if total() > body.height {
      // Keep the blocks this step touched in full; fold the others to one line each.
      for (index, box) in boxes.enumerated() where !box.isTouched { compact[index] = true }
      if total() > body.height {
        // Then drop the touched blocks' info rows, so a reallocation keeps its boxes (and
        // the copy can be followed) rather than switching to one line per block.
        for index in boxes.indices where !compact[index] { boxes[index].isSlim = true }
      }
      if total() > body.height {
        compact = Array(repeating: true, count: boxes.count)
      }
    }
    let fullHeights = boxes.map(\.height)
    var targets: [PointerTarget] = []
    var row = body.y
    for (index, box) in boxes.enumerated() {
      let height = compact[index] ? 1 : fullHeights[index]
      // Leave a row for the "… N more blocks" line unless this is the last block.
      let limit = index == boxes.count - 1 ? body.maxY : body.maxY - 1
      if row + height > limit {
        let room = limit - row
        if !compact[index], room >= 3 {
          // Draw what fits of this block; it says how many of its rows the edge hides.
          let rect = Rect(x: body.x, y: row, width: body.width, height: room)
          box.render(in: rect, into: &buffer)
          targets.append(
            PointerTarget(
              rows: row..<(row + room), x: body.x, address: box.block.address, size: box.block.size,
              isLive: box.block.status != .freed))
          row += room
          let hidden = boxes.count - index - 1
          if hidden > 0 {
            let label = "\(context.glyphs.ellipsis) \(hidden) more \(hidden == 1 ? "block" : "blocks")"
            buffer.put(label, x: body.x + 1, y: row, style: context[.modelLabel], maxWidth: body.width - 1)
          }
          break
        }
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

  /// Live and leaked blocks, plus those freed by this step, fading in the animation or still
  /// pointed at (ghosts), by address.
  package static func visibleBlocks(_ scene: Scene, ghosts: HeapGhosts = .none) -> [HeapBlock] {
    let animation = scene.animation
    return scene.state.heap.filter { block in
      if animation.hiddenBlocks.contains(block.id) { return false }
      if let reveal = animation.blockReveal[block.id], reveal <= 0 { return false }
      switch block.status {
      case .live, .leaked: return true
      case .freed:
        guard scene.state.showsFreedBlock(id: block.id) else { return false }
        return scene.marks.freedBlocks.contains(block.id) || animation.fadingBlocks[block.id] != nil
          || ghosts.isGhost(block)
      }
    }.sorted { $0.address < $1.address }
  }

  /// Live blocks owned by another shown live block and owning nothing themselves (a
  /// `Vec<String>`'s texts, a `Box<String>`'s text), by address: drawn inside their owner.
  package static func nestedBlocks(among blocks: [HeapBlock]) -> [UInt64: HeapBlock] {
    let owned = Set(blocks.filter { $0.status != .freed }.flatMap(\.contents.ownedAddresses))
    guard !owned.isEmpty else { return [:] }
    var nested: [UInt64: HeapBlock] = [:]
    for block in blocks
    where block.status == .live && owned.contains(block.address) && block.contents.ownedAddresses.isEmpty {
      nested[block.address] = block
    }
    return nested
  }
}
