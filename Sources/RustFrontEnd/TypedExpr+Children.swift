/// The expressions and blocks directly inside a typed expression, in evaluation order, for
/// passes that only need to reach every node (patterns are left out: they hold no
/// expression that runs, but for literals).
extension TypedExpr {
  package enum Child {
    case expression(TypedExpr)
    case block(TypedBlock)
  }

  package var children: [Child] {
    func all(_ items: [TypedExpr]) -> [Child] { items.map { .expression($0) } }
    func optional(_ item: TypedExpr?) -> [Child] { item.map { [.expression($0)] } ?? [] }
    switch kind {
    case .integer, .float, .boolean, .character, .string, .unit, .local, .global, .continueLoop:
      return []
    case .tuple(let items), .array(let items), .vecList(let items), .variant(_, _, let items),
      .call(_, let items), .builtin(_, let items), .format(_, let items), .print(_, _, let items),
      .panic(_, let items):
      return all(items)
    case .arrayRepeat(let value, _):
      return [.expression(value)]
    case .structLiteral(_, let fields, let base):
      return all(fields.map(\.value)) + optional(base)
    case .field(let base, _), .deref(let base), .addressOf(let base, _), .negate(let base), .not(let base),
      .cast(let base), .coerce(_, let base), .iterate(let base), .adaptIterator(let base):
      return [.expression(base)]
    case .index(let base, let index):
      return [.expression(base), .expression(index)]
    case .arithmetic(_, let left, let right), .comparison(_, let left, let right),
      .logical(_, let left, let right), .assign(let left, let right), .compoundAssign(_, let left, let right):
      return [.expression(left), .expression(right)]
    case .range(let low, let high, _):
      return optional(low) + optional(high)
    case .block(let block), .loop(let block, _):
      return [.block(block)]
    case .ifElse(let condition, let then, let otherwise):
      return [.expression(condition), .block(then)] + optional(otherwise)
    case .ifLet(_, let scrutinee, let then, let otherwise):
      return [.expression(scrutinee), .block(then)] + optional(otherwise)
    case .whileLoop(let condition, let body, _):
      return [.expression(condition), .block(body)]
    case .whileLet(_, let scrutinee, let body, _), .forLoop(_, let scrutinee, let body, _):
      return [.expression(scrutinee), .block(body)]
    case .match(let scrutinee, let arms):
      return [.expression(scrutinee)]
        + arms.flatMap { arm in optional(arm.guardExpression) + [.expression(arm.body)] }
    case .breakLoop(_, let value), .returnValue(let value):
      return optional(value)
    case .formatterWrite(let formatter, _, let items):
      return [.expression(formatter)] + all(items)
    case .assert(let condition, _, let items, _):
      return [.expression(condition)] + all(items)
    case .assertEqual(let left, let right, _, _, let items):
      return [.expression(left), .expression(right)] + all(items)
    case .vecRepeat(let value, let count):
      return [.expression(value), .expression(count)]
    }
  }
}
