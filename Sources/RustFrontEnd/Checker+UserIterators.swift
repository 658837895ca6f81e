import MemoryModel

/// `impl Iterator for Counter { type Item = u32; fn next(&mut self) -> Option<u32> { … } }`:
/// `next` is an ordinary method (each call a frame), and the loops and chains over such a
/// value (`for n in Counter::new()`, `.zip(…).map(…).sum()`) call it once per item, as the
/// library's adapters do.
extension Checker {
  func collectIteratorImpl(_ block: ImplBlock) {
    if Self.standardTypeNames.contains(block.typeName) {
      unsupported("implementing a trait for a standard library type", at: block.typeSpan)
      return
    }
    guard implementedTraits[block.typeName, default: []].insert("Iterator").inserted else {
      error(
        "conflicting implementations of trait `Iterator` for type `\(block.typeName)`", at: block.span)
      return
    }
    var item: TypeExpr?
    for associated in block.associatedTypes {
      guard associated.name == "Item" else {
        error("type `\(associated.name)` is not a member of trait `Iterator`", at: associated.span)
        continue
      }
      guard item == nil else {
        unsupported("an associated type written twice in one impl", at: associated.nameSpan)
        continue
      }
      item = associated.type
    }
    if let item {
      // Checked once here: the impl's lifetimes are in scope only for its own items.
      let enclosing = lifetimesInScope
      lifetimesInScope = Set(block.lifetimeParameters.map(\.name))
      checkLifetimesInScope(item)
      lifetimesInScope = enclosing
    }
    var hasNext = false
    for var method in block.methods {
      guard method.name == "next" else {
        // `size_hint`, `nth` and the other provided methods, written again.
        unsupported("`Iterator` methods other than `next` written in an impl", at: method.nameSpan)
        continue
      }
      guard !hasNext else {
        unsupported("a trait method written twice in one impl", at: method.nameSpan)
        continue
      }
      hasNext = true
      if let generic = method.generics.first {
        unsupported("generic methods", at: generic.span)
        continue
      }
      collectBodyGlobals(method)
      if let item {
        // `Option<Self::Item>` is `Option<&'a str>` with its lifetime, for the borrow check.
        method.returnType = method.returnType.map { replacingSelfItem(in: $0, with: item) }
      }
      if let index = addTraitMethod(method, trait: "Iterator", type: block.typeName) {
        signatures[index].implLifetimes = block.lifetimeParameters
        signatures[index].selfLifetimes = block.targetLifetimes
      }
    }
    let missing = (item == nil ? ["`Item`"] : []) + (hasNext ? [] : ["`next`"])
    guard missing.isEmpty, let item else {
      error("not all trait items implemented, missing: \(missing.joined(separator: ", "))", at: block.span)
      return
    }
    iteratorItemTypes[block.typeName] = item
  }

  /// `next` must be `fn next(&mut self) -> Option<Self::Item>`, as the trait declares it.
  func checkIteratorImplSignatures() {
    for typeName in iteratorItemTypes.keys.sorted() {
      guard let index = methods[typeName]?["next"], let item = userIteratorItem(namedType(typeName)) else {
        continue
      }
      let decl = signatures[index].declaration
      guard let selfParameter = decl.selfParameter else {
        error("method `next` has a `&mut self` declaration in the trait, but not in the impl", at: decl.span)
        continue
      }
      guard decl.parameters.isEmpty else {
        unsupported("a `next` with parameters besides `&mut self`", at: decl.nameSpan)
        continue
      }
      if selfParameter != .mutableReference {
        let selfStart = SourceLocation(line: decl.nameSpan.end.line, column: decl.nameSpan.end.column + 1)
        error(
          "method `next` has an incompatible type for trait", at: SourceSpan(start: selfStart, end: selfStart)
        )
        continue
      }
      if signatures[index].returnType != .option(item) {
        error("method `next` has an incompatible type for trait", at: decl.returnType?.span ?? decl.nameSpan)
      }
    }
  }

