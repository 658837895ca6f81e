import MemoryModel
import RustFrontEnd

extension Compiler {
  package func patternBindsByReference(_ pattern: TypedPattern) -> Bool {
    switch pattern.kind {
    case .binding(_, let byReference, _, let sub):
      return byReference || (sub.map(patternBindsByReference) ?? false)
    case .tuple(let items), .array(let items), .or(let items), .variant(_, _, let items):
      return items.contains(where: patternBindsByReference)
    case .structure(_, let fields): return fields.contains { patternBindsByReference($0.pattern) }
    case .arrayRest(let binding): return patternBindsByReference(binding)
    case .deref: return false
    default: return false
    }
  }

  /// Pushes the scrutinee's address (or `()` when it has none) and its value. Places are
  /// read in place; owned values become temporaries so bindings can move out of them and
  /// what is left drops when the statement ends.
  package func compileScrutinee(_ expr: TypedExpr, needsAddress: Bool) {
    if isPlace(expr) {
      let place = compilePlace(expr)
      switch place {
      case .local(let slot, let path, let offset):
        emit(.addressOfSlot(slot: slot, offset: offset), stack: 1)
        emit(.load(slot: slot, path: path), stack: 1)
      case .address:
        emit(.duplicate, stack: 1)
        emit(.loadIndirect(type: typeID(expr.type)))
      }
      return
    }
    compileValue(expr)
    let runtime = runtimeType(expr.type)
    if runtime.needsDrop || needsAddress {
      let type = typeID(expr.type)
      emit(.materialize(type: type, depth: temporaryDepth, extended: extendingLet))
      emit(.duplicate, stack: 1)
      emit(.loadIndirect(type: type))
    } else {
      emit(.push(.unit), stack: 1)
      emit(.swapTop)
    }
  }

  /// A literal pattern's value, as the interpreter compares it.
  /// A `const` or `static`'s value. Its initializer's types resolve through the global's own
  /// table, not the function being compiled.
  package func globalConstant(_ index: Int) -> Value {
    let global = program.globals[index]
    let saved = function
    function = CheckedFunction(
      name: function.name, parameterSlots: [], parameterPatterns: [], returnType: .unit,
      locals: function.locals, body: function.body, span: function.span, closingBrace: function.closingBrace,
      isDropImplementation: false, types: global.types)
    defer { function = saved }
    return patternConstant(global.value, type: global.type)
  }

  package func patternConstant(_ expr: TypedExpr, type: TypeTerm) -> Value {
    switch expr.kind {
    case .integer(let value): return integerValue(value, type: type)
    case .negate(let inner):
      if case .integer(let value) = inner.kind { return integerValue(-value, type: type) }
      if case .float(let value) = inner.kind { return .float(-value, type: runtimeType(type).valueName) }
      return .unit
    case .float(let value): return .float(value, type: runtimeType(type).valueName)
    case .boolean(let value): return .boolean(value)
    case .character(let value): return .character(value)
    case .string(let text):
      let address = addressSpace.literalAddress(text, line: expr.span.start.line)
      return .slicePointer(address: address, length: text.utf8.count, kind: .sharedReference)
    case .global(let index):
      return globalConstant(index)
    case .tuple(let items):
      return .tuple(items.map { patternConstant($0, type: $0.type) })
    case .array(let items):
      return .array(items.map { patternConstant($0, type: $0.type) })
    case .arrayRepeat(let value, let count):
      return .array(Array(repeating: patternConstant(value, type: value.type), count: max(0, count)))
    case .structLiteral(_, let fields, nil):
      let runtime = runtimeType(type)
      var values = Array(repeating: Value.unit, count: runtime.parts.count)
      for field in fields where values.indices.contains(field.index) {
        values[field.index] = patternConstant(field.value, type: field.value.type)
      }
      return .structure(name: runtime.valueName, fields: values)
    case .variant(_, let variant, let payload):
      let runtime = runtimeType(type)
      let name = runtime.variantNames.indices.contains(variant) ? runtime.variantNames[variant] : "?"
      return .variant(
        enumName: runtime.valueName, variant: name,
        payload: payload.map { patternConstant($0, type: $0.type) })
    case .coerce(_, let inner):
      return patternConstant(inner, type: type)
    case .builtin(.atomic("new"), let arguments) where arguments.count == 1:
      // `static COUNTER: AtomicUsize = AtomicUsize::new(0);` is evaluated at compile time.
      return .structure(
        name: runtimeType(type).valueName, fields: [patternConstant(arguments[0], type: arguments[0].type)])
    default:
      return .unit
    }
  }

