/// Computes `size_of`, `align_of` and field offsets of every `RustType` the way rustc does
/// on x86_64 Linux, including its field reordering and enum niche optimisation
/// (`rustc_abi::LayoutCalculator`: `univariant`, `layout_of_enum`).
package struct LayoutCalculator: Sendable {
  package let declarations: TypeDeclarations

  package init(declarations: TypeDeclarations = TypeDeclarations()) {
    self.declarations = declarations
  }

  /// The layout of `type`. Unsized types (`str`, `[T]`) report size 0 and their element's
  /// alignment; their references are 16-byte fat pointers.
  package func layout(of type: RustType) -> TypeLayout {
    var visiting: Set<String> = []
    return layout(of: type, visiting: &visiting)
  }

  package func size(of type: RustType) -> Int { layout(of: type).size }
  package func alignment(of type: RustType) -> Int { layout(of: type).alignment }

  // MARK: - Types

  private static let pointer = TypeLayout(
    size: 8, alignment: 8, largestNiche: Niche.scalar(size: 8, start: 1, end: UInt128(UInt64.max)))
  private static let fatPointer = TypeLayout(
    size: 16, alignment: 8, fieldOffsets: [0, 8],
    largestNiche: Niche.scalar(size: 8, start: 1, end: UInt128(UInt64.max)))
  /// `Vec<T>` and `String` are `[cap, ptr, len]`; the capacity is at most `isize::MAX`,
  /// which leaves rustc a niche of 2⁶³ values at offset 0.
  private static let buffer = TypeLayout(
    size: 24, alignment: 8, fieldOffsets: [0, 8, 16],
    largestNiche: Niche.scalar(size: 8, start: 0, end: UInt128(Int64.max)))

  /// `HashMap` and `HashSet`: six words, the control pointer first (never null: an empty table
  /// points at a static group), which gives `Option<HashMap<K, V>>` its niche.
  private static let hashTable = TypeLayout(
    size: HashTableLayout.handleSize, alignment: HashTableLayout.handleAlignment,
    fieldOffsets: [0, 8, 16, 24, 32, 40],
    largestNiche: Niche.scalar(size: 8, start: 1, end: UInt128(UInt64.max)))

  private func layout(of type: RustType, visiting: inout Set<String>) -> TypeLayout {
    switch type {
    case .unit:
      return TypeLayout(size: 0, alignment: 1)
    case .never:
      return TypeLayout(size: 0, alignment: 1, isUninhabited: true)
    case .bool:
      return TypeLayout(size: 1, alignment: 1, largestNiche: Niche.scalar(size: 1, start: 0, end: 1))
    case .char:
      return TypeLayout(size: 4, alignment: 4, largestNiche: Niche.scalar(size: 4, start: 0, end: 0x10_FFFF))
    case .integer(let kind):
      let size = Self.integerSize(kind)
      return TypeLayout(size: size, alignment: size)
    case .float(let kind):
      let size = kind == .f32 ? 4 : 8
      return TypeLayout(size: size, alignment: size)
    case .str, .dynTrait:
      return TypeLayout(size: 0, alignment: 1)
    case .slice(let element):
      return TypeLayout(size: 0, alignment: layout(of: element, visiting: &visiting).alignment)
    case .string, .vec:
      return Self.buffer
    case .hashMap(_, _, _, let ordered):
      // A B-tree's handle is three words, the root pointer, the height and the length; the
      // `Option` around the root already uses the pointer's niche.
      return ordered ? TypeLayout(size: 24, alignment: 8, fieldOffsets: [0, 8, 16]) : Self.hashTable
    case .box(let pointee), .rc(let pointee), .arc(let pointee), .reference(let pointee, _):
      return Self.isUnsized(pointee) ? Self.fatPointer : Self.pointer
    case .library(let wrapper, let inner):
      if wrapper == .binaryHeap {
        // One field, `data: Vec<T>`: the `Vec`'s 24 bytes and niche.
        var heap = Self.buffer
        heap.fieldOffsets = [0]
        return heap
      }
      if wrapper == .reverse {
        // `#[repr(transparent)]`: the value's own layout, niche included.
        var value = layout(of: inner, visiting: &visiting)
        value.fieldOffsets = [0]
        return value
      }
      if wrapper == .peekable {
        // The iterator, then `peeked: Option<Option<Item>>`.
        let item = wrapper.iteratorItem(inner) ?? .unit
        return univariant(
          [layout(of: inner, visiting: &visiting), layout(of: .option(.option(item)), visiting: &visiting)],
          reorder: true, kind: .alwaysSized)
      }
      if wrapper == .flatten {
        let front = LibraryWrapper.flattenFront(outer: inner) ?? .unit
        let frontLayout = layout(of: .option(front), visiting: &visiting)
        return univariant(
          [layout(of: inner, visiting: &visiting), frontLayout, frontLayout], reorder: true,
          kind: .alwaysSized)
      }
      if wrapper == .rev || wrapper == .copied || wrapper == .cloned || wrapper == .rangeFrom
        || wrapper == .repeatValue
      {
        return univariant([layout(of: inner, visiting: &visiting)], reorder: false, kind: .alwaysSized)
      }
      if wrapper == .chain, case .tuple(let halves) = inner {
        // `a: Option<A>`, `b: Option<B>`.
        return univariant(
          halves.map { layout(of: .option($0), visiting: &visiting) }, reorder: true, kind: .alwaysSized)
      }
      if wrapper == .filter || wrapper == .map, case .tuple(let parts) = inner, parts.count >= 2 {
        // `iter`, then the closure (`Map`'s item, named last, is no field).
        let iterator = layout(of: parts[0], visiting: &visiting)
        let closure = layout(of: parts[1], visiting: &visiting)
        guard closure.size == 0 else {
          return univariant([iterator, closure], reorder: true, kind: .alwaysSized)
        }
        // rustc puts a closure that captures nothing after the iterator, one past the value's
        // end; the model keeps it at the start, inside the value, so the pointer its calls
        // take leads into the adapter rather than into the next slot (sizes are the same).
        var placed = univariant([closure, iterator], reorder: false, kind: .alwaysSized)
        placed.fieldOffsets =
          placed.fieldOffsets.count == 2 ? [placed.fieldOffsets[1], placed.fieldOffsets[0]] : []
        return placed
      }
      if wrapper == .zip, case .tuple(let halves) = inner {
        let word = TypeLayout(size: 8, alignment: 8)
        return univariant(
          halves.map { layout(of: $0, visiting: &visiting) } + [word, word, word], reorder: true,
          kind: .alwaysSized)
      }
      if wrapper == .skip || wrapper == .take || wrapper == .enumerate {
        return univariant(
          [layout(of: inner, visiting: &visiting), TypeLayout(size: 8, alignment: 8)], reorder: true,
          kind: .alwaysSized)
      }
      if let fields = wrapper.splitterFields(inner: inner) {
        return univariant(
          fields.map { layout(of: $0, visiting: &visiting) }, reorder: true, kind: .alwaysSized)
      }
      if wrapper == .optionIter || wrapper == .optionIntoIter {
        let held: RustType =
          wrapper == .optionIter ? .option(.reference(inner, mutable: false)) : .option(inner)
        return univariant([layout(of: held, visiting: &visiting)], reorder: false, kind: .alwaysSized)
      }
      return libraryLayout(wrapper, inner: layout(of: inner, visiting: &visiting))
    case .array(let element, let count):
      let item = layout(of: element, visiting: &visiting)
      return TypeLayout(
        size: item.size * max(0, count), alignment: item.alignment,
        largestNiche: count > 0 ? item.largestNiche : nil, isUninhabited: item.isUninhabited && count > 0)
    case .tuple(let elements):
      let fields = elements.map { layout(of: $0, visiting: &visiting) }
      return univariant(fields, reorder: true, kind: elements.isEmpty ? .alwaysSized : .maybeUnsized)
    case .range(let bound, let inclusive):
      let item = layout(of: bound, visiting: &visiting)
      var fields = [item, item]
      if inclusive { fields.append(layout(of: .bool, visiting: &visiting)) }
      return univariant(fields, reorder: true, kind: .alwaysSized)
    case .option(let wrapped):
      let payload = layout(of: wrapped, visiting: &visiting)
      return enumLayout(
        variants: [[], [payload]], discriminants: [0, 1], reprC: false, reprInteger: nil)
    case .result(let value, let error):
      let variants = [[layout(of: value, visiting: &visiting)], [layout(of: error, visiting: &visiting)]]
      return enumLayout(variants: variants, discriminants: [0, 1], reprC: false, reprInteger: nil)
    case .structure(let name):
      guard let declaration = declarations.structs[name], !visiting.contains(name) else {
        return TypeLayout(size: 0, alignment: 1)
      }
      visiting.insert(name)
      defer { visiting.remove(name) }
      let fields = declaration.fields.map { layout(of: $0.type, visiting: &visiting) }
      return univariant(fields, reorder: !declaration.isReprC, kind: .alwaysSized)
    case .enumeration(let name):
      guard let declaration = declarations.enums[name], !visiting.contains(name) else {
        return TypeLayout(size: 0, alignment: 1)
      }
      visiting.insert(name)
      defer { visiting.remove(name) }
      let variants = declaration.variants.map { variant in
        variant.payload.map { layout(of: $0, visiting: &visiting) }
      }
      return enumLayout(
        variants: variants, discriminants: declaration.discriminants, reprC: declaration.isReprC,
        reprInteger: declaration.reprInteger)
    }
  }

  /// `Cell` and `RefCell` hold their value in an `UnsafeCell`, which hides its niche
  /// (`Option<Cell<bool>>` is 2 bytes); `RefCell` adds its `isize` borrow flag; the guards are
  /// two pointers (the value, the flag); `Weak` is one non-null pointer.
  private func libraryLayout(_ wrapper: LibraryWrapper, inner: TypeLayout) -> TypeLayout {
    var value = inner
    value.largestNiche = nil
    switch wrapper {
    case .cell:
      return TypeLayout(
        size: value.size, alignment: value.alignment, fieldOffsets: [0], isUninhabited: value.isUninhabited)
    case .refCell:
      return univariant([TypeLayout(size: 8, alignment: 8), value], reorder: true, kind: .alwaysSized)
    case .ref, .refMut:
      return univariant([Self.pointer, Self.pointer], reorder: true, kind: .alwaysSized)
    case .weak, .functionPointer:
      return Self.pointer
    case .sender, .receiver:
      // std's flavour enum (array, list, zero) and the pointer to the channel's counter block.
      return univariant(
        [TypeLayout(size: 8, alignment: 8), Self.pointer], reorder: false, kind: .alwaysSized)
    case .sliceIter, .sliceIterMut, .chars:
      return univariant([Self.pointer, Self.pointer], reorder: true, kind: .alwaysSized)
    case .charIndices:
      return univariant(
        [TypeLayout(size: 8, alignment: 8), Self.pointer, Self.pointer], reorder: false, kind: .alwaysSized)
    case .drain:
      let word = TypeLayout(size: 8, alignment: 8)
      return univariant(
        [Self.pointer, Self.pointer, word, word, Self.pointer], reorder: false, kind: .alwaysSized)
    case .vecIntoIter:
      return univariant(
        [Self.pointer, TypeLayout(size: 8, alignment: 8), Self.pointer, Self.pointer], reorder: false,
        kind: .alwaysSized)
    case .vecDeque:
      // The capacity is at most `isize::MAX`, which leaves the same niche as a `Vec`'s.
      return TypeLayout(
        size: 32, alignment: 8, fieldOffsets: [0, 8, 16, 24],
        largestNiche: Niche.scalar(size: 8, start: 0, end: UInt128(Int64.max)))
    case .peekable, .flatten, .optionIter, .optionIntoIter, .chain, .rev, .filter, .map, .skip, .take,
      .enumerate, .copied, .cloned, .zip, .binaryHeap, .reverse, .split, .splitWhitespace, .lines, .rangeFrom,
      .repeatValue:
      // Handled by `layout(of:)`, which knows the items' layouts.
      return inner
    }
  }

  package static func integerSize(_ kind: RustType.IntegerKind) -> Int {
    switch kind {
    case .i8, .u8: 1
    case .i16, .u16: 2
    case .i32, .u32: 4
    case .i64, .u64, .isize, .usize: 8
    case .i128, .u128: 16
    }
  }

  package static func isUnsized(_ type: RustType) -> Bool {
    switch type {
    case .str, .slice, .dynTrait: true
    default: false
    }
  }

  // MARK: - Structs and tuples (rustc's `univariant`)

  private enum StructKind: Equatable {
    case alwaysSized
    /// The last field may be unsized, so it stays last (tuples).
    case maybeUnsized
    /// An enum variant after a tag of `size` bytes.
    case prefixed(size: Int, alignment: Int)
  }

  private enum NicheBias { case start, end }

  /// A struct or enum variant's layout (after a tag of `prefix.size` bytes for tagged variants).
  package func structLayout(
    _ fields: [TypeLayout], reorder: Bool, prefix: (size: Int, alignment: Int)? = nil
  ) -> TypeLayout {
    let kind = prefix.map { StructKind.prefixed(size: $0.size, alignment: $0.alignment) } ?? .alwaysSized
    return univariant(fields, reorder: reorder, kind: kind)
  }

  /// Lays fields out one after another in the order rustc picks, then tries moving the
  /// largest niche to the end when that leaves more room before it (for enclosing enums).
  private func univariant(_ fields: [TypeLayout], reorder: Bool, kind: StructKind) -> TypeLayout {
    let layout = univariantBiased(fields, reorder: reorder, kind: kind, bias: .start)
    guard kind != .maybeUnsized, let niche = layout.largestNiche else { return layout }
    let headSpace = niche.offset
    let tailSpace = layout.size - headSpace - niche.size
    guard fields.count > 1, headSpace != 0, tailSpace > 0 else { return layout }
    let alternative = univariantBiased(fields, reorder: reorder, kind: kind, bias: .end)
    guard let alternativeNiche = alternative.largestNiche else { return layout }
    let alternativeHead = alternativeNiche.offset
    return alternativeHead > headSpace && alternativeHead > tailSpace ? alternative : layout
  }

  private func univariantBiased(
    _ fields: [TypeLayout], reorder: Bool, kind: StructKind, bias: NicheBias
  ) -> TypeLayout {
    var order = Array(fields.indices)
    let sortedCount = kind == .maybeUnsized ? max(0, fields.count - 1) : fields.count
    if reorder && fields.count > 1 {
      let head = fields[0..<sortedCount]
      let maxFieldAlignment = head.map(\.alignment).max() ?? 1
      let largestNicheSize = head.compactMap { $0.largestNiche?.available }.max() ?? 0
      func groupKey(_ field: TypeLayout) -> Int {
        let sizeAsAlignment = max(field.alignment, field.size).trailingZeroBitCount
        guard largestNicheSize > 0 else { return sizeAsAlignment }
        switch bias {
        case .start:
          return min(maxFieldAlignment.trailingZeroBitCount, sizeAsAlignment)
        case .end:
          let nicheSize = field.largestNiche?.available ?? 0
          return nicheSize == largestNicheSize ? field.alignment.trailingZeroBitCount : sizeAsAlignment
        }
      }
      let sortable = Array(order[0..<sortedCount])
      let sorted: [Int]
      switch kind {
      case .alwaysSized, .maybeUnsized:
        sorted = sortable.sorted { left, right in
          let keys = [left, right].map { index -> (Int, UInt128, UInt64) in
            let field = fields[index]
            let nicheSize = field.largestNiche?.available ?? 0
            let nicheKey = bias == .start ? ~nicheSize : nicheSize
            let innerKey: UInt64
            if let niche = field.largestNiche {
              innerKey =
                bias == .start ? UInt64(niche.offset) : ~UInt64(field.size - niche.size - niche.offset)
            } else {
              innerKey = 0
            }
            return (-groupKey(field), nicheKey, innerKey)
          }
          if keys[0] != keys[1] { return keys[0] < keys[1] }
          return left < right
        }
      case .prefixed:
        sorted = sortable.sorted { left, right in
          let leftKey = (groupKey(fields[left]), fields[left].largestNiche?.available ?? 0)
          let rightKey = (groupKey(fields[right]), fields[right].largestNiche?.available ?? 0)
          if leftKey != rightKey { return leftKey < rightKey }
          return left < right
        }
      }
      order.replaceSubrange(0..<sortedCount, with: sorted)
    }

    var offsets = Array(repeating: 0, count: fields.count)
    var offset = 0
    var alignment = 1
    if case .prefixed(let size, let prefixAlignment) = kind {
      alignment = max(alignment, prefixAlignment)
      offset = Self.aligned(size, to: prefixAlignment)
    }
    var largestNiche: Niche?
    var largestNicheAvailable: UInt128 = 0
    for index in order {
      let field = fields[index]
      offset = Self.aligned(offset, to: field.alignment)
      alignment = max(alignment, field.alignment)
      offsets[index] = offset
      if var niche = field.largestNiche {
        let available = niche.available
        let prefer =
          bias == .start ? available > largestNicheAvailable : available >= largestNicheAvailable
        if prefer {
          largestNicheAvailable = available
          niche.offset += offset
          largestNiche = niche
        }
      }
      offset += field.size
    }
    return TypeLayout(
      size: Self.aligned(offset, to: alignment), alignment: alignment, fieldOffsets: offsets,
      largestNiche: largestNiche, isUninhabited: fields.contains { $0.isUninhabited })
  }

  package static func aligned(_ value: Int, to alignment: Int) -> Int {
    let alignment = max(1, alignment)
    return (value + alignment - 1) / alignment * alignment
  }
}
