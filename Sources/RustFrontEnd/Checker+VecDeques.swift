import MemoryModel

extension Checker {
  /// `VecDeque::new()`, `with_capacity(n)`, `from([..])` and `from(vec)`.
  func checkVecDequeConstructor(_ function: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan)
    -> TypedExpr
  {
    let expected = function == "new" ? 0 : 1
    guard ["new", "with_capacity", "from"].contains(function) else {
      unsupported("the function `VecDeque::\(function)`", at: span)
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
      return typed(.builtin(.vecDeque(function), arguments: [capacity]), .library(.vecDeque, element), span)
    case "from":
      let source = checkExpression(arguments[0])
      switch table.shallow(source.type) {
      case .array(let item, _):
        return typed(.builtin(.vecDeque("from_array"), arguments: [source]), .library(.vecDeque, item), span)
      case .vec(let item):
        return typed(.builtin(.vecDeque("from_vec"), arguments: [source]), .library(.vecDeque, item), span)
      default:
        unsupported("the conversion `VecDeque::from` of anything but an array or a `Vec`", at: span)
        return invalid(span)
      }
    default:
      return typed(.builtin(.vecDeque(function), arguments: []), .library(.vecDeque, element), span)
    }
  }

  /// The `VecDeque` methods memtutor runs; nil refuses the rest as unsupported.
  func vecDequeMethod(_ name: String, element: TypeTerm) -> LibraryMethod? {
    func method(_ mode: SelfMode, _ parameters: [TypeTerm], _ result: TypeTerm) -> LibraryMethod {
      LibraryMethod(builtin: .vecDeque(name), selfMode: mode, parameters: parameters, result: result)
    }
    let shared = TypeTerm.reference(element, mutable: false)
    let mutable = TypeTerm.reference(element, mutable: true)
    switch name {
    case "len", "capacity": return method(.reference, [], .usize)
    case "is_empty": return method(.reference, [], .bool)
    case "push_back", "push_front": return method(.mutableReference, [element], .unit)
    case "pop_front", "pop_back": return method(.mutableReference, [], .option(element))
    case "front", "back": return method(.reference, [], .option(shared))
    case "front_mut", "back_mut": return method(.mutableReference, [], .option(mutable))
    case "get": return method(.reference, [.usize], .option(shared))
    case "get_mut": return method(.mutableReference, [.usize], .option(mutable))
    case "contains": return method(.reference, [shared], .bool)
    case "clear", "shrink_to_fit": return method(.mutableReference, [], .unit)
    case "rotate_left", "rotate_right": return method(.mutableReference, [.usize], .unit)
    case "make_contiguous": return method(.mutableReference, [], .reference(.slice(element), mutable: true))
    case "as_slices":
      let slice = TypeTerm.reference(.slice(element), mutable: false)
      return method(.reference, [], .tuple([slice, slice]))
    case "reserve", "truncate": return method(.mutableReference, [.usize], .unit)
    case "(extend vec)":
      return LibraryMethod(
        builtin: .vecDeque("extend owned"), selfMode: .mutableReference, parameters: [.vec(element)],
        result: .unit)
    case "(extend iter)" where isCopy(element), "(extend cloned)" where isCloneMadeHere(element):
      return LibraryMethod(
        builtin: .vecDeque("extend slice"), selfMode: .mutableReference,
        parameters: [.reference(.slice(element), mutable: false)], result: .unit)
    case let extend where extend.hasPrefix("(extend array "):
      guard let length = Int(extend.dropFirst("(extend array ".count).dropLast()) else { return nil }
      return LibraryMethod(
        builtin: .vecDeque("extend owned"), selfMode: .mutableReference,
        parameters: [.array(element, length)],
        result: .unit)
    case "into_iter":
      return LibraryMethod(
        builtin: .vecIntoIterator, selfMode: .value, parameters: [], result: dequeOwnedIteratorType(element))
    case "iter", "iter_mut":
      let rule: PieceRule = name == "iter" ? .dequeItems : .dequeItemsMut
      return LibraryMethod(
        builtin: .pieces(rule), selfMode: name == "iter" ? .reference : .mutableReference, parameters: [],
        result: .iterator(
          .pieces(rule), item: name == "iter" ? shared : mutable, enumerated: false, reversed: false))
    default: return nil
    }
  }

