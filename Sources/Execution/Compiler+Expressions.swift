import MemoryModel
import RustFrontEnd

extension Compiler {
  /// Where a place expression lives: a local (and the path into it), or an address that
  /// the emitted code left on the stack.
  package enum CompiledPlace {
    case local(slot: Int, path: [Int], offset: Int)
    case address
  }

  package func isPlace(_ expr: TypedExpr) -> Bool {
    switch expr.kind {
    case .local, .deref, .index, .field: return true
    case .global(let index): return program.globals[index].isStatic
    default: return false
    }
  }

  package func integerValue(_ value: Int128, type: TypeTerm) -> Value {
    let runtime = runtimeType(type)
    if case .float(let kind) = resolved(type) {
      return .float(Double(value), type: kind.rawValue)
    }
    return .integer(value, type: runtime.valueName)
  }

  /// Leaves the expression's value on the stack (moving out of places that are not `Copy`).
  package func compileValue(_ expr: TypedExpr) {
    switch expr.kind {
    case .integer(let value):
      emit(.push(integerValue(value, type: expr.type)), stack: 1)
    case .float(let value):
      let kind: RustType.FloatKind
      if case .float(let k) = resolved(expr.type) { kind = k } else { kind = .f64 }
      emit(.push(.float(kind == .f32 ? Double(Float(value)) : value, type: kind.rawValue)), stack: 1)
    case .boolean(let value):
      emit(.push(.boolean(value)), stack: 1)
    case .character(let value):
      emit(.push(.character(value)), stack: 1)
    case .unit:
      emit(.push(.unit), stack: 1)
    case .string(let text):
      let address = addressSpace.literalAddress(text, line: expr.span.start.line)
      emit(.push(.slicePointer(address: address, length: text.utf8.count, kind: .sharedReference)), stack: 1)
    case .global(let index):
      let global = program.globals[index]
      do {
        // A `const` (and a `static`'s value) is evaluated where it is used.
        let saved = function
        function = CheckedFunction(
          name: function.name, parameterSlots: [], parameterPatterns: [], returnType: .unit,
          locals: function.locals,
          body: function.body, span: function.span, closingBrace: function.closingBrace,
          isDropImplementation: false, types: global.types)
        compileValue(global.value)
        function = saved
      }
    case .local, .field, .index, .deref:
      compileReadOrMove(expr)
    case .tuple(let items):
      for item in items { compileValue(item) }
      emit(.makeTuple(count: items.count), stack: 1 - items.count)
    case .array(let items):
      for item in items { compileValue(item) }
      emit(.makeArray(count: items.count), stack: 1 - items.count)
    case .arrayRepeat(let value, let count):
      compileValue(value)
      emit(.repeatArray(count: count))
    case .structLiteral(_, let fields, let base):
      compileStructLiteral(expr, fields: fields, base: base)
    case .variant(_, let variant, let payload):
      for item in payload { compileValue(item) }
      emit(
        .makeVariant(type: typeID(expr.type), variant: variant, count: payload.count),
        stack: 1 - payload.count)
    case .call(let index, let arguments):
      for argument in arguments { compileValue(argument) }
      if let dynamic = program.dynamicMethods[index], dynamic.throughFunctionPointer {
        emit(
          .callPointer(
            arguments: arguments.count, codeBase: addressSpace.codeBase, at: SourcePoint(expr.span.start)),
          stack: 1 - arguments.count)
        return
      }
      if let dynamic = program.dynamicMethods[index] {
        emit(
          .callDynamic(slot: dynamic.slot, arguments: arguments.count, at: SourcePoint(expr.span.start)),
          stack: 1 - arguments.count)
        return
      }
      emit(
        .call(function: index, arguments: arguments.count, at: SourcePoint(expr.span.start)),
        stack: 1 - arguments.count)
    case .builtin(.defaultValue, let arguments)
    where arguments.isEmpty && handWrittenDefault(of: expr.type) != nil:
      // `Default::default()` settled to a type with `impl Default` written by hand.
      let function = handWrittenDefault(of: expr.type) ?? 0
      emit(.call(function: function, arguments: 0, at: SourcePoint(expr.span.start)), stack: 1)
    case .builtin(.strParse, let arguments)
    where arguments.count == 1 && handWrittenParse(of: expr.type) != nil:
      // `s.parse::<Rgb>()` into a type with `impl FromStr` written by hand: its `from_str(s)`.
      compileValue(arguments[0])
      let function = handWrittenParse(of: expr.type) ?? 0
      emit(.call(function: function, arguments: 1, at: SourcePoint(expr.span.start)), stack: 0)
    case .builtin(.defaultValue, let arguments)
    where arguments.isEmpty && resolved(expr.type) == .reference(.str, mutable: false):
      // `<&str as Default>::default()` is the literal `""`.
      let address = addressSpace.literalAddress("", line: expr.span.start.line)
      emit(.push(.slicePointer(address: address, length: 0, kind: .sharedReference)), stack: 1)
    case .builtin(let builtin, let arguments):
      compileBuiltin(builtin, arguments: arguments, expr: expr)
    case .addressOf(let place, let mutable):
      compileAddressOf(
        place, mutable: mutable, promoted: expr.isPromotedBorrow(of: place, mutable: mutable, in: program))
    case .negate(let value):
      compileValue(value)
      emit(.negate(type: typeID(expr.type), at: SourcePoint(expr.span.start)))
    case .not(let value):
      compileValue(value)
      emit(.not(type: typeID(expr.type)))
    case .arithmetic(let op, let left, let right):
      compileValue(left)
      compileValue(right)
      emit(.arithmetic(op, type: typeID(left.type), at: SourcePoint(expr.span.start)), stack: -1)
    case .comparison(let op, let left, let right):
      compileBorrowedValue(left)
      compileBorrowedValue(right)
      emit(.compare(op, type: typeID(left.type)), stack: -1)
    case .logical(let isAnd, let left, let right):
      compileValue(left)
      emit(.duplicate, stack: 1)
      let skip = emit(isAnd ? .jumpIfFalse(0) : .jumpIfTrue(0), stack: -1)
      emit(.pop, stack: -1)
      compileValue(right)
      patchJump(skip, to: here)
    case .assign(let place, let value):
      compileAssign(place, value)
      emit(.push(.unit), stack: 1)
    case .compoundAssign(let op, let place, let value):
      compileCompoundAssign(op, place, value, at: expr.span, inLibraryAccumulator: expr.accumulatesInLibrary)
      emit(.push(.unit), stack: 1)
    case .cast(let value):
      compileValue(value)
      emit(.cast(from: typeID(value.type), to: typeID(expr.type)))
    case .range(let low, let high, _):
      if let low { compileValue(low) } else { emit(.push(integerValue(0, type: .usize)), stack: 1) }
      // An open end is `()`: the iterator of `start..` runs to the type's end (a range with an
      // open end is only ever taken apart where it is written; see `Checker.openRangeConsumers`).
      if let high { compileValue(high) } else { emit(.push(.unit), stack: 1) }
      emit(.makeTuple(count: 2), stack: -1)
    case .block(let block):
      compileBlock(block, asValue: true)
    case .ifElse(let condition, let then, let elseBranch):
      // The condition's temporaries (the `Ref` of `if c.borrow().done {`) drop before either
      // branch runs, as a `while` condition's do.
      statementDepth += 1
      compileValue(condition)
      emit(.endStatement(depth: statementDepth))
      statementDepth -= 1
      let toElse = emit(.jumpIfFalse(0), stack: -1)
      let start = depth
      compileBlock(then, asValue: true)
      let toEnd = emit(.jump(0))
      depth = start
      patchJump(toElse, to: here)
      if let elseBranch {
        compileValue(elseBranch)
      } else {
        emit(.push(.unit), stack: 1)
      }
      patchJump(toEnd, to: here)
    case .ifLet(let pattern, let scrutinee, let then, let elseBranch):
      compileIfLet(pattern, scrutinee, then, elseBranch)
    case .whileLoop(let condition, let body, let id):
      compileWhile(condition: condition, pattern: nil, scrutinee: nil, body: body, id: id, span: expr.span)
    case .whileLet(let pattern, let scrutinee, let body, let id):
      compileWhile(
        condition: nil, pattern: pattern, scrutinee: scrutinee, body: body, id: id, span: expr.span)
    case .loop(let body, let id):
      compileLoop(body: body, id: id, type: expr.type, span: expr.span)
    case .forLoop(let pattern, let iterator, let body, let id):
      compileFor(pattern: pattern, iterator: iterator, body: body, id: id, span: expr.span)
    case .match(let scrutinee, let arms):
      compileMatch(scrutinee, arms, span: expr.span)
    case .breakLoop(let id, let value):
      compileBreak(id: id, value: value)
    case .continueLoop(let id):
      compileContinue(id: id)
    case .returnValue(let value):
      if let value { compileValue(value) } else { emit(.push(.unit), stack: 1) }
      // Leave every scope: temporaries, locals and parameters drop, innermost first.
      emitExits(downTo: 0, leavingLoopsFrom: 0)
      emit(.returnFromFunction, stack: -1)
      emit(.push(.unit), stack: 1)
    case .format(let template, let values):
      compileFormatArguments(values)
      emit(.format(template, types: values.map { typeID($0.type) }), stack: 1 - values.count)
    case .print(let stream, let template, let values):
      compileFormatArguments(values)
      emit(.print(stream, template, types: values.map { typeID($0.type) }), stack: -values.count)
      emit(.push(.unit), stack: 1)
    case .formatterWrite(let target, let template, let values):
      compileValue(target)
      compileFormatArguments(values)
      emit(.formatterWrite(template, types: values.map { typeID($0.type) }), stack: -values.count)
    case .panic(let template, let values):
      compileFormatArguments(values)
      emit(
        .panic(template, types: values.map { typeID($0.type) }, at: SourcePoint(expr.span.start)),
        stack: -values.count)
      emit(.push(.unit), stack: 1)
    case .assert(let condition, let template, let values, let text):
      compileValue(condition)
      let skip = emit(.jumpIfTrue(0), stack: -1)
      let start = depth
      compileFormatArguments(values)
      emit(
        .assertFailed(
          message: "assertion failed: \(text)", template, types: values.map { typeID($0.type) },
          at: SourcePoint(expr.span.start)))
      depth = start
      patchJump(skip, to: here)
      emit(.push(.unit), stack: 1)
    case .assertEqual(let left, let right, let isEqual, let template, let values):
      compileBorrowedValue(left)
      compileBorrowedValue(right)
      let type = typeID(left.type)
      // Compare copies; keep the operands for the failure message.
      emit(.duplicatePair, stack: 2)
      emit(.compare(.equal, type: type), stack: -1)
      let skip = emit(isEqual ? .jumpIfTrue(0) : .jumpIfFalse(0), stack: -1)
      let start = depth
      compileFormatArguments(values)
      emit(
        .assertEqualFailed(
          isEqual: isEqual, type: type, template, types: values.map { typeID($0.type) },
          at: SourcePoint(expr.span.start)))
      depth = start
      patchJump(skip, to: here)
      emit(.pop, stack: -1)
      emit(.pop, stack: -1)
      emit(.push(.unit), stack: 1)
    case .vecList(let items):
      guard case .vec(let element) = resolved(expr.type) else { return }
      emit(.vecAllocate(elementType: typeID(element), count: items.count), stack: 1)
      for item in items { compileValue(item) }
      emit(.vecFill(count: items.count), stack: -items.count)
    case .vecRepeat(let value, let count):
      guard case .vec(let element) = resolved(expr.type) else { return }
      compileValue(value)
      compileValue(count)
      emit(.vecRepeat(elementType: typeID(element), at: SourcePoint(expr.span.start)), stack: -1)
    case .coerce(.traitObject(let vtable, let mutable), let inner):
      compileValue(inner)
      let kind: PointerKind
      if case .box = resolved(expr.type) {
        kind = .box
      } else {
        kind = mutable ? .mutableReference : .sharedReference
      }
      emit(.makeTraitObject(vtable: vtableAddress(vtable, line: expr.span.start.line), kind: kind))
    case .coerce(let coercion, let inner):
      compileValue(inner)
      if coercion != .never {
        emit(.coerce(coercion, type: typeID(inner.type)))
      }
    case .iterate, .adaptIterator:
      // An iterator made and left unused (`v.into_iter();`, `v.chunks(0);`): as in Rust, its
      // source is evaluated, its argument checked (a zero chunk size panics) and what it owns
      // drops when the statement ends; nothing is pulled from it.
      let register = allocateRegister()
      defer { registers -= 1 }
      compileIterator(expr, register: register)
      emit(.iteratorEnd(register: register))
      emit(.push(.unit), stack: 1)
    }
  }

