import MemoryModel

extension Checker {
  // MARK: - Operators

  func checkUnary(_ op: UnaryOperator, _ operand: Expr, wanted: TypeTerm? = nil, span: SourceSpan)
    -> TypedExpr
  {
    let checked = checkExpression(operand)
    let type = table.shallow(checked.type)
    switch op {
    case .dereference:
      switch type {
      case .reference(let inner, _), .box(let inner), .rc(let inner), .arc(let inner),
        .library(.ref, let inner),
        .library(.refMut, let inner):
        return typed(.deref(checked), inner, span)
      case let type where guardTarget(type) != nil:
        return guardTarget(type).map { typed(.deref(checked), $0, span) } ?? invalid(span)
      case .never: return checked
      default:
        if let place = userDerefPlace(checked, mutable: false, span: span) { return place }
        error("type `\(table.displayName(type))` cannot be dereferenced", at: span)
        return invalid(span)
      }
    case .negate:
      // `-128i8`, `i128::MIN` written out: the literal is negated before its range is checked.
      // An unsigned type known now is E0600 (`let n: u32 = -1;`, `-1u8`); one settled later
      // is E0277 (`u32: Neg`), found with the literal ranges.
      let known = wanted.map { table.shallow($0) } ?? type
      if case .integer(let kind) = known, !kind.isSigned, case .integer = checked.kind {
        error("cannot apply unary operator `-` to type `\(kind.rawValue)`", at: span)
        return invalid(span)
      }
      if case .integer(let literal) = checked.kind {
        noteNegated(literalAt: checked.span, by: span)
        return typed(.integer(0 &- literal), checked.type, span)
      }
      if case .float(let literal) = checked.kind {
        return typed(.float(-literal), checked.type, span)
      }
      if let call = checkUnaryOperatorCall(.negate, checked, span: span) { return call }
      let value = derefNumeric(checked)
      switch table.shallow(value.type) {
      case .integer(let kind) where !kind.isSigned:
        error("cannot apply unary operator `-` to type `\(kind.rawValue)`", at: span)
        return invalid(span)
      case .integer, .float:
        return typed(.negate(value), value.type, span)
      case .variable where table.kind(of: value.type) != .general:
        return typed(.negate(value), value.type, span)
      default:
        error("cannot apply unary operator `-` to type `\(table.displayName(value.type))`", at: span)
        return invalid(span)
      }
    case .not:
      if let call = checkUnaryOperatorCall(.not, checked, span: span) { return call }
      let value = derefNumeric(checked)
      switch table.shallow(value.type) {
      case .bool, .integer:
        return typed(.not(value), value.type, span)
      case .variable where table.kind(of: value.type) == .integer:
        return typed(.not(value), value.type, span)
      default:
        error("cannot apply unary operator `!` to type `\(table.displayName(value.type))`", at: span)
        return invalid(span)
      }
    }
  }

  /// `&i32` operands of arithmetic are read through (`sum += x` with `x: &i32`).
  package func derefNumeric(_ expr: TypedExpr) -> TypedExpr {
    var current = expr
    while case .reference(let inner, _) = table.shallow(current.type) {
      current = typed(.deref(current), inner, current.span)
    }
    return current
  }

  /// A type as rustc names what it found: an unsettled literal by its kind.
  func foundName(_ type: TypeTerm) -> String {
    let shallow = table.shallow(type)
    if case .variable = shallow {
      switch table.kind(of: shallow) {
      case .integer: return "integer"
      case .float: return "floating-point number"
      default: break
      }
    }
    return "`\(table.displayName(type))`"
  }

  /// How many references wrap the type (`&&i32`: 2).
  func referenceDepth(_ type: TypeTerm) -> Int {
    var depth = 0
    var current = table.shallow(type)
    while case .reference(let inner, _) = current {
      depth += 1
      current = table.shallow(inner)
    }
    return depth
  }

