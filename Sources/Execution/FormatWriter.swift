import MemoryModel

/// The output of one formatting run, written the way `core::fmt` writes it: every
/// `write_str`/`write_char` that reaches the destination is recorded, because a `String`
/// destination (`format!`, `to_string`) grows once per write and its final capacity depends
/// on the sequence.
package struct FormatWriter: Sendable {
  package private(set) var text = ""
  /// Byte counts of the writes that reached the destination, in order (empty writes omitted).
  package private(set) var chunks: [Int] = []
  /// `{:#?}` indentation: one `PadAdapter` per nesting level, each remembering whether the
  /// next write starts a line (and so gets four spaces first).
  private var adaptersOnNewline: [Bool] = []

  package mutating func write(_ string: String) { write(string, level: adaptersOnNewline.count) }

  package mutating func write(_ scalar: Unicode.Scalar) { write(String(scalar)) }

  private mutating func write(_ string: String, level: Int) {
    guard level > 0 else {
      if !string.isEmpty {
        text += string
        chunks.append(string.utf8.count)
      }
      return
    }
    for line in Self.splitInclusive(string) {
      if adaptersOnNewline[level - 1] { write("    ", level: level - 1) }
      adaptersOnNewline[level - 1] = line.hasSuffix("\n")
      write(line, level: level - 1)
    }
  }

  /// Writes what another writer received, one write at a time.
  package mutating func append(_ other: FormatWriter) { replay(other.text, chunks: other.chunks) }

  /// Writes `text` again as the writes whose byte counts are `chunks`.
  package mutating func replay(_ text: String, chunks: [Int]) {
    var bytes = Substring(text).utf8[...]
    for count in chunks {
      let piece = bytes.prefix(count)
      write(String(decoding: piece, as: UTF8.self))
      bytes = bytes.dropFirst(count)
    }
    if !bytes.isEmpty { write(String(decoding: bytes, as: UTF8.self)) }
  }

  /// Starts a pretty-printed entry: what it writes is indented one more level.
  package mutating func beginIndented() { adaptersOnNewline.append(true) }
  package mutating func endIndented() { _ = adaptersOnNewline.popLast() }

  /// `str::split_inclusive('\n')`: lines with their newline kept; nothing for "".
  private static func splitInclusive(_ string: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for character in string.unicodeScalars {
      current.unicodeScalars.append(character)
      if character == "\n" {
        lines.append(current)
        current = ""
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// The capacity a `String` ends with after receiving these writes, starting from
  /// `initialCapacity` (`String::with_capacity`).
  package func capacity(startingAt initialCapacity: Int) -> Int {
    GrowthPolicy.stringCapacity(initialCapacity: initialCapacity, writes: chunks)
  }
}
