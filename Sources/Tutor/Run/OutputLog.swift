/// What a program printed so far, as `(stream, text)` pieces in order.
///
/// Stored in fixed-size chunks so that copying a `MachineState` (every trace checkpoint
/// does) copies a short list of chunk references, not every line ever printed.
struct OutputLog: Sendable, RandomAccessCollection {
  typealias Element = (Event.Stream, String)

  static let chunkSize = 256

  private var chunks: [[Element]] = []
  private var tail: [Element] = []

  init() {}

  init(_ elements: [Element]) {
    for element in elements { append(element) }
  }

  var startIndex: Int { 0 }
  var endIndex: Int { chunks.count * Self.chunkSize + tail.count }

  subscript(position: Int) -> Element {
    let chunk = position / Self.chunkSize
    if chunk < chunks.count { return chunks[chunk][position % Self.chunkSize] }
    return tail[position - chunks.count * Self.chunkSize]
  }

  mutating func append(_ element: Element) {
    tail.append(element)
    if tail.count == Self.chunkSize {
      chunks.append(tail)
      tail = []
    }
  }

  /// Everything printed to one stream, concatenated.
  func text(of stream: Event.Stream) -> String {
    var result = ""
    for (kind, piece) in self where kind == stream { result += piece }
    return result
  }
}