  /// Whether `type` is a `VecDeque`, or references to one.
  func isVecDeque(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .library(.vecDeque, _): return true
    case .reference(let inner, _): return isVecDeque(inner)
    default: return false
    }
  }

  /// `for x in &deque` / `for x in &mut deque`: its `iter()` or `iter_mut()`.
  func dequeLoopIterator(_ expr: TypedExpr) -> TypedExpr? {
    guard case .reference(let inner, let mutable) = table.shallow(expr.type),
      case .library(.vecDeque, let element) = table.shallow(inner)
    else { return nil }
    let rule: PieceRule = mutable ? .dequeItemsMut : .dequeItems
    let source = typed(.tuple([expr]), .tuple([expr.type]), expr.span)
    return typed(
      .iterate(source),
      .iterator(
        .pieces(rule), item: .reference(element, mutable: mutable), enumerated: false, reversed: false),
      expr.span)
  }

  /// `for x in deque`: its `into_iter()`, which moves the deque into the loop's temporary and
  /// takes the elements out front to back (std's `IntoIter` pops them); the temporary's drop
  /// drops those not taken and frees the buffer, as a `Vec`'s `into_iter` does.
  func dequeOwnedIterator(_ expr: TypedExpr) -> TypedExpr? {
    guard case .library(.vecDeque, let element) = table.shallow(expr.type) else { return nil }
    return typed(.iterate(expr), dequeOwnedIteratorType(element), expr.span)
  }

  func dequeOwnedIteratorType(_ element: TypeTerm) -> TypeTerm {
    .iterator(.vecOwned, item: element, enumerated: false, reversed: false)
  }

  /// The deque a `VecDeque`'s `into_iter()` (or `for x in deque`) moves, if `iterator` is one.
  func dequeOwnedSource(_ iterator: TypedExpr) -> TypedExpr? {
    guard case .iterator(.vecOwned, _, _, _) = table.shallow(iterator.type) else { return nil }
    var source = iterator
    while case .adaptIterator(let inner) = source.kind { source = inner }
    guard case .iterate(let made) = source.kind, case .library(.vecDeque, _) = table.shallow(made.type) else {
      return nil
    }
    return made
  }

  /// The items a deque's `into_iter()` gives after `map`, `enumerate`, `cloned`, `copied`: its
  /// length, read before the loop moves it (std's `IntoIter` is `TrustedLen`, so `collect`
  /// allocates exactly that, and `extend` of a table reserves it). Nil for other iterators and
  /// stages, or a deque that cannot be read twice.
  func dequeOwnedLength(
    _ iterator: TypedExpr, calls: [(stage: String, slot: Int, signature: ClosureState.Signature)]
  ) -> TypedExpr? {
    guard let deque = dequeOwnedSource(iterator), isRepeatable(deque),
      calls.allSatisfy({ ["map", "enumerate", "cloned", "copied"].contains($0.stage) })
    else { return nil }
    let shared = typed(.addressOf(deque, mutable: false), .reference(deque.type, mutable: false), deque.span)
    return typed(.builtin(.vecDeque("len"), arguments: [shared]), .usize, iterator.span)
  }

  /// `deque[i]`: `*Index::index(&deque, i)`, which panics with "Out of bounds access" at the
  /// `[`. A write through it becomes `IndexMut` (`mutableDequeIndex`).
  func checkVecDequeIndex(_ base: TypedExpr, _ index: TypedExpr, span: SourceSpan, bracket: SourceSpan)
    -> TypedExpr
  {
    var current = base
    for _ in 0..<8 {
      guard case .reference(let inner, _) = table.shallow(current.type) else { break }
      current = typed(.deref(current), inner, current.span)
    }
    guard case .library(.vecDeque, let element) = table.shallow(current.type) else { return invalid(span) }
    let call = typed(
      .builtin(.vecDeque("index"), arguments: [borrow(current, mutable: false), coerce(index, to: .usize)]),
      .reference(element, mutable: false), bracket)
    return typed(.deref(call), element, span)
  }

  /// `deque[i] = v`, `deque[i] += 1`, `&mut deque[i]`: the place read through `index_mut`,
  /// which borrows the deque mutably (E0596 when it cannot be). Other places are unchanged.
  func mutableDequeIndex(_ place: TypedExpr) -> TypedExpr {
    guard case .deref(let call) = place.kind, case .builtin(.vecDeque("index"), let arguments) = call.kind,
      arguments.count == 2
    else { return place }
    let receiver: TypedExpr
    switch arguments[0].kind {
    case .addressOf(let deque, false):
      if isPlaceExpression(deque), !placeIsMutable(deque) {
        ownershipError(
          "cannot borrow `\(placeDescription(deque))` as mutable, as it is not declared as mutable",
          at: deque.span, code: "E0596", label: "cannot borrow as mutable")
      }
      receiver = typed(.addressOf(deque, mutable: true), .reference(deque.type, mutable: true), deque.span)
    case .coerce(.mutableToShared, let reference):
      receiver = reference
    default:
      ownershipError(
        "cannot borrow data in a `&` reference as mutable", at: arguments[0].span, code: "E0596",
        label: "cannot borrow as mutable")
      return place
    }
    let mutableCall = typed(
      .builtin(.vecDeque("index_mut"), arguments: [receiver, arguments[1]]),
      .reference(place.type, mutable: true), call.span)
    return typed(.deref(mutableCall), place.type, place.span)
  }
}