  /// Emits the tests of a pattern against the scrutinee on the stack; each failing test
  /// jumps to a target the caller patches (the failure list).
  package func compilePatternTests(_ pattern: TypedPattern, path: [Int], failures: inout [Int]) {
    switch pattern.kind {
    case .binding(_, _, _, let sub):
      if let sub { compilePatternTests(sub, path: path, failures: &failures) }
    case .wildcard, .arrayRest:
      break
    case .tuple(let items), .array(let items):
      for (index, item) in items.enumerated() {
        compilePatternTests(item, path: path + [index], failures: &failures)
      }
    case .literal(let expr):
      let value = patternConstant(expr, type: pattern.type)
      failures.append(emit(.testLiteral(path: path, value, type: typeID(pattern.type), fail: 0)))
    case .range(let low, let high, let inclusive):
      failures.append(
        emit(
          .testRange(
            path: path, low: patternConstant(low, type: pattern.type),
            high: patternConstant(high, type: pattern.type),
            inclusive: inclusive, type: typeID(pattern.type), fail: 0)))
    case .variant(_, let variant, let items):
      failures.append(emit(.testVariant(path: path, variant: variant, fail: 0)))
      for (index, item) in items.enumerated() {
        compilePatternTests(item, path: path + [index], failures: &failures)
      }
    case .structure(_, let fields):
      for field in fields {
        compilePatternTests(field.pattern, path: path + [field.index], failures: &failures)
      }
    case .deref(let inner):
      guard patternIsRefutable(inner) else { return }
      emit(.enterPointer(path: path, pointee: pointeeType(of: pattern.type)), stack: 2)
      var innerFailures: [Int] = []
      compilePatternTests(inner, path: [], failures: &innerFailures)
      emit(.pop, stack: -1)
      emit(.pop, stack: -1)
      // Failure targets truncate the stack, which removes the pointee left behind.
      failures += innerFailures
    case .slice(let prefix, let suffix, let hasRest, _):
      let element = sliceElementType(of: pattern.type)
      failures.append(
        emit(.testSliceLength(path: path, count: prefix.count + suffix.count, orMore: hasRest, fail: 0)))
      for (index, item, fromEnd) in sliceItems(prefix, suffix) where patternIsRefutable(item) {
        emit(.enterSliceElement(path: path, index: index, fromEnd: fromEnd, element: element), stack: 2)
        var itemFailures: [Int] = []
        compilePatternTests(item, path: [], failures: &itemFailures)
        emit(.pop, stack: -1)
        emit(.pop, stack: -1)
        failures += itemFailures
      }
    case .or(let options):
      var successes: [Int] = []
      let start = depth
      for (index, option) in options.enumerated() {
        var optionFailures: [Int] = []
        compilePatternTests(option, path: path, failures: &optionFailures)
        if index == options.count - 1 {
          failures += optionFailures
        } else {
          successes.append(emit(.jump(0)))
          let next = here
          for failure in optionFailures { patchJump(failure, to: next) }
          emit(.truncate(depth: start, keep: 0))
          depth = start
        }
      }
      for success in successes { patchJump(success, to: here) }
    }
  }

  package func patternIsRefutable(_ pattern: TypedPattern) -> Bool {
    switch pattern.kind {
    case .binding(_, _, _, let sub): return sub.map(patternIsRefutable) ?? false
    case .wildcard, .arrayRest: return false
    case .tuple(let items), .array(let items): return items.contains(where: patternIsRefutable)
    case .literal, .range: return true
    case .variant(let enumName, _, let items):
      if enumName != "Option", types[typeID(pattern.type)].variantNames.count == 1 {
        return items.contains(where: patternIsRefutable)
      }
      return true
    case .structure(_, let fields): return fields.contains { patternIsRefutable($0.pattern) }
    case .deref(let inner): return patternIsRefutable(inner)
    case .or(let options): return options.allSatisfy(patternIsRefutable)
    case .slice(let prefix, let suffix, let hasRest, _):
      return !hasRest || !prefix.isEmpty || !suffix.isEmpty
    }
  }

  /// A slice pattern's element patterns with where each sits: from the front, or from the
  /// back (1 being the last).
  private func sliceItems(_ prefix: [TypedPattern], _ suffix: [TypedPattern]) -> [(
    index: Int, item: TypedPattern, fromEnd: Bool
  )] {
    prefix.enumerated().map { ($0.offset, $0.element, false) }
      + suffix.enumerated().map { (suffix.count - $0.offset, $0.element, true) }
  }

  private func sliceElementType(of reference: TypeTerm) -> Int {
    if case .reference(let inner, _) = resolved(reference), case .slice(let element) = resolved(inner) {
      return typeID(element)
    }
    return typeID(reference)
  }

