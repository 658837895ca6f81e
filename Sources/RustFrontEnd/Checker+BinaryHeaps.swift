import MemoryModel

extension Checker {
  /// `BinaryHeap::new()`, `with_capacity(n)`, `from(vec)` and `from([..])`.
  func checkBinaryHeapConstructor(
    _ function: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan
  )
    -> TypedExpr
  {
    let expected = function == "new" ? 0 : 1
    guard ["new", "with_capacity", "from"].contains(function) else {
      unsupported("the function `BinaryHeap::\(function)`", at: span)
      return invalid(span)
    }
    guard arguments.count == expected else {
      argumentCountError(expected: expected, found: arguments.count, span: span)
      return invalid(span)
    }
    let element = generics.count == 1 ? resolveType(generics[0], selfType: currentOwner) : table.fresh()
    switch function {
    case "with_capacity":
      let capacity = coerce(checkExpression(arguments[0]), to: .usize)
      return typed(
        .builtin(.binaryHeap(function), arguments: [capacity]), .library(.binaryHeap, element), span)
    case "from":
      let source = checkExpression(arguments[0])
      switch table.shallow(source.type) {
      case .array(let item, _):
        return typed(
          .builtin(.binaryHeap("from_array"), arguments: [source]), .library(.binaryHeap, item), span)
      case .vec(let item):
        return typed(
          .builtin(.binaryHeap("from_vec"), arguments: [source]), .library(.binaryHeap, item), span)
      default:
        unsupported("the conversion `BinaryHeap::from` of anything but an array or a `Vec`", at: span)
        return invalid(span)
      }
    default:
      return typed(.builtin(.binaryHeap(function), arguments: []), .library(.binaryHeap, element), span)
    }
  }

  /// The `BinaryHeap` methods memtutor runs; nil refuses the rest as unsupported. Each compares
  /// elements with memtutor's own ordering, so an element type without a derived or built-in
  /// `Ord` is refused too.
  func binaryHeapMethod(_ name: String, element: TypeTerm) -> LibraryMethod? {
    func method(_ mode: SelfMode, _ parameters: [TypeTerm], _ result: TypeTerm) -> LibraryMethod {
      LibraryMethod(builtin: .binaryHeap(name), selfMode: mode, parameters: parameters, result: result)
    }
    if case .variable = table.shallow(element) {
      // Settled later by what is pushed; the order is checked once the body is done.
    } else if !isTotallyOrdered(element) {
      return nil
    }
    let shared = TypeTerm.reference(element, mutable: false)
    switch name {
    case "len", "capacity": return method(.reference, [], .usize)
    case "is_empty": return method(.reference, [], .bool)
    case "push": return method(.mutableReference, [element], .unit)
    case "pop": return method(.mutableReference, [], .option(element))
    case "peek": return method(.reference, [], .option(shared))
    case "clear": return method(.mutableReference, [], .unit)
    case "into_vec", "into_sorted_vec": return method(.value, [], .vec(element))
    case "into_iter":
      // std's `IntoIter` is the `Vec`'s: `into_vec()` walked by value.
      return method(.value, [], .iterator(.vecOwned, item: element, enumerated: false, reversed: false))
    case "as_slice": return method(.reference, [], .reference(.slice(element), mutable: false))
    case "iter":
      return method(
        .reference, [],
        .iterator(.sliceShared, item: .reference(element, mutable: false), enumerated: false, reversed: false)
      )
    default: return nil
    }
  }

