/// How `Vec<T>` and `String` choose their capacities, exactly as the standard library does
/// (`RawVec::grow_amortized`, `grow_exact`, `shrink`), so every capacity on screen is the one
/// real Rust reports.
package enum GrowthPolicy {
  /// The capacity of a zero-sized element type's `Vec`: `usize::MAX`, without allocating.
  package static let zeroSizedCapacity = Int.max

  /// The smallest non-zero capacity `RawVec` allocates: 8 for 1-byte elements, 4 up to
  /// 1 KiB, 1 beyond.
  package static func minimumNonZeroCapacity(elementSize: Int) -> Int {
    if elementSize == 1 { return 8 }
    if elementSize <= 1024 { return 4 }
    return 1
  }

  /// The capacity after growing so that `needed` elements fit (`push`, `insert`, `reserve`,
  /// `extend` of an iterator without an exact length). Unchanged when `needed` already fits.
  package static func grownCapacity(current: Int, needed: Int, elementSize: Int) -> Int {
    if elementSize == 0 { return zeroSizedCapacity }
    if needed <= current { return current }
    let doubled = current > Int.max / 2 ? Int.max : current * 2
    return max(doubled, needed, minimumNonZeroCapacity(elementSize: elementSize))
  }

  /// `reserve(additional)` at `length`: grows to hold `length + additional` using the amortized rule.
  package static func reserve(current: Int, length: Int, additional: Int, elementSize: Int) -> Int {
    if elementSize == 0 { return zeroSizedCapacity }
    if additional <= current - length { return current }
    return grownCapacity(current: current, needed: length + additional, elementSize: elementSize)
  }

  /// `reserve_exact(additional)` at `length`: exactly `length + additional` when that is more
  /// than the current capacity.
  package static func reserveExact(current: Int, length: Int, additional: Int, elementSize: Int) -> Int {
    if elementSize == 0 { return zeroSizedCapacity }
    if additional <= current - length { return current }
    return length + additional
  }

  /// The capacity after pushing one element at `length`.
  package static func afterPush(current: Int, length: Int, elementSize: Int) -> Int {
    reserve(current: current, length: length, additional: 1, elementSize: elementSize)
  }

  /// `shrink_to_fit`: the capacity becomes the length (zero-sized types keep `usize::MAX`).
  package static func shrinkToFit(current: Int, length: Int, elementSize: Int) -> Int {
    if elementSize == 0 { return zeroSizedCapacity }
    return min(current, length)
  }

  /// `shrink_to(minimum)`: `max(length, minimum)`, never growing.
  package static func shrinkTo(current: Int, length: Int, minimum: Int, elementSize: Int) -> Int {
    if elementSize == 0 { return zeroSizedCapacity }
    return min(current, max(length, minimum))
  }

  // MARK: String

  /// `String::push(c)`, `push_str(s)` and every `fmt::Write::write_str` into a `String`:
  /// the `Vec<u8>` rule for `byteCount` more bytes.
  package static func stringCapacity(current: Int, length: Int, appending byteCount: Int) -> Int {
    reserve(current: current, length: length, additional: byteCount, elementSize: 1)
  }

  /// The capacity of a `String` that starts at `initialCapacity` (length 0) and receives
  /// the writes of `chunkLengths` bytes, one `push_str` each.
  package static func stringCapacity(initialCapacity: Int, writes chunkLengths: [Int]) -> Int {
    var capacity = initialCapacity
    var length = 0
    for chunk in chunkLengths {
      capacity = stringCapacity(current: capacity, length: length, appending: chunk)
      length += chunk
    }
    return capacity
  }

  // MARK: format! and to_string

  /// `fmt::Arguments::estimated_capacity`: the capacity `format!` starts with before writing.
  /// `literalPieces` is the total byte length of the literal text between placeholders.
  package static func formatCapacity(literalPieces: Int, argumentCount: Int, firstPieceEmpty: Bool) -> Int {
    if argumentCount == 0 { return literalPieces }
    if firstPieceEmpty && literalPieces < 16 { return 0 }
    return literalPieces > Int.max / 2 ? 0 : literalPieces * 2
  }

  /// `to_string()` on an integer. Unsigned integers allocate exactly their digits; signed ones
  /// reserve the digits of `MAX` (plus one for a minus sign) first, as the standard library's
  /// specialisation does (`42i32` → 10, `-42i64` → 20, `42u8` → 2).
  package static func integerToStringCapacity(_ value: Int128, kind: RustType.IntegerKind) -> Int {
    let digits = String(value.magnitude).utf8.count
    switch kind {
    case .u8, .u16, .u32, .u64, .u128, .usize:
      return digits
    case .i8: return value < 0 ? 4 : 3
    case .i16: return value < 0 ? 6 : 5
    case .i32: return value < 0 ? 11 : 10
    case .i64, .isize: return value < 0 ? 20 : 19
    case .i128: return value < 0 ? 40 : 39
    }
  }
}
