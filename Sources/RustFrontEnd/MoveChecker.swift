import MemoryModel

/// Finds uses of moved values (rustc's E0382) in the checked program: a local whose value
/// was moved out (`let t = s;`, `takes(s)`) and is then read or borrowed, including in the
/// next iteration of a loop. Conditional moves count on every path that continues; a path
/// that returns, breaks or panics does not carry its moves forward.
package struct MoveChecker {
  package let program: CheckedProgram
  package let layout: LayoutCalculator

  /// Where each moved local was moved; nil means the code is unreachable.
  private typealias MoveState = [Int: SourceSpan]?

  package func check() -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let calleeTypeParameters = program.functions.map(\.typeParameterPositions)
    for function in program.functions {
      var walker = Walker(function: function, layout: layout)
      walker.calleeTypeParameters = calleeTypeParameters
      var state: MoveState = [:]
      walker.visitBlock(function.body, &state)
      diagnostics += walker.diagnostics
    }
    return diagnostics
  }

  private struct Walker {
    let function: CheckedFunction
    let layout: LayoutCalculator
    var diagnostics: [Diagnostic] = []
    var reported: Set<Int> = []
    /// Per function, its `typeParameterPositions`.
    var calleeTypeParameters: [Set<Int>] = []
    /// States at `break` out of each loop (joined at the loop's exit).
    var breakStates: [Int: MoveState] = [:]
    /// Moves made by a destructuring pattern (`if let Some(t) = s`): they move part of the
    /// value, which rustc names a partial move.
    var partialMoves: Set<SourceSpan> = []

    init(function: CheckedFunction, layout: LayoutCalculator) {
      self.function = function
      self.layout = layout
    }

    func isCopy(_ type: TypeTerm) -> Bool {
      let resolved = function.types.resolve(type)
      // `&mut` values are re-borrowed where they are used, not moved.
      if case .reference = resolved { return true }
      guard let rust = resolved.rustType else { return true }
      return layout.isCopy(rust)
    }

    static func join(_ a: MoveState, _ b: MoveState) -> MoveState {
      guard let a else { return b }
      guard let b else { return a }
      return a.merging(b) { first, _ in first }
    }

    mutating func report(_ slot: Int, borrow: Bool, at span: SourceSpan, movedAt: SourceSpan) {
      guard !reported.contains(slot) else { return }
      reported.insert(slot)
      let name = function.locals[slot].name
      let type = function.types.resolve(function.locals[slot].type).name
      let partly = partialMoves.contains(movedAt) ? "partially " : ""
      var diagnostic = Diagnostic(
        "\(borrow ? "borrow" : "use") of \(partly)moved value: `\(name)`", at: span,
        notes: [
          "move occurs because `\(name)` has type `\(type)`, which does not implement the `Copy` trait",
          "value moved at \(movedAt.start.line):\(movedAt.start.column)",
        ])
      diagnostic.code = "E0382"
      diagnostics.append(diagnostic)
    }

    mutating func use(_ slot: Int, borrow: Bool, span: SourceSpan, _ state: inout MoveState) {
      if let movedAt = state?[slot] { report(slot, borrow: borrow, at: span, movedAt: movedAt) }
    }

    mutating func visitBlock(_ block: TypedBlock, _ state: inout MoveState) {
      for statement in block.statements {
        switch statement.kind {
        case .binding(let pattern, let value, let elseBlock):
          if let value, !Self.isFakeRead(pattern, value) {
            visit(value, asPlace: patternBindsByReference(pattern), &state)
            if !Self.bindsHiddenLocal(pattern, function) {
              // `let b = a;` with no type written moves a `&mut` (`let b: &mut T = a;` reborrows),
              // and so do `let pair = (a, 1);` and `let o = Some(a);`, whose slots are no `&mut`
              // written out either.
              for moved in Self.mutableReferencesMoved(by: value, into: pattern) {
                if case .reference(_, true) = function.types.resolve(moved.type),
                  case .local(let slot) = moved.kind
                {
                  state?[slot] = moved.span
                }
              }
            }
          }
          if let elseBlock {
            var elseState = state
            visitBlock(elseBlock, &elseState)
          }
          clearBindings(pattern, &state)
        case .expression(let expr):
          visit(expr, asPlace: false, &state)
        }
      }
      if let tail = block.tail { visit(tail, asPlace: false, &state) }
    }

    /// A `let` of a local the checker made (`(source)`, `(iterator)`), not one the program wrote.
    static func bindsHiddenLocal(_ pattern: TypedPattern, _ function: CheckedFunction) -> Bool {
      guard case .binding(let target, _, _, _) = pattern.kind else { return false }
      return function.locals[target].name.hasPrefix("(")
    }

    /// The variables a `let`'s value takes by value with no `&mut` type written for them: the
    /// value itself, a tuple's items, an `Option`'s or `Result`'s payload.
    static func mutableReferencesMoved(by value: TypedExpr, into pattern: TypedPattern) -> [TypedExpr] {
      switch value.kind {
      case .local:
        // A place matched by a pattern (`let Some(x) = a else …`) is not moved; a binding is.
        if case .binding(_, false, _, nil) = pattern.kind { return [value] }
        return []
      case .tuple(let items): return items.filter { if case .local = $0.kind { true } else { false } }
      case .variant(let enumName, _, let payload) where enumName == "Option" || enumName == "Result":
        return payload.filter { if case .local = $0.kind { true } else { false } }
      default: return []
      }
    }

    /// `let _ = name;` (and `_ = name;`) neither moves nor reads the local, so rustc accepts it
    /// even after the value moved out.
    static func isFakeRead(_ pattern: TypedPattern, _ value: TypedExpr) -> Bool {
      guard case .wildcard = pattern.kind, case .local = value.kind else { return false }
      return true
    }

    /// Whether the `let` leaves its value where it is: a wildcard, a by-reference binding, or a
    /// destructuring pattern (whose moves of single fields the borrow check tracks as partial
    /// moves: `let C(a, b) = c;` copies two fields and leaves `c` whole).
    func patternBindsByReference(_ pattern: TypedPattern) -> Bool {
      switch pattern.kind {
      case .wildcard: return true
      case .binding(_, let byReference, _, _): return byReference
      case .tuple, .structure, .variant, .array: return true
      default: return false
      }
    }

    func clearBindings(_ pattern: TypedPattern, _ state: inout MoveState) {
      switch pattern.kind {
      case .binding(let slot, _, _, let sub):
        state?[slot] = nil
        if let sub { clearBindings(sub, &state) }
      case .tuple(let items), .array(let items), .or(let items), .variant(_, _, let items):
        for item in items { clearBindings(item, &state) }
      case .structure(_, let fields):
        for field in fields { clearBindings(field.pattern, &state) }
      case .deref(let inner), .arrayRest(let inner):
        clearBindings(inner, &state)
      default:
        break
      }
    }

    /// The local a written-out borrow names directly or through fields (`&v`, `&p.name`).
    static func borrowedLocal(_ place: TypedExpr) -> Int? {
      switch place.kind {
      case .local(let slot): return slot
      case .field(let base, _): return borrowedLocal(base)
      default: return nil
      }
    }

    /// Visits an expression used as a value (`asPlace` false: a non-`Copy` local moves) or as a
    /// place (borrowed, read through, assigned).
    mutating func visit(_ expr: TypedExpr, asPlace: Bool, _ state: inout MoveState) {
      guard state != nil else { return }
      switch expr.kind {
      case .local(let slot):
        use(slot, borrow: asPlace, span: expr.span, &state)
        if !asPlace, !isCopy(expr.type) { state?[slot] = expr.span }
      case .integer, .float, .boolean, .character, .string, .unit, .global:
        break
      case .tuple(let items), .array(let items), .vecList(let items):
        for item in items { visit(item, asPlace: false, &state) }
      case .arrayRepeat(let value, _):
        visit(value, asPlace: false, &state)
      case .structLiteral(let name, let fields, let base):
        for field in fields { visit(field.value, asPlace: false, &state) }
        if name.contains("::{closure#") {
          // A `move` closure takes a `&mut` variable it captures: no reborrow, the variable is
          // moved into the closure.
          for field in fields {
            if case .local(let slot) = field.value.kind,
              case .reference(_, true) = function.types.resolve(field.value.type)
            {
              state?[slot] = field.value.span
            }
          }
        }
        if let base { visit(base, asPlace: true, &state) }
      case .variant(_, _, let payload):
        for item in payload { visit(item, asPlace: false, &state) }
      case .call(let index, let arguments):
        let byValue = index < calleeTypeParameters.count ? calleeTypeParameters[index] : []
        for (position, argument) in arguments.enumerated() {
          visit(argument, asPlace: isReborrowedLocal(argument), &state)
          // `take(a)` with `fn take<T>(t: T)`: a `&mut` given for a `T` is moved, not reborrowed.
          if byValue.contains(position), case .local(let slot) = argument.kind,
            case .reference(_, true) = function.types.resolve(argument.type)
          {
            state?[slot] = argument.span
          }
        }
      case .builtin(_, let arguments):
        for argument in arguments { visit(argument, asPlace: isReborrowedLocal(argument), &state) }
      case .field(let base, _), .deref(let base):
        visit(base, asPlace: true, &state)
      case .index(let base, let index):
        visit(base, asPlace: true, &state)
        visit(index, asPlace: false, &state)
      case .addressOf(let place, _):
        if place.span != expr.span, let slot = Self.borrowedLocal(place) {
          // rustc points at the whole `&v` / `&p.name` when it is written out.
          use(slot, borrow: true, span: expr.span, &state)
        } else {
          visit(place, asPlace: true, &state)
        }
      case .negate(let value), .not(let value), .cast(let value):
        visit(value, asPlace: false, &state)
      case .arithmetic(_, let left, let right):
        visit(left, asPlace: false, &state)
        visit(right, asPlace: false, &state)
      case .comparison(_, let left, let right):
        visit(left, asPlace: true, &state)
        visit(right, asPlace: true, &state)
      case .logical(_, let left, let right):
        visit(left, asPlace: false, &state)
        var rightState = state
        visit(right, asPlace: false, &rightState)
        state = Self.join(state, rightState)
      case .assign(let place, let value):
        visit(value, asPlace: false, &state)
        if case .local(let slot) = place.kind {
          state?[slot] = nil
        } else {
          visit(place, asPlace: true, &state)
        }
      case .compoundAssign(_, let place, let value):
        visit(value, asPlace: false, &state)
        visit(place, asPlace: true, &state)
      case .range(let low, let high, _):
        if let low { visit(low, asPlace: false, &state) }
        if let high { visit(high, asPlace: false, &state) }
      case .block(let block):
        visitBlock(block, &state)
      case .ifElse(let condition, let then, let elseBranch):
        visit(condition, asPlace: false, &state)
        var thenState = state
        visitBlock(then, &thenState)
        var elseState = state
        if let elseBranch { visit(elseBranch, asPlace: false, &elseState) }
        state = Self.join(thenState, elseState)
      case .ifLet(let pattern, let scrutinee, let then, let elseBranch):
        visit(scrutinee, asPlace: !patternMoves(pattern), &state)
        notePartialMove(scrutinee, by: [pattern])
        var thenState = state
        clearBindings(pattern, &thenState)
        visitBlock(then, &thenState)
        var elseState = state
        if let elseBranch { visit(elseBranch, asPlace: false, &elseState) }
        state = Self.join(thenState, elseState)
      case .match(let scrutinee, let arms):
        let moves = arms.contains { patternMoves($0.pattern) }
        visit(scrutinee, asPlace: !moves, &state)
        notePartialMove(scrutinee, by: arms.map(\.pattern))
        var result: MoveState = nil
        for arm in arms {
          var armState = state
          clearBindings(arm.pattern, &armState)
          if let guardExpression = arm.guardExpression { visit(guardExpression, asPlace: false, &armState) }
          visit(arm.body, asPlace: false, &armState)
          result = Self.join(result, armState)
        }
        state = result
      case .whileLoop(let condition, let body, let id):
        visitLoop(id: id, &state) { walker, loopState in
          walker.visit(condition, asPlace: false, &loopState)
          let exit = loopState
          walker.visitBlock(body, &loopState)
          return exit
        }
      case .whileLet(let pattern, let scrutinee, let body, let id):
        visitLoop(id: id, &state) { walker, loopState in
          walker.visit(scrutinee, asPlace: !walker.patternMoves(pattern), &loopState)
          let exit = loopState
          walker.clearBindings(pattern, &loopState)
          walker.visitBlock(body, &loopState)
          return exit
        }
      case .loop(let body, let id):
        visitLoop(id: id, &state) { walker, loopState in
          walker.visitBlock(body, &loopState)
          return nil
        }
      case .forLoop(let pattern, let iterator, let body, let id):
        visit(iterator, asPlace: false, &state)
        visitLoop(id: id, &state) { walker, loopState in
          let exit = loopState
          walker.clearBindings(pattern, &loopState)
          walker.visitBlock(body, &loopState)
          return exit
        }
      case .breakLoop(let id, let value):
        if let value { visit(value, asPlace: false, &state) }
        breakStates[id] = Self.join(breakStates[id] ?? nil, state)
        state = nil
      case .continueLoop:
        state = nil
      case .returnValue(let value):
        if let value { visit(value, asPlace: false, &state) }
        state = nil
      case .format(_, let values), .print(_, _, let values):
        for value in values { visit(value, asPlace: true, &state) }
      case .formatterWrite(let target, _, let values):
        visit(target, asPlace: false, &state)
        for value in values { visit(value, asPlace: true, &state) }
      case .panic(_, let values):
        for value in values { visit(value, asPlace: true, &state) }
        state = nil
      case .assert(let condition, _, let values, _):
        visit(condition, asPlace: false, &state)
        for value in values { visit(value, asPlace: true, &state) }
      case .assertEqual(let left, let right, _, _, let values):
        visit(left, asPlace: true, &state)
        visit(right, asPlace: true, &state)
        for value in values { visit(value, asPlace: true, &state) }
      case .vecRepeat(let value, let count):
        visit(value, asPlace: false, &state)
        visit(count, asPlace: false, &state)
      case .coerce(let coercion, let inner):
        visit(inner, asPlace: false, &state)
        if coercion == .never { state = nil }
      case .iterate(let inner), .adaptIterator(let inner):
        visit(inner, asPlace: false, &state)
      }
      if function.types.shallow(expr.type).isNever { state = nil }
    }

    /// Runs a loop body twice so a move in one iteration meets the use in the next.
    /// `body` returns the state at the loop's normal exit (nil for `loop`).
    mutating func visitLoop(
      id: Int, _ state: inout MoveState, body: (inout Walker, inout MoveState) -> MoveState
    ) {
      breakStates[id] = nil
      var loopState = state
      var exit = body(&self, &loopState)
      var second = Self.join(state, loopState)
      let secondExit = body(&self, &second)
      exit = Self.join(exit, secondExit)
      state = Self.join(exit, breakStates[id] ?? nil)
    }

    /// A `&mut` variable passed as an argument is reborrowed (`&mut *a`): a use of it after it
    /// moved is a borrow, as rustc words it.
    func isReborrowedLocal(_ argument: TypedExpr) -> Bool {
      guard case .local = argument.kind, case .reference(_, true) = function.types.resolve(argument.type)
      else {
        return false
      }
      return true
    }

    /// Records the scrutinee's move as partial when the patterns that move take a variant's,
    /// tuple's or struct's parts rather than the whole value.
    mutating func notePartialMove(_ scrutinee: TypedExpr, by patterns: [TypedPattern]) {
      guard case .local = scrutinee.kind else { return }
      let moving = patterns.filter { patternMoves($0) }
      guard !moving.isEmpty,
        moving.allSatisfy({
          switch $0.kind {
          case .variant, .tuple, .structure: return true
          default: return false
          }
        })
      else { return }
      partialMoves.insert(scrutinee.span)
    }

    func patternMoves(_ pattern: TypedPattern) -> Bool {
      pattern.moves(isCopy: isCopy)
    }
  }
}
