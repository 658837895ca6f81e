import MemoryModel
import RustFrontEnd

extension Interpreter {
  package func startIterator(
    register: Int, kind: TypeTerm.IteratorKind, elementType: Int, inclusive: Bool, at point: SourcePoint
  ) throws {
    let index = frames[frames.count - 1].iteratorBase + register
    var state = IteratorState()
    let source = pop()
    switch kind {
    case .range:
      let start: Value
      let end: Value
      if case .tuple(let bounds) = source, bounds.count == 2 {
        start = bounds[0]
        end = bounds[1]
      } else {
        start = .integer(0, type: "i32")
        end = .integer(0, type: "i32")
      }
      if case .character(let first) = start, case .character(let last) = end {
        // A `char` range steps over scalar values, skipping the surrogates as `Step for char` does.
        let scalars = characterRange(from: first, to: last, inclusive: inclusive)
        state.source = .chars(scalars)
        state.back = Int128(scalars.count)
        break
      }
      let low = integer(start)
      var high = integer(end)
      if inclusive { high = high &+ 1 }
      var name = "i32"
      if case .integer(_, let typeName) = start { name = typeName }
      if case .unit = end {
        // `start..`: it yields up to the type's maximum, whose successor overflows.
        high = Self.largestValue(ofInteger: name)
        state.overflowsAtEnd = point
      }
      state.source = .range(start: low, typeName: name)
      state.front = 0
      state.back = max(0, high - low)
    case .sliceShared, .sliceMutable:
      guard case .slicePointer(let address, let length, _) = source else { break }
      state.source = .slice(
        base: address, elementSize: types[elementType].size,
        kind: kind == .sliceMutable ? .mutableReference : .sharedReference)
      state.back = Int128(length)
    case .vecOwned
    where temporaryType(at: address(of: source)).map({ types[$0].term.isLibrary(.vecDeque) }) == true:
      // A `VecDeque` moved into the loop: its elements sit in the ring from `head`.
      let temporary = address(of: source)
      let deque = deque(try read(address: temporary, type: temporaryType(at: temporary) ?? elementType))
      state.source = .owned(
        temporary: temporary, base: deque.pointer, elementSize: types[elementType].size,
        elementType: elementType,
        inHeap: true)
      state.ring = (deque.head, deque.capacity)
      state.back = Int128(deque.length)
    case .vecOwned:
      let temporary = address(of: source)
      let vec = try read(address: temporary, type: temporaryType(at: temporary) ?? elementType)
      guard case .buffer(let pointer, let length, _, _) = vec else { break }
      state.source = .owned(
        temporary: temporary, base: pointer, elementSize: types[elementType].size, elementType: elementType,
        inHeap: true)
      state.back = Int128(length)
    case .arrayOwned:
      let temporary = address(of: source)
      guard let cell = temps.last(where: { $0.address == temporary }), case .array(let items) = cell.value
      else { break }
      state.source = .owned(
        temporary: temporary, base: temporary, elementSize: types[elementType].size, elementType: elementType,
        inHeap: false)
      state.back = Int128(items.count)
    case .hashOwned(let items) where treeShape(elementType) != nil:
      guard let shape = treeShape(elementType) else { break }
      try startTreeOwnedIterator(&state, items: items, temporary: address(of: source), shape: shape)
    case .hashOwned(let items):
      try startHashOwnedIterator(&state, items: items, temporary: address(of: source), tableType: elementType)
    case .chars:
      state.source = .chars(Array(readString(source).unicodeScalars))
      state.walksTextChars = true
      if case .chars(let scalars) = state.source { state.back = Int128(scalars.count) }
    case .bytes:
      let bytes = Array(readString(source).utf8)
      state.source = .bytes(bytes)
      state.back = Int128(bytes.count)
    case .pieces(.zip):
      let items = try zippedPairs(source, pairType: elementType)
      state.source = .pieces(items)
      state.back = Int128(items.count)
    case .pieces(let rule) where rule.isHashTable:
      let items = try hashTableItems(rule, source: source, tableType: elementType, at: point)
      state.source = .pieces(items)
      state.back = Int128(items.count)
      // A B-tree's `range` (the receiver and its bounds) has no exact size: `size_hint` is (0, None).
      if case .tuple(let parts) = source, parts.count > 1 {
        state.exactSize = false
      } else {
        state.exactSize = true
      }
      state.trustedLength = false
    case .pieces(.setOperation(let operation)):
      let (items, firstLowerBound) = try setOperationItems(
        operation, source: source, setType: elementType, at: point)
      state.source = .pieces(items)
      state.back = Int128(items.count)
      state.firstLowerBound = firstLowerBound
      state.exactSize = false
      state.trustedLength = false
    case .pieces(let rule) where rule.isDeque:
      let items = try dequeItems(rule, source: source, dequeType: elementType)
      state.source = .pieces(items)
      state.back = Int128(items.count)
      state.exactSize = true
    case .pieces(let rule):
      let items = try pieces(rule, source: source, elementSize: types[elementType].size, at: point)
      state.source = .pieces(items)
      state.back = Int128(items.count)
      state.exactSize = !rule.isText
    }
    iterators[index] = state
  }