  package func pointeeType(of type: TypeTerm) -> Int {
    switch resolved(type) {
    case .reference(let inner, _), .box(let inner), .rc(let inner), .arc(let inner): return typeID(inner)
    default: return typeID(type)
    }
  }

  /// Binds a pattern's names from the scrutinee on the stack. With `deferMoves`, moved
  /// bindings copy now and their moves are registered by `commitMove` once a guard passed.
  @discardableResult
  package func compileBindings(_ pattern: TypedPattern, path: [Int], offset: Int, deferMoves: Bool) -> [(
    Int, Int
  )] {
    var pending: [(Int, Int)] = []
    switch pattern.kind {
    case .binding(let slot, let byReference, let mutable, let sub):
      if byReference {
        emit(.bindReference(offset: offset, slot: slot, kind: mutable ? .mutableReference : .sharedReference))
      } else {
        let runtime = runtimeType(pattern.type)
        if runtime.isCopy {
          emit(.bindCopy(path: path, slot: slot))
        } else if deferMoves {
          emit(.bindCopy(path: path, slot: slot))
          pending.append((offset, runtime.size))
        } else {
          emit(.bindMove(path: path, slot: slot, offset: offset, size: runtime.size))
        }
      }
      if let sub { pending += compileBindings(sub, path: path, offset: offset, deferMoves: deferMoves) }
    case .wildcard, .literal, .range:
      break
    case .tuple(let items):
      let runtime = runtimeType(pattern.type)
      for (index, item) in items.enumerated() {
        let itemOffset = runtime.partOffsets.indices.contains(index) ? runtime.partOffsets[index] : 0
        pending += compileBindings(
          item, path: path + [index], offset: offset + itemOffset, deferMoves: deferMoves)
      }
    case .array(let items):
      let runtime = runtimeType(pattern.type)
      let elementSize = types[runtime.element].size
      for (index, item) in items.enumerated() {
        pending += compileBindings(
          item, path: path + [index], offset: offset + index * elementSize, deferMoves: deferMoves)
      }
    case .variant(_, let variant, let items):
      let runtime = runtimeType(pattern.type)
      let offsets = runtime.variantOffsets.indices.contains(variant) ? runtime.variantOffsets[variant] : []
      for (index, item) in items.enumerated() {
        let itemOffset = offsets.indices.contains(index) ? offsets[index] : 0
        pending += compileBindings(
          item, path: path + [index], offset: offset + itemOffset, deferMoves: deferMoves)
      }
    case .structure(_, let fields):
      let runtime = runtimeType(pattern.type)
      for field in fields {
        let fieldOffset =
          runtime.partOffsets.indices.contains(field.index) ? runtime.partOffsets[field.index] : 0
        pending += compileBindings(
          field.pattern, path: path + [field.index], offset: offset + fieldOffset, deferMoves: deferMoves)
      }
    case .deref(let inner):
      guard !boundSlots(inner).isEmpty else { break }
      emit(.enterPointer(path: path, pointee: pointeeType(of: pattern.type)), stack: 2)
      // Moves out of a pointee (only `Box` allows them) are registered right away.
      compileBindings(inner, path: [], offset: 0, deferMoves: false)
      emit(.pop, stack: -1)
      emit(.pop, stack: -1)
    case .arrayRest(let binding):
      pending += compileArrayRest(binding, path: path, offset: offset, deferMoves: deferMoves)
    case .slice(let prefix, let suffix, _, let rest):
      let element = sliceElementType(of: pattern.type)
      for (index, item, fromEnd) in sliceItems(prefix, suffix) where !boundSlots(item).isEmpty {
        emit(.enterSliceElement(path: path, index: index, fromEnd: fromEnd, element: element), stack: 2)
        compileBindings(item, path: [], offset: 0, deferMoves: false)
        emit(.pop, stack: -1)
        emit(.pop, stack: -1)
      }
      if let rest, case .binding(let slot, _, _, _) = rest.kind {
        emit(
          .enterSliceRest(path: path, prefix: prefix.count, suffix: suffix.count, element: element), stack: 2)
        emit(.bindCopy(path: [], slot: slot))
        emit(.pop, stack: -1)
        emit(.pop, stack: -1)
      }
    case .or(let options):
      guard !boundSlots(pattern).isEmpty else { break }
      var ends: [Int] = []
      let start = depth
      for (index, option) in options.enumerated() {
        var failures: [Int] = []
        if index < options.count - 1 { compilePatternTests(option, path: path, failures: &failures) }
        pending += compileBindings(option, path: path, offset: offset, deferMoves: deferMoves)
        ends.append(emit(.jump(0)))
        for failure in failures { patchJump(failure, to: here) }
        if !failures.isEmpty { emit(.truncate(depth: start, keep: 0)) }
        depth = start
      }
      for end in ends { patchJump(end, to: here) }
    }
    return pending
  }

