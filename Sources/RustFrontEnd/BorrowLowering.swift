import MemoryModel

/// Builds a function's `BorrowGraph` from its typed tree, in evaluation order.
struct BorrowLowering {
  let function: CheckedFunction
  let program: CheckedProgram
  let layout: LayoutCalculator
  var graph = BorrowGraph()
  /// The node the next one follows; nil where the code cannot be reached.
  var current: Int?
  /// Temporaries made by the statement being lowered: their storage ends with it.
  var statementTemporaries: [[Int]] = [[]]
  /// Per block, temporaries whose lifetime a `let` extended to the block's end.
  var extendedTemporaries: [[Int]] = [[]]
  /// While set, a new temporary is extended into this block's frame (rustc's temporary
  /// lifetime extension: `let r = &make();`, `let t = (&a(), 1);`, `let x = &v()[0];`).
  var extensionFrame: Int?
  /// Per loop id: its head (for `continue`) and the nodes that `break` out of it.
  var loopHeads: [Int: Int] = [:]
  var loopBreaks: [Int: [Int]] = [:]
  var loopResults: [Int: [Int]] = [:]
  /// The blocks being lowered, innermost last: the slots each declares and its closing brace.
  var openScopes: [(slots: [Int], end: SourceSpan)] = []
  /// Per loop id, how many scopes were open outside it (`break` ends the ones inside).
  var loopScopeDepths: [Int: Int] = [:]
  /// Where each local was declared (for "binding `s` declared here").
  var declarations: [Int: SourceSpan] = [:]
  /// Errors found while lowering (moves out of borrowed places).
  var diagnostics: [Diagnostic] = []
  /// Each value the function returns, with the variables carrying its loans.
  var returnedValues: [(carriers: [Int], value: TypedExpr)] = []
  /// Values stored through a reference (`self.part = p`, `list.push(word)`): the reference's
  /// variable, the variables carrying the stored loans, where, and whether a call stored them.
  var storesThroughReferences: [(root: Int, carriers: [Int], span: SourceSpan, byCall: Bool)] = []
  /// The temporaries holding a call's result (`list.last_mut()`): a store through one is, for
  /// rustc, the call's argument escaping (E0521), not an assignment's.
  var callResults: Set<Int> = []
  /// The variable standing for all statics (they never go away).
  var staticsVariable = 0

  init(function: CheckedFunction, program: CheckedProgram, layout: LayoutCalculator) {
    self.function = function
    self.program = program
    self.layout = layout
    for _ in function.locals { _ = graph.addVariable() }
    graph.localCount = function.locals.count
    staticsVariable = graph.addVariable()
  }

  // MARK: - The graph

  @discardableResult
  mutating func emit(
    _ operation: BorrowGraph.Operation, uses: [(variable: Int, span: SourceSpan)] = [], defines: [Int] = []
  ) -> Int {
    let node = graph.nodes.count
    graph.nodes.append(BorrowGraph.Node(operation: operation, uses: uses, defines: defines))
    if let current { graph.nodes[current].successors.append(node) }
    current = node
    return node
  }

  /// A node that joins the given ends (nil ends are unreachable and ignored).
  mutating func join(_ ends: [Int?]) {
    let reachable = ends.compactMap { $0 }
    guard !reachable.isEmpty else {
      current = nil
      return
    }
    let node = graph.nodes.count
    graph.nodes.append(BorrowGraph.Node(operation: .nothing))
    for end in reachable { graph.nodes[end].successors.append(node) }
    current = node
  }

  mutating func link(from node: Int?, to target: Int) {
    guard let node else { return }
    graph.nodes[node].successors.append(target)
  }

