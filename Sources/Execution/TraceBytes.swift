/// The UTF-8 bytes of a trace document as its printers append them.
///
/// A million-step trace appends a few dozen short pieces per step: copying each straight into
/// storage the buffer owns skips the per-append bookkeeping of `String` (its counts, ASCII
/// flags and breadcrumbs) and of `Array` (uniqueness and capacity checks through generic
/// code), and numbers are written digit by digit without a temporary `String`.
package struct TraceBytes: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  package private(set) var count = 0

  package init(reservingCapacity capacity: Int = 0) {
    self.capacity = max(capacity, 256)
    base = .allocate(capacity: self.capacity)
  }

  deinit {
    base.deallocate()
  }

  package var isEmpty: Bool { count == 0 }

  /// A copy of the bytes appended so far.
  package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The bytes as text (they are always whole UTF-8: every piece appended was a `String`).
  package var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

  /// Empties the buffer, keeping its storage for the next pieces.
  package mutating func removeAll() {
    count = 0
  }

  /// Room for `extra` more bytes.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(toHold: count + extra) }
  }

  private mutating func grow(toHold needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inline(__always)
  package mutating func append(_ text: String) {
    var text = text
    let length = text.utf8.count
    reserve(length)
    let destination = base + count
    text.withUTF8 { source in
      if let start = source.baseAddress { destination.update(from: start, count: source.count) }
    }
    count += length
  }

  package mutating func append(bytes other: [UInt8]) {
    reserve(other.count)
    let destination = base + count
    other.withUnsafeBufferPointer { source in
      if let start = source.baseAddress { destination.update(from: start, count: source.count) }
    }
    count += other.count
  }

  @inline(__always)
  package mutating func append(byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// `value` in decimal, as `String(value)` spells it.
  package mutating func append(decimal value: Int) {
    if value < 0 {
      append(byte: UInt8(ascii: "-"))
      append(digitsOf: value.magnitude)
    } else {
      append(digitsOf: UInt(value))
    }
  }

  /// `value` in decimal, as `String(value)` spells it.
  package mutating func append(decimal value: Int32) {
    append(decimal: Int(value))
  }

  /// `value` in decimal, as `String(value)` spells it.
  package mutating func append(decimal value: Int128) {
    if let small = Int(exactly: value) {
      append(decimal: small)
    } else {
      append(String(value))
    }
  }

  /// `value` in lowercase hexadecimal without a prefix, as `String(value, radix: 16)` spells it.
  package mutating func append(hex value: UInt64) {
    let digits = max(1, (64 - value.leadingZeroBitCount + 3) / 4)
    reserve(digits)
    var rest = value
    var index = count + digits
    repeat {
      index -= 1
      let digit = UInt8(truncatingIfNeeded: rest & 0xF)
      base[index] = digit < 10 ? digit &+ 0x30 : digit &+ 0x57
      rest >>= 4
    } while rest != 0
    count += digits
  }

  private mutating func append(digitsOf value: UInt) {
    var digits = 1
    var bound: UInt = 10
    while digits < 20 && value >= bound {
      digits += 1
      bound = bound &* 10
    }
    reserve(digits)
    var rest = value
    var index = count + digits
    repeat {
      index -= 1
      base[index] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
      rest /= 10
    } while rest != 0
    count += digits
  }
}
