import Screen
import Testing

@Suite struct PointerGutterTests {
  let context = RenderContext()
  let gutter = Rect(x: 10, y: 0, width: 6, height: 12)

  func source(_ row: Int, _ address: UInt64) -> PointerSource {
    PointerSource(row: row, x: 10, address: address, slot: SlotRef(frameID: 0, slot: row))
  }

  func target(_ rows: Range<Int>, _ address: UInt64, size: Int = 16) -> PointerTarget {
    PointerTarget(rows: rows, x: 16, address: address, size: size, isLive: true)
  }

  @Test func aLineRunsFromTheSlotToTheBlock() {
    var buffer = ScreenBuffer(width: 17, height: 6)
    buffer.put("│", x: 9, y: 1)
    PointerGutter.render(
      sources: [source(1, 0x1000)], targets: [target(3..<6, 0x1000)], context: context, in: gutter,
      into: &buffer)
    #expect(
      buffer.lines == [
        "",
        "         ├───┐",
        "             │",
        "             │",
        "             └─►",
        "",
      ])
  }

  @Test func pointersIntoTheMiddleOfABlockFindIt() {
    let routes = PointerGutter.plan(
      sources: [source(1, 0x1008)], targets: [target(3..<6, 0x1000)], gutter: gutter)
    #expect(routes == [PointerGutter.Route(sourceRow: 1, targetRow: 4, lane: 13, tag: nil)])
  }

  @Test func aPointerLevelWithItsBlockIsStraight() {
    var buffer = ScreenBuffer(width: 17, height: 3)
    PointerGutter.render(
      sources: [source(1, 0x1000)], targets: [target(0..<3, 0x1000)], context: context, in: gutter,
      into: &buffer)
    #expect(buffer.lines[1] == "          ─────►")
  }

  @Test func crossingLinesBecomeTags() {
    // A goes down past B's start, B goes up past A's end: whatever the lanes, they cross.
    let routes = PointerGutter.plan(
      sources: [source(2, 0x1000), source(8, 0x2000)],
      targets: [target(10..<11, 0x1000), target(4..<5, 0x2000)],
      gutter: gutter)
    #expect(routes.count == 2)
    #expect(routes[0].tag == nil && routes[0].lane != nil)
    #expect(routes[1].tag == 1 && routes[1].lane == nil)
    var buffer = ScreenBuffer(width: 17, height: 12)
    PointerGutter.render(
      sources: [source(2, 0x1000), source(8, 0x2000)],
      targets: [target(10..<11, 0x1000), target(4..<5, 0x2000)],
      context: context, in: gutter, into: &buffer)
    #expect(buffer.lines[8].hasPrefix("          #1 "))
    #expect(buffer.lines[4].hasSuffix("#1►"))
  }

  @Test func staggeredLinesShareTheGutter() {
    // Two slots pointing at two blocks in the same order, going down and going up.
    for (first, second) in [((1, 4), (2, 7)), ((5, 1), (6, 3))] {
      let routes = PointerGutter.plan(
        sources: [source(first.0, 0x1000), source(second.0, 0x2000)],
        targets: [target(first.1..<(first.1 + 1), 0x1000), target(second.1..<(second.1 + 1), 0x2000)],
        gutter: gutter)
      #expect(routes.allSatisfy { $0.tag == nil }, "\(first) \(second)")
      #expect(Set(routes.compactMap(\.lane)).count == 2)
    }
  }

  @Test func nestedLinesWouldCrossSoOneIsTagged() {
    let routes = PointerGutter.plan(
      sources: [source(1, 0x1000), source(2, 0x2000)],
      targets: [target(6..<9, 0x1000), target(3..<6, 0x2000)],
      gutter: gutter)
    #expect(routes.filter { $0.tag != nil }.count == 1)
  }

  @Test func moreLinesThanLanesBecomeTags() {
    let sources = (0..<6).map { source($0, UInt64(0x1000 * ($0 + 1))) }
    let targets = (0..<6).map { target((6 + $0)..<(7 + $0), UInt64(0x1000 * ($0 + 1))) }
    let routes = PointerGutter.plan(sources: sources, targets: targets, gutter: gutter)
    #expect(routes.count == 6)
    #expect(routes.filter { $0.lane != nil }.count == 3)
    #expect(routes.compactMap(\.tag) == [1, 2, 3])
  }

  @Test func pointersToNothingVisibleDrawNothing() {
    var buffer = ScreenBuffer(width: 17, height: 6)
    PointerGutter.render(
      sources: [source(1, 0x9999)], targets: [target(3..<6, 0x1000)], context: context, in: gutter,
      into: &buffer)
    #expect(buffer.text.allSatisfy { $0 == "\n" })
  }
}