  package func isNumeric(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .integer, .float: return true
    case .variable: return table.kind(of: type) != .general
    default: return false
    }
  }

  func checkBinary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, span: SourceSpan) -> TypedExpr {
    if let setOperator = checkSetOperator(op, left, right, span: span) { return setOperator }
    let l = checkExpression(left)
    let r = checkExpression(right)
    switch op {
    case .logicalAnd, .logicalOr:
      return typed(
        .logical(isAnd: op == .logicalAnd, coerce(l, to: .bool), coerce(r, to: .bool)), .bool, span)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      if reportsUnknownOperand([l]) { return invalid(span) }
      return checkComparison(op, l, r, span: span)
    default:
      if refusesUncheckedSetOperator(op, l, r, span: span) { return invalid(span) }
      return checkArithmetic(op, l, r, span: span)
    }
  }

  /// `total + 1`, `total > 5` where nothing said what `total` is: rustc asks for its type
  /// (inside a closure the operands may still be settled by the closure's use).
  private func reportsUnknownOperand(_ operands: [TypedExpr]) -> Bool {
    guard closureState.enclosing == nil else { return false }
    for operand in operands {
      let type = table.shallow(operand.type)
      if case .variable = type, table.kind(of: type) == .general {
        reportAnnotationsNeeded(for: operand, code: nil, at: sourceSpan(of: operand))
        return true
      }
    }
    return false
  }

  package func checkArithmetic(_ op: BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, span: SourceSpan)
    -> TypedExpr
  {
    let left = derefNumeric(l)
    let right = derefNumeric(r)
    let leftType = table.shallow(left.type)
    if leftType.isNever || table.shallow(right.type).isNever {
      return typed(.arithmetic(op, left, right), .never, span)
    }
    if let call = checkOperatorCall(op, l, r, span: span) { return call }
    if reportsUnknownOperand([left, right]) { return invalid(span) }
    // std's operators take a number or one reference to it on each side (`&i32 % i32`), never
    // two (`&&i32 % i32`, the `filter(|x| x % 2 == 0)` slip).
    if referenceDepth(l.type) > 1 || referenceDepth(r.type) > 1, isNumeric(left.type), isNumeric(right.type) {
      operatorNotImplemented(op, l, r, span: span)
      return invalid(span)
    }
    if op == .add, case .string = leftType {
      // `String + &str` appends to the left string.
      let appended = coerce(r, to: .reference(.str, mutable: false))
      return typed(.builtin(.stringPushStr, arguments: [left, appended]), .string, span)
    }
    if op == .shiftLeft || op == .shiftRight {
      guard isIntegerLike(left.type), isIntegerLike(right.type) else {
        operatorNotImplemented(op, l, r, span: span)
        return invalid(span)
      }
      return typed(.arithmetic(op, left, right), left.type, span)
    }
    let bitwise = op == .bitAnd || op == .bitOr || op == .bitXor
    if bitwise, case .bool = leftType {
      guard table.unify(right.type, .bool) else {
        error("mismatched types: expected `bool`, found `\(table.displayName(right.type))`", at: right.span)
        return invalid(span)
      }
      return typed(.arithmetic(op, left, right), .bool, span)
    }
    if closureState.enclosing != nil {
      inferClosureOperand(left.type, right.type)
      if !bitwise, let deferred = deferClosureArithmetic(op, left, right, span: span) { return deferred }
    }
    guard isNumeric(left.type), isNumeric(right.type), table.unify(left.type, right.type) else {
      if isNumeric(left.type) && isNumeric(right.type)
        && isIntegerLike(left.type) == isIntegerLike(right.type)
      {
        // Two integers (or two floats) of different types: rustc first asks the right to match.
        error(
          "mismatched types: expected `\(table.displayName(left.type))`, found `\(table.displayName(right.type))`",
          at: sourceSpan(of: right))
      } else {
        operatorNotImplemented(op, l, r, span: span)
      }
      return invalid(span)
    }
    if bitwise, case .float = table.shallow(left.type) {
      operatorNotImplemented(op, l, r, span: span)
      return invalid(span)
    }
    return typed(.arithmetic(op, left, right), left.type, span)
  }

  package func isIntegerLike(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .integer: return true
    case .variable: return table.kind(of: type) == .integer
    default: return false
    }
  }

  /// Whether `expr` is a raw pointer from `as_ptr()`, made there or kept in a variable.
  func isRawPointer(_ expr: TypedExpr) -> Bool {
    switch expr.kind {
    case .builtin(.strAsPointer, _), .builtin(.sliceAsPointer, _): return true
    case .local(let slot): return locals.indices.contains(slot) && locals[slot].holdsRawPointer
    default: return false
    }
  }

  func checkComparison(_ op: BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, span: SourceSpan)
    -> TypedExpr
  {
    var left = l
    var right = r
    if holdsStandardCow(left.type) || holdsStandardCow(right.type) {
      unsupported("comparisons of a `Cow<str>`", at: span)
      return invalid(span)
    }
    // Strings compare with each other however they are held (`s == "hi"`, `&s == "hi"`).
    if isStringLike(left.type), isStringLike(right.type) {
      return typed(.comparison(op, asStrReference(left), asStrReference(right)), .bool, span)
    }
    if isRawPointer(left) || isRawPointer(right), isReference(left.type), isReference(right.type),
      table.unify(left.type, right.type)
    {
      // `a.as_ptr() == b.as_ptr()`: raw pointers compare their addresses, not what they point at.
      return typed(.comparison(op, left, right), .bool, span)
    }
    // Peel matching layers of references: `&a == &b` compares `a` with `b`. A reference on
    // one side only is rustc's E0277 (`&i32 == i32` has no `PartialEq` impl).
    // Two slices stay behind their references: a `[T]` read on its own has lost its length.
    while case .reference(let a, _) = table.shallow(left.type),
      case .reference(let b, _) = table.shallow(right.type), !(isSlice(a) && isSlice(b))
    {
      left = typed(.deref(left), a, left.span)
      right = typed(.deref(right), b, right.span)
    }
    if isSlice(referent(of: left.type)), isSlice(referent(of: right.type)) {
      left = sharedSliceReference(left)
      right = sharedSliceReference(right)
    } else if op == .equal || op == .notEqual, isSequence(left.type), isSequence(right.type) {
      switch sequenceEquality(left, right) {
      case .slices(let a, let b):
        // `v == [1, 2]`, `v == &a`: std compares a `Vec`, an array and a slice as slices.
        (left, right) = (a, b)
      case .missing:
        error(
          "can't compare `\(table.displayName(l.type))` with `\(table.displayName(r.type))`",
          at: tokenSpan(op.rawValue, after: sourceSpan(of: l)) ?? span)
        return invalid(span)
      case .unknown:
        break
      }
    }
    if isReference(left.type) != isReference(right.type), !table.shallow(left.type).isNever,
      !table.shallow(right.type).isNever
    {
      if op != .equal, op != .notEqual, isReference(left.type) {
        // `PartialOrd` for a reference compares only with another reference: the right
        // operand is expected to be one (`x > 1` with `x: &&i32`).
        let expected = String(repeating: "&", count: referenceDepth(left.type)) + "_"
        error("mismatched types: expected `\(expected)`, found \(foundName(r.type))", at: sourceSpan(of: r))
        return invalid(span)
      }
      error(
        "can't compare `\(table.displayName(l.type))` with `\(table.displayName(r.type))`",
        at: tokenSpan(op.rawValue, after: sourceSpan(of: l)) ?? span)
      return invalid(span)
    }
    if table.shallow(left.type).isNever || table.shallow(right.type).isNever {
      return typed(.comparison(op, left, right), .bool, span)
    }
    if op == .equal || op == .notEqual, let (leftSlice, rightSlice) = slicesOfSliceAndArray(left, right) {
      // `bytes == b"hi"` with `bytes: &[u8]`: std's `[T] == [T; N]` compares them as slices.
      return checkComparison(op, leftSlice, rightSlice, span: span)
    }
    guard table.unify(left.type, right.type) else {
      if isSequence(left.type) && isSequence(right.type) {
        // Ordering across these, or a pair std has no impl for: memtutor not yet.
        unsupported("comparisons of a slice, array or `Vec` with a different one of these", at: span)
        return invalid(span)
      }
      error(
        "mismatched types: expected `\(table.displayName(left.type))`, found `\(table.displayName(right.type))`",
        at: right.span)
      return invalid(span)
    }
    let ordering = op != .equal && op != .notEqual
    if let call = checkHandWrittenComparison(op, left, right, span: span) { return call }
    if !isComparable(left.type, ordering: ordering), refusesUnsettledComparison(left.type, at: span) {
      return invalid(span)
    }
    if case .hashMap(let key, let value, let isSet, let ordered) = table.shallow(left.type),
      !ordering || ordered, isComparable(key, ordering: ordering),
      isSet || isComparable(value, ordering: ordering)
    {
      // std compares maps and sets (a `BTreeMap`'s and `BTreeSet`'s in key order, too).
      unsupported("comparisons of maps and sets", at: span)
      return invalid(span)
    }
    if !isComparable(left.type, ordering: ordering) {
      let trait = ordering ? "PartialOrd" : "PartialEq"
      error(
        "binary operation `\(op.rawValue)` cannot be applied to type `\(table.displayName(left.type))` (it does not implement `\(trait)`)",
        at: operatorSpan(after: l.span, op.rawValue) ?? span)
      return invalid(span)
    }
    if case .slice = table.shallow(left.type) {
      // Unsized slices compare through their references, whose lengths the comparison reads.
      return typed(.comparison(op, sliceReference(left), sliceReference(right)), .bool, span)
    }
    return typed(.comparison(op, left, right), .bool, span)
  }

  /// `&place` for a slice place (`*r` gives back `r`).
  private func sliceReference(_ place: TypedExpr) -> TypedExpr {
    if case .deref(let pointer) = place.kind, case .reference = table.shallow(pointer.type) { return pointer }
    return typed(.addressOf(place, mutable: false), .reference(place.type, mutable: false), place.span)
  }

  /// A slice compared with an array (either side) of the same element type: both as slices.
  private func slicesOfSliceAndArray(_ left: TypedExpr, _ right: TypedExpr) -> (TypedExpr, TypedExpr)? {
    switch (table.shallow(left.type), table.shallow(right.type)) {
    case (.slice(let element), .array(let other, let length)):
      guard table.unify(element, other) else { return nil }
      return (left, arrayAsSlice(right, element: element, length: length))
    case (.array(let element, let length), .slice(let other)):
      guard table.unify(element, other) else { return nil }
      return (arrayAsSlice(left, element: element, length: length), right)
    default:
      return nil
    }
  }

  /// The array place `array` seen as the slice `*(&array as &[T])`.
  private func arrayAsSlice(_ array: TypedExpr, element: TypeTerm, length: Int) -> TypedExpr {
    let reference: TypedExpr
    if case .deref(let pointer) = array.kind {
      reference = pointer
    } else {
      reference = typed(.addressOf(array, mutable: false), .reference(array.type, mutable: false), array.span)
    }
    let slice = typed(
      .coerce(.arrayToSlice(length: length), reference), .reference(.slice(element), mutable: false),
      array.span)
    return typed(.deref(slice), .slice(element), array.span)
  }

  private func isReference(_ type: TypeTerm) -> Bool {
    if case .reference = table.shallow(type) { return true }
    return false
  }

  package func isStringLike(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .string, .str: return true
    case .reference(let inner, _): return isStringLike(inner)
    default: return false
    }
  }

  /// Any string-like expression as a `&str` value.
  package func asStrReference(_ expr: TypedExpr) -> TypedExpr {
    switch table.shallow(expr.type) {
    case .string:
      let reference = typed(.addressOf(expr, mutable: false), .reference(.string, mutable: false), expr.span)
      return typed(.coerce(.stringToStr, reference), .reference(.str, mutable: false), expr.span)
    case .str:
      return typed(.addressOf(expr, mutable: false), .reference(.str, mutable: false), expr.span)
    case .reference(let inner, _):
      switch table.shallow(inner) {
      case .str:
        return expr
      case .string:
        return typed(.coerce(.stringToStr, expr), .reference(.str, mutable: false), expr.span)
      default:
        return asStrReference(typed(.deref(expr), inner, expr.span))
      }
    default:
      return expr
    }
  }

  /// A comparison of a type still holding an unknown part (`Result<Vec<i32>, _>` whose error
  /// a `parse` gives): a known parse settles it now; anything else is refused, as which trait
  /// the part implements is not known yet. False when the type is known enough to judge.
  func refusesUnsettledComparison(_ type: TypeTerm, at span: SourceSpan) -> Bool {
    settleKnownParseErrors()
    guard table.resolve(type).containsVariables, !isComparable(type, ordering: false) else { return false }
    unsupported("comparing values whose type is not known yet", at: span)
    return true
  }

  package func isComparable(_ type: TypeTerm, ordering: Bool) -> Bool {
    switch table.shallow(type) {
    case .unit, .bool, .char, .integer, .float, .string, .str: return true
    case .variable: return table.kind(of: type) != .general
    case .vec(let t), .box(let t), .rc(let t), .arc(let t), .option(let t), .array(let t, _), .slice(let t):
      return isComparable(t, ordering: ordering)
    case .reference(let t, _): return isComparable(t, ordering: ordering)
    case .library(let wrapper, let t): return wrapper != .weak && isComparable(t, ordering: ordering)
    case .tuple(let items): return items.allSatisfy { isComparable($0, ordering: ordering) }
    case .result(let value, let error):
      return isComparable(value, ordering: ordering) && isComparable(error, ordering: ordering)
    case .structure(let name), .enumeration(let name):
      if let written = handWrittenComparisons[name],
        written[ordering ? "PartialOrd" : "PartialEq"] != nil
      {
        reachedHandWrittenComparison = true
        return true
      }
      let derives = derivesOf(name)
      return derives.contains(ordering ? "PartialOrd" : "PartialEq")
    default: return false
    }
  }
}

