import MemoryModel

extension Checker {
  package func typed(_ kind: TypedExpr.Kind, _ type: TypeTerm, _ span: SourceSpan) -> TypedExpr {
    TypedExpr(kind: kind, type: type, span: span)
  }

  /// An expression standing in for one that failed to check (errors are already recorded).
  package func invalid(_ span: SourceSpan) -> TypedExpr {
    typed(.unit, .never, span)
  }

  package func checkExpression(_ expr: Expr) -> TypedExpr {
    let reachedOutside = reachedHandWrittenComparison
    let clonedOutside = reachedHandWrittenClone
    reachedHandWrittenComparison = false
    reachedHandWrittenClone = false
    let result = checkExpressionKind(expr)
    if reachedHandWrittenComparison {
      // `v == w` over a `Vec<Person>`, `v.contains(&p)`: memtutor would compare the values itself.
      unsupported(
        "comparisons made this way of values whose `PartialEq` or `Ord` is written by hand", at: expr.span)
    }
    if reachedHandWrittenClone {
      // `v.clone()` of a `Vec<Counter>`, `v.iter().cloned()`: memtutor would clone the values itself.
      unsupported("clones made this way of values whose `Clone` is written by hand", at: expr.span)
    }
    reachedHandWrittenComparison = reachedOutside
    reachedHandWrittenClone = clonedOutside
    return result
  }

