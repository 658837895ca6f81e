/// `max_by` and `min_by`: the comparator chooses between the best item so far and the next
/// one, as std's `cmp::max_by` / `cmp::min_by` do.
extension Checker {
  /// `if let Some(best) = acc { acc = Some(if compare(&best, &item) == Greater {…} else {…}) }
  /// else { acc = Some(item) }`: on a tie `max_by` takes the later item and `min_by` keeps
  /// the earlier one.
  func keepBest(
    _ isMax: Bool, current: TypedExpr, best accumulator: Int, compare: ([TypedExpr]) -> TypedExpr,
    span: SourceSpan
  ) -> TypedStatement {
    let optionType = locals[accumulator].type
    let accumulatorValue = typed(.local(accumulator), optionType, span)
    let bestSlot = declareLocal("(best so far)", type: current.type, line: span.start.line)
    let best = typed(.local(bestSlot), current.type, span)
    func reference(_ value: TypedExpr) -> TypedExpr {
      typed(.addressOf(value, mutable: false), .reference(value.type, mutable: false), span)
    }
    func store(_ value: TypedExpr) -> TypedStatement {
      let some = typed(.variant(enumName: "Option", variant: 1, payload: [value]), optionType, span)
      let assignment = typed(.assign(accumulatorValue, some), .unit, span)
      return TypedStatement(kind: .expression(assignment), span: span)
    }
    func block(_ statement: TypedStatement) -> TypedBlock {
      TypedBlock(statements: [statement], tail: nil, declaredSlots: [], span: span)
    }
    let ordering = TypeTerm.enumeration(Self.orderingName)
    let greater = typed(.variant(enumName: Self.orderingName, variant: 2, payload: []), ordering, span)
    let isGreater = typed(
      .comparison(.equal, compare([reference(best), reference(current)]), greater), .bool, span)
    let whenGreater = isMax ? store(best) : store(current)
    let otherwise = isMax ? store(current) : store(best)
    let choose = typed(
      .ifElse(isGreater, block(whenGreater), typed(.block(block(otherwise)), .unit, span)), .unit, span)
    let binding = TypedPattern(
      kind: .binding(slot: bestSlot, byReference: false, mutable: false, subpattern: nil), type: current.type,
      span: span)
    let some = TypedPattern(
      kind: .variant(enumName: "Option", variant: 1, [binding]), type: optionType, span: span)
    let first = typed(.block(block(store(current))), .unit, span)
    let step = typed(
      .ifLet(some, accumulatorValue, block(TypedStatement(kind: .expression(choose), span: span)), first),
      .unit,
      span)
    return TypedStatement(kind: .expression(step), span: span)
  }
}
