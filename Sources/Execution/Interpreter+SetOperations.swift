import MemoryModel
import RustFrontEnd

/// `HashSet` and `BTreeSet`'s set operations. The lazy iterators' items are computed when the
/// iterator starts (nothing can change either set while it lives): references into the set
/// std's iterator takes each item from. A `HashSet`'s follow std: `union` walks the larger set
/// (the receiver on a tie) then the other's difference, `intersection` walks the smaller set;
/// a `BTreeSet`'s merge both in key order.
extension Interpreter {
  /// One element of a set: the reference an iterator hands out and the key it points at.
  private struct SetElement {
    var reference: Value
    var key: Value
  }

  /// The elements of the set `reference` points at, in the order its `iter()` walks them.
  private func setElements(_ reference: Value, setType: Int, at point: SourcePoint) throws -> [SetElement] {
    guard let keyType = types[setType].hashEntry else { return [] }
    let references: [Value]
    if let shape = treeShape(setType) {
      references = try treeItems(.hashKeys, source: [reference], shape: shape, at: point)
    } else {
      references = try hashTableItems(.hashKeys, source: .tuple([reference]), tableType: setType, at: point)
    }
    return try references.map {
      SetElement(reference: $0, key: try read(address: address(of: $0), type: keyType))
    }
  }

  /// Whether two keys of a set are equal, as its `Hash`/`Eq` or `Ord` says.
  private func sameKey(_ left: Value, _ right: Value, keyType: Int, ordered: Bool) throws -> Bool {
    if ordered { return try compareValues(left, right, type: keyType) == 0 }
    return keyIdentity(left, keyType: keyType) == keyIdentity(right, keyType: keyType)
  }

  /// The items of `first.operation(second)`: `source` is the tuple of the two `&Set`s.
  /// `firstLowerBound` is the `size_hint` lower bound once the first item is taken, plus one
  /// (what `collect` into a `Vec` reserves): a `HashSet` union's larger set's length, else 0.
  func setOperationItems(_ operation: SetOperation, source: Value, setType: Int, at point: SourcePoint) throws
    -> (items: [Value], firstLowerBound: Int)
  {
    guard case .tuple(let sets) = source, sets.count == 2, let keyType = types[setType].hashEntry else {
      return ([], 0)
    }
    let first = try setElements(sets[0], setType: setType, at: point)
    let second = try setElements(sets[1], setType: setType, at: point)
    try chargeWork(first.count * second.count + 1)
    let ordered = treeShape(setType) != nil
    func missing(_ from: [SetElement], in other: [SetElement]) throws -> [SetElement] {
      var kept: [SetElement] = []
      for element in from
      where try !other.contains(where: {
        try sameKey($0.key, element.key, keyType: keyType, ordered: ordered)
      }) {
        kept.append(element)
      }
      return kept
    }
    func present(_ from: [SetElement], in other: [SetElement]) throws -> [SetElement] {
      let absent = try missing(from, in: other)
      return from.filter { element in !absent.contains { $0.reference == element.reference } }
    }
    var items: [SetElement]
    if ordered {
      items = try orderedSetOperation(
        operation, first, second, keyType: keyType, missing: missing, present: present)
    } else {
      switch operation {
      case .union:
        items =
          first.count >= second.count
          ? first + (try missing(second, in: first)) : second + (try missing(first, in: second))
      case .intersection:
        items = first.count <= second.count ? try present(first, in: second) : try present(second, in: first)
      case .difference:
        items = try missing(first, in: second)
      case .symmetricDifference:
        items = try missing(first, in: second) + (try missing(second, in: first))
      }
    }
    let unionLength = !ordered && operation == .union ? max(first.count, second.count) : 0
    return (items.map(\.reference), unionLength)
  }

  /// A `BTreeSet`'s operation: the items in key order, each from the set std's iterator takes
  /// it from (the receiver's on a tie; `intersection` searches the much smaller set's items
  /// in the other, and answers at once when the sets only touch at an end).
  private func orderedSetOperation(
    _ operation: SetOperation, _ first: [SetElement], _ second: [SetElement], keyType: Int,
    missing: ([SetElement], [SetElement]) throws -> [SetElement],
    present: ([SetElement], [SetElement]) throws -> [SetElement]
  ) throws -> [SetElement] {
    switch operation {
    case .difference:
      return try missing(first, second)
    case .intersection:
      guard let firstMin = first.first, let firstMax = first.last, let secondMin = second.first,
        let secondMax = second.last
      else { return [] }
      let low = try compareValues(firstMin.key, secondMax.key, type: keyType) ?? 0
      let high = try compareValues(firstMax.key, secondMin.key, type: keyType) ?? 0
      if low > 0 || high < 0 { return [] }
      if low == 0 { return [firstMin] }
      if high == 0 { return [firstMax] }
      let tipping = 16
      if first.count <= second.count / tipping { return try present(first, second) }
      if second.count <= first.count / tipping { return try present(second, first) }
      return try present(first, second)
    case .union, .symmetricDifference:
      var merged: [SetElement] = []
      var (left, right) = (0, 0)
      while left < first.count || right < second.count {
        guard left < first.count else {
          merged.append(second[right])
          right += 1
          continue
        }
        guard right < second.count else {
          merged.append(first[left])
          left += 1
          continue
        }
        let order = try compareValues(first[left].key, second[right].key, type: keyType) ?? 0
        if order < 0 {
          merged.append(first[left])
          left += 1
        } else if order > 0 {
          merged.append(second[right])
          right += 1
        } else {
          if operation == .union { merged.append(first[left]) }
          left += 1
          right += 1
        }
      }
      return merged
    }
  }

  /// `is_subset`, `is_superset`, `is_disjoint`: answers that change nothing.
  func setRelation(_ name: String, _ arguments: [Value], setType: Int, at point: SourcePoint) throws -> Value
  {
    guard arguments.count == 2, let keyType = types[setType].hashEntry else { return .boolean(false) }
    let ordered = treeShape(setType) != nil
    let first = try setElements(arguments[0], setType: setType, at: point)
    let second = try setElements(arguments[1], setType: setType, at: point)
    try chargeWork(first.count * second.count + 1)
    func contains(_ set: [SetElement], _ element: SetElement) throws -> Bool {
      try set.contains { try sameKey($0.key, element.key, keyType: keyType, ordered: ordered) }
    }
    switch name {
    case "is_subset": return .boolean(try first.allSatisfy { try contains(second, $0) })
    case "is_superset": return .boolean(try second.allSatisfy { try contains(first, $0) })
    default: return .boolean(try first.allSatisfy { try !contains(second, $0) })
    }
  }
}