extension Checker {
  /// The element type of the `VecDeque` a `collect()` or `into()` makes: named by a turbofish
  /// (`collect::<VecDeque<_>>()`) or by the annotation of the `let` it initialises.
  func vecDequeTarget(generics: [TypeExpr], id: Int) -> TypeTerm? {
    if let explicit = generics.first {
      guard explicit.name == "VecDeque",
        case .library(.vecDeque, let element) = table.shallow(resolveType(explicit, selfType: currentOwner))
      else { return nil }
      return element
    }
    guard let annotated = annotatedInitializer, annotated.id == id,
      case .library(.vecDeque, let element) = table.shallow(annotated.type)
    else { return nil }
    return element
  }

  /// `iter.collect::<VecDeque<_>>()`: std collects into a `Vec` and converts it, keeping its
  /// buffer (`SpecFromIter`'s default), so the capacities are `Vec`'s.
  func checkVecDequeCollect(
    receiver: Expr, arguments: [Expr], element: TypeTerm, id: Int, span: SourceSpan
  ) -> TypedExpr {
    let enclosing = annotatedInitializer
    annotatedInitializer = nil
    let collected = checkExpression(
      Expr(
        id: id, kind: .methodCall(receiver: receiver, method: "collect", generics: [], arguments: arguments),
        span: span))
    annotatedInitializer = enclosing
    guard table.unify(collected.type, .vec(element)) else {
      unsupported("`collect` into a `VecDeque` from this iterator", at: span)
      return invalid(span)
    }
    if case .builtin(_, let sources) = collected.kind, let source = sources.first,
      dequeOwnedSource(source) != nil
    {
      // std hands the deque's own buffer back (`into_vecdeque`), head and capacity kept.
      unsupported("`collect` into a `VecDeque` of a `VecDeque`'s `into_iter()`", at: span)
      return invalid(span)
    }
    let item = element
    return typed(.builtin(.vecDeque("from_vec"), arguments: [collected]), .library(.vecDeque, item), span)
  }

  /// `let q: VecDeque<_> = v.into();` of a `Vec` (its buffer kept) or an array.
  func checkVecDequeInto(receiver: Expr, element: TypeTerm, span: SourceSpan) -> TypedExpr {
    let source = checkExpression(receiver)
    let builtin: Builtin
    let item: TypeTerm
    switch table.shallow(source.type) {
    case .vec(let inner):
      (builtin, item) = (.vecDeque("from_vec"), inner)
    case .array(let inner, _):
      (builtin, item) = (.vecDeque("from_array"), inner)
    default:
      unsupported("the conversion `into` a `VecDeque` of anything but an array or a `Vec`", at: span)
      return invalid(span)
    }
    if !table.unify(item, element) {
      error(
        "mismatched types: expected `VecDeque<\(table.displayName(element))>`, found `\(table.displayName(source.type))`",
        at: span)
    }
    return typed(.builtin(builtin, arguments: [source]), .library(.vecDeque, item), span)
  }
}
