/// Where a type's bytes go: its size, alignment and field offsets, as rustc lays them out on
/// x86_64 Linux.
package struct TypeLayout: Sendable, Equatable {
  /// How an enum (including `Option`) records which variant a value is.
  package enum VariantEncoding: Sendable, Equatable {
    /// A tag integer of `size` bytes at `offset` holds the discriminant.
    case tag(offset: Int, size: Int)
    /// No tag: the variants other than `untaggedVariant` are stored as otherwise-invalid
    /// values of a field of `untaggedVariant` (the `size`-byte niche at `offset`), starting
    /// at `nicheStart` for variant `firstNicheVariant`. `None::<Box<T>>` is the null pointer.
    case niche(
      offset: Int, size: Int, untaggedVariant: Int, firstNicheVariant: Int, nicheStart: UInt128)
  }

  package var size: Int
  package var alignment: Int
  /// Offsets of fields in declaration order (struct fields, tuple elements, `Range`'s
  /// start/end); empty for scalars and enums.
  package var fieldOffsets: [Int]
  /// For enums: each variant's payload offsets in payload order.
  package var variantFieldOffsets: [[Int]] = []
  /// For enums with two or more variants.
  package var variantEncoding: VariantEncoding?
  /// The largest range of invalid bit patterns that an enclosing enum may use for its tag.
  package var largestNiche: Niche?
  /// True for types with no values (`!`, enums without variants).
  package var isUninhabited = false

  package init(
    size: Int, alignment: Int, fieldOffsets: [Int] = [], variantFieldOffsets: [[Int]] = [],
    variantEncoding: VariantEncoding? = nil, largestNiche: Niche? = nil, isUninhabited: Bool = false
  ) {
    self.size = size
    self.alignment = alignment
    self.fieldOffsets = fieldOffsets
    self.variantFieldOffsets = variantFieldOffsets
    self.variantEncoding = variantEncoding
    self.largestNiche = largestNiche
    self.isUninhabited = isUninhabited
  }
}

/// A scalar field's invalid values, as rustc tracks them (`rustc_abi::Niche`): the field of
/// `size` bytes at `offset` only ever holds values in the wrapping range `start...end`.
package struct Niche: Sendable, Equatable {
  package var offset: Int
  package var size: Int
  package var start: UInt128
  package var end: UInt128

  private var maximum: UInt128 { size >= 16 ? UInt128.max : (UInt128(1) << (size * 8)) - 1 }

  /// How many bit patterns lie outside the valid range.
  package var available: UInt128 {
    let nicheStart = (end &+ 1) & maximum
    return (start &- nicheStart) & maximum
  }

  /// rustc's `Niche::reserve`: claim `count` invalid values for other variants. Returns the
  /// first claimed value and the widened valid range, or nil when there is no room.
  package func reserve(_ count: UInt128) -> (start: UInt128, niche: Niche)? {
    guard count > 0, count <= available else { return nil }
    let maximum = self.maximum
    func moveStart() -> (UInt128, Niche) {
      let newStart = (start &- count) & maximum
      return (newStart, Niche(offset: offset, size: size, start: newStart, end: end))
    }
    func moveEnd() -> (UInt128, Niche) {
      let first = (end &+ 1) & maximum
      let newEnd = (end &+ count) & maximum
      return (first, Niche(offset: offset, size: size, start: start, end: newEnd))
    }
    let distanceEndZero = maximum - end
    if start > end {
      return moveEnd()
    } else if start <= distanceEndZero {
      return count <= start ? moveStart() : moveEnd()
    } else {
      let newEnd = (end &+ count) & maximum
      let overshotZero = newEnd >= 1 && newEnd <= end
      return overshotZero ? moveStart() : moveEnd()
    }
  }

  /// A niche for a scalar with this valid range, or nil when every bit pattern is valid.
  package static func scalar(offset: Int = 0, size: Int, start: UInt128, end: UInt128) -> Niche? {
    let niche = Niche(offset: offset, size: size, start: start, end: end)
    return niche.available > 0 ? niche : nil
  }
}
