/// An append-only array kept in segments of a fixed number of elements. Growing never copies
/// what is stored: an ordinary array that doubles holds its old and new buffers at once, which
/// for a trace of millions of events is the run's peak memory.
package struct SegmentedArray<Element: Sendable>: RandomAccessCollection, Sendable {
  /// log2 of the elements per segment.
  private let segmentShift: Int
  private var segments: [[Element]] = []
  package private(set) var count = 0

  /// Segments of `1 << segmentShift` elements each.
  package init(segmentShift: Int) {
    self.segmentShift = segmentShift
  }

  package var startIndex: Int { 0 }
  package var endIndex: Int { count }

  @inline(__always) package subscript(position: Int) -> Element {
    segments[position &>> segmentShift][position & ((1 &<< segmentShift) &- 1)]
  }

  @inline(__always) package mutating func append(_ element: Element) {
    if count & ((1 &<< segmentShift) &- 1) == 0 { startSegment() }
    segments[segments.count &- 1].append(element)
    count &+= 1
  }

  private mutating func startSegment() {
    var segment: [Element] = []
    segment.reserveCapacity(1 << segmentShift)
    segments.append(segment)
  }
}