  mutating func temporary(span: SourceSpan, flowingFrom sources: [Int]) -> Int {
    let variable = graph.addVariable()
    graph.flowsFrom[variable].formUnion(sources)
    graph.temporarySpans[variable] = span
    emit(.nothing, uses: sources.map { ($0, span) }, defines: [variable])
    if let extensionFrame {
      extendedTemporaries[extensionFrame].append(variable)
    } else {
      statementTemporaries[statementTemporaries.count - 1].append(variable)
    }
    return variable
  }

  // MARK: - Types

  func resolved(_ type: TypeTerm) -> TypeTerm { function.types.resolve(type) }

  func isCopy(_ type: TypeTerm) -> Bool {
    let type = resolved(type)
    if case .reference(_, let mutable) = type { return !mutable }
    guard let rust = type.rustType else { return true }
    return layout.isCopy(rust)
  }

  /// True when a value of this type can hold a reference (and so carry loans).
  func carriesLoans(_ type: TypeTerm) -> Bool {
    switch resolved(type) {
    case .reference, .library(.ref, _), .library(.refMut, _): return true
    // A lock's guard (and the `PoisonError` holding one) borrows the lock it came from.
    case .structure(let name) where Checker.isLockGuardName(name):
      return true
    case .structure(let name) where name.hasPrefix(Checker.poisonErrorPrefix):
      return Checker.isLockGuardName(String(name.dropFirst(Checker.poisonErrorPrefix.count)))
    case .library(.sliceIter, _), .library(.sliceIterMut, _), .library(.chars, _), .library(.charIndices, _),
      .library(.drain, _), .library(.split, _), .library(.splitWhitespace, _), .library(.lines, _):
      return true
    case .library(_, let inner): return carriesLoans(inner)
    case .vec(let inner), .box(let inner), .rc(let inner), .arc(let inner), .option(let inner),
      .array(let inner, _), .slice(let inner), .range(let inner, _):
      return carriesLoans(inner)
    case .tuple(let items): return items.contains { carriesLoans($0) }
    case .hashMap(let key, let value, _, _): return carriesLoans(key) || carriesLoans(value)
    case .result(let value, let error): return carriesLoans(value) || carriesLoans(error)
    case .iterator(let kind, let item, _, _):
      switch kind {
      case .sliceShared, .sliceMutable, .chars, .bytes, .pieces: return true
      case .hashOwned(.drained): return true
      case .range, .vecOwned, .arrayOwned, .hashOwned: return carriesLoans(item)
      }
    default: return false
    }
  }

  /// A type that can hold no borrow at all: numbers, `bool`, `char`, `String`, and tuples,
  /// arrays, `Vec`s and `Option`s of them. (`carriesLoans` answers for the types whose loans
  /// the lowering follows; a structure may hold references and is not plain here.)
  func isPlainData(_ type: TypeTerm) -> Bool {
    switch resolved(type) {
    case .unit, .bool, .char, .integer, .float, .string: return true
    case .vec(let inner), .option(let inner), .array(let inner, _), .box(let inner): return isPlainData(inner)
    case .tuple(let items): return items.allSatisfy { isPlainData($0) }
    default: return false
    }
  }

  // MARK: - Functions and blocks

  mutating func lowerFunction() {
    graph.entry = emit(.nothing, defines: function.parameterSlots)
    requireStaticAnnotations()
    for (slot, pattern) in function.parameterPatterns {
      bindPattern(pattern, place: BorrowGraph.Place(root: slot, description: function.locals[slot].name))
    }
    lowerBlock(function.body, endsFunction: true)
    let end = closing(function.body.span)
    for slot in function.parameterSlots.reversed() { emit(.storageDead(slot, span: end)) }
  }

  /// The span of a block's closing brace.
  func closing(_ span: SourceSpan) -> SourceSpan {
    let column = max(1, span.end.column - 1)
    return SourceSpan(
      start: SourceLocation(line: span.end.line, column: column),
      end: SourceLocation(line: span.end.line, column: column + 1))
  }

