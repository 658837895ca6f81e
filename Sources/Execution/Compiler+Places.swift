import MemoryModel
import RustFrontEnd

extension Compiler {
  // MARK: - Places

  /// Compiles a place expression. Values that are not places are put in a temporary.
  @discardableResult
  package func compilePlace(_ expr: TypedExpr) -> CompiledPlace {
    switch expr.kind {
    case .local(let slot):
      return .local(slot: slot, path: [], offset: 0)
    case .field(let base, let index):
      let baseType = runtimeType(base.type)
      let fieldOffset = baseType.partOffsets.indices.contains(index) ? baseType.partOffsets[index] : 0
      switch compilePlace(base) {
      case .local(let slot, let path, let offset):
        return .local(slot: slot, path: path + [index], offset: offset + fieldOffset)
      case .address:
        if fieldOffset != 0 { emit(.offset(fieldOffset)) }
        return .address
      }
    case .index(let base, let index):
      compileIndexAddress(base: base, index: index, span: expr.span)
      return .address
    case .deref(let pointer):
      // A `Ref`/`RefMut` or a `MutexGuard` made in place (`*c.borrow_mut() += 1`,
      // `log.lock().unwrap().push(1)`) is a temporary that drops, giving its borrow back or
      // unlocking, when the statement ends.
      if isGuard(resolved(pointer.type)) {
        if let extendingLet, extendedGuards.contains(pointer.span) {
          // `let name = &n.borrow().name;`: the guard lives as long as the binding.
          compileValue(pointer)
          let type = typeID(pointer.type)
          emit(.materialize(type: type, depth: temporaryDepth, extended: extendingLet))
          emit(.loadIndirect(type: type))
        } else {
          compileBorrowedValue(pointer)
        }
      } else {
        compileRead(pointer)
      }
      emit(.derefPointer(type: typeID(pointer.type)))
      return .address
    case .global(let index) where program.globals[index].isStatic:
      emit(.staticAddress(staticAddress(index)), stack: 1)
      return .address
    default:
      compileValue(expr)
      emit(.materialize(type: typeID(expr.type), depth: temporaryDepth, extended: extendingLet))
      return .address
    }
  }

  package func placeToAddress(_ place: CompiledPlace) {
    if case .local(let slot, _, let offset) = place {
      emit(.addressOfSlot(slot: slot, offset: offset), stack: 1)
    }
  }

  func compileIndexAddress(base: TypedExpr, index: TypedExpr, span: SourceSpan) {
    let point = SourcePoint(span.start)
    let baseType = resolved(base.type)
    switch baseType {
    case .array(let element, let length):
      placeToAddress(compilePlace(base))
      compileValue(index)
      emit(
        .indexAddress(.array(length: length), elementSize: runtimeType(element).size, at: point), stack: -1)
    case .vec(let element):
      placeToAddress(compilePlace(base))
      compileValue(index)
      emit(.indexAddress(.vec, elementSize: runtimeType(element).size, at: point), stack: -1)
    case .slice(let element):
      compileSliceReference(base)
      compileValue(index)
      emit(.indexAddress(.slice, elementSize: runtimeType(element).size, at: point), stack: -1)
    default:
      compileValue(index)
      emit(.unreachable(at: point))
    }
  }

  /// For a `[T]` / `str` place (`*r`, `v[1..3]`), the fat pointer to it.
  package func compileSliceReference(_ place: TypedExpr) {
    switch place.kind {
    case .deref(let pointer):
      compileRead(pointer)
    case .index(let base, let range):
      compileSlicing(base: base, range: range, span: place.span)
    default:
      compileValue(place)
    }
  }

