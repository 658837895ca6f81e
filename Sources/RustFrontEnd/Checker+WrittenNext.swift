import MemoryModel

/// `next` on a kept adapter written out as the code std's `next` runs, so each closure call
/// is a frame and each item borrows what the adapter's source borrows.
extension Checker {
  /// What `next` on the iterator at `place` runs, as std writes it, giving `Option<Item>`.
  func writtenNext(_ place: TypedExpr, span: SourceSpan) -> TypedExpr {
    let type = table.resolve(place.type)
    let item = TypeTerm.keptItem(type) ?? .unit
    let option = TypeTerm.option(item)
    func field(_ index: Int, _ fieldType: TypeTerm) -> TypedExpr {
      typed(.field(place, index: index), fieldType, span)
    }
    func some(_ value: TypedExpr) -> TypedExpr {
      typed(.variant(enumName: "Option", variant: 1, payload: [value]), option, span)
    }
    let none = typed(.variant(enumName: "Option", variant: 0, payload: []), option, span)
    let one = typed(.integer(1), .usize, span)
    let zero = typed(.integer(0), .usize, span)
    func statement(_ expr: TypedExpr) -> TypedStatement {
      TypedStatement(kind: .expression(expr), span: span)
    }
    func block(_ statements: [TypedStatement], tail: TypedExpr?) -> TypedBlock {
      TypedBlock(statements: statements, tail: tail, declaredSlots: [], span: span)
    }
    switch type {
    case .range(let element, let inclusive):
      // `Range::next`: `start` moves on while it is below `end` (up to it for `a..=b`).
      let start = field(0, element)
      let below = typed(.comparison(inclusive ? .lessEqual : .less, start, field(1, element)), .bool, span)
      pushScope()
      let taken = declareLocal("(start)", type: element, line: span.start.line)
      let takenPattern = TypedPattern(
        kind: .binding(slot: taken, byReference: false, mutable: false, subpattern: nil), type: element,
        span: span)
      let current = typed(.local(taken), element, span)
      let step = typed(
        .assign(start, typed(.arithmetic(.add, current, typed(.integer(1), element, span)), element, span)),
        .unit, span)
      var body = block(
        [TypedStatement(kind: .binding(takenPattern, start, elseBlock: nil), span: span), statement(step)],
        tail: some(current))
      body.declaredSlots = popScope()
      return typed(.ifElse(below, body, none), option, span)
    case .library(.split, let pattern) where pattern != .char:
      return writtenClosureSplitNext(place, closure: pattern, span: span)
    case .library(.filter, .tuple(let parts)) where parts.count == 2:
      // `loop { let x = self.iter.next()?; if (self.predicate)(&x) { return Some(x) } }`
      let loopID = beginLoop(label: nil, breakType: option)
      loops.removeLast()
      pushScope()
      let (fetch, current) = nextItem(of: field(0, parts[0]), item: item, orBreak: loopID, span: span)
      let argument = typed(.addressOf(current, mutable: false), .reference(item, mutable: false), span)
      let kept = callClosure(field(1, parts[1]), [argument], span: span)
      let found = statement(typed(.breakLoop(loop: loopID, some(current)), .never, span))
      let test = statement(typed(.ifElse(kept, block([found], tail: nil), nil), .unit, span))
      var body = block([fetch, test], tail: nil)
      body.declaredSlots = popScope()
      return typed(.loop(body, loop: loopID), option, span)
    case .library(.map, .tuple(let parts)) where parts.count == 3:
      // `self.iter.next().map(&mut self.f)`
      let innerItem = TypeTerm.keptItem(parts[0]) ?? .unit
      pushScope()
      let slot = declareLocal("(mapped)", type: innerItem, line: span.start.line)
      let pattern = TypedPattern(
        kind: .variant(
          enumName: "Option", variant: 1,
          [
            TypedPattern(
              kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil),
              type: innerItem,
              span: span)
          ]), type: .option(innerItem), span: span)
      let mapped = callClosure(field(1, parts[1]), [typed(.local(slot), innerItem, span)], span: span)
      var then = block([], tail: some(mapped))
      then.declaredSlots = popScope()
      return typed(.ifLet(pattern, writtenNext(field(0, parts[0]), span: span), then, none), option, span)
    case .library(.skip, let inner):
      // `if self.n > 0 { self.iter.nth(mem::take(&mut self.n)) } else { self.iter.next() }`
      let count = field(1, .usize)
      let loopID = beginLoop(label: nil, breakType: option)
      loops.removeLast()
      pushScope()
      let done = typed(.comparison(.equal, count, zero), .bool, span)
      let give = statement(
        typed(.breakLoop(loop: loopID, writtenNext(field(0, inner), span: span)), .never, span))
      let owed = statement(typed(.ifElse(done, block([give], tail: nil), nil), .unit, span))
      let passed = statement(typed(.compoundAssign(.subtract, count, one), .unit, span))
      let wildcard = TypedPattern(kind: .wildcard, type: item, span: span)
      let some = TypedPattern(
        kind: .variant(enumName: "Option", variant: 1, [wildcard]), type: option, span: span)
      let reset = statement(typed(.assign(count, zero), .unit, span))
      let out = statement(typed(.breakLoop(loop: loopID, none), .never, span))
      let pass = TypedStatement(
        kind: .binding(
          some, writtenNext(field(0, inner), span: span), elseBlock: block([reset, out], tail: nil)),
        span: span)
      var body = block([owed, passed, pass], tail: nil)
      body.declaredSlots = popScope()
      return typed(.loop(body, loop: loopID), option, span)
    case .library(.take, let inner):
      // `if self.n != 0 { self.n -= 1; self.iter.next() } else { None }`
      let count = field(1, .usize)
      let left = typed(.comparison(.notEqual, count, zero), .bool, span)
      let take = block(
        [statement(typed(.compoundAssign(.subtract, count, one), .unit, span))],
        tail: writtenNext(field(0, inner), span: span))
      return typed(.ifElse(left, take, none), option, span)
    case .library(.enumerate, let inner):
      // `let a = self.iter.next()?; let i = self.count; self.count += 1; Some((i, a))`
      guard case .tuple(let parts) = item, parts.count == 2 else { return none }
      pushScope()
      let slot = declareLocal("(item)", type: parts[1], line: span.start.line)
      let pattern = TypedPattern(
        kind: .variant(
          enumName: "Option", variant: 1,
          [
            TypedPattern(
              kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil),
              type: parts[1], span: span)
          ]), type: .option(parts[1]), span: span)
      let countSlot = declareLocal("(count)", type: .usize, line: span.start.line)
      let countPattern = TypedPattern(
        kind: .binding(slot: countSlot, byReference: false, mutable: false, subpattern: nil), type: .usize,
        span: span)
      let count = field(1, .usize)
      let taken = TypedStatement(kind: .binding(countPattern, count, elseBlock: nil), span: span)
      let step = statement(typed(.compoundAssign(.add, count, one), .unit, span))
      let pair = typed(
        .tuple([typed(.local(countSlot), .usize, span), typed(.local(slot), parts[1], span)]), item, span)
      var then = block([taken, step], tail: some(pair))
      then.declaredSlots = popScope()
      return typed(.ifLet(pattern, writtenNext(field(0, inner), span: span), then, none), option, span)
    case .library(let wrapper, let inner) where wrapper == .copied || wrapper == .cloned:
      // `self.it.next().copied()`
      let reference = TypeTerm.keptItem(inner) ?? .unit
      pushScope()
      let slot = declareLocal("(referenced)", type: reference, line: span.start.line)
      let pattern = TypedPattern(
        kind: .variant(
          enumName: "Option", variant: 1,
          [
            TypedPattern(
              kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil),
              type: reference,
              span: span)
          ]), type: .option(reference), span: span)
      let held = typed(.local(slot), reference, span)
      let value =
        wrapper == .copied
        ? typed(.deref(held), item, span) : typed(.builtin(.clone, arguments: [held]), item, span)
      var then = block([], tail: some(value))
      then.declaredSlots = popScope()
      return typed(.ifLet(pattern, writtenNext(field(0, inner), span: span), then, none), option, span)
    case .library(.zip, .tuple(let halves)) where halves.count == 2:
      // `let x = self.a.next()?; let y = self.b.next()?; Some((x, y))` (`index` counting the
      // pairs given when both halves are indexed).
      guard case .tuple(let items) = item, items.count == 2 else { return none }
      pushScope()
      let first = declareLocal("(x)", type: items[0], line: span.start.line)
      let second = declareLocal("(y)", type: items[1], line: span.start.line)
      func someOf(_ slot: Int, _ type: TypeTerm) -> TypedPattern {
        TypedPattern(
          kind: .variant(
            enumName: "Option", variant: 1,
            [
              TypedPattern(
                kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: type,
                span: span)
            ]), type: .option(type), span: span)
      }
      let pair = typed(
        .tuple([typed(.local(first), items[0], span), typed(.local(second), items[1], span)]), item, span)
      var counted: [TypedStatement] = []
      if isRandomAccessTerm(halves[0]), isRandomAccessTerm(halves[1]) {
        let count = statement(typed(.compoundAssign(.add, field(2, .usize), one), .unit, span))
        if isRangeTerm(halves[0]) || isRangeTerm(halves[1]) {
          // A `Range` counts by index only when it has an end and its type is at most 64 bits
          // (the interpreter then sets `len`; it is 0 otherwise): `if self.index < self.len`.
          let below = typed(.comparison(.less, field(2, .usize), field(3, .usize)), .bool, span)
          counted.append(statement(typed(.ifElse(below, block([count], tail: nil), nil), .unit, span)))
        } else {
          counted.append(count)
        }
      }
      let both = block(counted, tail: some(pair))
      let inner = typed(
        .ifLet(someOf(second, items[1]), writtenNext(field(1, halves[1]), span: span), both, none), option,
        span)
      var then = block([], tail: inner)
      then.declaredSlots = popScope()
      return typed(
        .ifLet(someOf(first, items[0]), writtenNext(field(0, halves[0]), span: span), then, none), option,
        span)
    case .library(.chain, .tuple(let halves)) where halves.count == 2 && needsWrittenNext(type):
      return writtenChainNext(place, halves: halves, option: option, span: span)
    default:
      let reference = typed(.addressOf(place, mutable: true), .reference(type, mutable: true), span)
      return typed(.builtin(.libraryIterator("next"), arguments: [reference]), option, span)
    }
  }

  /// Whether std's `TrustedRandomAccess` holds (as `Interpreter.isRandomAccess` judges it).
  private func isRandomAccessTerm(_ type: TypeTerm) -> Bool {
    if isRangeTerm(type) { return true }
    guard case .library(let wrapper, let inner) = table.shallow(type) else { return false }
    switch wrapper {
    case .sliceIter, .sliceIterMut, .vecIntoIter: return true
    case .copied, .cloned: return isRandomAccessTerm(inner)
    case .map:
      guard case .tuple(let parts) = table.shallow(inner), let first = parts.first else { return false }
      return isRandomAccessTerm(first)
    default: return false
    }
  }

  private func isRangeTerm(_ type: TypeTerm) -> Bool {
    if case .range(_, false) = table.shallow(type) { return true }
    return false
  }

  /// `let Some(x) = next(iterator) else { break 'loop None };`, and `x`.
  private func nextItem(of iterator: TypedExpr, item: TypeTerm, orBreak loopID: Int, span: SourceSpan)
    -> (TypedStatement, TypedExpr)
  {
    let option = TypeTerm.option(item)
    let slot = declareLocal("(next)", type: item, line: span.start.line)
    let binding = TypedPattern(
      kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: item, span: span)
    let pattern = TypedPattern(
      kind: .variant(enumName: "Option", variant: 1, [binding]), type: option, span: span)
    let none = typed(.variant(enumName: "Option", variant: 0, payload: []), option, span)
    let out = TypedStatement(
      kind: .expression(typed(.breakLoop(loop: loopID, none), .never, span)), span: span)
    let orElse = TypedBlock(statements: [out], tail: nil, declaredSlots: [], span: span)
    let statement = TypedStatement(
      kind: .binding(pattern, writtenNext(iterator, span: span), elseBlock: orElse), span: span)
    return (statement, typed(.local(slot), item, span))
  }

  /// A call of the closure kept at `closure` (an adapter's field).
  func callClosure(_ closure: TypedExpr, _ arguments: [TypedExpr], span: SourceSpan) -> TypedExpr {
    guard case .structure(let name) = table.shallow(closure.type),
      let signature = closureState.signatures[name]
    else { return invalid(span) }
    let environment = typed(
      .addressOf(closure, mutable: signature.mutatesCaptures),
      .reference(closure.type, mutable: signature.mutatesCaptures), span)
    let checked = zip(arguments, signature.parameterTypes).map { coerce($0, to: $1) }
    return typed(
      .call(function: signature.functionIndex, arguments: [environment] + checked), signature.returnType, span
    )
  }

  /// `Chain::next` with a kept adapter in a half: `a` until it runs out (then dropped, leaving
  /// `None`), then `b`. Each half is taken out of its `Option` while it gives its item and put
  /// back after, so the item borrows what the half borrows, never the `Chain` itself.
  private func writtenChainNext(_ place: TypedExpr, halves: [TypeTerm], option: TypeTerm, span: SourceSpan)
    -> TypedExpr
  {
    let item = TypeTerm.keptItem(halves[0]) ?? .unit
    let loopID = beginLoop(label: nil, breakType: option)
    loops.removeLast()
    func statement(_ expr: TypedExpr) -> TypedStatement {
      TypedStatement(kind: .expression(expr), span: span)
    }
    func half(_ index: Int) -> TypedExpr { typed(.field(place, index: index), .option(halves[index]), span) }
    func taken(_ index: Int) -> TypedExpr {
      let reference = typed(
        .addressOf(half(index), mutable: true), .reference(.option(halves[index]), mutable: true), span)
      return typed(.builtin(.optionTake, arguments: [reference]), .option(halves[index]), span)
    }
    func someBinding(_ slot: Int, _ type: TypeTerm, mutable: Bool) -> TypedPattern {
      TypedPattern(
        kind: .variant(
          enumName: "Option", variant: 1,
          [
            TypedPattern(
              kind: .binding(slot: slot, byReference: false, mutable: mutable, subpattern: nil), type: type,
              span: span)
          ]), type: .option(type), span: span)
    }
    func putBack(_ index: Int, _ slot: Int) -> TypedStatement {
      let value = typed(
        .variant(enumName: "Option", variant: 1, payload: [typed(.local(slot), halves[index], span)]),
        .option(halves[index]), span)
      return statement(typed(.assign(half(index), value), .unit, span))
    }
    pushScope()
    // `if let Some(mut a) = self.a.take() { if let Some(x) = a.next() { self.a = Some(a); break Some(x) } }`
    let front = declareLocal("(a)", type: halves[0], line: span.start.line, isMutable: true)
    let frontPlace = typed(.local(front), halves[0], span)
    let x = declareLocal("(x)", type: item, line: span.start.line)
    let some = typed(
      .variant(enumName: "Option", variant: 1, payload: [typed(.local(x), item, span)]), option, span)
    let give = TypedBlock(
      statements: [putBack(0, front), statement(typed(.breakLoop(loop: loopID, some), .never, span))],
      tail: nil,
      declaredSlots: [], span: span)
    let fromFront = statement(
      typed(
        .ifLet(someBinding(x, item, mutable: false), writtenNext(frontPlace, span: span), give, nil), .unit,
        span))
    let frontBlock = TypedBlock(statements: [fromFront], tail: nil, declaredSlots: [], span: span)
    let first = statement(
      typed(.ifLet(someBinding(front, halves[0], mutable: true), taken(0), frontBlock, nil), .unit, span))
    // `if let Some(mut b) = self.b.take() { let y = b.next(); self.b = Some(b); y } else { None }`
    let back = declareLocal("(b)", type: halves[1], line: span.start.line, isMutable: true)
    let y = declareLocal("(y)", type: option, line: span.start.line)
    let yPattern = TypedPattern(
      kind: .binding(slot: y, byReference: false, mutable: false, subpattern: nil), type: option, span: span)
    let fromBack = TypedBlock(
      statements: [
        TypedStatement(
          kind: .binding(
            yPattern, writtenNext(typed(.local(back), halves[1], span), span: span), elseBlock: nil),
          span: span),
        putBack(1, back),
      ], tail: typed(.local(y), option, span), declaredSlots: [], span: span)
    let none = typed(.variant(enumName: "Option", variant: 0, payload: []), option, span)
    let second = typed(
      .ifLet(someBinding(back, halves[1], mutable: true), taken(1), fromBack, none), option, span)
    let result = statement(typed(.breakLoop(loop: loopID, second), .never, span))
    let body = TypedBlock(statements: [first, result], tail: nil, declaredSlots: popScope(), span: span)
    return typed(.loop(body, loop: loopID), option, span)
  }
}
