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
    // A block being copied from still owns its elements' blocks until the copy is done.
    let isCopySource: (HeapBlock) -> Bool = { scene.animation.fadingBlocks[$0.id].map { $0 < 0.5 } ?? false }
    let nested = nestedBlocks(among: shown, stillOwning: isCopySource)
    let blocks = shown.filter { nested[$0.address]?.id != $0.id }
    let boxes = blocks.map {
      HeapBlockBox(
        block: $0, scene: scene, context: context, width: area.width,
        nested: $0.status == .freed && !isCopySource($0) ? [:] : nested, reusedFrom: ghosts.reusedFrom[$0.id],
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

    let rows = arrange(boxes, height: body.height) { owner in
      guard owner.block.status != .freed || isCopySource(owner.block) else { return [] }
      return owner.block.contents.ownedAddresses.compactMap { nested[$0] }.map {
        HeapBlockBox(block: $0, scene: scene, context: context, width: area.width)
      }
    }
    var targets: [PointerTarget] = []
    var row = body.y
    for (index, entry) in rows.enumerated() {
      let box = entry.box
      let height = entry.compact ? 1 : box.height
      // Leave a row for the "… N more blocks" line unless this is the last block.
      let limit = index == rows.count - 1 ? body.maxY : body.maxY - 1
      var drawn = height
      if row + height > limit {
        let room = limit - row
        guard !entry.compact, room >= 3 else {
          let hidden = rows.count - index
          let label = "\(context.glyphs.ellipsis) \(hidden) more \(hidden == 1 ? "block" : "blocks")"
          buffer.put(label, x: body.x + 1, y: row, style: context[.modelLabel], maxWidth: body.width - 1)
          break
        }
        // Draw what fits of this block; it says how many of its rows the edge hides.
        drawn = room
      }
      let rect = Rect(x: body.x, y: row, width: body.width, height: drawn)
      if entry.compact {
        if entry.isOwned {
          // A block owned by the line above: indented under it.
          buffer.put(context.glyphs.bottomLeft, x: body.x + 1, y: row, style: context[.pointer])
          box.renderCompact(
            in: Rect(x: rect.x + 2, y: rect.y, width: rect.width - 2, height: 1), into: &buffer)
        } else {
          box.renderCompact(in: rect, into: &buffer)
        }
      } else {
        box.render(in: rect, into: &buffer)
      }
      if drawn > 0 {
        targets.append(
          PointerTarget(
            rows: row..<(row + drawn), x: body.x, address: box.block.address, size: box.block.size,
            isLive: box.block.status != .freed))
      }
      if !entry.compact {
        // A block drawn inside this one ends pointer lines on its own row.
        let firstContentRow = row + 1 + (box.isSlim ? 0 : 1)
        for (offset, child) in box.nestedRowBlocks() where firstContentRow + offset < row + drawn - 1 {
          let childRow = firstContentRow + offset
          targets.append(
            PointerTarget(
              rows: childRow..<(childRow + 1), x: body.x, address: child.address, size: child.size,
              isLive: true))
        }
      }
      row += drawn
      if drawn < height {
        let hidden = rows.count - index - 1
        if hidden > 0 {
          let label = "\(context.glyphs.ellipsis) \(hidden) more \(hidden == 1 ? "block" : "blocks")"
          buffer.put(label, x: body.x + 1, y: row, style: context[.modelLabel], maxWidth: body.width - 1)
        }
        break
      }
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
  package static func nestedBlocks(
    among blocks: [HeapBlock], stillOwning: (HeapBlock) -> Bool = { _ in false }
  ) -> [UInt64: HeapBlock] {
    let owners = blocks.filter { $0.status != .freed || stillOwning($0) }
    let owned = Set(owners.flatMap(\.contents.ownedAddresses))
    guard !owned.isEmpty else { return [:] }
    var nested: [UInt64: HeapBlock] = [:]
    for block in blocks
    where block.status == .live && owned.contains(block.address) && block.contents.ownedAddresses.isEmpty {
      nested[block.address] = block
    }
    return nested
  }
}
