import MemoryModel
import RustFrontEnd

/// `Chain<A, B>` (`Checker+ChainAdapter`): `a` until it runs out, when std drops it and
/// leaves `None`, then `b`, which stays once spent. A half is a library iterator kept as a
/// value or a `Range` (its `start` moved on).
extension Interpreter {
  func advanceChain(_ fields: inout [Value], type: Int) throws -> Value? {
    let runtime = types[type]
    guard fields.count == 2, runtime.parts.count == 2 else { return nil }
    if case .variant(_, "Some", let payload) = fields[0], var front = payload.first {
      let frontType = types[runtime.parts[0]].element
      if let item = try advanceChainHalf(&front, type: frontType) {
        fields[0] = Self.some(front)
        return item
      }
      fields[0] = Self.none
      try releaseSpentHalf(front, type: frontType)
    }
    guard case .variant(_, "Some", let payload) = fields[1], var back = payload.first else { return nil }
    let item = try advanceChainHalf(&back, type: types[runtime.parts[1]].element)
    fields[1] = Self.some(back)
    return item
  }

  private func advanceChainHalf(_ half: inout Value, type: Int) throws -> Value? {
    guard case .range = types[type].term else { return try advance(&half, type: type) }
    guard case .tuple(let bounds) = half, bounds.count == 2, integer(bounds[0]) < integer(bounds[1]) else {
      return nil
    }
    var typeName = types[types[type].parts.first ?? type].valueName
    if case .integer(_, let name) = bounds[0] { typeName = name }
    half = .tuple([.integer(integer(bounds[0]) + 1, type: typeName), bounds[1]])
    return bounds[0]
  }

  /// `size_hint().0` of a `Chain`: what both halves still hold.
  func chainSizeHint(_ fields: [Value], type: Int) -> (lower: Int, trusted: Bool) {
    let runtime = types[type]
    guard fields.count == 2, runtime.parts.count == 2 else { return (0, false) }
    var lower = 0
    for (field, part) in zip(fields, runtime.parts) {
      guard case .variant(_, "Some", let payload) = field, let half = payload.first else { continue }
      let halfType = types[part].element
      if case .range = types[halfType].term {
        if case .tuple(let bounds) = half, bounds.count == 2 {
          lower += Int(clamping: max(0, integer(bounds[1]) - integer(bounds[0])))
        }
      } else {
        lower += sizeHint(half, type: halfType).lower
      }
    }
    return (lower, runtime.parts.allSatisfy { isTrustedIterator(types[$0].element) })
  }

  /// Whether an iterator type is `TrustedLen` (its size hint exact), as std declares it.
  private func isTrustedIterator(_ type: Int) -> Bool {
    switch types[type].term {
    case .range: return true
    case .library(let wrapper, _):
      switch wrapper {
      case .sliceIter, .sliceIterMut, .vecIntoIter, .drain: return true
      case .peekable: return isTrustedIterator(types[type].parts[0])
      case .chain: return types[type].parts.allSatisfy { isTrustedIterator(types[$0].element) }
      default: return false
      }
    default: return false
    }
  }

  /// A spent half's drop: a `vec::IntoIter` (alone or inside another adapter) frees its buffer.
  func releaseSpentHalf(_ iterator: Value, type: Int) throws {
    guard case .library(let wrapper, _) = types[type].term, case .structure(_, let fields) = iterator else {
      return
    }
    switch wrapper {
    case .vecIntoIter:
      try releaseSpentIterator(iterator, type: type)
    case .peekable:
      if let inner = fields.first { try releaseSpentHalf(inner, type: types[type].parts[0]) }
    case .flatten:
      if let inner = fields.first { try releaseSpentHalf(inner, type: types[type].parts[0]) }
      for end in fields.dropFirst() {
        if case .variant(_, "Some", let payload) = end, let front = payload.first {
          try releaseSpentHalf(front, type: types[types[type].parts[1]].element)
        }
      }
    case .chain:
      for (field, part) in zip(fields, types[type].parts) {
        if case .variant(_, "Some", let payload) = field, let half = payload.first {
          try releaseSpentHalf(half, type: types[part].element)
        }
      }
    default:
      break
    }
  }
}