  /// `&v[a..b]`, `&s[a..]`: bounds-checked fat pointers into the base.
  func compileSlicing(base: TypedExpr, range: TypedExpr, span: SourceSpan) {
    guard case .range(let low, let high, let inclusive) = range.kind else {
      compileValue(range)
      emit(.unreachable(at: SourcePoint(span.start)))
      return
    }
    let point = SourcePoint(span.start)
    var indexBase: IndexBase
    var elementSize = 1
    var isString = false
    switch resolved(base.type) {
    case .array(let element, let length):
      placeToAddress(compilePlace(base))
      indexBase = .array(length: length)
      elementSize = runtimeType(element).size
    case .vec(let element):
      placeToAddress(compilePlace(base))
      indexBase = .vec
      elementSize = runtimeType(element).size
    case .string:
      placeToAddress(compilePlace(base))
      indexBase = .vec
      isString = true
    case .slice(let element):
      compileSliceReference(base)
      indexBase = .slice
      elementSize = runtimeType(element).size
    case .str:
      compileSliceReference(base)
      indexBase = .slice
      isString = true
    default:
      compileValue(base)
      indexBase = .slice
    }
    if let low { compileValue(low) }
    if let high { compileValue(high) }
    let count = (low == nil ? 0 : 1) + (high == nil ? 0 : 1)
    emit(
      .sliceRange(
        indexBase, elementSize: elementSize, isString: isString, hasLow: low != nil, hasHigh: high != nil,
        inclusive: inclusive, at: point), stack: -count)
  }

  package func compileAddressOf(_ place: TypedExpr, mutable: Bool, promoted: Bool) {
    let kind: PointerKind = mutable ? .mutableReference : .sharedReference
    switch place.kind {
    case .index(_, let range) where isRange(range):
      compileSliceReference(place)
      return
    case .deref(let pointer) where isFatPointer(pointer.type):
      compileRead(pointer)
      // `&*boxed` of a `Box<dyn Trait>`: the same two words, now a reference.
      if case .dynTrait = resolved(place.type) { emit(.retag(kind)) }
      return
    default:
      break
    }
    if promoted, let address = promotedConstantAddress(place) {
      emit(.staticAddress(address), stack: 1)
      emit(.retag(kind))
      return
    }
    let compiled = compilePlace(place)
    placeToAddress(compiled)
    emit(.retag(kind))
  }

  /// rustc's constant promotion: `&0`, `&-1.5`, `&(1, 'a')` borrow a constant it places in the
  /// binary, which lives for the whole run (`v.get(9).unwrap_or(&0)` is fine after the
  /// statement), not a temporary dropped at the end of the statement.
  private func promotedConstantAddress(_ expr: TypedExpr) -> UInt64? {
    guard expr.isPromotableConstant(in: program) else { return nil }
    let runtime = runtimeType(expr.type)
    // A zero-sized constant (`&[]`, `&()`) takes no room in `.rodata`: rustc gives its borrow
    // the dangling address that is the type's alignment, as an empty `Vec`'s pointer.
    if runtime.size == 0 { return UInt64(max(1, runtime.alignment)) }
    let value = patternConstant(expr, type: expr.type)
    var bytes = Array(repeating: UInt8(0), count: runtime.size)
    // A byte array (`b"hi"`) keeps its bytes, which `str::from_utf8` and the like read.
    if case .array(let items) = value, items.count == runtime.size {
      for (index, item) in items.enumerated() {
        if case .integer(let byte, "u8") = item { bytes[index] = UInt8(truncatingIfNeeded: byte) }
      }
    }
    let address = addressSpace.staticAddress(
      name: byteStringLabel(expr, bytes: bytes) ?? "(constant)", bytes: bytes, alignment: runtime.alignment,
      mutable: false, line: expr.span.start.line)
    staticValues[address] = (value, typeID(expr.type))
    return address
  }

  /// `b"hi"` for the array a byte string literal borrows: the parser writes `b"hi"` as
  /// `&[104u8, 105]` with every part spanning the literal, which a written array never does.
  private func byteStringLabel(_ expr: TypedExpr, bytes: [UInt8]) -> String? {
    guard case .array(let items) = expr.kind, items.allSatisfy({ $0.span == expr.span }) else { return nil }
    var text = "b\""
    for byte in bytes {
      switch byte {
      case 0x09: text += "\\t"
      case 0x0A: text += "\\n"
      case 0x0D: text += "\\r"
      case 0x22: text += "\\\""
      case 0x5C: text += "\\\\"
      case 0x20...0x7E: text.unicodeScalars.append(Unicode.Scalar(byte))
      default: text += (byte < 0x10 ? "\\x0" : "\\x") + String(byte, radix: 16, uppercase: true)
      }
    }
    return text + "\""
  }

