import MemoryModel

/// `fn evens(limit: u32) -> impl Iterator<Item = u32> { (0..limit).filter(…) }`. The check
/// that sees results as opaque gives the callers a type that is an iterator of `Item` and
/// nothing more (its `next` is never run), so that they may loop over it, adapt it and
/// consume it, but not call what only the hidden type has (`rev`, `len`, `clone`). The run
/// then uses the type the body returns, as a kept adapter chain.
extension Checker {
  /// The declared item type of an `impl Iterator<Item = T>` return, nil for other traits.
  static func iteratorReturnItem(_ opaque: GenericParameter) -> TypeExpr? {
    guard opaque.bounds == ["Iterator"] else { return nil }
    return opaque.boundArguments["Iterator"]?.associated.first { $0.name == "Item" }?.type
  }

  static func returnsImplIterator(_ item: Item) -> Bool {
    func isIterator(_ decl: FunctionDecl) -> Bool { decl.returnImplTrait.flatMap(iteratorReturnItem) != nil }
    if case .function(let decl) = item { return isIterator(decl) }
    if case .implementation(let block) = item { return block.methods.contains(where: isIterator) }
    if case .trait(let trait) = item { return trait.methods.contains(where: isIterator) }
    return false
  }

  /// A unit type standing for the hidden iterator, with `Iterator` implemented for it.
  func makeOpaqueIterator(_ opaque: GenericParameter, item: TypeExpr) -> String {
    var name = opaque.name
    while structs[name] != nil || enums[name] != nil { name += "\u{200B}" }
    structs[name] = StructInfo(name: name, fields: [], shape: .unit, derives: [], span: opaque.span)
    opaqueParameterTypes.insert(name)
    let span = opaque.span
    let none = SyntheticExpressions(checker: self, span: span).name("None")
    let next = FunctionDecl(
      name: "next", nameSpan: span, selfParameter: .mutableReference, parameters: [],
      returnType: TypeExpr(kind: .path(path: ["Option"], generics: [item]), span: span),
      body: Block(statements: [], tail: none, span: span), attributes: [], span: span)
    var block = ImplBlock(
      traitName: "Iterator", traitSpan: span, typeName: name, typeSpan: span, methods: [next], span: span)
    block.associatedTypes = [AssociatedType(name: "Item", nameSpan: span, type: item, span: span)]
    // The function's own lifetimes (`Item = &'a str`) are in scope for the item type.
    block.lifetimeParameters = namedLifetimes(in: item)
    collectIteratorImpl(block)
    return name
  }

  /// Right after the body is checked, before integer defaults: the declared item type
  /// decides the body's literals (`(0..10).filter(…)` yields `u32` for `Item = u32`), as in
  /// rustc. E0271 at the return type when the body's iterator yields another type.
  func settleIteratorReturnItem(_ opaque: GenericParameter, hidden: TypeTerm, index: Int, span: SourceSpan) {
    guard let written = Self.iteratorReturnItem(opaque) else { return }
    guard let lifetimes = returnLifetimes(of: signatures[index]) else { return }
    let inputs = lifetimes.parameterLifetimes.flatMap { $0 }.filter { $0 != "static" }
    let selfBorrowed =
      signatures[index].declaration.selfParameter != nil && lifetimes.parameterOuterLifetimes.first != nil
    if Self.hasElidedReference(written), !selfBorrowed, inputs.count != 1 {
      // rustc's E0106 (no single lifetime to give the item's `&`).
      unsupported(
        "an elided lifetime in `impl Iterator<Item = …>` without one borrowed parameter", at: written.span)
      return
    }
    let declared = resolveType(written, selfType: nil)
    guard let yielded = hiddenIteratorItem(hidden) else {
      let type = table.resolve(hidden)
      if type.containsVariables || type.isNever { return }  // Refused when the result settles.
      unsupported("returning `\(table.displayName(type))` as `impl Iterator`", at: span)
      return
    }
    // The borrow check sees a result borrowing the parameters only through the references it
    // holds; one that captures them without holding any (`v.clone().into_iter()`) is refused.
    if !inputs.isEmpty, !holdsLoans(hidden) {
      unsupported("an `impl Iterator` result that borrows no parameter it could borrow", at: span)
      return
    }
    if !table.unify(yielded, declared) {
      error(
        "expected `\(table.displayName(hidden))` to be an iterator that yields `\(table.displayName(declared))`, "
          + "but it yields `\(table.displayName(yielded))`", at: span)
      diagnostics[diagnostics.count - 1].code = "E0271"
    }
  }
}