  private func checkExpressionKind(_ expr: Expr) -> TypedExpr {
    nesting += 1
    defer { nesting -= 1 }
    if nesting > Self.maximumNesting {
      if nesting == Self.maximumNesting + 1 {
        unsupported("expressions nested more than \(Self.maximumNesting) levels deep", at: expr.span)
      }
      return invalid(expr.span)
    }
    let span = expr.span
    let enclosingWanted = functionPointerWanted
    let exactWanted = functionPointerWantedType
    functionPointerWantedType = nil
    defer {
      functionPointerWanted = enclosingWanted
      functionPointerWantedType = exactWanted
    }
    if functionPointerWanted, !Self.passesFunctionPointerWanted(expr.kind) { functionPointerWanted = false }
    noteWrappedClosure(expr.kind, wanted: exactWanted)
    switch expr.kind {
    case .integer(let value, let suffix):
      return checkIntegerLiteral(value, suffix: suffix, span: span)
    case .float(let value, let suffix):
      let type: TypeTerm
      switch suffix {
      case "f32": type = .float(.f32)
      case "f64": type = .float(.f64)
      case nil: type = table.fresh(.float)
      default:
        error("invalid suffix `\(suffix ?? "")` for float literal", at: span)
        type = .float(.f64)
      }
      return typed(.float(value), type, span)
    case .string(let text):
      return typed(.string(text), .reference(.str, mutable: false), span)
    case .character(let scalar):
      return typed(.character(scalar), .char, span)
    case .boolean(let value):
      return typed(.boolean(value), .bool, span)
    case .path(let path, let generics):
      return checkPath(path, generics: generics, span: span)
    case .tuple(let items):
      if items.isEmpty { return typed(.unit, .unit, span) }
      var parts: [TypeTerm?] = Array(repeating: nil, count: items.count)
      if let exactWanted, case .tuple(let types) = table.shallow(exactWanted), types.count == items.count {
        parts = types
      }
      let checked = zip(items, parts).map { item, part in
        part.map { checkExpression(item, wanting: $0) } ?? checkExpression(item)
      }
      return typed(.tuple(checked), .tuple(checked.map(\.type)), span)
    case .array(let items):
      if let wanted = annotatedInitializer, wanted.id == expr.id,
        case .array(let element, let length) = table.shallow(wanted.type), length == items.count,
        isTraitObjectPointer(element) || containsFunctionPointer(element) || isUnsizedReference(element)
      {
        // `let list: [&dyn Named; 2] = [&a, &b]`, `let rows: [&[i32]; 2] = [&v, &w]`: each item
        // coerces on its own.
        return typed(
          .array(items.map { coerce(checkExpression($0, wanting: element), to: element) }), wanted.type, span)
      }
      return checkArray(items, span: span)
    case .arrayRepeat(let value, let count):
      let element = checkExpression(value)
      guard let length = constantInteger(count), length >= 0, length <= Int128(Int.max) else {
        unsupported("the array length here (use an integer constant)", at: count.span)
        return invalid(span)
      }
      if Int(length) > 1, !isCopy(element.type) {
        error(
          "the trait bound `\(table.displayName(element.type)): Copy` is not satisfied (array repeat needs a `Copy` value)",
          at: value.span)
      }
      return typed(.arrayRepeat(element, count: Int(length)), .array(element.type, Int(length)), span)
    case .structLiteral(let path, let fields, let base):
      return checkStructLiteral(path: path, fields: fields, base: base, span: span, id: expr.id)
    case .call(let callee, let arguments):
      if refusesStandardSourceCall(expr) { return invalid(span) }
      return checkCall(callee: callee, arguments: arguments, span: span)
    case .methodCall where rewritingStandardSources(expr) != nil:
      return checkExpression(rewritingStandardSources(expr) ?? expr)
    case .methodCall(let receiver, "?", _, _):
      return checkTry(receiver, span: span, id: expr.id)
    case .methodCall(let receiver, let method, let generics, let written):
      openRangeConsumers.insert(receiver.id)
      for argument in written { openRangeConsumers.insert(argument.id) }
      let arguments = written.map(restoringForwardedValue)
      if method == "by_ref", arguments.isEmpty, generics.isEmpty, isUserIteratorExpression(receiver) {
        // `counter.by_ref()` is `&mut counter` (`Iterator::by_ref`).
        return checkExpression(Expr(id: expr.id, kind: .reference(mutable: true, receiver), span: span))
      }
      if let cased = checkCaseMappingString(
        receiver, method: method, generics: generics, id: expr.id, span: span)
      {
        return cased
      }
      if let sorted = sortWithHandWrittenOrd(
        receiver, method: method, arguments: arguments, id: expr.id, span: span)
      {
        return sorted
      }
      if method == "drain", let bounds = drainBounds(arguments) {
        return checkMethodCall(
          receiver: receiver, method: "(drain)", generics: generics, arguments: bounds, span: span)
      }
      if let terminal = checkTerminalOfUnsettledType(expr) { return terminal }
      if method == "collect", let target = treeCollectTarget(generics: generics, id: expr.id) {
        return checkTreeCollect(
          receiver: receiver, arguments: arguments, target: target, id: expr.id, span: span)
      }
      if method == "collect", let element = binaryHeapTarget(generics: generics, id: expr.id) {
        return checkBinaryHeapCollect(
          receiver: receiver, arguments: arguments, element: element, id: expr.id, span: span)
      }
      if method == "collect", let element = vecDequeTarget(generics: generics, id: expr.id) {
        return checkVecDequeCollect(
          receiver: receiver, arguments: arguments, element: element, id: expr.id, span: span)
      }
      if method == "into", arguments.isEmpty, generics.isEmpty, let annotated = annotatedInitializer,
        annotated.id == expr.id,
        let conversion = checkIntoCall(receiver: receiver, target: annotated.type, span: span)
      {
        return conversion
      }
      if method == "into", arguments.isEmpty, generics.isEmpty,
        let element = vecDequeTarget(generics: [], id: expr.id)
      {
        return checkVecDequeInto(receiver: receiver, element: element, span: span)
      }
      if method == "collect", arguments.isEmpty,
        collectsFallibleStraightFromSource(receiver, generics, id: expr.id)
      {
        unsupported(
          "`collect` into an `Option<Vec<_>>` or `Result<Vec<_>, _>` with no adapter before it", at: span)
        return invalid(span)
      }
      if method == "collect", arguments.isEmpty,
        let collected = checkCollectFromReceiver(receiver, generics: generics, id: expr.id, span: span)
      {
        return collected
      }
      if method == "collect", collectsIntoHashTable(generics: generics, id: expr.id) {
        return checkHashTableCollect(
          receiver: receiver, generics: generics, arguments: arguments, span: span, id: expr.id)
      }
      if method == "zip", isZipOfSliceIterators(receiver: receiver, arguments: arguments) {
        return checkMethodCall(
          receiver: receiver, method: "(zip)", generics: generics, arguments: arguments, span: span)
      }
      if method == "join", let meant = joinMethodName(arguments) {
        return checkMethodCall(
          receiver: receiver, method: meant, generics: generics, arguments: arguments, span: span)
      }
      if method == "extend", let meant = extendCall(arguments) {
        let enclosing = writtenExtendSource
        writtenExtendSource = arguments.first
        defer { writtenExtendSource = enclosing }
        return checkMethodCall(
          receiver: receiver, method: meant.method, generics: generics, arguments: meant.arguments, span: span
        )
      }
      if let edited = checkRemovingVecMethod(
        receiver: receiver, method: method, arguments: arguments, span: span)
      {
        return edited
      }
      if let sorted = checkClosureSliceMethod(
        receiver: receiver, method: method, arguments: arguments, span: span)
      {
        return sorted
      }
      if let mapped = checkArrayMap(receiver: receiver, method: method, arguments: arguments, span: span) {
        return mapped
      }
      if let compared = checkIteratorComparison(
        receiver: receiver, method: method, generics: generics, arguments: arguments, span: span)
      {
        return compared
      }
      if let pipeline = checkAdapterChain(
        receiver: receiver, method: method, generics: generics, arguments: arguments, span: span, id: expr.id)
      {
        if rejectsSumTarget(method: method, made: pipeline, receiver: receiver, span: span, id: expr.id) {
          return invalid(span)
        }
        return pipeline
      }
      if let matched = checkOptionClosureMethod(
        receiver: receiver, method: method, arguments: arguments, span: span)
      {
        return matched
      }
      if let tieBreak = checkThenWith(receiver: receiver, method: method, arguments: arguments, span: span) {
        return tieBreak
      }
      if let conversion = checkTryInto(
        receiver: receiver, method: method, arguments: arguments, id: expr.id, span: span)
      {
        return conversion
      }
      let enclosingPattern = charPatternArgument
      charPatternArgument = isCharPattern(method: method, arguments: arguments)
      defer { charPatternArgument = enclosingPattern }
      let called = expandingAdapterNext(
        checkMethodCall(
          receiver: receiver, method: method, generics: generics, arguments: arguments, span: span))
      if rejectsSumTarget(method: method, made: called, receiver: receiver, span: span, id: expr.id) {
        return invalid(span)
      }
      return called
    case .field(let base, let name):
      return checkField(base: base, name: name, span: span)
    case .index(let base, let index):
      openRangeConsumers.insert(index.id)
      return checkIndex(base: base, index: index, span: span)
    case .unary(let op, let operand):
      return checkUnary(
        op, operand, wanted: annotatedInitializer.flatMap { $0.id == expr.id ? $0.type : nil }, span: span)
    case .closure(let closure):
      // `let inc: fn(u32) -> u32 = |n| n.pow(2);`: the pointer's parameter types are the closure's.
      // `Box::new(|s| s.len())` as a `Box<dyn Fn(&str) -> usize>`: the object's parameter types.
      var parameters = exactWanted.flatMap { table.shallow($0).functionPointerSignature }?.parameters
      if let wrapped = closureObjectParameters, wrapped.id == expr.id {
        parameters = wrapped.parameters
        closureObjectParameters = nil
      }
      return checkClosure(closure, span: span, expectedParameters: parameters ?? [])
    case .reference(let mutable, let operand):
      return checkReference(mutable: mutable, operand, span: span, id: expr.id)
    case .binary(let op, let left, let right):
      return checkBinary(op, left, right, span: span)
    case .assign(let target, let value):
      return checkAssign(target: target, value: value, span: span)
    case .compoundAssign(let op, let target, let value):
      return checkCompoundAssign(op, target: target, value: value, span: span)
    case .cast(let value, let typeExpr):
      return checkCast(value, to: typeExpr, span: span)
    case .range(let low, let high, let inclusive):
      if low == nil || high == nil, !openRangeConsumers.contains(expr.id) {
        unsupported("a range with an open end (`3..`, `..4`) kept as a value", at: span)
        return invalid(span)
      }
      return checkRange(low: low, high: high, inclusive: inclusive, span: span)
    case .block(let block):
      let checked = checkBlock(block, expected: nil)
      return typed(.block(checked), blockType(checked), span)
    case .ifElse(let condition, let then, let elseBranch):
      return checkIf(
        condition: condition, then: then, elseBranch: elseBranch,
        expected: expectedBranchType(for: expr, wanted: exactWanted), id: expr.id, span: span)
    case .ifLet(let pattern, let scrutinee, let then, let elseBranch):
      return checkIfLet(
        pattern: pattern, scrutinee: scrutinee, then: then, elseBranch: elseBranch, id: expr.id, span: span)
    case .whileLoop(let condition, let body, let label):
      return checkWhile(condition: condition, body: body, label: label, span: span)
    case .whileLet(let pattern, let scrutinee, let body, let label):
      return checkWhileLet(pattern: pattern, scrutinee: scrutinee, body: body, label: label, span: span)
    case .loop(let body, let label):
      return checkLoop(body: body, label: label, span: span)
    case .forLoop(let pattern, let iterable, let body, let label):
      return checkFor(pattern: pattern, iterable: iterable, body: body, label: label, span: span)
    case .match(let scrutinee, let arms):
      return checkMatch(
        scrutinee: scrutinee, arms: arms, expected: expectedBranchType(for: expr, wanted: exactWanted),
        id: expr.id,
        span: span)
    case .breakLoop(let label, let value):
      return checkBreak(label: label, value: value, span: span)
    case .continueLoop(let label):
      guard let context = findLoop(label, span: span, isContinue: true) else { return invalid(span) }
      return typed(.continueLoop(loop: context.id), .never, span)
    case .returnValue(let value):
      if refuseLeavingThreadScope(at: span) { return invalid(span) }
      let enclosingAnnotation = annotatedInitializer
      // `return vec![v.iter().collect()];`: the signature types the value, as a tail's is.
      annotatedInitializer = value.map { ($0.id, returnType) }
      let checked = value.map { coerce(checkExpression($0, wanting: returnType), to: returnType) }
      annotatedInitializer = enclosingAnnotation
      if returnsImplIterator {
        // Each `return` and the tail would have to be one hidden type.
        unsupported("`return` in a function returning `impl Iterator`", at: span)
        return invalid(span)
      }
      if value == nil, !isUnit(returnType) {
        error("mismatched types: expected `\(table.displayName(returnType))`, found `()`", at: span)
      }
      return typed(.returnValue(checked), .never, span)
    case .macro(let name, let arguments):
      return checkMacro(name: name, arguments: arguments, span: span)
    case .vecList(let items):
      // `let shapes: Vec<Box<dyn Shape>> = vec![Box::new(…), …]`: each item coerces on its own,
      // as `let rows: Vec<&[i32]> = vec![&a, &b[1..]]` does to the slice it derefs to.
      if let wanted = annotatedInitializer, wanted.id == expr.id,
        case .vec(let element) = table.shallow(wanted.type),
        isTraitObjectPointer(element) || containsFunctionPointer(element)
          || isUnsizedReference(element)
      {
        return typed(
          .vecList(items.map { coerce(checkExpression($0, wanting: element), to: element) }), wanted.type,
          span)
      }
      if let wanted = annotatedInitializer, wanted.id == expr.id,
        case .vec(let element) = table.shallow(wanted.type), items.contains(where: isUntypedCollect),
        !table.resolve(element).containsVariables
      {
        // `vec![items.iter().collect()]` where a `Vec<String>` is wanted: each item is told
        // the element type, so `collect` makes what rustc infers for it.
        let enclosing = annotatedInitializer
        defer { annotatedInitializer = enclosing }
        let checkedItems = items.map { item in
          annotatedInitializer = (item.id, element)
          return coerce(checkExpression(item), to: element)
        }
        return typed(.vecList(checkedItems), .vec(element), span)
      }
      let array = checkArray(items, span: span)
      guard case .array(let checkedItems) = array.kind, case .array(let element, _) = array.type else {
        return invalid(span)
      }
      return typed(.vecList(checkedItems), .vec(element), span)
    case .vecRepeat(let value, let count):
      var element = checkExpression(value)
      if let wanted = annotatedInitializer, wanted.id == expr.id,
        case .vec(let wantedElement) = table.shallow(wanted.type), isUnsizedReference(wantedElement)
      {
        // `let rows: Vec<&str> = vec![&name; 2]`: the value coerces to the element asked for.
        element = coerce(element, to: wantedElement)
      }
      let checkedCount = coerce(checkExpression(count), to: .usize)
      if !isCopy(element.type), !isClone(element.type) {
        error("the trait bound `\(table.displayName(element.type)): Clone` is not satisfied", at: value.span)
      } else if holdsHandWrittenClone(element.type) {
        unsupported("`vec![value; n]` of a value whose `Clone` is written by hand", at: value.span)
      }
      return typed(.vecRepeat(element, count: checkedCount), .vec(element.type), span)
    }
  }