  package func isRange(_ expr: TypedExpr) -> Bool {
    if case .range = resolved(expr.type) { return true }
    return false
  }

  package func isFatPointer(_ type: TypeTerm) -> Bool {
    runtimeType(type).shape == .fatPointer
  }

  package func staticAddress(_ index: Int) -> UInt64 {
    if let address = staticAddresses[index] { return address }
    let global = program.globals[index]
    let runtime = runtimeType(global.type)
    // A static atomic changes while the program runs: it lives in `.data`, not `.rodata`.
    let changes = Checker.atomicValueTypes[runtime.valueName] != nil
    let address = addressSpace.staticAddress(
      name: global.name, bytes: Array(repeating: 0, count: runtime.size), alignment: runtime.alignment,
      mutable: changes, line: global.line)
    staticAddresses[index] = address
    staticValues[address] = (globalConstant(index), typeID(global.type))
    return address
  }

  // MARK: - Aggregates

  func compileStructLiteral(
    _ expr: TypedExpr, fields: [(index: Int, value: TypedExpr)], base: TypedExpr?
  ) {
    var order: [Int] = []
    for field in fields {
      compileValue(field.value)
      order.append(field.index)
    }
    let type = runtimeType(expr.type)
    if let base {
      let given = Set(fields.map(\.index))
      let missing = type.parts.indices.filter { !given.contains($0) }
      for index in missing {
        let fieldType = types[type.parts[index]].term
        compileReadOrMove(TypedExpr(kind: .field(base, index: index), type: fieldType, span: base.span))
        order.append(index)
      }
    }
    emit(.makeStruct(type: typeID(expr.type), order: order), stack: 1 - order.count)
  }

  // MARK: - Assignment

  package func compileAssign(_ place: TypedExpr, _ value: TypedExpr) {
    compileValue(value)
    let runtime = runtimeType(place.type)
    let type = typeID(place.type)
    switch compilePlace(place) {
    case .local(let slot, let path, let offset):
      if runtime.needsDrop {
        emit(.dropSlotValue(slot: slot, path: path, offset: offset, type: type))
      }
      emit(.write(slot: slot, path: path, offset: offset, size: runtime.size), stack: -1)
    case .address:
      if runtime.needsDrop {
        emit(.duplicate, stack: 1)
        emit(.dropIndirect(type: type), stack: -1)
      }
      emit(.swapTop)
      emit(.storeIndirect(type: type), stack: -2)
    }
  }

  package func compileCompoundAssign(
    _ op: BinaryOperator, _ place: TypedExpr, _ value: TypedExpr, at span: SourceSpan,
    inLibraryAccumulator: Bool = false
  ) {
    let type = typeID(place.type)
    var point = SourcePoint(span.start)
    point.inLibraryAccumulator = inLibraryAccumulator
    switch compilePlace(place) {
    case .local(let slot, let path, let offset):
      emit(.load(slot: slot, path: path), stack: 1)
      compileValue(value)
      emit(.arithmetic(op, type: type, at: point), stack: -1)
      emit(.write(slot: slot, path: path, offset: offset, size: runtimeType(place.type).size), stack: -1)
    case .address:
      emit(.duplicate, stack: 1)
      emit(.loadIndirect(type: type))
      compileValue(value)
      emit(.arithmetic(op, type: type, at: point), stack: -1)
      emit(.storeIndirect(type: type), stack: -2)
    }
  }
}

extension Compiler {
  /// `Ref`, `RefMut` and `MutexGuard`: values whose drop ends a borrow or a lock.
  func isGuard(_ type: TypeTerm) -> Bool {
    switch type {
    case .library(let wrapper, _): return wrapper.isGuard
    case .structure(let name): return Checker.isLockGuardName(name)
    default: return false
    }
  }
}