extension Checker {
  /// `shelf.titles()` or `self.titles()`, where `titles` returns `impl Iterator<…>`: seen
  /// before the call is checked, from the type of the local it is called on.
  func returnsIteratorMethod(_ receiver: Expr, _ name: String) -> Bool {
    // A local (`shelf.all()`) or a field of one (`room.shelf.all()`, `self.shelf.all()`).
    guard let placeType = declaredPlaceType(receiver) else { return false }
    var type = table.resolve(placeType)
    while case .reference(let referent, _) = type { type = table.resolve(referent) }
    guard case .structure(let owner) = type, let index = methods[owner]?[name],
      let opaque = signatures[index].declaration.returnImplTrait
    else { return false }
    return Self.iteratorReturnItem(opaque) != nil
  }

  /// The type of a local of this scope or a field of one, through references (nil otherwise;
  /// no closure capture is made for the question).
  private func declaredPlaceType(_ expr: Expr) -> TypeTerm? {
    switch expr.kind {
    case .path(let path, _) where path.count == 1:
      guard let slot = lookupLocal(path[0]) else { return nil }
      return table.shallow(locals[slot].type)
    case .field(let base, let name):
      guard var type = declaredPlaceType(base) else { return nil }
      while case .reference(let inner, _) = type { type = table.shallow(inner) }
      guard case .structure(let structName) = type,
        let field = structs[structName]?.fields.first(where: { $0.name == name })
      else { return nil }
      return table.shallow(field.type)
    default:
      return nil
    }
  }
}

extension Checker {
  /// What the hidden iterator yields: a library iterator kept as a value, an integer range,
  /// or an iterator of the program's own.
  func hiddenIteratorItem(_ type: TypeTerm) -> TypeTerm? {
    if case .range(let element, _) = table.shallow(type), isIntegerLike(element) { return element }
    return userIteratorItem(type)
  }

  /// `self.items.iter()` as an `impl Iterator` function's tail: std's value, as a `let` keeps it.
  func keepingReturnedIterator(_ tail: TypedExpr, of decl: FunctionDecl) -> TypedExpr {
    guard let opaque = decl.returnImplTrait, Self.iteratorReturnItem(opaque) != nil,
      case .iterator = table.shallow(tail.type)
    else { return tail }
    if let kept = storedIterator(tail) { return kept }
    unsupported("returning iterators of this kind as `impl Iterator`", at: tail.span)
    return invalid(tail.span)
  }
}

extension Checker {
  static func hasElidedReference(_ type: TypeExpr) -> Bool {
    switch type.kind {
    case .reference(_, let lifetime, let referent): return lifetime == nil || hasElidedReference(referent)
    case .path(_, let generics):
      return type.lifetimes.contains { $0.name == "_" } || generics.contains(where: hasElidedReference)
    case .tuple(let items): return items.contains(where: hasElidedReference)
    case .slice(let element), .array(let element, _): return hasElidedReference(element)
    case .inferred, .never: return false
    }
  }

  /// Whether the borrow check sees loans in a value of this type (as `BorrowLowering.carriesLoans`).
  func holdsLoans(_ type: TypeTerm) -> Bool {
    switch table.resolve(type) {
    case .reference, .library(.ref, _), .library(.refMut, _): return true
    case .library(.sliceIter, _), .library(.sliceIterMut, _), .library(.chars, _), .library(.charIndices, _),
      .library(.drain, _), .library(.split, _), .library(.splitWhitespace, _), .library(.lines, _):
      return true
    case .library(_, let inner): return holdsLoans(inner)
    case .vec(let inner), .box(let inner), .rc(let inner), .arc(let inner), .option(let inner),
      .array(let inner, _), .slice(let inner), .range(let inner, _):
      return holdsLoans(inner)
    case .tuple(let items): return items.contains { holdsLoans($0) }
    default: return false
    }
  }
}