  func checkIntegerLiteral(_ value: UInt128, suffix: String?, span: SourceSpan) -> TypedExpr {
    var type: TypeTerm
    if let suffix {
      if let kind = RustType.IntegerKind(rawValue: suffix) {
        type = .integer(kind)
        let limit: UInt128 =
          kind == .u128 ? UInt128.max : (kind.isSigned ? UInt128(kind.maximum) + 1 : UInt128(kind.maximum))
        if value > limit {
          error("literal out of range for `\(suffix)`", at: span)
        }
      } else if suffix == "f64" || suffix == "f32" {
        return typed(.float(Double(value)), .float(suffix == "f32" ? .f32 : .f64), span)
      } else {
        error("invalid suffix `\(suffix)` for number literal", at: span)
        type = .i32
      }
    } else {
      type = table.fresh(.integer)
      unsuffixedLiterals.append(UnsuffixedLiteral(magnitude: value, type: type, span: span))
    }
    // u128 values above Int128.max keep their bit pattern.
    return typed(.integer(Int128(truncatingIfNeeded: value)), type, span)
  }

  /// `&[T]` or `&str`, which a `&Vec<T>`, `&[T; N]` or `&String` coerces to.
  func isUnsizedReference(_ type: TypeTerm) -> Bool {
    guard case .reference(let inner, _) = table.shallow(type) else { return false }
    switch table.shallow(inner) {
    case .slice, .str: return true
    default: return false
    }
  }

