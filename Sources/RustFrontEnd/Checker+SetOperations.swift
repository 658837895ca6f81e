import MemoryModel

/// `HashSet` and `BTreeSet`'s set operations: `union`, `intersection`, `difference` and
/// `symmetric_difference` are lazy iterators of `&T` borrowing both sets
/// (`PieceRule.setOperation`, whose items `Interpreter+SetOperations` takes from the two sets as
/// std's iterators visit them); `is_subset`, `is_superset` and `is_disjoint` answer at once.
extension Checker {
  /// The set-operation method `name` on a set of `key`s; nil for other names.
  func setOperationMethod(_ name: String, key: TypeTerm, value: TypeTerm, ordered: Bool) -> LibraryMethod? {
    let other = TypeTerm.reference(
      .hashMap(key: key, value: value, set: true, ordered: ordered), mutable: false)
    if let operation = SetOperation(rawValue: name) {
      return LibraryMethod(
        builtin: .pieces(.setOperation(operation)), selfMode: .reference, parameters: [other],
        result: .iterator(
          .pieces(.setOperation(operation)), item: .reference(key, mutable: false), enumerated: false,
          reversed: false))
    }
    switch name {
    case "is_subset", "is_superset", "is_disjoint":
      return LibraryMethod(
        builtin: .hashTable(name), selfMode: .reference, parameters: [other], result: .bool)
    default:
      return nil
    }
  }

  /// Whether `iterator` is a set operation's (a `BTreeSet`'s too).
  func isSetOperationIterator(_ iterator: TypedExpr) -> Bool {
    guard case .iterator(.pieces(let rule), _, _, _) = table.shallow(iterator.type) else { return false }
    return rule.setOperation != nil
  }

  /// The two sets a set operation's iterator was made from, as `&Set` expressions.
  private func setOperands(_ iterator: TypedExpr) -> (TypedExpr, TypedExpr)? {
    var source = iterator
    while case .adaptIterator(let inner) = source.kind { source = inner }
    guard case .iterate(let made) = source.kind, case .tuple(let sets) = made.kind, sets.count == 2 else {
      return nil
    }
    return (sets[0], sets[1])
  }

  /// Whether the operation's sets are `BTreeSet`s.
  func isOrderedSetOperation(_ iterator: TypedExpr) -> Bool {
    guard isSetOperationIterator(iterator), let (first, _) = setOperands(iterator),
      case .reference(let set, _) = table.shallow(first.type),
      case .hashMap(_, _, _, let ordered) = table.shallow(set)
    else { return false }
    return ordered
  }

  /// A `HashSet` union's `size_hint` lower bound while its first set is walked: std's
  /// `Union` is the larger set's `iter()` chained with the other's difference (whose lower
  /// bound is 0), so `collect` reserves the larger set's length. Nil for other iterators,
  /// after a `filter`-like stage, or for operands that cannot be read twice.
  func setUnionLength(
    _ iterator: TypedExpr, calls: [(stage: String, slot: Int, signature: ClosureState.Signature)]
  ) -> TypedExpr? {
    guard case .iterator(.pieces(.setOperation(.union)), _, _, _) = table.shallow(iterator.type),
      !isOrderedSetOperation(iterator),
      calls.allSatisfy({ ["map", "cloned", "copied"].contains($0.stage) }),
      let (first, second) = setOperands(iterator), isRepeatable(first), isRepeatable(second)
    else { return nil }
    let span = iterator.span
    let firstLength = typed(.builtin(.hashTable("len"), arguments: [first]), .usize, span)
    let secondLength = typed(.builtin(.hashTable("len"), arguments: [second]), .usize, span)
    let firstIsLarger = typed(.comparison(.greaterEqual, firstLength, secondLength), .bool, span)
    let larger = TypedBlock(statements: [], tail: firstLength, declaredSlots: [], span: span)
    let other = TypedBlock(statements: [], tail: secondLength, declaredSlots: [], span: span)
    return typed(.ifElse(firstIsLarger, larger, typed(.block(other), .usize, span)), .usize, span)
  }
}

