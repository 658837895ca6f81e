import MemoryModel

/// rustc's `arithmetic_overflow` and `unconditional_panic` lints, errors by default: an
/// operation on values known while compiling that is sure to overflow or panic (`255u8 + 1`,
/// `x / 0`, `[1, 2, 3][5]`) stops the build. rustc knows a local's value when it is given a
/// constant once and never borrowed (`println!` borrows what it prints); this pass follows
/// the same rule for immutable `let`s of integers, so it flags nothing rustc lets through
/// (it may miss a case rustc's fuller propagation finds).
package struct KnownPanicLint {
  private let program: CheckedProgram
  private var diagnostics: [Diagnostic] = []

  package init(program: CheckedProgram) {
    self.program = program
  }

  package mutating func check() -> [Diagnostic] {
    for function in program.functions {
      var walk = FunctionWalk(function: function)
      walk.disqualifyUses(in: function.body)
      walk.visit(function.body)
      diagnostics += walk.diagnostics
    }
    var seen = Set<String>()
    return diagnostics.filter { seen.insert("\($0.span.start.line):\($0.span.start.column)").inserted }
  }

  private struct Known {
    var value: Int128
    var kind: RustType.IntegerKind
  }

  private struct FunctionWalk {
    let function: CheckedFunction
    var diagnostics: [Diagnostic] = []
    /// Locals whose value rustc does not track: borrowed, assigned again, printed, matched on.
    var untracked = Set<Int>()
    var known: [Int: Known] = [:]
    /// Set once the code being visited cannot go on (a `return`, a `break`, a branch taken
    /// on a known condition that ends so): rustc checks only the code that can run.
    var diverged = false

    init(function: CheckedFunction) {
      self.function = function
      untracked = Set(function.parameterSlots)
      for (slot, local) in function.locals.enumerated() where local.isMutable { untracked.insert(slot) }
    }

    // MARK: Which locals keep a known value

    mutating func disqualifyUses(in block: TypedBlock) {
      for statement in block.statements {
        switch statement.kind {
        case .binding(_, let value, let elseBlock):
          if let value { disqualifyUses(in: value) }
          if let elseBlock { disqualifyUses(in: elseBlock) }
        case .expression(let expr):
          disqualifyUses(in: expr)
        }
      }
      if let tail = block.tail { disqualifyUses(in: tail) }
    }

    mutating func disqualifyUses(in expr: TypedExpr) {
      switch expr.kind {
      case .addressOf(let place, _), .assign(let place, _), .compoundAssign(_, let place, _):
        if let root = rootLocal(place) { untracked.insert(root) }
      case .format(_, let items), .print(_, _, let items), .panic(_, let items),
        .formatterWrite(_, _, let items), .assert(_, _, let items, _):
        for item in items { if let root = rootLocal(item) { untracked.insert(root) } }
      case .assertEqual(let left, let right, _, _, let items):
        // `assert_eq!` compares, and prints, through references.
        for item in [left, right] + items { if let root = rootLocal(item) { untracked.insert(root) } }
      case .match(let scrutinee, _), .ifLet(_, let scrutinee, _, _), .whileLet(_, let scrutinee, _, _),
        .forLoop(_, let scrutinee, _, _):
        if let root = rootLocal(scrutinee) { untracked.insert(root) }
      default:
        break
      }
      for child in expr.children {
        switch child {
        case .expression(let inner): disqualifyUses(in: inner)
        case .block(let block): disqualifyUses(in: block)
        }
      }
    }

    private func rootLocal(_ expr: TypedExpr) -> Int? {
      switch expr.kind {
      case .local(let slot): return slot
      case .field(let base, _), .index(let base, _), .coerce(_, let base): return rootLocal(base)
      default: return nil
      }
    }

    // MARK: Evaluation

    mutating func visit(_ block: TypedBlock) {
      for statement in block.statements {
        if diverged { return }
        switch statement.kind {
        case .binding(let pattern, let value, let elseBlock):
          guard let value else { continue }
          let result = visit(value)
          if case .binding(let slot, false, false, nil) = pattern.kind, !untracked.contains(slot),
            let result
          {
            known[slot] = result
          }
          if let elseBlock { visit(elseBlock) }
        case .expression(let expr):
          _ = visit(expr)
        }
      }
      if let tail = block.tail, !diverged { _ = visit(tail) }
    }

    /// A condition's value when known (`d != 0` with `d` known), visiting what it runs:
    /// `&&` and `||` skip their right side when the left decides.
    mutating func condition(_ expr: TypedExpr) -> Bool? {
      switch expr.kind {
      case .boolean(let value):
        return value
      case .not(let inner):
        return condition(inner).map { !$0 }
      case .logical(let isAnd, let left, let right):
        let first = condition(left)
        if first == !isAnd { return first }
        let second = condition(right)
        if let first, let second { return isAnd ? first && second : first || second }
        if second == !isAnd { return second }
        return nil
      case .comparison(let op, let left, let right):
        guard let lhs = visit(left), let rhs = visit(right) else { return nil }
        switch op {
        case .equal: return lhs.value == rhs.value
        case .notEqual: return lhs.value != rhs.value
        case .less: return lhs.value < rhs.value
        case .lessEqual: return lhs.value <= rhs.value
        case .greater: return lhs.value > rhs.value
        case .greaterEqual: return lhs.value >= rhs.value
        default: return nil
        }
      default:
        visit(expr)
        return nil
      }
    }

    /// Visits the branches that can run; afterwards `diverged` says whether all of them end.
    private mutating func visitBranches(_ taken: Bool?, then: TypedBlock, otherwise: TypedExpr?) {
      switch taken {
      case true?:
        visit(then)
      case false?:
        if let otherwise { visit(otherwise) }
      case nil:
        visit(then)
        let thenEnds = diverged
        diverged = false
        if let otherwise {
          visit(otherwise)
          diverged = diverged && thenEnds
        }
      }
    }

    /// Checks `expr` and everything in it; its value when known.
    @discardableResult
    mutating func visit(_ expr: TypedExpr) -> Known? {
      switch expr.kind {
      case .integer(let value):
        guard let kind = integerKind(expr.type) else { return nil }
        return Known(value: value, kind: kind)
      case .local(let slot):
        return untracked.contains(slot) ? nil : known[slot]
      case .negate(let inner):
        guard let operand = visit(inner) else { return nil }
        if operand.kind.isSigned && operand.value == operand.kind.minimum {
          report(
            overflow: true, "attempt to negate `\(Self.written(operand))`, which would overflow",
            at: expr.span)
          return nil
        }
        return Known(value: -operand.value, kind: operand.kind)
      case .cast(let inner):
        let operand = visit(inner)
        guard let operand, let target = integerKind(expr.type) else { return nil }
        return Known(value: Self.truncated(operand.value, to: target), kind: target)
      case .arithmetic(let op, let left, let right):
        let lhs = visit(left)
        let rhs = visit(right)
        return arithmetic(op, lhs, rhs, span: expr.span)
      case .index(let base, let index):
        visit(base)
        let position = visit(index)
        if case .array(_, let length) = function.types.resolve(base.type), let position,
          position.value >= Int128(length)
        {
          report(
            overflow: false,
            "index out of bounds: the length is \(length) but the index is \(position.value)",
            at: expr.span)
        }
        return nil
      case .ifElse(let test, let then, let otherwise):
        let taken = condition(test)
        if !diverged { visitBranches(taken, then: then, otherwise: otherwise) }
        return nil
      case .whileLoop(let test, let body, _):
        if condition(test) != false && !diverged { visit(body) }
        diverged = false
        return nil
      case .loop(let body, _), .whileLet(_, _, let body, _), .forLoop(_, _, let body, _):
        for child in expr.children where !diverged {
          if case .expression(let inner) = child { visit(inner) }
        }
        if !diverged { visit(body) }
        // A `break` inside leaves the loop: what follows it is taken to run.
        diverged = false
        return nil
      case .match(let scrutinee, let arms):
        visit(scrutinee)
        guard !diverged else { return nil }
        var allEnd = !arms.isEmpty
        for arm in arms {
          diverged = false
          if let guardExpression = arm.guardExpression { _ = condition(guardExpression) }
          if !diverged { visit(arm.body) }
          allEnd = allEnd && diverged
        }
        diverged = allEnd
        return nil
      case .returnValue, .breakLoop, .continueLoop, .panic:
        visitChildren(of: expr)
        diverged = true
        return nil
      default:
        visitChildren(of: expr)
        return nil
      }
    }

    private mutating func visitChildren(of expr: TypedExpr) {
      for child in expr.children {
        if diverged { return }
        switch child {
        case .expression(let inner): visit(inner)
        case .block(let block): visit(block)
        }
      }
    }

    private mutating func arithmetic(_ op: BinaryOperator, _ lhs: Known?, _ rhs: Known?, span: SourceSpan)
      -> Known?
    {
      switch op {
      case .divide, .remainder:
        guard let rhs else { return nil }
        let left = lhs.map(Self.written) ?? "_"
        if rhs.value == 0 {
          report(
            overflow: false,
            op == .divide
              ? "attempt to divide `\(left)` by zero"
              : "attempt to calculate the remainder of `\(left)` with a divisor of zero", at: span)
          return nil
        }
        guard let lhs else { return nil }
        if lhs.kind.isSigned && lhs.value == lhs.kind.minimum && rhs.value == -1 {
          report(
            overflow: false,
            op == .divide
              ? "attempt to compute `\(left) / \(Self.written(rhs))`, which would overflow"
              : "attempt to compute the remainder of `\(left) % \(Self.written(rhs))`, which would overflow",
            at: span)
          return nil
        }
        let value = op == .divide ? lhs.value / rhs.value : lhs.value % rhs.value
        return Known(value: value, kind: lhs.kind)
      case .add, .subtract, .multiply:
        guard let lhs, let rhs else { return nil }
        let (value, overflowed) =
          switch op {
          case .add: lhs.value.addingReportingOverflow(rhs.value)
          case .subtract: lhs.value.subtractingReportingOverflow(rhs.value)
          default: lhs.value.multipliedReportingOverflow(by: rhs.value)
          }
        if overflowed || value < lhs.kind.minimum || value > lhs.kind.maximum {
          let symbol = op == .add ? "+" : (op == .subtract ? "-" : "*")
          report(
            overflow: true,
            "attempt to compute `\(Self.written(lhs)) \(symbol) \(Self.written(rhs))`, which would overflow",
            at: span)
          return nil
        }
        return Known(value: value, kind: lhs.kind)
      case .shiftLeft, .shiftRight:
        guard let lhs, let rhs else { return nil }
        if rhs.value < 0 || rhs.value >= Int128(lhs.kind.bitWidth) {
          report(
            overflow: true,
            "attempt to shift \(op == .shiftLeft ? "left" : "right") by `\(Self.written(rhs))`, which would overflow",
            at: span)
        }
        return nil
      default:
        return nil
      }
    }

    private func integerKind(_ type: TypeTerm) -> RustType.IntegerKind? {
      guard case .integer(let kind) = function.types.resolve(type), kind.bitWidth < 128 else { return nil }
      return kind
    }

    private mutating func report(overflow: Bool, _ label: String, at span: SourceSpan) {
      var diagnostic = Diagnostic(
        overflow ? "this arithmetic operation will overflow" : "this operation will panic at runtime",
        at: span)
      diagnostic.primaryLabel = label
      diagnostic.notes = [
        overflow
          ? "`#[deny(arithmetic_overflow)]` on by default" : "`#[deny(unconditional_panic)]` on by default"
      ]
      diagnostics.append(diagnostic)
    }

    /// A constant as rustc's lints write it: `7_i32`, `u8::MAX`, `i32::MIN`.
    static func written(_ known: Known) -> String {
      let name = known.kind.rawValue
      if known.value == known.kind.maximum { return "\(name)::MAX" }
      if known.kind.isSigned && known.value == known.kind.minimum { return "\(name)::MIN" }
      return "\(known.value)_\(name)"
    }

    static func truncated(_ value: Int128, to kind: RustType.IntegerKind) -> Int128 {
      let bits = kind.bitWidth
      let mask = (Int128(1) << bits) - 1
      let low = value & mask
      if kind.isSigned && low > kind.maximum { return low - (Int128(1) << bits) }
      return low
    }
  }
}
