import MemoryModel

/// The pieces of an iterator chain's loop for `product`, `last` and `nth` and for the
/// `cloned`/`copied` stages (the rest is in `Checker+AdapterTerminals`).
extension Checker {
  struct LoopTerminalStart {
    var resultType: TypeTerm
    var accumulator: Int
    var counter: Int?
    /// The items are references to the numbers multiplied.
    var numericOperand: Bool
    /// `max`/`min`: the best value so far, compared with each item.
    var best: Int? = nil
  }

  /// What the terminal keeps, declared before the loop; nil when refused (reported).
  func beginLoopTerminal(
    _ method: String, generics: [TypeExpr], arguments: [Expr], item: TypeTerm,
    _ builder: inout PipelineBuilder
  ) -> LoopTerminalStart? {
    let span = builder.span
    func none(_ type: TypeTerm) -> TypedExpr {
      typed(.variant(enumName: "Option", variant: 0, payload: []), type, span)
    }
    switch method {
    case "product":
      var numeric = item
      var numericOperand = false
      if case .reference(let inner, _) = table.shallow(item) {
        numeric = inner
        numericOperand = true
      }
      if let explicit = generics.first.map({ resolveType($0, selfType: currentOwner) }) {
        _ = table.unify(explicit, numeric)
      }
      guard isNumeric(numeric) else {
        unsupported("`product` of `\(table.displayName(numeric))`", at: span)
        return nil
      }
      let isFloat: Bool
      if case .float = table.shallow(numeric) {
        isFloat = true
      } else {
        isFloat = table.kind(of: numeric) == .float
      }
      let one = isFloat ? typed(.float(1.0), numeric, span) : typed(.integer(1), numeric, span)
      let slot = builder.declare(self, "(product)", type: numeric, mutable: true, value: one)
      return LoopTerminalStart(
        resultType: numeric, accumulator: slot, counter: nil, numericOperand: numericOperand)
    case "last":
      let slot = builder.declare(
        self, "(last)", type: .option(item), mutable: true, value: none(.option(item)))
      return LoopTerminalStart(
        resultType: .option(item), accumulator: slot, counter: nil, numericOperand: false)
    case "max", "min":
      // After `map` or `filter`: items the subset compares by value (integers, `char`,
      // `bool`, or references to them), kept in `Option<item>`.
      var compared = table.shallow(item)
      var byReference = false
      if case .reference(let inner, false) = compared {
        compared = table.shallow(inner)
        byReference = true
      }
      guard let zero = comparedPlaceholder(compared, span: span) else {
        unsupported("`\(method)` of `\(table.displayName(item))` after `map` or `filter`", at: span)
        return nil
      }
      let slot = builder.declare(
        self, "(\(method))", type: .option(item), mutable: true, value: none(.option(item)))
      let seen = builder.declare(
        self, "(seen)", type: .bool, mutable: true, value: typed(.boolean(false), .bool, span))
      let best = builder.declare(self, "(best)", type: compared, mutable: true, value: zero)
      return LoopTerminalStart(
        resultType: .option(item), accumulator: slot, counter: seen, numericOperand: byReference, best: best)
    default:  // "nth"
      guard arguments.count == 1 else {
        error("this method takes 1 argument but \(arguments.count) arguments were supplied", at: span)
        return nil
      }
      let counter = builder.declare(
        self, "(nth)", type: .usize, mutable: true, value: coerce(checkExpression(arguments[0]), to: .usize))
      let slot = builder.declare(
        self, "(found)", type: .option(item), mutable: true, value: none(.option(item)))
      return LoopTerminalStart(
        resultType: .option(item), accumulator: slot, counter: counter, numericOperand: false)
    }
  }