extension Checker {
  /// `&a | &b`, `&a & &b`, `&a - &b`, `&a ^ &b` on two `HashSet`s: std's operators are
  /// `a.union(&b).cloned().collect()` (and the like), so they are checked as that chain.
  /// Nil unless both operands borrow a local `HashSet`; a `BTreeSet`'s operators build the
  /// tree from the sorted items in bulk, which is not modelled, and are refused.
  func checkSetOperator(_ op: BinaryOperator, _ left: Expr, _ right: Expr, span: SourceSpan) -> TypedExpr? {
    guard let operation = SetOperation(operatorSymbol: op.rawValue),
      let ordered = borrowedLocalSet(left), borrowedLocalSet(right) != nil
    else { return nil }
    if ordered { return checkTreeSetOperator(operation, op, left, right, span: span) }
    let make = SyntheticExpressions(checker: self, span: span)
    let made = make.make(
      .methodCall(receiver: left, method: operation.methodName, generics: [], arguments: [right]))
    let cloned = make.make(.methodCall(receiver: made, method: "cloned", generics: [], arguments: []))
    let inferred = TypeExpr(kind: .inferred, span: span)
    let target = TypeExpr(kind: .path(path: ["HashSet"], generics: [inferred]), span: span)
    let enclosing = annotatedInitializer
    annotatedInitializer = nil
    defer { annotatedInitializer = enclosing }
    return checkExpression(
      make.make(.methodCall(receiver: cloned, method: "collect", generics: [target], arguments: [])))
  }

  /// `&a | &b` on two `BTreeSet`s: std builds the new tree straight from the operation's
  /// sorted, cloned items (`from_sorted_iter`: a root leaf allocated first, even for no
  /// items, then `bulk_push`). Run for keys whose clone is a plain copy; for keys that own
  /// memory the clones' allocations interleave with the nodes', which is not modelled.
  private func checkTreeSetOperator(
    _ operation: SetOperation, _ op: BinaryOperator, _ left: Expr, _ right: Expr, span: SourceSpan
  ) -> TypedExpr {
    let first = checkExpression(left)
    let second = checkExpression(right)
    guard case .reference(let set, _) = table.shallow(first.type),
      case .hashMap(let key, let value, true, true) = table.shallow(set)
    else { return invalid(span) }
    guard table.unify(first.type, second.type) else {
      error(
        "mismatched types: expected `\(table.displayName(first.type))`, found `\(table.displayName(second.type))`",
        at: second.span)
      return invalid(span)
    }
    guard isPlainCopyKey(key) else {
      unsupported("the operator `\(op.rawValue)` on `BTreeSet`s of `\(table.displayName(key))`", at: span)
      return invalid(span)
    }
    let setType = TypeTerm.hashMap(key: key, value: value, set: true, ordered: true)
    return typed(
      .builtin(.hashTable("operator \(operation.rawValue)"), arguments: [first, second]), setType, span)
  }

  /// A key `clone` copies without running code of the program's own: numbers, `char`, `bool`,
  /// shared references and tuples of these.
  private func isPlainCopyKey(_ key: TypeTerm) -> Bool {
    switch table.shallow(key) {
    case .integer, .char, .bool: return true
    case .reference(_, let mutable): return !mutable
    case .tuple(let parts): return parts.allSatisfy(isPlainCopyKey)
    default: return false
    }
  }

  /// Whether `expr` borrows a local set (`&set`, or `set` holding a `&HashSet`): nil when it
  /// does not, else whether it is a `BTreeSet`.
  private func borrowedLocalSet(_ expr: Expr) -> Bool? {
    var named = expr
    var borrowed = false
    if case .reference(false, let inner) = expr.kind {
      named = inner
      borrowed = true
    }
    guard case .path(let path, let generics) = named.kind, path.count == 1, generics.isEmpty,
      let slot = lookupLocal(path[0])
    else { return nil }
    var type = table.shallow(locals[slot].type)
    if !borrowed {
      guard case .reference(let inner, false) = type else { return nil }
      type = table.shallow(inner)
    }
    guard case .hashMap(_, _, true, let ordered) = type else { return nil }
    return ordered
  }

  /// `&self.a | &self.b` and the like, which `checkSetOperator` does not rewrite: refused
  /// rather than reported as rustc's E0369, which rustc would not report.
  func refusesUncheckedSetOperator(
    _ op: BinaryOperator, _ left: TypedExpr, _ right: TypedExpr, span: SourceSpan
  )
    -> Bool
  {
    if SetOperation(operatorSymbol: op.rawValue) != nil,
      case .reference(let leftSet, false) = table.shallow(left.type),
      case .hashMap(_, _, true, _) = table.shallow(leftSet), !table.unify(left.type, right.type)
    {
      // `&a | b`: a borrowed set's one impl takes another borrowed set of the same type.
      error(
        "mismatched types: expected `\(table.displayName(left.type))`, found `\(table.displayName(right.type))`",
        at: right.span)
      return true
    }
    guard SetOperation(operatorSymbol: op.rawValue) != nil,
      case .reference(let leftSet, _) = table.shallow(left.type),
      case .hashMap(_, _, true, _) = table.shallow(leftSet),
      case .reference(let rightSet, _) = table.shallow(right.type),
      case .hashMap(_, _, true, _) = table.shallow(rightSet)
    else { return false }
    unsupported("the operator `\(op.rawValue)` on these sets", at: span)
    return true
  }
}
