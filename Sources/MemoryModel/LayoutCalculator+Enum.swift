/// Enum layout: rustc's `layout_of_enum`, which builds both a tagged layout and a
/// niche-filling one and keeps the smaller (on a tie, the one leaving the larger niche, and
/// otherwise the tagged one).
extension LayoutCalculator {
  /// The integer types a tag can have, smallest first, by size in bytes.
  private static let tagSizes = [1, 2, 4, 8, 16]

  package func enumLayout(
    variants: [[TypeLayout]], discriminants: [Int128], reprC: Bool, reprInteger: RustType.IntegerKind?
  ) -> TypeLayout {
    let inhibitOptimisation = reprC || reprInteger != nil
    let present = variants.indices.filter { reprC || !Self.isAbsent(variants[$0]) }
    guard let firstPresent = present.first else {
      return TypeLayout(size: 0, alignment: 1, isUninhabited: true)
    }
    if present.count == 1 && !inhibitOptimisation {
      // A single-variant enum is laid out like a struct.
      let single = structLayout(variants[firstPresent], reorder: true)
      var result = single
      result.fieldOffsets = []
      result.variantFieldOffsets = variants.indices.map {
        $0 == firstPresent ? single.fieldOffsets : Array(repeating: 0, count: variants[$0].count)
      }
      return result
    }
    let tagged = taggedLayout(
      variants: variants, discriminants: discriminants, reprC: reprC, reprInteger: reprInteger)
    guard !inhibitOptimisation, let nicheFilled = nicheFillingLayout(variants: variants) else {
      return tagged
    }
    let taggedNiche = tagged.largestNiche?.available ?? 0
    let filledNiche = nicheFilled.largestNiche?.available ?? 0
    if tagged.size > nicheFilled.size || (tagged.size == nicheFilled.size && taggedNiche < filledNiche) {
      return nicheFilled
    }
    return tagged
  }

  /// A variant is absent when it is uninhabited and all its fields are 1-aligned ZSTs.
  private static func isAbsent(_ fields: [TypeLayout]) -> Bool {
    fields.contains { $0.isUninhabited } && fields.allSatisfy { $0.size == 0 && $0.alignment == 1 }
  }

  private func nicheFillingLayout(variants: [[TypeLayout]]) -> TypeLayout? {
    guard variants.count >= 2 else { return nil }
    var layouts = variants.map { structLayout($0, reorder: true) }
    let alignment = layouts.map(\.alignment).max() ?? 1
    // Rust's `max_by_key` keeps the last of equal maxima.
    var largest = 0
    for index in layouts.indices where layouts[index].size >= layouts[largest].size { largest = index }
    let needsTag = variants.indices.filter { $0 != largest && !Self.isAbsent(variants[$0]) }
    guard let firstNiche = needsTag.first, let lastNiche = needsTag.last else { return nil }
    let count = UInt128(lastNiche - firstNiche + 1)
    guard let niche = layouts[largest].largestNiche, let (nicheStart, reserved) = niche.reserve(count)
    else { return nil }
    let size = Self.aligned(layouts[largest].size, to: alignment)
    for index in layouts.indices where index != largest {
      if layouts[index].size <= niche.offset { continue }
      let shift = Self.aligned(niche.offset + niche.size, to: layouts[index].alignment)
      if shift + layouts[index].size > size { return nil }
      layouts[index].fieldOffsets = layouts[index].fieldOffsets.map { $0 + shift }
      layouts[index].size += shift
    }
    return TypeLayout(
      size: size, alignment: alignment, variantFieldOffsets: layouts.map(\.fieldOffsets),
      variantEncoding: .niche(
        offset: niche.offset, size: niche.size, untaggedVariant: largest, firstNicheVariant: firstNiche,
        nicheStart: nicheStart),
      largestNiche: reserved.available > 0 ? reserved : nil,
      isUninhabited: layouts.allSatisfy { $0.isUninhabited })
  }

