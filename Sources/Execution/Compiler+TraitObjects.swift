import MemoryModel
import RustFrontEnd

/// What a vtable's address leads to at run time: the concrete type (for a `Box<dyn Trait>`'s
/// drop) and the function of each of the trait's methods (for dynamic dispatch).
package struct VTableTarget: Sendable {
  package var concreteType: Int
  package var methods: [Int]
}

extension Compiler {
  /// The address of the vtable named `<Circle as Shape>`, placed in `.rodata` when first
  /// needed: `drop_in_place`, size, align, then one word per trait method. The words are a
  /// model: rustc chooses the layout, and its function addresses are memtutor's `.text` model
  /// (`drop_in_place` is 0 for a type with nothing to drop, as rustc leaves it).
  package func vtableAddress(_ name: String, line: Int) -> UInt64 {
    if let address = vtableAddresses[name] { return address }
    guard let table = program.vtables[name] else { return 0 }
    let concreteTerm: TypeTerm =
      table.standardType
      ?? (program.declarations.enums[table.concrete] != nil
        ? .enumeration(table.concrete) : .structure(table.concrete))
    let concrete = typeID(concreteTerm)
    let runtime = types[concrete]
    let codeBase = addressSpace.returnAddress(callerIndex: 0, callLine: 0) - 5
    let dropGlue: UInt64 =
      runtime.needsDrop ? codeBase + UInt64(program.functions.count + vtableAddresses.count) * 0x1000 : 0
    let methodWords = table.methods.map { $0 >= 0 ? codeBase + UInt64($0) * 0x1000 : 0 }
    let words = [dropGlue, UInt64(runtime.size), UInt64(runtime.alignment)] + methodWords
    let bytes = words.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }
    let address = addressSpace.staticAddress(
      name: "\(name)::{vtable}", bytes: bytes, alignment: 8, mutable: false, line: line)
    let wordType = typeID(.array(.usize, words.count))
    staticValues[address] = (.array(words.map { .integer(Int128($0), type: "usize") }), wordType)
    vtableAddresses[name] = address
    vtableTargets[address] = VTableTarget(concreteType: concrete, methods: table.methods)
    return address
  }
}