  /// The value a `max`/`min`-like terminal's best key starts as, before the first item replaces
  /// it: for a type compared by value (an integer, `char`, `bool`, or a fieldless `Copy` enum
  /// that derives `Ord`, whose first variant stands in); nil for others.
  func comparedPlaceholder(_ type: TypeTerm, span: SourceSpan) -> TypedExpr? {
    switch type {
    case .char: return typed(.character("\0"), type, span)
    case .bool: return typed(.boolean(false), type, span)
    case .enumeration(let name):
      guard isCopy(type), derivesOf(name).contains("Ord"), let variants = enums[name]?.variants,
        !variants.isEmpty, variants.allSatisfy({ $0.payload.isEmpty })
      else { return nil }
      return typed(.variant(enumName: name, variant: 0, payload: []), type, span)
    default:
      return isIntegerLike(type) ? typed(.integer(0), type, span) : nil
    }
  }

  /// What the terminal does with each item inside the loop.
  func loopTerminalStep(
    _ method: String, accumulator: Int, counter: Int?, best: Int? = nil, operandIsReference: Bool,
    resultType: TypeTerm, item: TypedExpr, loop: Int, span: SourceSpan
  ) -> [TypedStatement] {
    func local(_ slot: Int) -> TypedExpr { typed(.local(slot), locals[slot].type, span) }
    func statement(_ expr: TypedExpr) -> TypedStatement {
      TypedStatement(kind: .expression(expr), span: span)
    }
    let some = typed(.variant(enumName: "Option", variant: 1, payload: [item]), resultType, span)
    let keep = statement(typed(.assign(local(accumulator), some), .unit, span))
    switch method {
    case "product":
      let operand = operandIsReference ? typed(.deref(item), resultType, span) : item
      var multiply = typed(.compoundAssign(.multiply, local(accumulator), operand), .unit, span)
      multiply.accumulatesInLibrary = true
      return [statement(multiply)]
    case "last":
      return [keep]
    case "max", "min":
      // `if !(seen) || item >= (best) { (max) = Some(item); (best) = item; (seen) = true }`:
      // `max` keeps the last of equal items, `min` the first, as the standard library's do.
      guard let counter, let best else { return [] }
      let value = operandIsReference ? typed(.deref(item), locals[best].type, span) : item
      let better = typed(
        .comparison(method == "max" ? .greaterEqual : .less, value, local(best)), .bool, span)
      let first = typed(.not(local(counter)), .bool, span)
      let condition = typed(.logical(isAnd: false, first, better), .bool, span)
      let update = TypedBlock(
        statements: [
          keep, statement(typed(.assign(local(best), value), .unit, span)),
          statement(typed(.assign(local(counter), typed(.boolean(true), .bool, span)), .unit, span)),
        ], tail: nil, declaredSlots: [], span: span)
      return [statement(typed(.ifElse(condition, update, nil), .unit, span))]
    default:
      // `if (nth) == 0 { (found) = Some(item); break } (nth) -= 1;`
      guard let counter else { return [] }
      let zero = typed(.integer(0), .usize, span)
      let one = typed(.integer(1), .usize, span)
      let reached = typed(.comparison(.equal, local(counter), zero), .bool, span)
      let stop = statement(typed(.breakLoop(loop: loop, nil), .never, span))
      let found = TypedBlock(statements: [keep, stop], tail: nil, declaredSlots: [], span: span)
      return [
        statement(typed(.ifElse(reached, found, nil), .unit, span)),
        statement(typed(.compoundAssign(.subtract, local(counter), one), .unit, span)),
      ]
    }
  }

  /// `let (cloned) = (*item).clone();` or `let (copied) = *item;`, and the new item.
  func dereferencingStep(_ stage: String, item: TypedExpr, span: SourceSpan) -> (TypedStatement, TypedExpr)? {
    guard case .reference(let target, _) = table.shallow(item.type) else { return nil }
    let value =
      stage == "copied"
      ? typed(.deref(item), target, span) : typed(.builtin(.clone, arguments: [item]), target, span)
    let slot = declareLocal("(\(stage))", type: target, line: span.start.line)
    let pattern = TypedPattern(
      kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: target,
      span: span)
    return (
      TypedStatement(kind: .binding(pattern, value, elseBlock: nil), span: span),
      typed(.local(slot), target, span)
    )
  }
}