  @discardableResult
  mutating func lowerBlock(_ block: TypedBlock, endsFunction: Bool = false, extendingTail: Bool = false)
    -> [Int]
  {
    extendedTemporaries.append([])
    openScopes.append((block.declaredSlots, closing(block.span)))
    defer { openScopes.removeLast() }
    let outerExtension = extensionFrame
    extensionFrame = nil
    defer { extensionFrame = outerExtension }
    for statement in block.statements {
      statementTemporaries.append([])
      switch statement.kind {
      case .binding(let pattern, let value, let elseBlock):
        if let value {
          lowerBinding(pattern, value: value)
        } else {
          let slots = bindings(of: pattern).map(\.slot)
          for slot in slots { declarations[slot] = bindingSpan(pattern, slot: slot) }
          emit(.declare(slots))
        }
        if let elseBlock {
          let afterBinding = current
          lowerBlock(elseBlock)
          current = afterBinding
        }
      case .expression(let expr):
        _ = lowerValue(expr)
      }
      endStatementTemporaries(of: block, at: statement.span)
    }
    var result: [Int] = []
    if let tail = block.tail {
      statementTemporaries.append([])
      if extendingTail, let outerExtension {
        extensionFrame = outerExtension
        result = lowerExtending(tail)
        extensionFrame = nil
      } else {
        result = lowerValue(tail)
      }
      if endsFunction, current != nil {
        returnedValues.append((result, tail))
        emit(.returnValue(result, span: wholeSpan(tail)), uses: result.map { ($0, tail.span) })
        result = []
      }
      endStatementTemporaries(of: block, at: tail.span)
    } else if endsFunction, current != nil {
      emit(.returnValue([], span: block.span))
    }
    let end = closing(block.span)
    for slot in block.declaredSlots.reversed() { emit(.storageDead(slot, span: end)) }
    for temporary in extendedTemporaries.removeLast().reversed() { emit(.storageDead(temporary, span: end)) }
    return result
  }

  /// `break` and `continue` leave the blocks inside the loop: their variables end there.
  mutating func endScopes(downTo depth: Int) {
    for scope in openScopes.dropFirst(depth).reversed() {
      for slot in scope.slots.reversed() { emit(.storageDead(slot, span: scope.end)) }
    }
  }

  /// A statement of `block` ended: its temporaries end with it, unless the block is an
  /// iterator chain's, whose temporaries are the enclosing statement's (as in Rust, where the
  /// chain is one expression of that statement).
  mutating func endStatementTemporaries(of block: TypedBlock, at span: SourceSpan) {
    let temporaries = statementTemporaries.removeLast()
    if block.keepsTemporariesToStatementEnd, !statementTemporaries.isEmpty {
      statementTemporaries[statementTemporaries.count - 1] += temporaries
    } else {
      endTemporaries(temporaries, at: span)
    }
  }

  mutating func endTemporaries(_ temporaries: [Int], at span: SourceSpan) {
    let end = SourceSpan(start: span.end, end: span.end)
    for temporary in temporaries.reversed() { emit(.storageDead(temporary, span: end)) }
  }

  mutating func lowerBinding(_ pattern: TypedPattern, value: TypedExpr) {
    if isPlaceExpression(value), let error = dropTypePatternError(pattern, value: value) {
      diagnostics.append(error)
    }
    let destructures: Bool
    switch pattern.kind {
    case .tuple, .structure, .variant, .array: destructures = true
    default: destructures = false
    }
    if (patternMoves(pattern) && !destructures) || !isPlaceExpression(value) {
      extensionFrame = extendedTemporaries.count - 1
      let carriers = lowerExtending(value)
      extensionFrame = nil
      bindPattern(pattern, carriers: carriers, span: value.span)
    } else {
      let place = lowerPlace(value)
      // A destructuring `let` reads only the parts it binds (rustc's fake read of the whole is
      // no use of it): `let [_, b] = a;` after `let [x, _] = a;` is fine.
      let access: BorrowGraph.Operation =
        destructures ? .nothing : .access(place, .read, span: value.span, loan: nil)
      emit(access, uses: [(place.root, value.span)])
      bindPattern(pattern, place: place, scrutineeLevels: referenceLevels(value))
    }
  }