  /// The `Item` of a type of the program's own that implements `Iterator` (or of a `&mut`
  /// to one, which is an iterator too).
  func userIteratorItem(_ type: TypeTerm) -> TypeTerm? {
    switch table.shallow(type) {
    case .reference(let referent, true):
      if case .reference = table.shallow(referent) { return nil }
      return userIteratorItem(referent)
    case .library:
      return libraryIteratorItem(type)
    case .structure(let name), .enumeration(let name):
      guard let item = iteratorItemTypes[name], methods[name]?["next"] != nil else { return nil }
      let enclosing = lifetimesInScope
      lifetimesInScope = nil  // Checked once, with the impl's lifetimes.
      defer { lifetimesInScope = enclosing }
      return resolveType(item, selfType: name)
    default:
      return nil
    }
  }

  private func replacingSelfItem(in type: TypeExpr, with item: TypeExpr) -> TypeExpr {
    var result = type
    switch type.kind {
    case .path(let path, let generics):
      if path == ["Self", "Item"] { return item }
      result.kind = .path(path: path, generics: generics.map { replacingSelfItem(in: $0, with: item) })
    case .reference(let mutable, let lifetime, let referent):
      result.kind = .reference(
        mutable: mutable, lifetime: lifetime, referent: replacingSelfItem(in: referent, with: item))
    case .tuple(let items):
      result.kind = .tuple(items.map { replacingSelfItem(in: $0, with: item) })
    case .slice(let element):
      result.kind = .slice(element: replacingSelfItem(in: element, with: item))
    case .array(let element, let length):
      result.kind = .array(element: replacingSelfItem(in: element, with: item), length: length)
    case .inferred, .never:
      break
    }
    return result
  }

  /// `Self::Item` inside the impl (and its methods).
  func associatedItemType(_ path: [String], selfType: String?) -> TypeTerm? {
    guard path.count == 2, path[0] == "Self", path[1] == "Item", let selfType,
      let item = iteratorItemTypes[selfType]
    else { return nil }
    let enclosing = lifetimesInScope
    lifetimesInScope = nil
    defer { lifetimesInScope = enclosing }
    return resolveType(item, selfType: selfType)
  }

