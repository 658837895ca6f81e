/// A program's standard input, read as std reads it: through the 8 KiB buffer of the
/// `BufReader` around file descriptor 0, refilled by one read of at most 8 KiB. A line that
/// crosses the end of one fill reaches `read_line` in two pieces, and each piece is one
/// `extend_from_slice` into the `String`, so its capacity grows as real Rust's does.
package final class StandardInput {
  /// Reads at most `maximum` bytes; an empty array is the end of input.
  package typealias Source = (_ maximum: Int) -> [UInt8]

  /// std's `STDIN_BUF_SIZE`.
  package static let bufferSize = 8 * 1024

  private let source: Source
  private var buffer: [UInt8] = []
  private var position = 0
  /// Called before a read of the source that may wait (for `run`, a person typing): the
  /// output so far is written first, so a prompt is on the screen.
  package var willRead: (() -> Void)?
  /// Bytes handed to the program so far.
  package private(set) var consumed = 0

  package init(source: @escaping Source) {
    self.source = source
  }

  /// Input that is all known in advance (a file, or none): read as a file is read, 8 KiB at a time.
  package convenience init(bytes: [UInt8]) {
    var offset = 0
    self.init { maximum in
      let end = min(bytes.count, offset + maximum)
      defer { offset = end }
      return Array(bytes[offset..<end])
    }
  }

  /// The next line (up to and including its `\n`, or what is left before the end), in the
  /// pieces std appends it in: one per buffer fill. Empty at the end of input.
  package func nextLinePieces() -> [[UInt8]] {
    var pieces: [[UInt8]] = []
    while true {
      if position == buffer.count {
        guard fill() else { return pieces }
      }
      if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
        pieces.append(Array(buffer[position...newline]))
        consumed += newline + 1 - position
        position = newline + 1
        return pieces
      }
      pieces.append(Array(buffer[position...]))
      consumed += buffer.count - position
      position = buffer.count
    }
  }

  private func fill() -> Bool {
    // No end is remembered: after a terminal's end of input (Ctrl-D) std reads again.
    willRead?()
    buffer = source(Self.bufferSize)
    position = 0
    return !buffer.isEmpty
  }
}
