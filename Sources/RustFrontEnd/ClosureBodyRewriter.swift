import MemoryModel

/// Turns a closure body checked with its captures as stand-in locals into the body of the
/// closure's own function: each capture becomes a place reached through the environment
/// pointer (`(*env).c` for a moved capture, `*(*env).c` for a borrowed one), and the other
/// slots are renumbered once the stand-ins are gone. It also notices a body that moves a
/// captured value out, which would make the closure `FnOnce`.
struct ClosureBodyRewriter {
  /// Stand-in slot → what it becomes.
  var captures: [Int: TypedExpr]
  /// Stand-in slot → true when its captured type is not `Copy` (using it by value moves it).
  var movesWhenUsed: [Int: Bool]
  /// Old slot → new slot for every other local.
  var slots: [Int: Int]
  /// Where the body moves a captured value out, if it does.
  var consumingUse: SourceSpan?
  /// The stand-in slot of the capture moved out there.
  var consumingSlot: Int?
  /// Stand-in slot → the fields of it the closure captures (edition 2021), each with what it
  /// becomes and whether using it by value moves it.
  var fieldCaptures: [Int: [(path: [Int], replacement: TypedExpr, moves: Bool)]] = [:]

  mutating func slot(_ old: Int) -> Int { slots[old] ?? old }

  mutating func block(_ block: TypedBlock) -> TypedBlock {
    var result = block
    result.statements = block.statements.map { statement in
      var copy = statement
      switch statement.kind {
      case .binding(let pattern, let value, let elseBlock):
        copy.kind = .binding(
          self.pattern(pattern), value.map { expr($0) }, elseBlock: elseBlock.map { self.block($0) })
      case .expression(let value):
        copy.kind = .expression(expr(value))
      }
      return copy
    }
    result.tail = block.tail.map { expr($0) }
    result.declaredSlots = block.declaredSlots.map { slot($0) }
    return result
  }

  mutating func pattern(_ pattern: TypedPattern) -> TypedPattern {
    var result = pattern
    switch pattern.kind {
    case .binding(let old, let byReference, let mutable, let subpattern):
      result.kind = .binding(
        slot: slot(old), byReference: byReference, mutable: mutable,
        subpattern: subpattern.map { self.pattern($0) })
    case .wildcard, .literal, .range: break
    case .tuple(let items): result.kind = .tuple(items.map { self.pattern($0) })
    case .array(let items): result.kind = .array(items.map { self.pattern($0) })
    case .variant(let name, let variant, let items):
      result.kind = .variant(enumName: name, variant: variant, items.map { self.pattern($0) })
    case .structure(let name, let fields):
      result.kind = .structure(name: name, fields.map { ($0.index, self.pattern($0.pattern)) })
    case .deref(let inner): result.kind = .deref(self.pattern(inner))
    case .arrayRest(let inner): result.kind = .arrayRest(self.pattern(inner))
    case .or(let options): result.kind = .or(options.map { self.pattern($0) })
    case .slice(let prefix, let suffix, let hasRest, let rest):
      result.kind = .slice(
        prefix: prefix.map { self.pattern($0) }, suffix: suffix.map { self.pattern($0) }, hasRest: hasRest,
        rest: rest.map { self.pattern($0) })
    }
    return result
  }

  /// Rewrites an expression used where it is read as a place (borrowed, projected, printed).
  mutating func place(_ expr: TypedExpr) -> TypedExpr { rewrite(expr, asPlace: true) }

  mutating func expr(_ expr: TypedExpr) -> TypedExpr { rewrite(expr, asPlace: false) }

  private mutating func list(_ items: [TypedExpr]) -> [TypedExpr] { items.map { expr($0) } }

  /// A captured `&mut` passed where a `&mut` is expected (`r.push(x)`, `add_one(r)`) is
  /// reborrowed, as rustc does (`&mut *r`): the closure uses the reference, never moves it.
  private mutating func reborrowingArgument(_ argument: TypedExpr) -> TypedExpr {
    if case .local(let old) = argument.kind, captures[old] != nil, case .reference(_, true) = argument.type {
      return place(argument)
    }
    return expr(argument)
  }

  private mutating func places(_ items: [TypedExpr]) -> [TypedExpr] { items.map { place($0) } }

  /// A field or dereference chain that is exactly a place the closure captures (edition
  /// 2021): what that place became.
  private mutating func capturedPlace(_ original: TypedExpr, asPlace: Bool) -> TypedExpr? {
    var path: [Int] = []
    var root = original
    while true {
      if case .field(let inner, let step) = root.kind {
        path.append(step)
        root = inner
      } else if case .deref(let inner) = root.kind {
        path.append(CapturedPlace.derefStep)
        root = inner
      } else {
        break
      }
    }
    guard case .local(let slot) = root.kind,
      let entry = fieldCaptures[slot]?.first(where: { $0.path == path.reversed() })
    else { return nil }
    if !asPlace, entry.moves, consumingUse == nil {
      consumingUse = original.span
      consumingSlot = slot
    }
    var captured = entry.replacement
    captured.span = original.span
    return captured
  }