  /// Whether `type` is a `BinaryHeap`, or references to one.
  func isBinaryHeap(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .library(.binaryHeap, _): return true
    case .reference(let inner, _): return isBinaryHeap(inner)
    default: return false
    }
  }

  /// The element type of the `BinaryHeap` a `collect()` makes: named by a turbofish
  /// (`collect::<BinaryHeap<_>>()`) or by the annotation of the `let` it initialises.
  func binaryHeapTarget(generics: [TypeExpr], id: Int) -> TypeTerm? {
    if let explicit = generics.first {
      guard explicit.name == "BinaryHeap",
        case .library(.binaryHeap, let element) = table.shallow(resolveType(explicit, selfType: currentOwner))
      else { return nil }
      return element
    }
    guard let annotated = annotatedInitializer, annotated.id == id,
      case .library(.binaryHeap, let element) = table.shallow(annotated.type)
    else { return nil }
    return element
  }

  /// `iter.collect::<BinaryHeap<_>>()`: std collects into a `Vec` and makes the heap from it
  /// (`BinaryHeap::from(iter.collect::<Vec<_>>())`), so the buffer is the `Vec`'s.
  func checkBinaryHeapCollect(receiver: Expr, arguments: [Expr], element: TypeTerm, id: Int, span: SourceSpan)
    -> TypedExpr
  {
    let enclosing = annotatedInitializer
    annotatedInitializer = nil
    let collected = checkExpression(
      Expr(
        id: id, kind: .methodCall(receiver: receiver, method: "collect", generics: [], arguments: arguments),
        span: span))
    annotatedInitializer = enclosing
    guard table.unify(collected.type, .vec(element)) else {
      unsupported("`collect` into a `BinaryHeap` from this iterator", at: span)
      return invalid(span)
    }
    return typed(
      .builtin(.binaryHeap("from_vec"), arguments: [collected]), .library(.binaryHeap, element), span)
  }
}

extension Checker {
  /// `for x in &heap` (the `Vec`'s elements in array order, as std's `iter()` walks them) and
  /// `for x in heap` (std's `IntoIter` is the `Vec`'s); nil for any other heap expression.
  func binaryHeapLoopIterator(_ expr: TypedExpr) -> TypedExpr? {
    switch table.shallow(expr.type) {
    case .library(.binaryHeap, let element):
      let data = typed(.builtin(.binaryHeap("into_vec"), arguments: [expr]), .vec(element), expr.span)
      return typed(
        .iterate(data), .iterator(.vecOwned, item: element, enumerated: false, reversed: false), expr.span)
    case .reference(let inner, false):
      guard case .library(.binaryHeap, let element) = table.shallow(inner) else { return nil }
      return typed(
        .iterate(heapSlice(expr, element: element)),
        .iterator(
          .sliceShared, item: .reference(element, mutable: false), enumerated: false, reversed: false),
        expr.span)
    default:
      return nil
    }
  }

  /// `&heap` as the `&[T]` of its `Vec`'s elements (`as_slice`).
  func heapSlice(_ reference: TypedExpr, element: TypeTerm) -> TypedExpr {
    typed(
      .builtin(.binaryHeap("as_slice"), arguments: [reference]), .reference(.slice(element), mutable: false),
      reference.span)
  }

  /// A heap whose element type settled to one without `Ord` (`BinaryHeap<f64>`): rustc's
  /// E0277, which memtutor refuses instead of running with an order of its own.
  func refuseUnorderedHeaps(in body: TypedBlock) {
    var pending: [TypedExpr] = []
    func add(_ block: TypedBlock) {
      for statement in block.statements {
        switch statement.kind {
        case .expression(let expr): pending.append(expr)
        case .binding(_, let value, let elseBlock):
          if let value { pending.append(value) }
          if let elseBlock { add(elseBlock) }
        }
      }
      if let tail = block.tail { pending.append(tail) }
    }
    add(body)
    while let expr = pending.popLast() {
      if case .builtin(.binaryHeap(let name), _) = expr.kind,
        ["new", "with_capacity", "from_vec", "from_array"].contains(name),
        case .library(.binaryHeap, let element) = table.resolve(expr.type), !isTotallyOrdered(element)
      {
        unsupported(
          "a `BinaryHeap` of `\(table.displayName(element))`, which has no total order (`Ord`)", at: expr.span
        )
        return
      }
      if case .builtin(.hashTable(let name), _) = expr.kind,
        ["new", "from_vec", "from_array"].contains(name),
        case .hashMap(let key, _, _, true) = table.resolve(expr.type), !isSupportedTreeKey(key)
      {
        // A B-tree whose key settled to a type memtutor cannot order (`f64` is rustc's E0277).
        unsupported("B-tree keys of type `\(table.displayName(key))`", at: expr.span)
        return
      }
      for child in expr.children {
        switch child {
        case .expression(let inner): pending.append(inner)
        case .block(let block): add(block)
        }
      }
    }
  }
}
