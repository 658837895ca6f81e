/// Lines from stack slots to the heap blocks (or static data) they point at, drawn in the
/// gutter between the Stack panel and the right column:
///
///     │ ptr …a2a0 len 7 cap 7 ├──┐
///                                └──►┌ String · 7 B …
///
/// A pointer whose line would cross another, or that has no free lane, gets a tag (`#1`)
/// at both ends instead.
package enum PointerGutter {
  package struct Route: Sendable, Equatable {
    package var sourceRow: Int
    package var targetRow: Int
    /// The column of the vertical run; nil for a straight line.
    package var lane: Int?
    package var tag: Int?
    /// Leads to a freed block: drawn in the dangling style.
    package var isDangling = false

    package init(sourceRow: Int, targetRow: Int, lane: Int? = nil, tag: Int? = nil) {
      self.sourceRow = sourceRow
      self.targetRow = targetRow
      self.lane = lane
      self.tag = tag
    }
  }

  package static func render(
    sources: [PointerSource], targets: [PointerTarget], context: RenderContext, in gutter: Rect,
    into buffer: inout ScreenBuffer
  ) {
    guard gutter.width >= 3 else { return }
    let routes = plan(sources: sources, targets: targets, gutter: gutter)
    draw(routes, context: context, in: gutter, into: &buffer)
  }

  /// Matches sources to targets and assigns lanes and tags.
  package static func plan(sources: [PointerSource], targets: [PointerTarget], gutter: Rect) -> [Route] {
    let lanes = Array((gutter.x + 1)..<max(gutter.x + 1, gutter.maxX - 2))
    var usedTargetRows: [Int: Int] = [:]  // target row start → pointers already arriving
    var routes: [Route] = []
    // Rows of the box each tagged route may arrive at, by route index.
    var tagRows: [Int: ClosedRange<Int>] = [:]
    var nextTag = 1
    for source in sources.sorted(by: { $0.row < $1.row }) {
      let candidates = targets.filter { $0.contains(source.address) }
      guard let target = candidates.first(where: \.isLive) ?? candidates.first else { continue }
      // Arrive at the first content row, or the next free row of the same box.
      let arrivals = usedTargetRows[target.rows.lowerBound, default: 0]
      usedTargetRows[target.rows.lowerBound] = arrivals + 1
      let firstRow = target.rows.count > 2 ? target.rows.lowerBound + 1 : target.rows.lowerBound
      let lastRow = target.rows.count > 2 ? target.rows.upperBound - 2 : target.rows.upperBound - 1
      let targetRow = firstRow + arrivals
      guard targetRow <= lastRow else {
        var tagged = Route(sourceRow: source.row, targetRow: firstRow, lane: nil, tag: nextTag)
        tagged.isDangling = !target.isLive
        routes.append(tagged)
        tagRows[routes.count - 1] = firstRow...lastRow
        nextTag += 1
        continue
      }
      var route = Route(sourceRow: source.row, targetRow: targetRow, lane: nil, tag: nil)
      route.isDangling = !target.isLive
      if source.row == targetRow, !routes.contains(where: { crosses(route, $0) || crosses($0, route) }) {
        routes.append(route)
        continue
      }
      var placed = false
      // Lines going down stack from the outside in, lines going up from the inside out: that
      // order lets staggered lines (the usual case) pass without crossing.
      let order = targetRow > source.row ? Array(lanes.reversed()) : lanes
      for lane in order {
        route.lane = lane
        if !routes.contains(where: { crosses(route, $0) || crosses($0, route) }) {
          placed = true
          break
        }
      }
      if !placed {
        route.lane = nil
        route.tag = nextTag
        tagRows[routes.count] = firstRow...lastRow
        nextTag += 1
      }
      routes.append(route)
    }
    return movingTagsOffLines(routes, rows: tagRows, gutter: gutter)
  }

  /// A tag's label covers the gutter's right end: on a row a line runs along (or crosses
  /// near that end), it would cut the line. Such a tag moves to another row of the same box,
  /// or shares the row of another tag there (`#2#3►`).
  private static func movingTagsOffLines(_ routes: [Route], rows: [Int: ClosedRange<Int>], gutter: Rect)
    -> [Route]
  {
    var routes = routes
    // A label takes the last few columns; a line's source run stops at its lane.
    let labelStart = gutter.maxX - 3
    var lineRows: Set<Int> = []
    for route in routes where route.tag == nil {
      lineRows.insert(route.targetRow)
      guard let lane = route.lane else {
        lineRows.insert(route.sourceRow)
        continue
      }
      guard lane >= labelStart else { continue }
      lineRows.formUnion(min(route.sourceRow, route.targetRow)...max(route.sourceRow, route.targetRow))
    }
    // A row a tag leaves from has its label at the gutter's left: an arriving label there
    // would have to share the few columns.
    let leavingRows = Set(routes.compactMap { $0.tag != nil ? $0.sourceRow : nil })
    for (index, range) in rows.sorted(by: { $0.key < $1.key })
    where lineRows.contains(routes[index].targetRow) || leavingRows.contains(routes[index].targetRow) {
      let others = routes.enumerated().filter { $0.offset != index && $0.element.tag != nil }.map(
        \.element.targetRow)
      let open = range.filter { !lineRows.contains($0) && !leavingRows.contains($0) }
      if let free = open.first(where: { !others.contains($0) }) ?? open.first {
        routes[index].targetRow = free
      } else if let free = range.first(where: { !lineRows.contains($0) && !others.contains($0) }) {
        routes[index].targetRow = free
      } else if let shared = range.first(where: { !lineRows.contains($0) && others.contains($0) }) {
        routes[index].targetRow = shared
      }
    }
    return routes
  }

  /// Whether `a`'s horizontal runs cut through `b`'s vertical run, or they share a row.
  private static func crosses(_ a: Route, _ b: Route) -> Bool {
    if a.tag != nil || b.tag != nil { return false }
    let aRows = [a.sourceRow, a.targetRow]
    let bRows = [b.sourceRow, b.targetRow]
    if aRows.contains(where: bRows.contains) { return true }
    guard let bLane = b.lane else { return false }
    let bSpan = min(b.sourceRow, b.targetRow)...max(b.sourceRow, b.targetRow)
    if let aLane = a.lane {
      if aLane == bLane, bSpan.overlaps(min(a.sourceRow, a.targetRow)...max(a.sourceRow, a.targetRow)) {
        return true
      }
      // a's source run goes from the left edge to aLane, its target run from aLane to the right.
      if bSpan.contains(a.sourceRow), bLane < aLane { return true }
      if bSpan.contains(a.targetRow), bLane > aLane { return true }
      return false
    }
    // A straight line crosses every lane.
    return bSpan.contains(a.sourceRow)
  }

  private static func draw(
    _ routes: [Route], context: RenderContext, in gutter: Rect, into buffer: inout ScreenBuffer
  ) {
    let glyphs = context.glyphs
    let arrowX = gutter.maxX - 1
    let unicode = glyphs == .unicode
    // Tags arriving at the same row share one label (`#2#3►`) instead of covering each other.
    var arrivingTags: [Int: [Int]] = [:]
    // A tag leaving from a row takes the gutter's left part there; an arriving label keeps off it.
    var leavingWidth: [Int: Int] = [:]
    for route in routes {
      guard let tag = route.tag else { continue }
      arrivingTags[route.targetRow, default: []].append(tag)
      leavingWidth[route.sourceRow] = min(gutter.width / 2, DisplayWidth.of("#\(tag)"))
    }
    // Where an arriving label cannot fit beside a leaving tag, the arriving one is shown
    // whole: the leaving row still shows its address, the target has nothing else.
    var arrivingLabels: [Int: String] = [:]
    var coveredRows: Set<Int> = []
    for (row, tags) in arrivingTags {
      let room = gutter.width - (leavingWidth[row].map { $0 + 1 } ?? 0)
      if let label = arrivingLabel(tags, room: room, glyphs: glyphs) {
        arrivingLabels[row] = label
      } else if let label = arrivingLabel(tags, room: gutter.width, glyphs: glyphs) {
        arrivingLabels[row] = label
        coveredRows.insert(row)
      }
    }
    for route in routes {
      let style = route.isDangling ? context[.warning] : context[.pointer]
      if let tag = route.tag {
        if !coveredRows.contains(route.sourceRow) {
          buffer.put("#\(tag)", x: gutter.x, y: route.sourceRow, style: style, maxWidth: gutter.width / 2)
        }
        let tags = arrivingTags[route.targetRow] ?? [tag]
        guard tags.first == tag, let label = arrivingLabels[route.targetRow] else { continue }
        buffer.putRightAligned(label, rightEdge: gutter.maxX, y: route.targetRow, style: style)
        continue
      }
      markSource(row: route.sourceRow, x: gutter.x - 1, glyphs: glyphs, style: style, into: &buffer)
      guard let lane = route.lane else {
        buffer.horizontalLine(
          x: gutter.x, y: route.sourceRow, width: arrowX - gutter.x, glyph: glyphs.horizontal, style: style)
        buffer.put(glyphs.arrowHead, x: arrowX, y: route.sourceRow, style: style)
        continue
      }
      let down = route.targetRow > route.sourceRow
      buffer.horizontalLine(
        x: gutter.x, y: route.sourceRow, width: lane - gutter.x, glyph: glyphs.horizontal, style: style)
      buffer.put(unicode ? (down ? "┐" : "┘") : "+", x: lane, y: route.sourceRow, style: style)
      let top = min(route.sourceRow, route.targetRow) + 1
      let bottom = max(route.sourceRow, route.targetRow)
      buffer.verticalLine(x: lane, y: top, height: bottom - top, glyph: glyphs.vertical, style: style)
      buffer.put(unicode ? (down ? "└" : "┌") : "+", x: lane, y: route.targetRow, style: style)
      buffer.horizontalLine(
        x: lane + 1, y: route.targetRow, width: arrowX - lane - 1, glyph: glyphs.horizontal, style: style)
      buffer.put(glyphs.arrowHead, x: arrowX, y: route.targetRow, style: style)
    }
  }

  /// `#2#3►` when it fits in `room` columns, else `#4-6►` for a run of tags, else `#4…►`.
  private static func arrivingLabel(_ tags: [Int], room: Int, glyphs: BoxDrawing) -> String? {
    guard let first = tags.first, let last = tags.last else { return nil }
    var candidates = [tags.map { "#\($0)" }.joined()]
    if tags.count > 1, tags == Array(first...max(first, last)) { candidates.append("#\(first)-\(last)") }
    candidates.append("#\(first)" + (tags.count > 1 ? glyphs.ellipsis : ""))
    return candidates.map { $0 + glyphs.arrowHead }.first { DisplayWidth.of($0) <= room }
  }

  /// Turns the frame box's right edge into a tee where the line leaves it.
  private static func markSource(
    row: Int, x: Int, glyphs: BoxDrawing, style: Style, into buffer: inout ScreenBuffer
  ) {
    if buffer[x, row].grapheme == glyphs.vertical {
      buffer.put(glyphs.teeRight, x: x, y: row, style: style)
    }
  }
}