extension Checker {
  /// An array, slice or `Vec`, or a reference to one.
  func isSequence(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .array, .slice, .vec: return true
    case .reference(let inner, _): return isSequence(inner)
    default: return false
    }
  }

  /// rustc's report of an operator the operands do not implement, at the operator: E0277 when
  /// the left operand is a number (it has impls, none for this right side), E0369 otherwise.
  func operatorNotImplemented(_ op: BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, span: SourceSpan) {
    let left = "`\(table.displayName(l.type))`"
    let right = "`\(table.displayName(r.type))`"
    let message: String
    switch op {
    case .add: message = "cannot add \(right) to \(left)"
    case .subtract: message = "cannot subtract \(right) from \(left)"
    case .multiply: message = "cannot multiply \(left) by \(right)"
    case .divide: message = "cannot divide \(left) by \(right)"
    case .remainder: message = "cannot calculate the remainder of \(left) divided by \(right)"
    default:
      message =
        "no implementation for `\(table.displayName(l.type)) \(op.rawValue) \(table.displayName(r.type))`"
    }
    error(message, at: tokenSpan(op.rawValue, after: sourceSpan(of: l)) ?? span)
    // A number on the left, or one reference to it, has impls for other right sides.
    diagnostics[diagnostics.count - 1].code =
      isNumeric(derefNumeric(l).type) && referenceDepth(l.type) <= 1 ? "E0277" : "E0369"
  }
}

extension Checker {
  /// Where the operator after `left` is written (rustc's caret for a binary operation's
  /// error): found in the source after the left operand, past spaces.
  func operatorSpan(after left: SourceSpan, _ written: String) -> SourceSpan? {
    let line = left.end.line
    guard line >= 1, line <= sourceLines.count else { return nil }
    let text = sourceLines[line - 1]
    var column = left.end.column
    while column - 1 < text.count, text[column - 1] == " " || text[column - 1] == "\t" { column += 1 }
    let symbols = Array(written.unicodeScalars)
    guard column - 1 + symbols.count <= text.count,
      Array(text[(column - 1)..<(column - 1 + symbols.count)]) == symbols
    else { return nil }
    return SourceSpan(
      start: SourceLocation(line: line, column: column),
      end: SourceLocation(line: line, column: column + symbols.count))
  }
}
