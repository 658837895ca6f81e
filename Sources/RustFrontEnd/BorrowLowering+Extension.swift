extension BorrowLowering {
  /// Lowers a `let` initializer in an extending position: the operands of `&`, of tuples,
  /// arrays, struct and variant literals and casts, a block's tail and the branches of `if` and
  /// `match` keep extending; a temporary borrowed there lives until the end of the `let`'s block.
  /// `extensionFrame` is that block's frame while an extended temporary may be made.
  mutating func lowerExtending(_ expr: TypedExpr) -> [Int] {
    let frame = extensionFrame
    extensionFrame = nil
    defer { extensionFrame = frame }
    guard let frame else { return lowerValue(expr) }
    func extending(_ inner: TypedExpr, _ lowering: inout BorrowLowering) -> [Int] {
      lowering.extensionFrame = frame
      defer { lowering.extensionFrame = nil }
      return lowering.lowerExtending(inner)
    }
    switch expr.kind {
    case .addressOf(let inner, let mutable)
    where expr.isPromotedBorrow(of: inner, mutable: mutable, in: program):
      // `None => &0`: a promoted constant, no temporary of the block (which in a loop would
      // end at each iteration's close while the `let` holds it).
      return []
    case .addressOf(let inner, false) where sharedReborrowSource(inner) != nil:
      return sharedReborrowSource(inner).map { lowerValue($0) } ?? []
    case .addressOf(let inner, let mutable) where inner.span != expr.span:
      let place = lowerExtendedPlace(inner, frame: frame)
      let span = borrowSpan(of: inner, default: expr.span)
      let holder = borrow(place, mutable: mutable, span: span, autoReference: false)
      noteCaptureUse(holder, borrowing: inner, in: expr)
      return [holder]
    case .tuple(let items), .array(let items):
      return items.flatMap { extending($0, &self) }
    case .structLiteral(let name, let fields, let base):
      var carriers: [Int] = []
      for field in fields {
        let own = extending(field.value, &self)
        requireStatic(own, ifDeclaredIn: name, at: field.index, value: field.value)
        carriers += own
      }
      if let base {
        carriers += lowerStructUpdateBase(base, written: Set(fields.map(\.index)), literal: expr.span)
      }
      return carriers
    case .variant(let enumName, let variant, let payload):
      var carriers: [Int] = []
      for (position, value) in payload.enumerated() {
        let own = extending(value, &self)
        requireStatic(own, ifDeclaredIn: "\(enumName)#\(variant)", at: position, value: value)
        carriers += own
      }
      return carriers
    case .coerce(let coercion, let inner) where coercion != .never:
      return extending(inner, &self)
    case .block(let block):
      extensionFrame = frame
      statementTemporaries.append([])
      let carriers = lowerBlock(block, extendingTail: true)
      statementTemporaries[statementTemporaries.count - 2] += statementTemporaries.removeLast()
      return carriers
    case .ifElse(let condition, let then, let elseBranch):
      _ = lowerValue(condition)
      let split = current
      extensionFrame = frame
      let thenCarriers = lowerBlock(then, extendingTail: true)
      let thenEnd = current
      current = split
      let elseCarriers = elseBranch.map { extending($0, &self) } ?? []
      join([thenEnd, current])
      return thenCarriers + elseCarriers
    case .match(let scrutinee, let arms):
      // The scrutinee is not extended; each arm's value is, as a branch of `if` is.
      let split = lowerScrutinee(scrutinee, patterns: arms.map(\.pattern))
      var ends: [Int?] = []
      var carriers: [Int] = []
      for arm in arms {
        current = split.node
        bind(arm.pattern, to: split)
        if let guardExpression = arm.guardExpression { _ = lowerValue(guardExpression) }
        carriers += extending(arm.body, &self)
        ends.append(current)
      }
      join(ends)
      return carriers
    default:
      return lowerValue(expr)
    }
  }

  /// The operand of an extending `&`: a temporary made for it (or for the base of a field,
  /// index or dereference of it) lives as long as the `let`'s block.
  mutating func lowerExtendedPlace(_ expr: TypedExpr, frame: Int) -> BorrowGraph.Place {
    if !isMadeInPlace(expr) { return lowerPlace(expr) }
    switch expr.kind {
    case .field(let base, let index):
      let place = lowerExtendedPlace(base, frame: frame)
      return place.appending(.field(index), description: place.description)
    case .index(let base, let index):
      let place = lowerExtendedPlace(base, frame: frame)
      _ = lowerValue(index)
      return place.appending(.index, description: place.description)
    case .deref(let guardValue) where isGuard(resolved(guardValue.type)):
      // `&n.borrow().name`: the guard made in place is the extended temporary.
      let carriers = lowerValue(guardValue)
      extensionFrame = frame
      defer { extensionFrame = nil }
      let holder = temporary(span: guardValue.span, flowingFrom: carriers)
      return BorrowGraph.Place(root: holder, projections: [.derefBox], description: "value")
    default:
      let carriers = lowerValue(expr)
      extensionFrame = frame
      defer { extensionFrame = nil }
      return BorrowGraph.Place(
        root: temporary(span: wholeSpan(expr), flowingFrom: carriers), description: "value")
    }
  }

  /// Whether the place `expr` names is in a value made by the expression itself (`make().x`,
  /// `c.borrow()[0]`), not in a variable or behind a reference.
  private func isMadeInPlace(_ expr: TypedExpr) -> Bool {
    switch expr.kind {
    case .field(let base, _), .index(let base, _): return isMadeInPlace(base)
    case .deref(let base) where isGuard(resolved(base.type)): return isMadeInPlace(base)
    default: return !isPlaceExpression(expr)
    }
  }

  /// `Ref`, `RefMut` and `MutexGuard`: values whose drop ends a borrow or a lock.
  func isGuard(_ type: TypeTerm) -> Bool {
    switch type {
    case .library(.ref, _), .library(.refMut, _): return true
    case .structure(let name): return Checker.isLockGuardName(name)
    default: return false
    }
  }
}
