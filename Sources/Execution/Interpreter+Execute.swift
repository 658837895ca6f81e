import MemoryModel
import RustFrontEnd

extension Interpreter {
  package func execute(_ instruction: Instruction) throws {
    let top = frames.count - 1
    switch instruction {
    case .mark(let point, let reentry):
      if reentry || point.line != currentLine { try beginStep(point) }
    case .push(let value):
      push(value)
    case .pop:
      operands.removeLast()
    case .duplicate:
      push(operands[operands.count - 1])
    case .duplicatePair:
      let count = operands.count
      push(operands[count - 2])
      push(operands[count - 1])
    case .swapTop:
      operands.swapAt(operands.count - 1, operands.count - 2)
    case .removeUnder(let count):
      if count > 0 {
        let last = operands.count - 1
        operands.removeSubrange((last - count)..<last)
      }
    case .truncate(let depth, let keep):
      let base = frames[top].operandBase + depth
      let kept = Array(operands.suffix(keep))
      if operands.count > base { operands.removeSubrange(base...) }
      operands.append(contentsOf: kept)

    case .load(let slot, let path):
      let value = slotValue(frame: top, slot: slot)
      push(path.isEmpty ? value : value.part(at: path[...]))
    case .move(let slot, let path, let offset, let size):
      let value = slotValue(frame: top, slot: slot)
      if path.isEmpty {
        push(value)
        record(.slotMovedOut(frameID: frames[top].frameID, slot: slot))
      } else {
        push(value.part(at: path[...]))
        let start = slotAddress(frame: top, slot: slot) + UInt64(offset)
        frames[top].movedRanges[slot, default: []].append(start..<start + UInt64(size))
      }
    case .initialize(let slot):
      if !frames[top].movedRanges.isEmpty { frames[top].movedRanges[slot] = nil }
      recorder.writeSlot(frameIndex: top, frameID: frames[top].frameID, slot: slot, value: pop())
      noteOwners(frame: top, slot: slot)
    case .write(let slot, let path, let offset, let size):
      let value = pop()
      writeSlot(frame: top, slot: slot, path: path, offset: offset, size: size, value: value)
      noteOwners(frame: top, slot: slot)
    case .dropSlotValue(let slot, let path, let offset, let type):
      let status = recorder.state.frames[top].slots[slot].status
      guard status == .live else { break }
      let address = slotAddress(frame: top, slot: slot) + UInt64(offset)
      let exclusions = frames[top].movedRanges[slot] ?? []
      if path.isEmpty {
        frames[top].movedRanges[slot] = nil
      }
      try runDrops([.value(address: address, type: type, exclusions: exclusions)])
    case .dropLocal(let slot, let type):
      let exclusions = frames[top].movedRanges[slot] ?? []
      record(.slotMovedOut(frameID: frames[top].frameID, slot: slot))
      try runDrops([.value(address: slotAddress(frame: top, slot: slot), type: type, exclusions: exclusions)])
    case .endScope(let items, let announce):
      try endScope(items, announce: announce)
    case .addressOfSlot(let slot, let offset):
      push(.pointer(address: slotAddress(frame: top, slot: slot) + UInt64(offset), kind: .raw))

    case .offset(let delta):
      let address = popAddress()
      push(.pointer(address: address &+ UInt64(delta), kind: .raw))
    case .retag(let kind):
      let value = pop()
      if case .traitObject(let address, let vtable, _) = value {
        push(.traitObject(address: address, vtable: vtable, kind: kind))
      } else {
        push(.pointer(address: address(of: value), kind: kind))
      }
    case .loadIndirect(let type):
      let address = popAddress()
      push(try read(address: address, type: type))
    case .moveIndirect(let type):
      let address = popAddress()
      push(try read(address: address, type: type))
      registerMove(address: address, size: types[type].size)
    case .storeIndirect(let type):
      let value = pop()
      let address = popAddress()
      try write(address: address, type: type, value: value)
    case .dropIndirect(let type):
      let address = popAddress()
      try runDrops([
        .value(address: address, type: type, exclusions: reinitializedExclusions(address, type: type))
      ])
    case .derefPointer(let type):
      let value = pop()
      var address = self.address(of: value)
      if types[type].shape == .rc {
        address &+= 16
      } else if case .library(let wrapper, _) = types[type].term, wrapper.isGuard {
        address = self.address(of: value.part(at: [0]))
      } else if types[type].shape == .structure {
        // A `MutexGuard`: the value inside the mutex it refers to.
        address = guardedValueAddress(value, guardType: type)
      }
      push(.pointer(address: address, kind: .raw))
    case .indexAddress(let base, let elementSize, let point):
      let index = integer(pop())
      let (start, length) = try indexBase(base)
      guard index >= 0, index < Int128(length) else {
        try panic("index out of bounds: the len is \(length) but the index is \(index)", at: point)
      }
      push(.pointer(address: start &+ UInt64(Int(index) * elementSize), kind: .raw))
    case .sliceRange(
      let base, let elementSize, let isString, let hasLow, let hasHigh, let inclusive, let point):
      try executeSliceRange(
        base, elementSize: elementSize, isString: isString, hasLow: hasLow, hasHigh: hasHigh,
        inclusive: inclusive,
        at: point)
    case .staticAddress(let address):
      push(.pointer(address: address, kind: .raw))

    case .makeTuple(let count):
      let items = Array(operands.suffix(count))
      operands.removeLast(count)
      push(.tuple(items))
    case .makeArray(let count):
      let items = Array(operands.suffix(count))
      operands.removeLast(count)
      push(.array(items))
    case .makeStruct(let type, let order):
      let values = Array(operands.suffix(order.count))
      operands.removeLast(order.count)
      let runtime = types[type]
      var fields = Array(repeating: Value.unit, count: runtime.parts.count)
      for (value, index) in zip(values, order) where fields.indices.contains(index) { fields[index] = value }
      push(.structure(name: runtime.valueName, fields: fields))
    case .makeVariant(let type, let variant, let count):
      let payload = Array(operands.suffix(count))
      operands.removeLast(count)
      let runtime = types[type]
      let name = runtime.variantNames.indices.contains(variant) ? runtime.variantNames[variant] : "?"
      push(.variant(enumName: runtime.valueName, variant: name, payload: payload))
    case .repeatArray(let count):
      let value = pop()
      try checkElementCount(count)
      if let last = lastRepeatedArray, last.elements.count == count, last.element == value {
        push(.array(last.elements))
      } else {
        let elements = Array(repeating: value, count: count)
        lastRepeatedArray = (value, elements)
        push(.array(elements))
      }
    case .extract(let index):
      push(pop().part(at: [index]))

    case .arithmetic(let op, let type, let point):
      let right = pop()
      let left = pop()
      push(try arithmetic(op, left, right, type: type, at: point))
    case .compare(let op, let type):
      let right = pop()
      let left = pop()
      push(.boolean(try compare(op, left, right, type: type)))
    case .negate(let type, let point):
      push(try negate(pop(), type: type, at: point))
    case .not(let type):
      push(bitwiseNot(pop(), type: type))
    case .cast(let from, let to):
      push(cast(pop(), from: from, to: to))

    case .jump(let target):
      frames[top].pc = target
    case .jumpIfFalse(let target):
      if case .boolean(false) = pop() { frames[top].pc = target }
    case .jumpIfTrue(let target):
      if case .boolean(true) = pop() { frames[top].pc = target }
    case .call(let function, let count, let point):
      try pushFrame(function: function, argumentsOnStack: count, callPoint: point, callLine: Int(point.line))
    case .callDynamic(let slot, let count, let point):
      var arguments = Array(operands[(operands.count - count)...])
      operands.removeLast(count)
      if case .traitObject(_, let vtable, _) = arguments.first, let table = vtableTargets[vtable],
        table.methods.indices.contains(slot), table.methods[slot] < 0, arguments.count == 2
      {
        // `Display::fmt` of one of std's error types behind a `dyn Error`: std's own text.
        push(try standardErrorDisplay(arguments[0], into: arguments[1], concreteType: table.concreteType))
        break
      }
      guard case .traitObject(let address, let vtable, let kind) = arguments.first,
        let table = vtableTargets[vtable], slot < table.methods.count, table.methods[slot] >= 0
      else {
        try stop("memtutor: internal error: a trait object's method was called without its vtable")
      }
      // A `Box<dyn Trait>` handed to a `self: Box<Self>` method becomes the thin `Box<T>` it was.
      arguments[0] = .pointer(
        address: address,
        kind: kind == .box ? .box : kind == .mutableReference ? .mutableReference : .sharedReference)
      try pushFrame(
        function: table.methods[slot], arguments: arguments, callPoint: point, callLine: Int(point.line))
    case .callPointer(let count, let codeBase, let point):
      var arguments = Array(operands[(operands.count - count)...])
      operands.removeLast(count)
      guard case .pointer(let address, .function) = arguments.first, address >= codeBase,
        (address - codeBase) % 0x1000 == 0, (address - codeBase) / 0x1000 < UInt64(functions.count)
      else {
        try stop("memtutor: internal error: a call through a function pointer found no function")
      }
      let index = Int((address - codeBase) / 0x1000)
      arguments.removeFirst()
      if functions[index].parameterSlots.count == arguments.count + 1 {
        // A closure made into a pointer: its function still takes the (empty) closure by
        // reference, as rustc's shim passes it; nothing is behind it to read.
        arguments.insert(.pointer(address: 1, kind: .sharedReference), at: 0)
      }
      try pushFrame(function: index, arguments: arguments, callPoint: point, callLine: Int(point.line))
    case .makeTraitObject(let vtable, let kind):
      push(.traitObject(address: address(of: pop()), vtable: vtable, kind: kind))
    case .returnFromFunction:
      try popFrame(returning: pop())
    case .unreachable(let point):
      try panic("internal error: entered unreachable code", at: point)

    case .materialize(let type, let depth, let extended):
      let value = pop()
      push(.pointer(address: materialize(value, type: type, depth: depth, extended: extended), kind: .raw))
    case .endStatement(let depth):
      try endStatement(depth: depth)
    case .dropValue(let type):
      let value = pop()
      guard types[type].needsDrop else { break }
      let address = materialize(value, type: type, depth: Int.max, extended: nil)
      try runDrops([
        .value(address: address, type: type, exclusions: []), .releaseTemporary(address: address),
      ])

    case .iteratorStart(let register, let kind, let elementType, let inclusive, let point):
      try startIterator(
        register: register, kind: kind, elementType: elementType, inclusive: inclusive, at: point)
    case .iteratorAdapt(let register, let enumerate, let reverse):
      let index = frames[top].iteratorBase + register
      if enumerate {
        iterators[index].enumerated = true
        iterators[index].enumerateByPosition = !iterators[index].reversed
      }
      if reverse { iterators[index].reversed.toggle() }
    case .iteratorNext(let register, let exit):
      if let item = try nextItem(register: register) {
        push(item)
      } else {
        frames[top].pc = exit
      }
    case .iteratorEnd(let register):
      try endDrain(register: register)
    case .iteratorFold(let register, let builtin, let resultType, let point):
      push(try foldIterator(register: register, builtin, resultType: resultType, at: point))

    case .testVariant(let path, let variant, let fail):
      let value = operands[operands.count - 1].part(at: path[...])
      if case .variant(_, let name, _) = value {
        if variantIndex(of: name, in: value) != variant { frames[top].pc = fail }
      } else {
        frames[top].pc = fail
      }
    case .testLiteral(let path, let literal, let type, let fail):
      let value = operands[operands.count - 1].part(at: path[...])
      if try !literalMatches(value, literal, type: type) { frames[top].pc = fail }
    case .testRange(let path, let low, let high, let inclusive, let type, let fail):
      let value = operands[operands.count - 1].part(at: path[...])
      let lower = try compareValues(value, low, type: type) ?? -1
      let upper = try compareValues(value, high, type: type) ?? 1
      if lower < 0 || upper > 0 || (!inclusive && upper == 0) { frames[top].pc = fail }
    case .enterPointer(let path, let pointee):
      let pointer = operands[operands.count - 1].part(at: path[...])
      let address = self.address(of: pointer)
      push(.pointer(address: address, kind: .raw))
      push(try read(address: address, type: pointee))
    case .testSliceLength(let path, let count, let orMore, let fail):
      let length = sliceLength(operands[operands.count - 1].part(at: path[...]))
      if orMore ? length < count : length != count { frames[top].pc = fail }
    case .enterSliceElement(let path, let index, let fromEnd, let element):
      try enterSliceElement(operands[operands.count - 1].part(at: path[...]), index, fromEnd, element)
    case .enterSliceRest(let path, let prefix, let suffix, let element):
      enterSliceRest(operands[operands.count - 1].part(at: path[...]), prefix, suffix, element)
    case .enterSubarray(let path, let start, let count, let offset):
      enterSubarray(operands[operands.count - 1].part(at: path[...]), start, count, offset)
    case .bindCopy(let path, let slot):
      let value = operands[operands.count - 1].part(at: path[...])
      frames[top].movedRanges[slot] = nil
      record(.slotWritten(frameID: frames[top].frameID, slot: slot, value: value))
    case .bindMove(let path, let slot, let offset, let size):
      let value = operands[operands.count - 1].part(at: path[...])
      frames[top].movedRanges[slot] = nil
      record(.slotWritten(frameID: frames[top].frameID, slot: slot, value: value))
      noteOwners(frame: top, slot: slot)
      if case .pointer(let base, _) = operands[operands.count - 2] {
        registerMove(address: base &+ UInt64(offset), size: size)
      }
    case .bindReference(let offset, let slot, let kind):
      let base = address(of: operands[operands.count - 2])
      frames[top].movedRanges[slot] = nil
      record(
        .slotWritten(
          frameID: frames[top].frameID, slot: slot,
          value: .pointer(address: base &+ UInt64(offset), kind: kind)))
    case .commitMove(let offset, let size):
      if case .pointer(let base, _) = operands[operands.count - 2] {
        registerMove(address: base &+ UInt64(offset), size: size)
      }

    case .builtin(let builtin, let typeList, let point):
      try executeBuiltin(builtin, types: typeList, at: point)
    case .vecAllocate(let elementType, let count):
      push(try allocateVec(elementType: elementType, capacity: count, exact: true))
    case .vecFill(let count):
      let elements = Array(operands.suffix(count))
      operands.removeLast(count)
      let vec = pop()
      push(try fillVec(vec, with: elements))
    case .vecRepeat(let elementType, let point):
      let count = Int(clamping: integer(pop()))
      let value = pop()
      push(try repeatVec(value, count: count, elementType: elementType, at: point))
    case .format(let template, let typeList):
      let values = Array(operands.suffix(typeList.count))
      operands.removeLast(typeList.count)
      push(try formatString(template, values: values, types: typeList))
    case .formatterWrite(let template, let typeList):
      let values = Array(operands.suffix(typeList.count))
      operands.removeLast(typeList.count)
      let target = pop()
      push(try writeIntoFormatter(target, template, values: values, types: typeList))
    case .print(let stream, let template, let typeList):
      let values = Array(operands.suffix(typeList.count))
      operands.removeLast(typeList.count)
      var text = try formatText(template, values: values, types: typeList)
      if stream == .stderr, text.contains(Checker.sourceFileMarker) {
        // `dbg!` names the file as rustc was given it.
        text = text.replacing(Checker.sourceFileMarker, with: image.path)
      }
      try printText(text, to: stream)
    case .panic(let template, let typeList, let point):
      let values = Array(operands.suffix(typeList.count))
      operands.removeLast(typeList.count)
      try panic(try formatText(template, values: values, types: typeList), at: point)
    case .assertFailed(let message, let template, let typeList, let point):
      let values = Array(operands.suffix(typeList.count))
      operands.removeLast(typeList.count)
      if let template {
        try panic(try formatText(template, values: values, types: typeList), at: point)
      }
      try panic(message, at: point)
    case .assertEqualFailed(let isEqual, let type, let template, let typeList, let point):
      let values = Array(operands.suffix(typeList.count))
      operands.removeLast(typeList.count)
      let right = pop()
      let left = pop()
      let leftText = RustFormatter.debug(try formattable(left, type: type))
      let rightText = RustFormatter.debug(try formattable(right, type: type))
      var message = "assertion `left \(isEqual ? "==" : "!=") right` failed"
      if let template {
        message += ": " + (try formatText(template, values: values, types: typeList))
      }
      message += "\n  left: \(leftText)\n right: \(rightText)"
      try panic(message, at: point)
    case .coerce(let coercion, let type):
      push(try coerce(pop(), coercion, from: type))
    }
  }

  package func integer(_ value: Value) -> Int128 {
    switch value {
    case .integer(let number, _): return number
    case .boolean(let flag): return flag ? 1 : 0
    default: return 0
    }
  }

  package func variantIndex(of name: String, in value: Value) -> Int {
    guard case .variant(let enumName, _, _) = value else { return -1 }
    if enumName == "Option" { return name == "Some" ? 1 : 0 }
    if enumName == "Result" { return name == "Ok" ? 0 : 1 }
    return types.declarations.enums[enumName]?.variants.firstIndex { $0.name == name } ?? -1
  }

  package func printText(_ text: String, to stream: Event.Stream) throws {
    if recorder.outputBytes + text.utf8.count > options.outputBudget {
      try stop(
        "memtutor: stopped after \(Self.grouped(options.outputBudget)) bytes of output (output budget); the program may print forever"
      )
    }
    record(.printed(stream, text))
  }

  /// Where the standard library's own panics are reported (rustc 1.95's source paths).
  package static let capacityOverflowLocation =
    "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/raw_vec/mod.rs:28:5"
}