  /// Whether `expr` is seen, before it is checked, to be a value of the program's own iterator
  /// type: a local of that type, a function or associated function returning one, or a struct
  /// literal of one.
  func isUserIteratorExpression(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .methodCall(_, "char_indices", _, let arguments), .methodCall(_, "peekable", _, let arguments),
      .methodCall(_, "flatten", _, let arguments):
      // Library iterators made as values (`Checker+LibraryIterators`).
      return arguments.isEmpty
    case .methodCall(let receiver, "chain", _, let arguments):
      // `Chain` (`Checker+ChainAdapter`) on an iterator, and `rev()` on one.
      return arguments.count == 1 && (isIteratorChain(receiver) || isUserIteratorExpression(receiver))
    case .methodCall(let receiver, "zip", _, let arguments):
      // `Zip` kept as a value (`Checker+KeptAdapters`).
      return arguments.count == 1 && (isIteratorChain(receiver) || isZipWithRange(expr))
    case .methodCall(let reversed, "rev", _, let none):
      // `s.char_indices().rev()`: std's `Rev<CharIndices>`.
      if none.isEmpty, case .methodCall(_, "char_indices", _, let arguments) = reversed.kind {
        return arguments.isEmpty
      }
      guard none.isEmpty, case .methodCall(_, "chain", _, let chained) = reversed.kind else { return false }
      return chained.count == 1
    case .methodCall(_, "drain", _, let arguments):
      if arguments.count == 1, case .range = arguments[0].kind { return true }
      return false
    case .methodCall(_, "split", let generics, let arguments):
      // `text.split(|c| …)`: std's `Split<F>` made as a value (`Checker+ClosureSplit`).
      if generics.isEmpty, arguments.count == 1, case .closure = arguments[0].kind { return true }
      return false
    case .reference(true, let inner):
      // `for n in &mut counter`: the loop borrows it and leaves it usable afterwards.
      return isUserIteratorExpression(inner)
    case .methodCall(let inner, "by_ref", let generics, let arguments):
      // `counter.by_ref()`, the same `&mut counter`.
      return generics.isEmpty && arguments.isEmpty && isUserIteratorExpression(inner)
    case .path(let path, _) where path.count == 1:
      guard let slot = lookupLocal(path[0]) else { return false }
      return userIteratorItem(locals[slot].type) != nil
    case .call(let callee, _):
      guard case .path(let path, _) = callee.kind else { return false }
      let index: Int?
      if path.count == 2 {
        index = methods[path[0] == "Self" ? (currentOwner ?? "") : path[0]]?[path[1]]
      } else if path.count == 1 {
        if lookupLocal(path[0]) == nil, let info = structs[path[0]], info.shape == .tuple {
          // `Countdown(5)`: a tuple struct's constructor, which is no function.
          return iteratorItemTypes[path[0]] != nil
        }
        index = functionsByName[path[0]]
      } else {
        index = nil
      }
      guard let index else { return false }
      return userIteratorItem(signatures[index].returnType) != nil
    case .structLiteral(let path, _, _):
      guard let name = path.last, path.count == 1 else { return false }
      return iteratorItemTypes[name] != nil
    case .methodCall(let receiver, let name, _, _):
      return returnsIteratorMethod(receiver, name)
    default:
      return false
    }
  }

  /// `let Some(pattern) = (local).next() else { break };` for a hidden local holding an
  /// iterator of the program's own.
  func fetchNext(from slot: Int, into pattern: TypedPattern, loop: Int, span: SourceSpan) -> TypedStatement {
    syntheticExpressionCount += 1
    let name = Expr(
      id: -6_000_000 - 2 * syntheticExpressionCount, kind: .path([locals[slot].name], generics: []),
      span: span)
    let call = checkExpression(
      Expr(
        id: -6_000_001 - 2 * syntheticExpressionCount,
        kind: .methodCall(receiver: name, method: "next", generics: [], arguments: []), span: span))
    let some = TypedPattern(
      kind: .variant(enumName: "Option", variant: 1, [pattern]), type: call.type, span: span)
    let breakOut = TypedStatement(
      kind: .expression(typed(.breakLoop(loop: loop, nil), .never, span)), span: span)
    let orElse = TypedBlock(statements: [breakOut], tail: nil, declaredSlots: [], span: span)
    return TypedStatement(kind: .binding(some, call, elseBlock: orElse), span: span)
  }

  /// `.zip(other)` (or `.zip(other.skip(n))`) on an iterator of the program's own: the other
  /// iterator is held in the chain's block, with its `skip` count.
  func holdZipped(_ argument: Expr, _ builder: inout PipelineBuilder)
    -> (calls: [(stage: String, slot: Int, signature: ClosureState.Signature)], item: TypeTerm)?
  {
    var other = argument
    var skipped: Expr?
    if case .methodCall(let inner, "skip", let generics, let arguments) = argument.kind, generics.isEmpty,
      arguments.count == 1
    {
      other = inner
      skipped = arguments[0]
    }
    guard isUserIteratorExpression(other) else {
      unsupported("`zip` with this kind of iterator", at: argument.span)
      return nil
    }
    let value = checkExpression(other)
    guard let item = userIteratorItem(value.type) else { return nil }
    let none = ClosureState.Signature(
      functionIndex: -1, parameterTypes: [], returnType: .unit, mutatesCaptures: false)
    var calls: [(stage: String, slot: Int, signature: ClosureState.Signature)] = []
    let zipped = builder.declare(self, "(zipped)", type: value.type, mutable: true, value: value)
    if let skipped {
      let count = coerce(checkExpression(skipped), to: .usize)
      let slot = builder.declare(self, "(zipped skip)", type: .usize, mutable: true, value: count)
      calls.append(("zip_skip", slot, none))
    }
    calls.append(("zip", zipped, none))
    return (calls, item)
  }

  /// The statements that take the zipped iterator's next item into a new local (after
  /// passing over the items its `skip` still owes), leaving the loop when it has none.
  func zipStep(
    zipped: Int, skip: Int?, loop: Int, span: SourceSpan
  ) -> (statements: [TypedStatement], item: TypedExpr) {
    func local(_ slot: Int) -> TypedExpr { typed(.local(slot), locals[slot].type, span) }
    var statements: [TypedStatement] = []
    let itemType = userIteratorItem(locals[zipped].type) ?? .unit
    if let skip {
      // `Skip::next` first passes over its `n` items with `nth(n)`, once.
      let passLoop = beginLoop(label: nil, breakType: nil)
      pushScope()
      let wildcard = TypedPattern(kind: .wildcard, type: itemType, span: span)
      let one = typed(.integer(1), .usize, span)
      let pass = [
        TypedStatement(
          kind: .expression(typed(.compoundAssign(.subtract, local(skip), one), .unit, span)), span: span),
        fetchNext(from: zipped, into: wildcard, loop: loop, span: span),
      ]
      let declared = popScope()
      loops.removeLast()
      let owed = typed(.comparison(.greater, local(skip), typed(.integer(0), .usize, span)), .bool, span)
      let body = TypedBlock(statements: pass, tail: nil, declaredSlots: declared, span: span)
      statements.append(
        TypedStatement(
          kind: .expression(typed(.whileLoop(owed, body, loop: passLoop), .unit, span)), span: span))
    }
    let slot = declareLocal("(zipped item)", type: itemType, line: span.start.line)
    let binding = TypedPattern(
      kind: .binding(slot: slot, byReference: false, mutable: false, subpattern: nil), type: itemType,
      span: span)
    statements.append(fetchNext(from: zipped, into: binding, loop: loop, span: span))
    return (statements, local(slot))
  }
}