  // MARK: - Patterns

  func patternMoves(_ pattern: TypedPattern) -> Bool {
    pattern.moves(isCopy: isCopy)
  }

  /// Binds the pattern's variables to a value carrying `carriers`' loans. A binding whose
  /// type holds no reference (`n` in `Some(&&n) = p.peek()`) is a copy or move of plain data:
  /// it keeps none of them.
  mutating func bindPattern(_ pattern: TypedPattern, carriers: [Int], span: SourceSpan) {
    for (slot, byReference, projections) in projectedBindings(of: pattern) {
      let type = function.locals[slot].type
      let levels = projections.filter { $0 == .derefReference }.count
      if !byReference, levels > 0, isCopy(type) {
        // `Some(&w) = it.peek()`: `w` is copied out from behind the `&&str`.
        if carriesLoans(type) {
          let copies = carriers.map { referentCopy(of: $0, levels: levels, span: span) }
          graph.flowsFrom[slot].formUnion(copies)
        }
      } else if !isPlainData(type) {
        graph.flowsFrom[slot].formUnion(carriers)
      }
      declarations[slot] = declarations[slot] ?? bindingSpan(pattern, slot: slot)
    }
    let slots = bindings(of: pattern).map(\.slot)
    if !slots.isEmpty { emit(.nothing, uses: carriers.map { ($0, span) }, defines: slots) }
  }

  /// Binds the pattern's variables to parts of `place`: by reference (a new loan) or by copy/move.
  /// `scrutineeLevels` is `referenceLevels` of the matched place's expression.
  mutating func bindPattern(
    _ pattern: TypedPattern, place whole: BorrowGraph.Place,
    scrutineeLevels: (levels: Int, open: Bool) = (0, true)
  ) {
    for (slot, byReference, projections) in projectedBindings(of: pattern) {
      var place = whole
      for projection in projections { place = place.appending(projection, description: whole.description) }
      declarations[slot] = declarations[slot] ?? bindingSpan(pattern, slot: slot)
      if byReference {
        let mutable = isMutableReference(function.locals[slot].type)
        let loan = graph.loans.count
        graph.loans.append(
          BorrowGraph.Loan(place: place, mutable: mutable, span: pattern.span, isAutoReference: false))
        emit(
          .access(place, mutable ? .mutableBorrow : .sharedBorrow, span: pattern.span, loan: loan),
          uses: [(place.root, pattern.span)], defines: [slot])
        graph.carriedLoans[slot].insert(loan)
        graph.flowsFrom[slot].insert(place.root)
      } else {
        let moves = !isCopy(function.locals[slot].type)
        emit(
          .access(place, moves ? .move : .read, span: pattern.span, loan: nil),
          uses: [(place.root, pattern.span)], defines: [slot])
        let levels =
          scrutineeLevels.levels
          + (scrutineeLevels.open ? projections.filter { $0 == .derefReference }.count : 0)
        if carriesLoans(function.locals[slot].type) {
          if !moves, levels > 0 {
            graph.flowsFrom[slot].insert(referentCopy(of: place.root, levels: levels, span: pattern.span))
          } else {
            graph.flowsFrom[slot].insert(place.root)
          }
        }
      }
    }
  }

  func isMutableReference(_ type: TypeTerm) -> Bool {
    if case .reference(_, true) = resolved(type) { return true }
    return false
  }

