/// What a program printed so far, as `(stream, text)` pieces in order.
///
/// Stored in fixed-size chunks so that copying a `MachineState` (every trace checkpoint
/// does) copies a short list of chunk references, not every line ever printed.
package struct OutputLog: Sendable, RandomAccessCollection {
  package typealias Element = (Event.Stream, String)

  package static let chunkSize = 256

  private var chunks: [[Element]] = []
  private var tail: [Element] = []

  package init() {}

  package init(_ elements: [Element]) {
    for element in elements { append(element) }
  }

  package var startIndex: Int { 0 }
  package var endIndex: Int { chunks.count * Self.chunkSize + tail.count }

  package subscript(position: Int) -> Element {
    let chunk = position / Self.chunkSize
    if chunk < chunks.count { return chunks[chunk][position % Self.chunkSize] }
    return tail[position - chunks.count * Self.chunkSize]
  }

  package mutating func append(_ element: Element) {
    tail.append(element)
    if tail.count == Self.chunkSize {
      chunks.append(tail)
      tail = []
    }
  }

  /// Everything printed to one stream, concatenated.
  package func text(of stream: Event.Stream) -> String {
    var result = ""
    for (kind, piece) in self where kind == stream { result += piece }
    return result
  }
}