  /// `Box<dyn Trait>`, `&dyn Trait`, `&mut dyn Trait`: an element type the items of a literal
  /// coerce to one by one.
  func isTraitObjectPointer(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .box(let inner), .reference(let inner, _):
      if case .dynTrait = table.shallow(inner) { return true }
      return false
    default: return false
    }
  }

  func checkArray(_ items: [Expr], span: SourceSpan) -> TypedExpr {
    var checked: [TypedExpr] = []
    let element = table.fresh()
    for item in items {
      checked.append(coerce(checkExpression(item), to: element))
    }
    return typed(.array(checked), .array(element, items.count), span)
  }

  package func blockType(_ block: TypedBlock) -> TypeTerm {
    if let tail = block.tail { return tail.type }
    return blockDiverges(block) ? .never : .unit
  }

}

extension Checker {
  /// `v.into_iter().collect()` wanted as an `Option<Vec<_>>` or a `Result<Vec<_>, _>`: the
  /// fallible collect runs only at the end of an adapter chain (`.map(…)` before it).
  private func collectsFallibleStraightFromSource(_ receiver: Expr, _ generics: [TypeExpr], id: Int) -> Bool {
    guard case .methodCall(_, let source, _, let none) = receiver.kind, none.isEmpty,
      ["iter", "into_iter"].contains(source),
      let target = generics.first.map({ resolveType($0, selfType: currentOwner) })
        ?? annotatedInitializer.flatMap({ $0.id == id ? $0.type : nil })
    else { return false }
    switch table.shallow(target) {
    case .option(let inner), .result(let inner, _):
      if case .vec = table.shallow(inner) { return true }
      return false
    default: return false
    }
  }

  /// `v.iter().collect()` with no turbofish: its type comes from where its value goes.
  func isUntypedCollect(_ expr: Expr) -> Bool {
    if case .methodCall(_, "collect", let generics, _) = expr.kind, generics.isEmpty { return true }
    return false
  }
}
