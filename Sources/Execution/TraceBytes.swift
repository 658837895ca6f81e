/// The UTF-8 bytes of a trace document as its printers append them.
///
/// A million-step trace appends a few dozen pieces per step: appending to a byte array and
/// writing numbers digit by digit skips the per-append bookkeeping of `String` (its counts,
/// ASCII flags and breadcrumbs) and the temporary strings of `String(_:radix:)`.
package struct TraceBytes {
  package private(set) var bytes: [UInt8] = []

  package init(reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  package var count: Int { bytes.count }
  package var isEmpty: Bool { bytes.isEmpty }

  /// The bytes as text (they are always whole UTF-8: every piece appended was a `String`).
  package var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Empties the buffer, keeping its storage for the next pieces.
  package mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
  }

  @inline(__always)
  package mutating func append(_ text: String) {
    // `withUTF8` hands over a literal's or a small string's bytes at once; appending the
    // UTF-8 view goes through its generic copy.
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  @inline(__always)
  package mutating func append(bytes other: [UInt8]) {
    bytes.append(contentsOf: other)
  }

  @inline(__always)
  package mutating func append(byte: UInt8) {
    bytes.append(byte)
  }

  /// `value` in decimal, as `String(value)` spells it.
  package mutating func append(decimal value: Int) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
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
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { digits in
      var start = 16
      var rest = value
      repeat {
        let digit = UInt8(truncatingIfNeeded: rest & 0xF)
        start -= 1
        digits[start] = digit < 10 ? digit &+ 0x30 : digit &+ 0x57
        rest >>= 4
      } while rest != 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  private mutating func append(digitsOf value: UInt) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
      var start = 24
      var rest = value
      repeat {
        start -= 1
        digits[start] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
        rest /= 10
      } while rest != 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }
}
