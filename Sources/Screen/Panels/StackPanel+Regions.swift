import Execution
import MemoryModel

/// What the Stack panel draws below the stack pointer: popped frames that a live pointer
/// still points into, and the frame that did not fit when the stack overflowed.
extension StackPanel {
  /// A popped frame to draw, with the slots live pointers still name (slot address → the
  /// pointing slot's name).
  package struct PoppedRegion: Sendable, Equatable {
    package var frame: FrameState
    package var pointedFrom: [UInt64: String]
  }

  /// The remembered popped frames that some live slot points into, nearest the stack pointer
  /// first. Looks at the innermost frames and `main` only, as the owner lookup does.
  package static func poppedRegions(_ scene: Scene) -> [PoppedRegion] {
    let state = scene.state
    guard !state.poppedFrames.isEmpty, scene.animation.stackDepth == nil, scene.animation.departing == nil
    else { return [] }
    let stackPointer = state.frames.last?.bottomAddress ?? scene.image.stackTop
    var regions: [Int: PoppedRegion] = [:]
    func note(_ value: Value, from name: String) {
      for address in value.heldAddresses where address < stackPointer {
        guard let popped = state.poppedFrame(containing: address), let poppedLayout = scene.layout(of: popped)
        else { continue }
        var region = regions[popped.id] ?? PoppedRegion(frame: popped, pointedFrom: [:])
        for target in poppedLayout.slots {
          let start = popped.topAddress &- UInt64(target.offset + target.size)
          if address >= start, address < start + UInt64(max(1, target.size)) {
            region.pointedFrom[start] = name
          }
        }
        regions[popped.id] = region
      }
    }
    // A pointer just handed back by a return points into the frame it came from.
    if let returned = scene.marks.returned { note(returned.value, from: "returned") }
    let recent = state.frames.indices.suffix(64)
    let candidates = recent.first == 0 || state.frames.isEmpty ? Array(recent) : [0] + Array(recent)
    for index in candidates {
      let frame = state.frames[index]
      guard let layout = scene.layout(of: frame) else { continue }
      for (slotIndex, slot) in frame.slots.enumerated()
      where slot.status == .live && layout.slots.indices.contains(slotIndex) {
        note(slot.value, from: layout.slots[slotIndex].name)
      }
    }
    return regions.values.sorted { $0.frame.topAddress > $1.frame.topAddress }
  }

  /// Rows a popped frame takes: its edges and its slots (one row for a slot pointed at).
  package static func poppedHeight(_ region: PoppedRegion, scene: Scene, columns: SlotColumns) -> Int {
    guard let layout = scene.layout(of: region.frame) else { return 2 }
    var rows = 2
    for (index, slot) in layout.slots.enumerated() where !slot.isCompilerTemporary {
      let address = region.frame.topAddress &- UInt64(slot.offset + slot.size)
      let value = region.frame.slots.indices.contains(index) ? region.frame.slots[index] : nil
      let typeWraps =
        FrameBox.wrappedType(slot.typeName, width: columns.typeWidth, ellipsis: columns.ellipsis) != nil
      if let pointer = region.pointedFrom[address] {
        rows += typeWraps || DisplayWidth.of(pointer) + 2 > columns.valueWidth ? 2 : 1
      } else {
        rows += typeWraps ? 2 : columns.rows(for: value)
      }
    }
    return rows
  }

  /// Rows the overflowing frame takes, or 0 when there is none to draw.
  package static func overhangHeight(_ scene: Scene) -> Int {
    guard scene.state.status == .overflowed, scene.animation.stackDepth == nil,
      let size = scene.state.overflowingFrameSize
    else { return 0 }
    return size > max(0, scene.image.stackLimit - bytesInUse(scene)) ? 4 : 2
  }

  /// Bytes in use on the stack, counting what was there before `main`.
  package static func bytesInUse(_ scene: Scene) -> Int {
    scene.state.stackUsed(in: scene.image) + scene.image.stackInUseBeforeMain
  }

  /// The frame that did not fit, hanging over the end of the stack:
  ///
  ///     ┌ fn fill_buffer · 16 MiB · does not fit ┐
  ///     │ 8 MiB fit above the limit              │
  ///     ██████ the stack ends here: guard gap ███
  ///     │ 8 MiB would lie past it                │
  package static func renderOverhang(
    _ scene: Scene, context: RenderContext, x: Int, y: Int, width: Int, maxY: Int,
    into buffer: inout ScreenBuffer
  ) {
    guard let size = scene.state.overflowingFrameSize, y < maxY, width >= 8 else { return }
    let glyphs = context.glyphs
    let style = context[.warning]
    let free = max(0, scene.image.stackLimit - bytesInUse(scene))
    let past = max(0, size - free)
    let matching = scene.image.layouts.filter { $0.size == size }
    let name = matching.count == 1 ? "fn " + matching[0].function : "next frame"
    let separator = glyphs.separator
    let titles = [
      name + separator + Format.bytes(size) + separator + "does not fit",
      name + separator + Format.bytes(size),
      Format.bytes(size) + separator + "does not fit",
    ]
    let title = titles.first { DisplayWidth.of($0) <= width - 4 } ?? Format.bytes(size)
    buffer.drawBox(Rect(x: x, y: y, width: width, height: 1), glyphs: glyphs, style: style, title: title)
    var lines: [(String, Bool)] = [
      ("\(Format.bytes(free)) fit above the limit", false),
      ("the stack ends here: guard gap", true),
      ("\(Format.bytes(past)) would lie past it", false),
    ]
    // Only a state built by hand can overflow with room to spare; say nothing it contradicts.
    if past == 0 { lines = [lines[1]] }
    for (offset, line) in lines.enumerated() {
      let row = y + 1 + offset
      guard row < maxY else { break }
      if line.1 {
        buffer.horizontalLine(x: x, y: row, width: width, glyph: glyphs.gaugeFull, style: style)
        buffer.putCentred(
          " " + line.0 + " ", in: Rect(x: x, y: row, width: width, height: 1), y: row, style: style)
      } else {
        buffer.put(glyphs.vertical, x: x, y: row, style: style)
        buffer.put(glyphs.vertical, x: x + width - 1, y: row, style: style)
        buffer.put(line.0, x: x + 2, y: row, style: style, maxWidth: width - 4)
      }
    }
  }
}