  /// `mid @ ..` in an array pattern, at the first element it covers (`path` ends with its
  /// index): a reference to those elements, or their copy or move as one array.
  private func compileArrayRest(_ binding: TypedPattern, path: [Int], offset: Int, deferMoves: Bool) -> [(
    Int, Int
  )] {
    guard case .binding(let slot, let byReference, let mutable, _) = binding.kind, let start = path.last,
      case .array(_, let count) = resolved(binding.type)
    else { return [] }
    if byReference {
      emit(.bindReference(offset: offset, slot: slot, kind: mutable ? .mutableReference : .sharedReference))
      return []
    }
    let runtime = runtimeType(binding.type)
    emit(.enterSubarray(path: Array(path.dropLast()), start: start, count: count, offset: offset), stack: 2)
    var pending: [(Int, Int)] = []
    if runtime.isCopy {
      emit(.bindCopy(path: [], slot: slot))
    } else if deferMoves {
      emit(.bindCopy(path: [], slot: slot))
      pending.append((offset, runtime.size))
    } else {
      emit(.bindMove(path: [], slot: slot, offset: 0, size: runtime.size))
    }
    emit(.pop, stack: -1)
    emit(.pop, stack: -1)
    return pending
  }

  /// Bindings of a pattern that cannot fail (`let (a, b) = …`, parameters, `for` items).
  package func compileIrrefutableBindings(_ pattern: TypedPattern, fromPlace: Bool) {
    compileBindings(pattern, path: [], offset: 0, deferMoves: false)
  }

  // MARK: - match and if let

  package func compileMatch(_ scrutinee: TypedExpr, _ arms: [TypedArm], span: SourceSpan) {
    let start = depth
    let needsAddress = arms.contains { patternBindsByReference($0.pattern) }
    compileScrutinee(scrutinee, needsAddress: needsAddress)
    let withScrutinee = depth
    var ends: [Int] = []
    for arm in arms {
      var failures: [Int] = []
      compilePatternTests(arm.pattern, path: [], failures: &failures)
      let pending = compileBindings(arm.pattern, path: [], offset: 0, deferMoves: arm.guardExpression != nil)
      if let guardExpression = arm.guardExpression {
        // The guard's temporaries drop once it is decided, before the arm or the next test.
        statementDepth += 1
        compileValue(guardExpression)
        emit(.endStatement(depth: statementDepth))
        statementDepth -= 1
        failures.append(emit(.jumpIfFalse(0), stack: -1))
        for (offset, size) in pending { emit(.commitMove(offset: offset, size: size)) }
      }
      emit(.pop, stack: -1)
      emit(.pop, stack: -1)
      compileValue(arm.body)
      ends.append(emit(.jump(0)))
      depth = withScrutinee
      let next = here
      for failure in failures { patchJump(failure, to: next) }
      emit(.truncate(depth: withScrutinee, keep: 0))
    }
    emit(.unreachable(at: SourcePoint(span.start)))
    for end in ends { patchJump(end, to: here) }
    depth = start + 1
  }

  package func compileIfLet(
    _ pattern: TypedPattern, _ scrutinee: TypedExpr, _ then: TypedBlock, _ elseBranch: TypedExpr?
  ) {
    let start = depth
    // Edition 2024: the scrutinee's temporaries drop before the `else` block runs.
    statementDepth += 1
    compileScrutinee(scrutinee, needsAddress: patternBindsByReference(pattern))
    let withScrutinee = depth
    var failures: [Int] = []
    compilePatternTests(pattern, path: [], failures: &failures)
    compileBindings(pattern, path: [], offset: 0, deferMoves: false)
    emit(.pop, stack: -1)
    emit(.pop, stack: -1)
    compileBlock(then, asValue: true)
    emit(.endStatement(depth: statementDepth))
    let toEnd = emit(.jump(0))
    depth = withScrutinee
    let elseTarget = here
    for failure in failures { patchJump(failure, to: elseTarget) }
    emit(.truncate(depth: start, keep: 0))
    emit(.endStatement(depth: statementDepth))
    statementDepth -= 1
    depth = start
    if let elseBranch {
      compileValue(elseBranch)
    } else {
      emit(.push(.unit), stack: 1)
    }
    patchJump(toEnd, to: here)
    depth = start + 1
  }
}