  /// Reads a place: copies `Copy` values, moves the others.
  package func compileReadOrMove(_ expr: TypedExpr) {
    let runtime = runtimeType(expr.type)
    // A `&mut` used as a value is re-borrowed, not moved (the binding stays usable).
    let copies =
      runtime.isCopy || runtime.shape == .reference || runtime.shape == .fatPointer && !isBox(expr.type)
    let place = compilePlace(expr)
    switch place {
    case .local(let slot, let path, let offset):
      if copies {
        emit(.load(slot: slot, path: path), stack: 1)
      } else {
        emit(.move(slot: slot, path: path, offset: offset, size: runtime.size), stack: 1)
      }
    case .address:
      emit(copies ? .loadIndirect(type: typeID(expr.type)) : .moveIndirect(type: typeID(expr.type)))
    }
  }

  package func isBox(_ type: TypeTerm) -> Bool {
    if case .box = resolved(type) { return true }
    return false
  }

  /// Reads a place without moving (a bitwise copy of something that stays owned where it is).
  package func compileRead(_ expr: TypedExpr) {
    guard isPlace(expr) else {
      compileValue(expr)
      return
    }
    switch compilePlace(expr) {
    case .local(let slot, let path, _):
      emit(.load(slot: slot, path: path), stack: 1)
    case .address:
      emit(.loadIndirect(type: typeID(expr.type)))
    }
  }