  /// The scalar values of `first..last` (or `first..=last`), surrogates left out.
  private func characterRange(from first: Unicode.Scalar, to last: Unicode.Scalar, inclusive: Bool)
    -> [Unicode.Scalar]
  {
    let end = last.value + (inclusive ? 1 : 0)
    guard first.value < end else { return [] }
    return (first.value..<end).compactMap { Unicode.Scalar($0) }
  }

  /// Where `RangeFrom::next` panics when the next start overflows (`Step::forward`).
  static let rangeFromOverflowLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/range.rs:434:1"

  /// The largest value of the integer type named `name` (`Int128.max` for `u128`).
  static func largestValue(ofInteger name: String) -> Int128 {
    guard let kind = RustType.IntegerKind(rawValue: name) else { return Int128(Int32.max) }
    let bits = kind.bitWidth
    if bits >= 128 { return Int128.max }
    return kind.isSigned ? (Int128(1) << (bits - 1)) - 1 : (Int128(1) << bits) - 1
  }

  package func temporaryType(at address: UInt64) -> Int? {
    temps.last { $0.address == address }?.type
  }

  package func nextItem(register: Int) throws -> Value? {
    let index = frames[frames.count - 1].iteratorBase + register
    var state = iterators[index]
    guard state.front < state.back else {
      if let point = state.overflowsAtEnd, !state.reversed {
        try panic("attempt to add with overflow", at: point, location: Self.rangeFromOverflowLocation)
      }
      return nil
    }
    let position: Int128
    if state.reversed {
      state.back -= 1
      position = state.back
    } else {
      position = state.front
      state.front += 1
    }
    var item: Value
    switch state.source {
    case .none:
      return nil
    case .range(let start, let typeName):
      item = .integer(start + position, type: typeName)
    case .slice(let base, let elementSize, let kind):
      item = .pointer(address: base &+ UInt64(Int(position) * elementSize), kind: kind)
    case .owned(let temporary, let base, let elementSize, let elementType, let inHeap):
      var slot = Int(position)
      if let ring = state.ring {
        slot = RingBufferLayout.slot(head: ring.head, index: slot, capacity: ring.capacity)
      }
      let address = base &+ UInt64(slot * elementSize)
      if inHeap {
        item = try read(address: address, type: elementType)
      } else {
        let cell = temps.last { $0.address == temporary }
        item = cell?.value.part(at: [Int(position)]) ?? .unit
      }
      if let cellIndex = temps.lastIndex(where: { $0.address == temporary }) {
        temps[cellIndex].exclusions.append(address..<address &+ UInt64(max(elementSize, 1)))
      }
      if let kept = state.keptPart { item = try keptPart(of: item, kept) }
    case .chars(let scalars):
      item = .character(scalars[Int(position)])
    case .bytes(let bytes):
      item = .integer(Int128(bytes[Int(position)]), type: "u8")
    case .pieces(let items):
      item = items[Int(position)]
    case .treeEntries(let temporary, let places, let keyType, let valueType, let isSet):
      item = try nextTreeEntry(
        places[Int(position)], temporary: temporary, keyType: keyType, valueType: valueType, isSet: isSet)
      if let kept = state.keptPart { item = try keptPart(of: item, kept) }
    }
    if state.enumerated {
      let number = state.enumerateByPosition ? Int(position) : state.taken
      item = .tuple([.integer(Int128(number), type: "usize"), item])
    }
    state.taken += 1
    iterators[index] = state
    return item
  }