  private mutating func rewrite(_ original: TypedExpr, asPlace: Bool) -> TypedExpr {
    var result = original
    switch original.kind {
    case .integer, .float, .boolean, .character, .string, .unit, .global, .continueLoop:
      return original
    case .local(let old):
      if let replacement = captures[old] {
        if !asPlace, movesWhenUsed[old] == true, consumingUse == nil {
          consumingUse = original.span
          consumingSlot = old
        }
        var moved = replacement
        moved.span = original.span
        return moved
      }
      result.kind = .local(slot(old))
    case .tuple(let items): result.kind = .tuple(list(items))
    case .array(let items): result.kind = .array(list(items))
    case .vecList(let items): result.kind = .vecList(list(items))
    case .arrayRepeat(let value, let count): result.kind = .arrayRepeat(expr(value), count: count)
    case .structLiteral(let name, let fields, let base):
      result.kind = .structLiteral(
        name: name, fields: fields.map { ($0.index, expr($0.value)) }, base: base.map { expr($0) })
    case .variant(let name, let variant, let payload):
      result.kind = .variant(enumName: name, variant: variant, payload: list(payload))
    case .call(let function, let arguments):
      result.kind = .call(function: function, arguments: arguments.map { reborrowingArgument($0) })
    case .builtin(let builtin, let arguments):
      result.kind = .builtin(builtin, arguments: arguments.map { reborrowingArgument($0) })
    case .field(let base, let index):
      if let captured = capturedPlace(original, asPlace: asPlace) { return captured }
      result.kind = .field(place(base), index: index)
    case .index(let base, let index): result.kind = .index(place(base), index: expr(index))
    case .deref(let pointer):
      if let captured = capturedPlace(original, asPlace: asPlace) { return captured }
      result.kind = .deref(place(pointer))
    case .addressOf(let inner, let mutable): result.kind = .addressOf(place(inner), mutable: mutable)
    case .negate(let inner): result.kind = .negate(expr(inner))
    case .not(let inner): result.kind = .not(expr(inner))
    case .arithmetic(let op, let left, let right): result.kind = .arithmetic(op, expr(left), expr(right))
    case .comparison(let op, let left, let right): result.kind = .comparison(op, place(left), place(right))
    case .logical(let isAnd, let left, let right):
      result.kind = .logical(isAnd: isAnd, expr(left), expr(right))
    case .assign(let target, let value): result.kind = .assign(place(target), expr(value))
    case .compoundAssign(let op, let target, let value):
      result.kind = .compoundAssign(op, place(target), expr(value))
    case .cast(let inner): result.kind = .cast(expr(inner))
    case .range(let low, let high, let inclusive):
      result.kind = .range(low.map { expr($0) }, high.map { expr($0) }, inclusive: inclusive)
    case .block(let inner): result.kind = .block(block(inner))
    case .ifElse(let condition, let then, let otherwise):
      result.kind = .ifElse(expr(condition), block(then), otherwise.map { expr($0) })
    case .ifLet(let pattern, let scrutinee, let then, let otherwise):
      result.kind = .ifLet(self.pattern(pattern), place(scrutinee), block(then), otherwise.map { expr($0) })
    case .whileLoop(let condition, let body, let id):
      result.kind = .whileLoop(expr(condition), block(body), loop: id)
    case .whileLet(let pattern, let scrutinee, let body, let id):
      result.kind = .whileLet(self.pattern(pattern), place(scrutinee), block(body), loop: id)
    case .loop(let body, let id): result.kind = .loop(block(body), loop: id)
    case .forLoop(let pattern, let iterator, let body, let id):
      result.kind = .forLoop(self.pattern(pattern), expr(iterator), block(body), loop: id)
    case .match(let scrutinee, let arms):
      let checkedScrutinee = place(scrutinee)
      result.kind = .match(
        checkedScrutinee,
        arms.map { arm in
          var copy = arm
          copy.pattern = pattern(arm.pattern)
          copy.guardExpression = arm.guardExpression.map { expr($0) }
          copy.body = expr(arm.body)
          return copy
        })
    case .breakLoop(let id, let value): result.kind = .breakLoop(loop: id, value.map { expr($0) })
    case .returnValue(let value): result.kind = .returnValue(value.map { expr($0) })
    case .format(let template, let values): result.kind = .format(template, places(values))
    case .print(let stream, let template, let values): result.kind = .print(stream, template, places(values))
    case .formatterWrite(let target, let template, let values):
      result.kind = .formatterWrite(expr(target), template, places(values))
    case .panic(let template, let values): result.kind = .panic(template, places(values))
    case .assert(let condition, let template, let values, let text):
      result.kind = .assert(expr(condition), template, places(values), sourceText: text)
    case .assertEqual(let left, let right, let isEqual, let template, let values):
      result.kind = .assertEqual(place(left), place(right), isEqual: isEqual, template, places(values))
    case .vecRepeat(let value, let count): result.kind = .vecRepeat(expr(value), count: expr(count))
    case .coerce(let coercion, let inner):
      // A captured `&mut Vec<T>` coerced to `&mut [T]` is reborrowed, not moved out.
      let reborrows = coercion != .never && original.type.isReference
      result.kind = .coerce(
        coercion, reborrows ? reborrowingArgument(inner) : rewrite(inner, asPlace: asPlace))
    case .iterate(let inner):
      // `.iter()` and `.chars()` read their collection in place; `into_iter()` moves it.
      var owns = true
      if case .iterator(let kind, _, _, _) = original.type {
        owns = kind == .vecOwned || kind == .arrayOwned || kind.isPieces || kind.isHashOwned
      }
      result.kind = .iterate(rewrite(inner, asPlace: !owns))
    case .adaptIterator(let inner): result.kind = .adaptIterator(expr(inner))
    }
    return result
  }
}
