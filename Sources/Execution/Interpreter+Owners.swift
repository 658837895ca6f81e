import MemoryModel

/// Which variable owns each heap block, as the screen names it (`main::v`, `main::p.name`).
extension Interpreter {
  /// Names the blocks a slot's new value owns after `function::slot` (fields as `.name`).
  package func noteOwners(frame: Int, slot: Int) {
    guard namesOwners else { return }
    let type = functions[frames[frame].function].slotTypes[slot]
    guard types.needsDrop(type) else { return }
    let layout = slotLayout(frame: frame, slot: slot)
    let name = "\(functions[frames[frame].function].name)::\(layout.name)"
    assignOwners(slotValue(frame: frame, slot: slot), type: type, name: name, depth: 0)
  }

  /// `owner.field` for a path such as `main::account`; for "an element of main::accounts" (an
  /// element's index can change after it is named), "the .field of an element of …", which does
  /// not read as a field of the vector itself.
  static func member(_ field: String, of owner: String) -> String {
    guard owner.hasPrefix(elementPrefix) || owner.hasPrefix("the ") else {
      return field.hasPrefix("[") ? owner + field : "\(owner).\(field)"
    }
    return field.hasPrefix("[") ? "the \(field) of \(owner)" : "the .\(field) of \(owner)"
  }

  static let elementPrefix = "an element of "

  package func assignOwners(_ value: Value, type: Int, name: String, depth: Int) {
    guard namesOwners, depth < 8 else { return }
    let runtime = types[type]
    guard runtime.needsDrop else { return }
    if runtime.treeNodes != nil, case .tuple(let words) = value, let root = words.first {
      // A B-tree's root node is named after the map; the nodes below it hang off the root.
      if let id = blocks.id(startingAt: address(of: root)) { setOwner(id, name) }
      return
    }
    switch (runtime.shape, value) {
    case (.string, .buffer(let pointer, _, let capacity, _)):
      if capacity > 0, let id = blocks.id(startingAt: pointer) { setOwner(id, name) }
    case (.vec, .buffer(let pointer, _, let capacity, _)):
      // The elements are named when the buffer changes hands (not on every push).
      if capacity > 0, let id = blocks.id(startingAt: pointer), setOwner(id, name),
        types[runtime.element].needsDrop
      {
        for element in vecElements(value).prefix(1000) {
          assignOwners(element, type: runtime.element, name: "an element of \(name)", depth: depth + 1)
        }
      }
    case (.rc, .pointer(let pointer, _)):
      // Shared: the first owner names it.
      if let id = blocks.id(startingAt: pointer), heapBlock(id)?.owner == nil { setOwner(id, name) }
    case (.box, .pointer(let pointer, _)):
      if let id = blocks.id(startingAt: pointer) { setOwner(id, name) }
    case (.fatPointer, .slicePointer(let pointer, let length, .box)):
      // `Box<[T]>`: its block, and what its elements own.
      guard let id = blocks.id(startingAt: pointer), setOwner(id, name),
        case .slice(let elementTerm) = types[runtime.element].term
      else { return }
      let element = types.id(elementTerm)
      guard types[element].needsDrop else { return }
      let size = types[element].size
      for index in 0..<min(length, 1000) {
        if let item = try? read(address: pointer &+ UInt64(index * size), type: element) {
          assignOwners(item, type: element, name: "an element of \(name)", depth: depth + 1)
        }
      }
    case (.structure, .structure(_, let fields)) where runtime.term.isLibrary(.vecIntoIter):
      // `vec::IntoIter` owns the buffer it walks.
      if fields.count == 4, integer(fields[1]) > 0, let id = blocks.id(startingAt: address(of: fields[0])) {
        setOwner(id, name)
      }
    case (.structure, .structure(let structName, let fields)):
      var names = types.declarations.structs[structName]?.fields.map(\.name) ?? []
      if case .library(let wrapper, _) = runtime.term { names = wrapper.fieldNames }
      for (index, (field, part)) in zip(fields, runtime.parts).enumerated() {
        let fieldName = index < names.count ? names[index] : String(index)
        assignOwners(field, type: part, name: Self.member(fieldName, of: name), depth: depth + 1)
      }
    case (.tuple, .tuple(let items)):
      for (index, (item, part)) in zip(items, runtime.parts).enumerated() {
        assignOwners(item, type: part, name: Self.member(String(index), of: name), depth: depth + 1)
      }
    case (.array, .array(let items)):
      for (index, item) in items.enumerated().prefix(64) {
        assignOwners(item, type: runtime.element, name: Self.member("[\(index)]", of: name), depth: depth + 1)
      }
    case (.option, .variant(_, let variant, let payload)),
      (.enumeration, .variant(_, let variant, let payload)):
      guard let index = runtime.variantNames.firstIndex(of: variant) else { return }
      for (item, part) in zip(payload, runtime.variantPayloads[index]) {
        assignOwners(item, type: part, name: name, depth: depth + 1)
      }
    default:
      break
    }
  }

  /// Records a block's new owner; false when it already had that owner.
  @discardableResult
  package func setOwner(_ id: Int, _ owner: String) -> Bool {
    guard let block = heapBlock(id), block.owner != owner else { return false }
    record(.heapOwnerChanged(blockID: id, owner: owner))
    return true
  }
}