extension Checker {
  /// The element of the two `Vec`s `partition` fills, from the type wanted of it: the item
  /// itself, or the `Copy` value behind a `&T` item (`Vec<i32>` extends from `&i32`). Nil,
  /// refused, when the wanted type is unknown or not a pair of `Vec`s of these.
  /// The last `name(` written inside `span`: a method's name in a call whose receiver is gone.
  private func methodSpan(_ name: String, within span: SourceSpan) -> SourceSpan {
    let wanted = Array((name + "(").unicodeScalars)
    var found: SourceLocation?
    for line in span.start.line...max(span.start.line, span.end.line) where line - 1 < sourceLines.count {
      let text = sourceLines[line - 1]
      guard text.count >= wanted.count else { continue }
      for column in 0...(text.count - wanted.count)
      where Array(text[column..<column + wanted.count]) == wanted {
        let location = SourceLocation(line: line, column: column + 1)
        if line == span.start.line, column + 1 < span.start.column { continue }
        if line == span.end.line, column + 1 >= span.end.column { continue }
        found = location
      }
    }
    guard let found else { return span }
    return SourceSpan(
      start: found, end: SourceLocation(line: found.line, column: found.column + name.unicodeScalars.count))
  }

  func partitionHalves(_ target: TypeTerm?, item: TypeTerm, span: SourceSpan)
    -> (element: TypeTerm, copiesReferent: Bool)?
  {
    guard let target, case .tuple(let halves) = table.shallow(target), halves.count == 2,
      case .vec(let first) = table.shallow(halves[0]), case .vec(let second) = table.shallow(halves[1]),
      table.unify(first, second)
    else {
      unsupported("`partition` calls without a pair of `Vec`s written as the type they make", at: span)
      return nil
    }
    if case .reference(let referent, _) = table.shallow(item), case .variable = table.shallow(first) {
      // `Vec<_>`: the references themselves, unless what they point at is `Copy`: then both
      // `Extend<&T>` and `Extend<T>` fit and rustc cannot choose (E0283 at `partition`).
      let numberLiteral = table.kind(of: referent).map { $0 != .general } ?? false
      if numberLiteral || (!table.resolve(referent).containsVariables && isCopy(referent)) {
        var diagnostic = Diagnostic("type annotations needed", at: methodSpan("partition", within: span))
        diagnostic.code = "E0283"
        diagnostics.append(diagnostic)
        return nil
      }
      _ = table.unify(first, item)
      return (item, false)
    }
    if table.unify(first, item) { return (item, false) }
    if case .reference(let referent, _) = table.shallow(item), isCopy(referent), table.unify(first, referent)
    {
      return (referent, true)
    }
    unsupported("`partition` calls into `Vec`s of another type than their items", at: span)
    return nil
  }
}