  /// `sum`, `count`, `max`, `min`, `collect` over a whole iterator.
  package func foldIterator(register: Int, _ builtin: Builtin, resultType: Int, at point: SourcePoint) throws
    -> Value
  {
    let owned = iterators[frames[frames.count - 1].iteratorBase + register]
    if builtin == .iteratorCount, case .owned = owned.source {
      // Counting takes nothing out: the items drop with the source, as `count` drops each.
      return .integer(owned.back - owned.front, type: "usize")
    }
    if builtin == .iteratorCount, case .range = owned.source, !owned.enumerated {
      // A range's length is known without walking it (and `start..` could not be walked).
      return .integer(owned.back - owned.front, type: "usize")
    }
    let result = types[resultType]
    if builtin == .iteratorCollectVec, owned.exactSize, !owned.trustedLength {
      return try collectUntrustedVec(register: register, elementType: result.element)
    }
    var items: [Value] = []
    while let item = try nextItem(register: register) { items.append(item) }
    switch builtin {
    case .iteratorCount:
      return .integer(Int128(items.count), type: "usize")
    case .iteratorSum:
      let values = try items.map { try dereferenced($0, wanted: resultType) }
      if case .float(let kind) = result.term {
        var total = 0.0
        for value in values { if case .float(let x, _) = value { total += x } }
        if kind == .f32 { total = Double(Float(total)) }
        return .float(total, type: kind.rawValue)
      }
      var total: Int128 = 0
      let kind = result.integerKind ?? .i32
      for value in values {
        let (sum, overflow) = total.addingReportingOverflow(integer(value))
        if overflow || sum < kind.minimum || (kind != .u128 && sum > kind.maximum) {
          try panic("attempt to add with overflow", at: point, location: Self.iteratorSumLocation)
        }
        total = sum
      }
      return .integer(total, type: result.valueName)
    case .iteratorMax, .iteratorMin:
      let itemType = result.element
      var best: Value?
      for item in items {
        guard let current = best else {
          best = item
          continue
        }
        let ordering = try compareValues(item, current, type: itemType) ?? 0
        if builtin == .iteratorMax ? ordering >= 0 : ordering < 0 { best = item }
      }
      guard let best else { return .variant(enumName: "Option", variant: "None", payload: []) }
      if case .owned = owned.source {
        // Items moved out that lost the comparison drop (their heap blocks are freed).
        let kept = items.lastIndex { $0 == best }
        for (index, item) in items.enumerated() where index != kept { try releaseOwned(item, type: itemType) }
      }
      return .variant(enumName: "Option", variant: "Some", payload: [best])
    case .iteratorCollectVec:
      var capacity = items.count
      let state = iterators[frames[frames.count - 1].iteratorBase + register]
      let minimum = GrowthPolicy.minimumNonZeroCapacity(elementSize: types[result.element].size)
      if !state.exactSize, !items.isEmpty {
        capacity = max(minimum, state.firstLowerBound)
        while capacity < items.count { capacity *= 2 }
      }
      if case .chars(let scalars) = owned.source, owned.walksTextChars {
        capacity = Self.charsCollectCapacity(
          scalars[Int(owned.front)..<Int(owned.back)], reversed: owned.reversed,
          elementSize: types[result.element].size)
      }
      let vec = try allocateVec(elementType: result.element, capacity: capacity, exact: true)
      return try fillVec(vec, with: items)
    default:
      return .unit
    }
  }

  /// `collect` into a `Vec` from an exact-size iterator that is not `TrustedLen` (a hash
  /// table's): std takes the first item, then allocates `max(MIN_NON_ZERO_CAP, remaining + 1)`,
  /// then takes the rest, so what taking the first item frees (`into_keys`' value) goes first.
  private func collectUntrustedVec(register: Int, elementType: Int) throws -> Value {
    guard let first = try nextItem(register: register) else {
      return try allocateVec(elementType: elementType, capacity: 0, exact: true)
    }
    let state = iterators[frames[frames.count - 1].iteratorBase + register]
    let minimum = GrowthPolicy.minimumNonZeroCapacity(elementSize: types[elementType].size)
    let remaining = Int(clamping: state.back - state.front)
    let vec = try allocateVec(elementType: elementType, capacity: max(minimum, remaining + 1), exact: true)
    var items = [first]
    while let item = try nextItem(register: register) { items.append(item) }
    return try fillVec(vec, with: items)
  }

  /// Reads through references until the value has the wanted (numeric) type.
  package func dereferenced(_ value: Value, wanted: Int) throws -> Value {
    var current = value
    for _ in 0..<4 {
      guard case .pointer(let address, _) = current else { return current }
      current = try read(address: address, type: wanted)
    }
    return current
  }

  /// The capacity `Vec::from_iter` gives the `char`s of a `Chars` (not `TrustedLen`): room
  /// for the first and the size hint's lower bound after it (a quarter of the bytes left,
  /// rounded up), then, each time it is full, `reserve(lower bound + 1)`.
  static func charsCollectCapacity(
    _ scalars: ArraySlice<Unicode.Scalar>, reversed: Bool, elementSize: Int
  ) -> Int {
    let order = reversed ? Array(scalars.reversed()) : Array(scalars)
    guard let first = order.first else { return 0 }
    var remaining = order.reduce(0) { $0 + UTF8.width($1) } - UTF8.width(first)
    var capacity = max(GrowthPolicy.minimumNonZeroCapacity(elementSize: elementSize), (remaining + 3) / 4 + 1)
    var length = 1
    for scalar in order.dropFirst() {
      remaining -= UTF8.width(scalar)
      if length == capacity {
        capacity = GrowthPolicy.reserve(
          current: capacity, length: length, additional: (remaining + 3) / 4 + 1, elementSize: elementSize)
      }
      length += 1
    }
    return capacity
  }
}
