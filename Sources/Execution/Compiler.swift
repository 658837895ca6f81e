import MemoryModel
import RustFrontEnd

/// Turns the checked program into bytecode, lays out every function's frame and places the
/// string literals in `.rodata`.
package final class Compiler {
  package struct ScopeRecord {
    package var items: [ScopeItem]
    package var depth: Int
  }

  package struct LoopRecord {
    package var id: Int
    package var stackDepth: Int
    package var scopeLevel: Int
    package var register: Int?
    package var continueTarget: Int
    package var breakJumps: [Int] = []
    package var continueJumps: [Int] = []
    package var producesValue: Bool
    /// Temporaries of one iteration (the `while let` scrutinee, a `for` item) drop at this depth.
    package var iterationDepth: Int?
  }

  package let program: CheckedProgram
  package let types: RuntimeTypes
  package var addressSpace: AddressSpace
  package private(set) var layouts: [FrameLayout] = []
  package private(set) var compiled: [CompiledFunction] = []

  // Per-function state.
  package var function: CheckedFunction
  package var code: [Instruction] = []
  package var depth = 0
  package var scopes: [ScopeRecord] = []
  package var loops: [LoopRecord] = []
  /// Each `for` loop's iterator register, by loop id: an in-place `collect` reaches the
  /// iterator of its chain's loop (`Compiler+Library`).
  package var forLoopRegisters: [Int: Int] = [:]
  package var registers = 0
  package var maximumRegisters = 0
  package var nextExtendedID = 0
  /// Nesting of statements: temporaries are tagged with it and dropped when theirs ends.
  package var statementDepth = 0
  /// The depth temporaries are made at inside an iterator chain's block (see
  /// `TypedBlock.keepsTemporariesToStatementEnd`); nil elsewhere.
  package var temporaryDepthOverride: Int?
  /// The statement depth whose end drops a temporary made now.
  package var temporaryDepth: Int { temporaryDepthOverride ?? statementDepth }
  /// Set while compiling the initializer of `let r = &make();`.
  package var extendingLet: Int?
  /// The guards made in place that a `let` extends (`Compiler+ExtendedGuards`), by span.
  package var extendedGuards: Set<SourceSpan> = []
  package var slotTypes: [Int] = []
  /// The function body's scope items, kept for the epilogue.
  package var functionBodyItems: [ScopeItem] = []
  package var staticAddresses: [Int: UInt64] = [:]
  /// Vtables placed in `.rodata` so far: by name, and what each address leads to.
  package var vtableAddresses: [String: UInt64] = [:]
  package var vtableTargets: [UInt64: VTableTarget] = [:]
  /// The values of `static` items whose address the program takes.
  package var staticValues: [UInt64: (value: Value, type: Int)] = [:]

  package init(program: CheckedProgram, addressSpace: AddressSpace) {
    self.program = program
    self.types = RuntimeTypes(declarations: program.declarations, dropFunctions: program.dropFunctions)
    self.addressSpace = addressSpace
    self.function = program.functions[program.mainIndex]
  }

  package func compile() -> [CompiledFunction] {
    let calculator = types.layout
    for checked in program.functions {
      let slots = checked.locals.map { local in
        (
          name: local.name, type: checked.types.resolve(local.type).rustType ?? .unit,
          isParameter: local.isParameter,
          line: local.line
        )
      }
      function = checked
      let temporaries = FrameTemporaries(
        function: checked, resolve: { [unowned self] in resolved($0) },
        size: { [unowned self] in runtimeType($0).size },
        needsDrop: { [unowned self] in runtimeType($0).needsDrop })
      layouts.append(
        calculator.frameLayout(function: checked.name, slots: slots, temporaryBytes: temporaries.bytes))
    }
    for (index, checked) in program.functions.enumerated() {
      compiled.append(compileFunction(checked, layoutIndex: index))
    }
    return compiled
  }

  // MARK: - Types

  package func resolved(_ term: TypeTerm) -> TypeTerm {
    let result = function.types.resolve(term)
    return result.containsVariables ? replaceVariables(result) : result
  }

  private func replaceVariables(_ term: TypeTerm) -> TypeTerm {
    switch term {
    case .variable: return .unit
    case .vec(let t): return .vec(replaceVariables(t))
    case .box(let t): return .box(replaceVariables(t))
    case .rc(let t): return .rc(replaceVariables(t))
    case .library(let wrapper, let t): return .library(wrapper, replaceVariables(t))
    case .arc(let t): return .arc(replaceVariables(t))
    case .option(let t): return .option(replaceVariables(t))
    case .array(let t, let n): return .array(replaceVariables(t), n)
    case .slice(let t): return .slice(replaceVariables(t))
    case .tuple(let items): return .tuple(items.map { replaceVariables($0) })
    case .reference(let t, let m): return .reference(replaceVariables(t), mutable: m)
    case .range(let t, let i): return .range(replaceVariables(t), inclusive: i)
    case .iterator(let k, let item, let e, let r):
      return .iterator(k, item: replaceVariables(item), enumerated: e, reversed: r)
    default: return term
    }
  }

  package func typeID(_ term: TypeTerm) -> Int { types.id(resolved(term)) }

  package func runtimeType(_ term: TypeTerm) -> RuntimeType { types[typeID(term)] }

  // MARK: - Emitting

  @discardableResult
  package func emit(_ instruction: Instruction, stack delta: Int = 0) -> Int {
    code.append(instruction)
    depth += delta
    return code.count - 1
  }

  package var here: Int { code.count }

  package func patchJump(_ index: Int, to target: Int) {
    switch code[index] {
    case .jump: code[index] = .jump(target)
    case .jumpIfFalse: code[index] = .jumpIfFalse(target)
    case .jumpIfTrue: code[index] = .jumpIfTrue(target)
    case .iteratorNext(let register, _): code[index] = .iteratorNext(register: register, exit: target)
    case .testVariant(let path, let variant, _):
      code[index] = .testVariant(path: path, variant: variant, fail: target)
    case .testLiteral(let path, let value, let type, _):
      code[index] = .testLiteral(path: path, value, type: type, fail: target)
    case .testRange(let path, let low, let high, let inclusive, let type, _):
      code[index] = .testRange(
        path: path, low: low, high: high, inclusive: inclusive, type: type, fail: target)
    case .testSliceLength(let path, let count, let orMore, _):
      code[index] = .testSliceLength(path: path, count: count, orMore: orMore, fail: target)
    default: break
    }
  }

  package func mark(_ location: SourceLocation, reentry: Bool = false) {
    emit(.mark(SourcePoint(location), reentry: reentry))
  }

  // MARK: - Functions

  private func compileFunction(_ checked: CheckedFunction, layoutIndex: Int) -> CompiledFunction {
    function = checked
    code = []
    depth = 0
    scopes = []
    loops = []
    registers = 0
    maximumRegisters = 0
    statementDepth = 0
    extendingLet = nil
    slotTypes = checked.locals.map { typeID($0.type) }

    // A destructuring parameter's bindings own what they moved out of it: as in rustc, they
    // drop (last bound first) where that parameter drops, before what is left of it.
    var patternSlots: [Int: [Int]] = [:]
    for (slot, pattern) in checked.parameterPatterns { patternSlots[slot] = boundSlots(pattern) }
    let parameterOrder = checked.parameterSlots.flatMap { [$0] + (patternSlots[$0] ?? []) }
    let parameterItems = checked.parameterSlots.reversed().flatMap { slot in
      (patternSlots[slot] ?? []).reversed().map { ScopeItem.slot($0) } + [ScopeItem.slot(slot)]
    }
    scopes.append(ScopeRecord(items: parameterOrder.map { .slot($0) }, depth: 0))
    var first = true
    // Destructuring parameters bind their parts at entry.
    for (slot, pattern) in checked.parameterPatterns {
      if first {
        mark(pattern.span.start, reentry: true)
        first = false
      }
      emit(.addressOfSlot(slot: slot, offset: 0), stack: 1)
      emit(.load(slot: slot, path: []), stack: 1)
      compileIrrefutableBindings(pattern, fromPlace: true)
      emit(.pop, stack: -1)
      emit(.pop, stack: -1)
    }
    let body = checked.body
    compileBlockContents(body, asValue: true, firstMarkReentry: first, functionBody: true)
    let bodyItems = functionBodyItems
    // The closing brace: the body's locals, then the parameters, drop; the frame pops.
    mark(checked.closingBrace)
    emit(.endStatement(depth: 0))
    emit(.endScope(bodyItems, announce: false))
    emit(.endScope(parameterItems, announce: false))
    emit(.returnFromFunction, stack: -1)
    return CompiledFunction(
      name: checked.name, code: code, layoutIndex: layoutIndex, slotTypes: slotTypes,
      parameterSlots: checked.parameterSlots, registerCount: maximumRegisters,
      returnType: typeID(checked.returnType))
  }

  package func reverseItems(_ slots: [Int]) -> [ScopeItem] {
    slots.reversed().map { ScopeItem.slot($0) }
  }

  // MARK: - Blocks and statements

  /// Compiles a block; leaves its value on the stack when `asValue` (unit if it has no tail).
  package func compileBlock(_ block: TypedBlock, asValue: Bool) {
    compileBlockContents(block, asValue: asValue, firstMarkReentry: false, functionBody: false)
  }

  private func compileBlockContents(
    _ block: TypedBlock, asValue: Bool, firstMarkReentry: Bool, functionBody: Bool
  ) {
    let blockDepth = statementDepth
    let savedTemporaryDepth = temporaryDepthOverride
    // A chain's block keeps its temporaries for the enclosing statement; any other block
    // (a loop's body among them) drops its own at each of its statements' ends.
    temporaryDepthOverride = block.keepsTemporariesToStatementEnd ? (savedTemporaryDepth ?? blockDepth) : nil
    defer { temporaryDepthOverride = savedTemporaryDepth }
    scopes.append(ScopeRecord(items: block.declaredSlots.map { .slot($0) }, depth: blockDepth))
    var reentry = firstMarkReentry
    for statement in block.statements {
      // A bare `{ … }` statement gets no step of its own: its statements have theirs.
      if case .expression(let expr) = statement.kind, case .block = expr.kind {
      } else {
        mark(statement.span.start, reentry: reentry)
        reentry = false
      }
      compileStatement(statement)
    }
    if let tail = block.tail {
      mark(tail.span.start, reentry: reentry)
      statementDepth += 1
      if asValue {
        compileValue(tail)
      } else {
        compileEffect(tail)
      }
      // Edition 2024: the tail expression's temporaries drop before the block's locals.
      emit(.endStatement(depth: statementDepth))
      statementDepth -= 1
    } else if asValue {
      emit(.push(.unit), stack: 1)
    }
    let record = scopes.removeLast()
    if functionBody { functionBodyItems = record.items.reversed() }
    // A block whose locals own something drops them at its closing brace: a step of its own.
    if !functionBody, block.declaredSlots.contains(where: { types[slotTypes[$0]].needsDrop }) {
      mark(SourceLocation(line: block.span.end.line, column: max(1, block.span.end.column - 1)))
    }
    if !functionBody, !record.items.isEmpty {
      emit(.endScope(record.items.reversed(), announce: true))
    }
  }

  /// The items the innermost scope drops, last declared first.
  package var currentScopeItems: [ScopeItem] { scopes.last.map { $0.items.reversed() } ?? [] }

  package func compileStatement(_ statement: TypedStatement) {
    statementDepth += 1
    defer { statementDepth -= 1 }
    switch statement.kind {
    case .expression(let expr):
      compileEffect(expr)
    case .binding(let pattern, let value, let elseBlock):
      guard let value else { break }
      var extendedID: Int?
      if statement.extendsTemporaries {
        extendedID = nextExtendedID
        nextExtendedID += 1
      }
      compileLet(pattern, value: value, elseBlock: elseBlock, extendedID: extendedID)
      if let extendedID, !scopes.isEmpty {
        // The extended temporary drops right after its binding (it was created first).
        let slots = boundSlots(pattern)
        var items = scopes[scopes.count - 1].items
        let position =
          items.firstIndex { item in
            if case .slot(let slot) = item { return slots.contains(slot) }
            return false
          } ?? items.count
        items.insert(.extendedTemporaries(extendedID), at: position)
        scopes[scopes.count - 1].items = items
      }
    }
    emit(.endStatement(depth: statementDepth))
  }

  package func boundSlots(_ pattern: TypedPattern) -> [Int] {
    switch pattern.kind {
    case .binding(let slot, _, _, let sub): return [slot] + (sub.map(boundSlots) ?? [])
    case .tuple(let items), .array(let items), .variant(_, _, let items): return items.flatMap(boundSlots)
    case .or(let options): return options.first.map(boundSlots) ?? []
    case .structure(_, let fields): return fields.flatMap { boundSlots($0.pattern) }
    case .deref(let inner), .arrayRest(let inner): return boundSlots(inner)
    case .slice(let prefix, let suffix, _, let rest):
      return (prefix + suffix + (rest.map { [$0] } ?? [])).flatMap(boundSlots)
    default: return []
    }
  }

  private func compileLet(_ pattern: TypedPattern, value: TypedExpr, elseBlock: TypedBlock?, extendedID: Int?)
  {
    // A block in an outer `let`'s initializer may hold this `let`: the outer one's extension
    // resumes after it (`let r = { let n = 1; &make(n) };`).
    let outerExtension = extendingLet
    if extendedID != nil { extendedGuards.formUnion(extendedGuardSpans(value)) }
    if case .binding(let slot, false, _, nil) = pattern.kind {
      extendingLet = extendedID
      compileValue(value)
      extendingLet = outerExtension
      emit(.initialize(slot: slot), stack: -1)
      return
    }
    if case .wildcard = pattern.kind {
      // `let _ = place;` does not move, but the place is still evaluated: an index out of
      // bounds panics (`let _ = v[5];`). `let _ = make();` drops at once.
      if isPlace(value) {
        if case .address = compilePlace(value) { emit(.pop, stack: -1) }
        return
      }
      compileValue(value)
      discard(value.type)
      return
    }
    extendingLet = extendedID
    let start = depth
    compileScrutinee(value, needsAddress: true)
    extendingLet = outerExtension
    if let elseBlock {
      var failures: [Int] = []
      compilePatternTests(pattern, path: [], failures: &failures)
      compileBindings(pattern, path: [], offset: 0, deferMoves: false)
      emit(.pop, stack: -1)
      emit(.pop, stack: -1)
      let skip = emit(.jump(0))
      let failTarget = here
      for failure in failures { patchJump(failure, to: failTarget) }
      emit(.truncate(depth: start, keep: 0))
      depth = start
      compileBlock(elseBlock, asValue: false)
      emit(.unreachable(at: SourcePoint(elseBlock.span.end)))
      patchJump(skip, to: here)
      depth = start
    } else {
      compileIrrefutableBindings(pattern, fromPlace: true)
      emit(.pop, stack: -1)
      emit(.pop, stack: -1)
    }
  }

  /// Drops or discards the value on top of the stack.
  package func discard(_ type: TypeTerm) {
    let runtime = runtimeType(type)
    if runtime.needsDrop {
      emit(.dropValue(type: typeID(type)), stack: -1)
    } else {
      emit(.pop, stack: -1)
    }
  }

  /// Compiles an expression whose value is not used.
  package func compileEffect(_ expr: TypedExpr) {
    switch expr.kind {
    case .assign(let place, let value):
      compileAssign(place, value)
    case .compoundAssign(let op, let place, let value):
      compileCompoundAssign(op, place, value, at: expr.span, inLibraryAccumulator: expr.accumulatesInLibrary)
    case .print(let stream, let template, let values):
      compileFormatArguments(values)
      emit(.print(stream, template, types: values.map { typeID($0.type) }), stack: -values.count)
    default:
      compileValue(expr)
      discard(expr.type)
    }
  }

  /// Drops for leaving every scope from the innermost down to `level`: each one's
  /// statement temporaries, then its locals.
  package func emitScopeExits(downTo level: Int, from top: Int? = nil) {
    var index = top ?? scopes.count - 1
    while index >= max(level, 0) {
      let record = scopes[index]
      emit(.endStatement(depth: record.depth + 1))
      if !record.items.isEmpty {
        emit(.endScope(record.items.reversed(), announce: index > 0))
      }
      index -= 1
    }
  }

  /// Leaving scopes down to `level` from inside the `for` loops from `firstLoop` on (a
  /// `return`, or a `break`/`continue` to an outer loop): each loop's iterator ends right after
  /// the loop's own scopes, so a `Drain` drops what it has left after the loop's bindings.
  package func emitExits(downTo level: Int, leavingLoopsFrom firstLoop: Int) {
    var top = scopes.count - 1
    for loop in loops[min(firstLoop, loops.count)...].reversed() {
      guard let register = loop.register, loop.scopeLevel >= level else { continue }
      emitScopeExits(downTo: loop.scopeLevel, from: top)
      top = min(top, loop.scopeLevel - 1)
      emit(.iteratorEnd(register: register))
    }
    emitScopeExits(downTo: level, from: top)
  }
}
