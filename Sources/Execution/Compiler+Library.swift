import RustFrontEnd

extension Compiler {
  package func compileBuiltin(_ builtin: Builtin, arguments: [TypedExpr], expr: TypedExpr) {
    let point = SourcePoint(expr.span.start)
    switch builtin {
    case .textInto:
      compileTextInto(arguments, expr: expr)
      return
    case .functionAddress(let index):
      // A closure turned into a pointer is evaluated (it holds nothing) and set aside.
      for argument in arguments {
        compileValue(argument)
        emit(.pop, stack: -1)
      }
      let address = addressSpace.codeBase + UInt64(index) * 0x1000
      emit(.push(.pointer(address: address, kind: .function)), stack: 1)
      return
    case .sizeOf(let type):
      emit(.push(integerValue(Int128(runtimeType(type).size), type: .usize)), stack: 1)
      return
    case .alignOf(let type):
      emit(.push(integerValue(Int128(runtimeType(type).alignment), type: .usize)), stack: 1)
      return
    case .sizeOfValue:
      guard let argument = arguments.first, case .reference(let inner, _) = resolved(argument.type) else {
        break
      }
      let runtime = runtimeType(inner)
      if runtime.shape != .unsized {
        compileValue(argument)
        emit(.pop, stack: -1)
        emit(.push(integerValue(Int128(runtime.size), type: .usize)), stack: 1)
        return
      }
    case .drop:
      guard let argument = arguments.first else { break }
      if case .local(let slot) = argument.kind, runtimeType(argument.type).needsDrop {
        // `drop(x)`: the value leaves `x` and is dropped where it lies.
        emit(.dropLocal(slot: slot, type: typeID(argument.type)))
        emit(.push(.unit), stack: 1)
        return
      }
      compileValue(argument)
      discard(argument.type)
      emit(.push(.unit), stack: 1)
      return
    case .forget:
      guard let argument = arguments.first else { break }
      compileValue(argument)
      emit(.pop, stack: -1)
      emit(.push(.unit), stack: 1)
      return
    case .cell("Cell::set") where arguments.count == 2 && runtimeType(arguments[1].type).needsDrop:
      // `Cell::set` is `drop(self.replace(value))`: the old value drops here.
      for argument in arguments { compileValue(argument) }
      let valueType = arguments[1].type
      emit(
        .builtin(
          .cell("Cell::replace"), types: arguments.map { typeID($0.type) } + [typeID(valueType)], at: point),
        stack: -1)
      discard(valueType)
      emit(.push(.unit), stack: 1)
      return
    case .iteratorSum, .iteratorCount, .iteratorMax, .iteratorMin, .iteratorCollectVec:
      guard let receiver = arguments.first else { break }
      let register = allocateRegister()
      defer { registers -= 1 }
      compileIterator(receiver, register: register)
      emit(.iteratorFold(register: register, builtin, resultType: typeID(expr.type), at: point), stack: 1)
      emit(.iteratorEnd(register: register))
      return
    case .libraryIterator("in place write"), .libraryIterator("in place finish"):
      // The last argument names the chain's loop: its iterator's register goes in its place.
      guard let last = arguments.last, case .integer(let loop) = last.kind,
        let register = forLoopRegisters[Int(loop)]
      else { break }
      for argument in arguments.dropLast() { compileValue(argument) }
      emit(.push(integerValue(Int128(register), type: .usize)), stack: 1)
      var types = arguments.map { typeID($0.type) }
      types.append(typeID(expr.type))
      emit(.builtin(builtin, types: types, at: point), stack: 1 - arguments.count)
      return
    default:
      break
    }
    for argument in arguments { compileValue(argument) }
    var types = arguments.map { typeID($0.type) }
    types.append(typeID(expr.type))
    emit(.builtin(builtin, types: types, at: point), stack: 1 - arguments.count)
  }
}