  /// A value that is only looked at (compared, formatted): places are read in place, and
  /// owned temporaries are kept until the statement ends so they are dropped then.
  package func compileBorrowedValue(_ expr: TypedExpr) {
    if isPlace(expr) {
      compileRead(expr)
      return
    }
    compileValue(expr)
    let runtime = runtimeType(expr.type)
    if runtime.needsDrop {
      let type = typeID(expr.type)
      emit(.materialize(type: type, depth: temporaryDepth, extended: nil))
      emit(.loadIndirect(type: type))
    }
  }

  package func compileFormatArguments(_ values: [TypedExpr]) {
    for value in values { compileBorrowedValue(value) }
  }
}

extension Compiler {
  /// The program's own `default` for a struct or enum with `impl Default` written by hand.
  func handWrittenDefault(of type: TypeTerm) -> Int? {
    switch resolved(type) {
    case .structure(let name), .enumeration(let name): program.handWrittenDefaults[name]
    default: nil
    }
  }

  /// The program's own `from_str` for the `Ok` type of a `parse` result.
  func handWrittenParse(of type: TypeTerm) -> Int? {
    guard case .result(let value, _) = resolved(type) else { return nil }
    switch resolved(value) {
    case .structure(let name), .enumeration(let name): return program.handWrittenParses[name]
    default: return nil
    }
  }
}