  /// The pattern's bindings with the path from the matched value to each one.
  func projectedBindings(of pattern: TypedPattern) -> [(
    slot: Int, byReference: Bool, projections: [BorrowGraph.Place.Projection]
  )] {
    func prefixed(_ projection: BorrowGraph.Place.Projection, _ inner: TypedPattern) -> [(
      slot: Int, byReference: Bool, projections: [BorrowGraph.Place.Projection]
    )] {
      projectedBindings(of: inner).map { ($0.slot, $0.byReference, [projection] + $0.projections) }
    }
    switch pattern.kind {
    case .binding(let slot, let byReference, _, let sub):
      return [(slot, byReference, [])] + (sub.map { projectedBindings(of: $0) } ?? [])
    case .tuple(let items), .variant(_, _, let items):
      return items.enumerated().flatMap { prefixed(.field($0.offset), $0.element) }
    case .array(let items):
      return items.enumerated().flatMap { position, item in
        var count = 1
        if case .arrayRest(let rest) = item.kind, case .array(_, let covered) = resolved(rest.type) {
          count = covered
        }
        return prefixed(.elements(position..<position + count), item)
      }
    case .or(let options):
      return options.first.map { projectedBindings(of: $0) } ?? []
    case .structure(_, let fields):
      return fields.flatMap { prefixed(.field($0.index), $0.pattern) }
    case .deref(let inner):
      if case .box = resolved(pattern.type) { return prefixed(.derefBox, inner) }
      return prefixed(.derefReference, inner)
    case .arrayRest(let inner):
      // Sits in its first element's place; the array's `.elements` projection names them all.
      return projectedBindings(of: inner)
    case .slice(let prefix, let suffix, _, let rest):
      // Each position of one slice pattern is its own element, as rustc's constant indices
      // are: `[a, .., b]` may bind both mutably. The middle `rest @ ..` is one more part.
      let items = prefix + (rest.map { [$0] } ?? []) + suffix
      let restPosition = rest == nil ? -1 : prefix.count
      return items.enumerated().flatMap { position, item in
        projectedBindings(of: item).map {
          // The rest binds a reborrow of its part, whatever its own binding mode says.
          let byReference = position == restPosition || $0.byReference
          return ($0.slot, byReference, [.derefReference, .field(position)] + $0.projections)
        }
      }
    case .wildcard, .literal, .range:
      return []
    }
  }

  func bindings(of pattern: TypedPattern) -> [(slot: Int, byReference: Bool)] {
    switch pattern.kind {
    case .binding(let slot, let byReference, _, let sub):
      return [(slot, byReference)] + (sub.map { bindings(of: $0) } ?? [])
    case .tuple(let items), .array(let items), .variant(_, _, let items):
      return items.flatMap { bindings(of: $0) }
    case .or(let options):
      return options.first.map { bindings(of: $0) } ?? []
    case .structure(_, let fields):
      return fields.flatMap { bindings(of: $0.pattern) }
    case .deref(let inner), .arrayRest(let inner):
      return bindings(of: inner)
    case .slice(let prefix, let suffix, _, let rest):
      return (prefix + suffix + (rest.map { [$0] } ?? [])).flatMap { bindings(of: $0) }
    case .wildcard, .literal, .range:
      return []
    }
  }

  func bindingSpan(_ pattern: TypedPattern, slot: Int) -> SourceSpan? {
    switch pattern.kind {
    case .binding(let bound, _, _, let sub):
      if bound == slot { return pattern.span }
      return sub.flatMap { bindingSpan($0, slot: slot) }
    case .tuple(let items), .array(let items), .variant(_, _, let items), .or(let items):
      return items.lazy.compactMap { bindingSpan($0, slot: slot) }.first
    case .structure(_, let fields):
      return fields.lazy.compactMap { bindingSpan($0.pattern, slot: slot) }.first
    case .deref(let inner), .arrayRest(let inner):
      return bindingSpan(inner, slot: slot)
    case .slice(let prefix, let suffix, _, let rest):
      return (prefix + suffix + (rest.map { [$0] } ?? [])).lazy.compactMap { bindingSpan($0, slot: slot) }
        .first
    case .wildcard, .literal, .range:
      return nil
    }
  }
}