  private func taggedLayout(
    variants: [[TypeLayout]], discriminants: [Int128], reprC: Bool, reprInteger: RustType.IntegerKind?
  ) -> TypeLayout {
    var minimum = Int128.max
    var maximum = Int128.min
    for (index, value) in discriminants.enumerated() where index < variants.count {
      if !reprC && variants[index].contains(where: { $0.isUninhabited }) { continue }
      minimum = min(minimum, value)
      maximum = max(maximum, value)
    }
    if minimum > maximum {
      minimum = 0
      maximum = 0
    }
    let minimumTagSize = Self.discriminantRange(
      minimum: minimum, maximum: maximum, reprC: reprC, reprInteger: reprInteger)
    var prefixAlignment = minimumTagSize
    if reprC {
      for fields in variants {
        for field in fields { prefixAlignment = max(prefixAlignment, field.alignment) }
      }
    }
    var startAlignment = 256
    var size = 0
    var alignment = 1
    var layouts: [TypeLayout] = []
    for fields in variants {
      let layout = structLayout(
        fields, reorder: !(reprC || reprInteger != nil),
        prefix: (size: minimumTagSize, alignment: prefixAlignment))
      let byOffset = fields.indices.sorted { layout.fieldOffsets[$0] < layout.fieldOffsets[$1] }
      if let first = byOffset.first(where: { !(fields[$0].size == 0 && fields[$0].alignment == 1) }) {
        startAlignment = min(startAlignment, fields[first].alignment)
      }
      size = max(size, layout.size)
      alignment = max(alignment, layout.alignment)
      layouts.append(layout)
    }
    size = Self.aligned(size, to: alignment)
    var tagSize = minimumTagSize
    if !(reprC || reprInteger != nil), Self.tagSizes.contains(startAlignment), startAlignment > minimumTagSize
    {
      tagSize = startAlignment
      for index in layouts.indices {
        layouts[index].fieldOffsets = layouts[index].fieldOffsets.map { $0 <= minimumTagSize ? tagSize : $0 }
        if layouts[index].size <= minimumTagSize { layouts[index].size = tagSize }
      }
    }
    let mask: UInt128 = tagSize >= 16 ? .max : (UInt128(1) << (tagSize * 8)) - 1
    let start = UInt128(truncatingIfNeeded: minimum) & mask
    let end = UInt128(truncatingIfNeeded: maximum) & mask
    return TypeLayout(
      size: size, alignment: alignment, variantFieldOffsets: layouts.map(\.fieldOffsets),
      variantEncoding: .tag(offset: 0, size: tagSize),
      largestNiche: Niche.scalar(offset: 0, size: tagSize, start: start, end: end),
      isUninhabited: layouts.allSatisfy { $0.isUninhabited })
  }

  /// rustc's `repr_discr`: the size of the smallest tag (1 byte, or 4 for `repr(C)`) that
  /// holds every discriminant, unsigned unless one is negative.
  private static func discriminantRange(
    minimum: Int128, maximum: Int128, reprC: Bool, reprInteger: RustType.IntegerKind?
  ) -> Int {
    if let kind = reprInteger { return integerSize(kind) }
    func fitUnsigned(_ value: UInt128) -> Int {
      tagSizes.first { $0 >= 16 || value <= (UInt128(1) << ($0 * 8)) - 1 } ?? 16
    }
    func fitSigned(_ value: Int128) -> Int {
      tagSizes.first { size in
        size >= 16 || (value >= -(Int128(1) << (size * 8 - 1)) && value <= (Int128(1) << (size * 8 - 1)) - 1)
      } ?? 16
    }
    let atLeast = reprC ? 4 : 1
    if minimum >= 0 {
      let largest = max(UInt128(truncatingIfNeeded: minimum), UInt128(truncatingIfNeeded: maximum))
      return max(fitUnsigned(largest), atLeast)
    }
    return max(fitSigned(minimum), fitSigned(maximum), atLeast)
  }
}
