import Execution
import MemoryModel

/// One heap block in the Heap panel:
///
///     ┌ String · 11 B · 0x5555555da2a0 ──┐
///     │ len 11 cap 11 · owner main::s    │
///     │ "hello world"                    │
///     │ 68 65 6c 6c 6f 20 77 6f 72 6c 64 │
///     └──────────────────────────────────┘
package struct HeapBlockBox {
  package let block: HeapBlock
  package let scene: Scene
  package let context: RenderContext
  package let width: Int
  /// Blocks this one owns that are drawn inside it (a `Vec<String>`'s texts), by address.
  package let nested: [UInt64: HeapBlock]
  /// A freed block still pointed at whose address this live block now occupies.
  package let reusedFrom: HeapBlock?
  /// A freed block kept on screen because something still points at it.
  package let isGhost: Bool
  /// The contents rows, worked out once (heights and drawing both need them).
  package private(set) var content: [[StyledRun]] = []

  package init(
    block: HeapBlock, scene: Scene, context: RenderContext, width: Int, nested: [UInt64: HeapBlock] = [:],
    reusedFrom: HeapBlock? = nil, isGhost: Bool = false
  ) {
    self.block = block
    self.scene = scene
    self.context = context
    self.width = width
    self.nested = nested
    self.reusedFrom = reusedFrom
    self.isGhost = isGhost
    content = contentRows()
  }

  var innerWidth: Int { max(0, width - 4) }
  private var animation: AnimationFrame { scene.animation }
  var contents: HeapBlock.Contents { animation.contentsOverride[block.id] ?? block.contents }

  package var isTouched: Bool {
    scene.marks.touchedBlocks.contains(block.id) || scene.marks.freedBlocks.contains(block.id)
      || animation.blockHighlights.contains(block.id) || animation.fadingBlocks[block.id] != nil
  }

  /// Kept whole when rows run short: what this step touched, a ghost, a reused block.
  package var isNotable: Bool { isTouched || isGhost || reusedFrom != nil }

  /// Freed (or fading far enough) blocks are drawn faded.
  package var isFaded: Bool {
    if let fade = animation.fadingBlocks[block.id] { return fade >= 0.5 }
    return block.status == .freed
  }

  func style(_ role: ThemeRole) -> Style {
    if isFaded { return context[.freedBlock] }
    return context[role]
  }

  /// Drawn without its `len … cap … · owner …` row, to keep a box where a full one will not fit.
  package var isSlim = false {
    didSet { if isSlim != oldValue { content = contentRows() } }
  }

  /// A value too wide for its row is broken after a comma (off where rows run short: one
  /// row each, cut at the edge, beats dropping the box's info row).
  package var wrapsWideRows = true {
    didSet { if wrapsWideRows != oldValue { content = contentRows() } }
  }

  /// Rows the full box takes (fewer while it appears).
  package var height: Int {
    let rows = content.count + (isSlim ? 0 : 1)
    if let reveal = animation.blockReveal[block.id] {
      guard reveal > 0 else { return 0 }
      return 2 + min(rows, Int((Double(rows) * reveal).rounded(.up)))
    }
    return rows + 2
  }

  package func render(in rect: Rect, into buffer: inout ScreenBuffer) {
    guard rect.height > 0 else { return }
    let border: Style
    if block.status == .leaked {
      border = context[.leakedBlock]
    } else if animation.blockHighlights.contains(block.id) && !isFaded {
      border = context[.highlight]
    } else {
      border = style(.heapBlock)
    }
    buffer.drawBox(
      rect, glyphs: context.glyphs, style: border, title: title(maxWidth: rect.width - 4),
      titleStyle: style(.heapTitle))
    var rows = (isSlim ? [] : [infoRow()]) + content
    // A slim box still says it was freed (or leaked).
    if isSlim, !rows.isEmpty { rows[0] = statusRuns(short: true) + rows[0] }
    let room = max(0, rect.height - 2)
    let cut = rows.count > room && room > 0
    for (offset, runs) in rows.prefix(cut ? room - 1 : room).enumerated() {
      buffer.put(runs: runs, x: rect.x + 2, y: rect.y + 1 + offset, maxWidth: innerWidth)
    }
    if cut {
      // Say what the panel's edge hides rather than stopping mid-block.
      let hidden = rows.count - (room - 1)
      buffer.put(
        "\(context.glyphs.stackGrowth) \(hidden) more", x: rect.x + 2, y: rect.y + room,
        style: style(.modelLabel),
        maxWidth: innerWidth)
    }
  }

  /// One line: `▪ String 11 B …a2a0 "hello world"`.
  package func renderCompact(in rect: Rect, into buffer: inout ScreenBuffer) {
    var runs = [
      StyledRun(kindLabel + " ", style(.heapTitle)),
      StyledRun(Format.bytes(block.size) + " ", style(.size)),
      StyledRun(
        Format.address(block.address, .short, ellipsis: context.glyphs.ellipsis) + " ", style(.address)),
    ]
    runs += statusRuns()
    if reusedFrom != nil { runs.append(StyledRun("reused ", context[.leakedBlock])) }
    if case .elements(_, _, let capacity, let elements) = contents, let first = elements.first,
      !first.isScalar
    {
      // Elements of their own take a row each: the line gives the counts instead.
      runs.append(
        StyledRun(Self.countsText(contents, used: elements.count, capacity: capacity), style(.value)))
    } else if let first = content.dropFirst(reusedFrom == nil ? 0 : 1).first {
      runs += first
    }
    buffer.put(runs: runs, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 1)
  }

  private var kindLabel: String { Self.kindLabel(contents, countsAtomically: block.countsAtomically) }

  /// A `VecDeque`'s ring buffer, whose free slots may lie between its elements.
  private var isRing: Bool {
    if case .elements(let label, _, _, _) = contents { return RingBufferLayout.isRingLabel(label) }
    return false
  }

  /// `len 2 cap 4`; a hash table's block counts buckets and says its order is memtutor's; a
  /// `VecDeque`'s ring counts the slots in use and names the front's slot (`head`).
  static func countsText(_ contents: HeapBlock.Contents, used: Int, capacity: Int, head: Int? = nil) -> String
  {
    if case .elements(let elementType, _, _, let elements) = contents {
      if HashTableLayout.isBucketsLabel(elementType) {
        return "\(used) of \(capacity) buckets used (real order varies per run)"
      }
      if RingBufferLayout.isRingLabel(elementType) {
        let live = elements.prefix(used).filter { $0 != .uninitialized }.count
        return "len \(live) cap \(capacity)" + (head.map { " head \($0)" } ?? "")
      }
    }
    return "len \(used) cap \(capacity)"
  }

  static func kindLabel(_ contents: HeapBlock.Contents, countsAtomically: Bool = false) -> String {
    switch contents {
    case .elements(let elementType, _, _, _):
      HashTableLayout.isBucketsLabel(elementType) || RingBufferLayout.isRingLabel(elementType)
        ? elementType : "Vec<\(elementType)>"
    case .bytes: "String"
    case .boxed(let typeName, _):
      typeName.hasPrefix(Interpreter.channelBlockPrefix)
        || typeName.hasPrefix(Interpreter.treeNodeLabelPrefix)
        ? typeName : "Box<\(typeName)>"
    case .counted(let typeName, _, _, _): countsAtomically ? "Arc<\(typeName)>" : "Rc<\(typeName)>"
    }
  }

  package func title(maxWidth: Int) -> String {
    let separator = context.glyphs.separator
    let size = Format.bytes(block.size)
    let forms: [Format.AddressForm] = [.full, .medium, .short]
    for form in forms {
      let text =
        kindLabel + separator + size + separator
        + Format.address(block.address, form, ellipsis: context.glyphs.ellipsis)
      if DisplayWidth.of(text) <= maxWidth { return text }
    }
    return kindLabel + separator + size
  }

  /// `freed`/`LEAKED`; a ghost's row says why it is still drawn, unless `short`.
  private func statusRuns(short: Bool = false) -> [StyledRun] {
    switch block.status {
    case .leaked: return [StyledRun("LEAKED ", context[.leakedBlock])]
    case .freed where isFaded:
      let text = isGhost && !short ? "freed" + context.glyphs.separator + "still pointed at" : "freed "
      return [StyledRun(text, context[.freedBlock])]
    default: return []
    }
  }

  /// `len 2 cap 4 · owner main::v`, with `freed` / `LEAKED` first when they apply.
  private func infoRow() -> [StyledRun] {
    var runs = statusRuns()
    let separator = context.glyphs.separator
    // The label always shows the block's real capacity; only the drawn cells stretch.
    let capacity = contents.capacity
    switch contents {
    case _ where isGhost:
      // Its old size is in the title; the row says why a freed block is still drawn.
      break
    case .elements, .bytes:
      let used = min(shownCount, contents.usedCount)
      let head = isRing && block.status == .live ? scene.state.dequeHead(ofBlockAt: block.address) : nil
      runs.append(
        StyledRun(Self.countsText(contents, used: used, capacity: capacity, head: head), style(.value)))
    case .boxed(let typeName, .tuple(let parts)) where typeName.hasPrefix(Interpreter.channelBlockPrefix):
      // memtutor's channel block: the live ends' counts, then the queue on its own row.
      if parts.count == 3, case .integer(let senders, _) = parts[0],
        case .integer(let receivers, _) = parts[1]
      {
        runs.append(StyledRun("senders \(senders) receivers \(receivers)", style(.value)))
      }
    case .boxed:
      break
    case .counted(_, let strong, let weak, _):
      runs.append(StyledRun("strong \(strong) weak \(weak)", style(.value)))
    }
    let owner =
      block.owner
      ?? (block.status == .live ? scene.state.ownerName(ofBlockAt: block.address, image: scene.image) : nil)
    if let owner {
      if !runs.isEmpty { runs.append(StyledRun(separator, style(.modelLabel))) }
      // The word "owner" goes first when room is short; a freed block's owner is a past one.
      let word = block.status == .freed && isFaded ? "was " : "owner "
      if runs.width + DisplayWidth.of(word + owner) <= innerWidth {
        runs.append(StyledRun(word, style(.modelLabel)))
      } else if isGhost {
        // A ghost's past owner is only worth its room when it fits whole.
        runs.removeLast()
        return runs
      }
      runs.append(StyledRun(owner, style(.slotName)))
    }
    return runs
  }

  /// Elements or bytes that have arrived (all of them, except while being copied).
  var shownCount: Int {
    min(contents.usedCount, animation.copiedCount[block.id] ?? Int.max)
  }

  /// Elements listed one per row before `… N more`.
  static let elementRowLimit = 4

  package func contentRows() -> [[StyledRun]] {
    if isGhost, isFaded, let first = ownContentRows().first {
      // The allocator reuses a freed block's first bytes for its own lists, so the ghost
      // shows what the block held, not what its bytes are now.
      return [[StyledRun("held ", style(.modelLabel))] + first]
    }
    return reusedRows() + ownContentRows()
  }

  private func ownContentRows() -> [[StyledRun]] {
    // The cells stretch with the animation; the label above keeps the real capacity.
    let capacity = animation.capacityOverride[block.id] ?? contents.capacity
    switch contents {
    case .elements(_, _, _, let elements):
      return elementRows(Array(elements.prefix(shownCount)), capacity: capacity)
    case .bytes(_, let bytes):
      return byteRows(Array(bytes.prefix(shownCount)), capacity: capacity)
    case .counted(_, 0, _, .uninitialized):
      // The last `Rc` dropped the value; the `Weak`s still pointing here keep the block.
      return wrappedRows(
        lead: StyledRun("value ", style(.modelLabel)), text: "dropped (the Weaks keep the block)",
        role: .value)
    case .boxed(let typeName, .tuple(let parts))
    where typeName.hasPrefix(Interpreter.channelBlockPrefix) && parts.count == 3:
      return wrappedRows(
        lead: StyledRun("queue ", style(.modelLabel)), text: valueText(parts[2]), role: .value)
        + nestedRows(in: .tuple(parts))
    case .boxed(_, let value), .counted(_, _, _, let value):
      var text = valueText(value)
      if 6 + DisplayWidth.of(text) > innerWidth, value.hasFields {
        text = valueText(value, collapsing: Set(value.ownedAddresses.filter { nested[$0] != nil }))
      }
      return wrappedRows(lead: StyledRun("value ", style(.modelLabel)), text: text, role: .value)
        + nestedRows(in: value)
    }
  }

  func valueText(_ value: Value, collapsing: Set<UInt64> = []) -> String {
    ValueText.text(
      value, addressForm: .short, ellipsis: context.glyphs.ellipsis, fieldNames: scene.image.fieldNames,
      collapsing: collapsing)
  }

  /// Scalars as a row of cells `[1|2|3|·]` (unused capacity as `·`); anything bigger one
  /// element per row.
  private func elementRows(_ elements: [Value], capacity: Int) -> [[StyledRun]] {
    let empty = context.glyphs.emptySlot
    let highlightLast =
      animation.blockHighlights.contains(block.id) || scene.marks.touchedBlocks.contains(block.id)
    // Decided by every element, not just those copied so far, so a block keeps its layout
    // while it fills.
    var allScalar = elements.allSatisfy(\.isScalar)
    if case .elements(_, _, _, let all) = block.contents {
      allScalar = allScalar && all.allSatisfy(\.isScalar)
    }
    if allScalar {
      var runs = [StyledRun("[", style(.heapBlock))]
      var used = 1
      let total = max(capacity, elements.count)
      for index in 0..<total {
        // A ring's free slots (between its back and its front) are drawn as unused capacity.
        let isElement = index < elements.count && elements[index] != .uninitialized
        let text = isElement ? valueText(elements[index]) : empty
        let separatorWidth = index == 0 ? 0 : 1
        let remainingAfter = total - index - 1
        let reserve = remainingAfter > 0 ? 6 : 1
        if used + separatorWidth + DisplayWidth.of(text) + reserve > innerWidth, remainingAfter > 0 {
          runs.append(StyledRun(context.glyphs.ellipsis + "+\(total - index)", style(.unusedCapacity)))
          return [runs]
        }
        if separatorWidth > 0 { runs.append(StyledRun("|", style(.heapBlock))) }
        let role: ThemeRole =
          isElement
          ? (highlightLast && index == elements.count - 1 ? .changedValue : .value) : .unusedCapacity
        runs.append(StyledRun(text, style(role)))
        used += separatorWidth + DisplayWidth.of(text)
      }
      runs.append(StyledRun("]", style(.heapBlock)))
      return [runs]
    }
    var rows: [[StyledRun]] = []
    let limit = Self.elementRowLimit
    let listed = elements.enumerated().filter { $0.element != .uninitialized }
    for (index, element) in listed.prefix(limit) {
      let label = StyledRun("[\(index)] ", style(.modelLabel))
      if isSlim, let inline = inlineNestedRow(for: element) {
        // Short of room: the element and the block it owns share one row.
        rows.append([label] + inline)
        continue
      }
      var text = valueText(element)
      if label.text.count + DisplayWidth.of(text) > innerWidth, element.hasFields {
        // A struct too wide for its row: its fields' blocks are drawn right below, so those
        // fields name only their kind (`name: String {…}`).
        text = valueText(element, collapsing: Set(element.ownedAddresses.filter { nested[$0] != nil }))
      }
      rows += wrappedRows(lead: label, text: text, role: .value)
      rows += nestedRows(in: element)
    }
    if listed.count > limit {
      rows.append([StyledRun("\(context.glyphs.ellipsis) \(listed.count - limit) more", style(.modelLabel))]
      )
    }
    if capacity > listed.count {
      rows.append([StyledRun("\(capacity - listed.count) unused", style(.unusedCapacity))])
    }
    return rows
  }

  /// The bytes as text in quotes (unused capacity as `·`), and as hex when there is room.
  private func byteRows(_ bytes: [UInt8], capacity: Int) -> [[StyledRun]] {
    let empty = context.glyphs.emptySlot
    let text = String(decoding: bytes, as: UTF8.self).inert
    let unused = max(0, capacity - bytes.count)
    var first = [StyledRun("\"" + text + "\"", style(.value))]
    if unused > 0 {
      let room = max(0, innerWidth - DisplayWidth.of(text) - 2)
      let dots = min(unused, room)
      first.append(StyledRun(String(repeating: empty, count: dots), style(.unusedCapacity)))
    }
    guard innerWidth >= 3 * min(max(bytes.count, 1), 8) else { return [first] }
    var hex: [StyledRun] = []
    var used = 0
    let total = max(capacity, bytes.count)
    for index in 0..<total {
      let piece = index < bytes.count ? byteHex(bytes[index]) : String(repeating: empty, count: 2)
      let width = (index == 0 ? 0 : 1) + 2
      if used + width > innerWidth - 2, index < total - 1 {
        hex.append(StyledRun(" " + context.glyphs.ellipsis, style(.unusedCapacity)))
        break
      }
      hex.append(
        StyledRun((index == 0 ? "" : " ") + piece, style(index < bytes.count ? .address : .unusedCapacity)))
      used += width
    }
    return [first, hex]
  }

  private func byteHex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
  }
}
