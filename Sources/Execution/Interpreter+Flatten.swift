import MemoryModel
import RustFrontEnd

/// `Flatten`: the outer iterator's items walked one by one with the iterator each makes
/// (`slice::Iter` for `&Vec<T>`, `vec::IntoIter` for `Vec<T>`, `option::Iter`/`IntoIter` for
/// an `Option`), kept in `frontiter` until it runs out.
extension Interpreter {
  func advanceFlatten(_ fields: inout [Value], type: Int) throws -> Value? {
    let runtime = types[type]
    guard fields.count == 3, runtime.parts.count == 3 else { return nil }
    let outerType = runtime.parts[0]
    let frontType = types[runtime.parts[1]].element
    while true {
      if case .variant(_, "Some", let payload) = fields[1], var front = payload.first {
        if let item = try advance(&front, type: frontType) {
          fields[1] = Self.some(front)
          return item
        }
        // A spent `vec::IntoIter` drops: only its buffer is left to free.
        try releaseSpentIterator(front, type: frontType)
        fields[1] = Self.none
      }
      guard let outerItem = try advance(&fields[0], type: outerType) else { return nil }
      fields[1] = Self.some(try flattenedIterator(of: outerItem, outerType: outerType, type: frontType))
    }
  }

  /// The iterator `flatten` walks one outer item with.
  private func flattenedIterator(of item: Value, outerType: Int, type: Int) throws -> Value {
    guard case .library(let wrapper, _) = types[type].term,
      case .library(let outer, let outerInner) = types[outerType].term,
      let itemTerm = TypeTerm.libraryIteratorItem(outer, inner: outerInner)
    else { return .unit }
    let name = wrapper.rawValue
    func raw(_ address: UInt64) -> Value { .pointer(address: address, kind: .raw) }
    switch (wrapper, itemTerm) {
    case (.sliceIter, .reference(.array(let element, let count), _)):
      let base = address(of: item)
      return .structure(
        name: name, fields: [raw(base), raw(base &+ UInt64(count * types[types.id(element)].size))])
    case (.sliceIter, .reference(let vec, _)):
      guard
        case .buffer(let pointer, let length, _, _) = try read(
          address: address(of: item), type: types.id(vec)),
        case .vec(let element) = vec
      else { return .unit }
      let size = types[types.id(element)].size
      return .structure(name: name, fields: [raw(pointer), raw(pointer &+ UInt64(length * size))])
    case (.vecIntoIter, _):
      guard case .buffer(let pointer, let length, let capacity, _) = item else { return .unit }
      let size = types[pointee(types[type].parts[0])].size
      return .structure(
        name: name,
        fields: [raw(pointer), usize(capacity), raw(pointer), raw(pointer &+ UInt64(length * size))])
    case (.optionIter, .reference(let option, _)):
      // `&Option<T>`: a reference to the payload when it is `Some`.
      let optionType = types.id(option)
      let target = address(of: item)
      guard case .variant(_, "Some", _) = try read(address: target, type: optionType) else {
        return .structure(name: name, fields: [Self.none])
      }
      let offset = types[optionType].variantOffsets.last?.first ?? 0
      return .structure(
        name: name, fields: [Self.some(.pointer(address: target &+ UInt64(offset), kind: .sharedReference))])
    case (.optionIntoIter, _):
      return .structure(name: name, fields: [item])
    default:
      return .unit
    }
  }

  /// A spent iterator's drop: a `vec::IntoIter` frees its buffer.
  func releaseSpentIterator(_ iterator: Value, type: Int) throws {
    guard types[type].term.isLibrary(.vecIntoIter), case .structure(_, let fields) = iterator,
      fields.count == 4,
      integer(fields[1]) > 0, let id = blockID(startingAt: address(of: fields[0]))
    else { return }
    freeBlock(id)
  }
}
