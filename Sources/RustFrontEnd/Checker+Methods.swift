extension Checker {
  package enum SelfMode: Equatable {
    case value
    case reference
    case mutableReference
  }

  package struct LibraryMethod {
    package var builtin: Builtin
    package var selfMode: SelfMode
    package var parameters: [TypeTerm]
    package var result: TypeTerm
  }

  package enum MethodTarget {
    case user(Int, SelfMode)
    case library(LibraryMethod)

    package var selfMode: SelfMode {
      switch self {
      case .user(_, let mode): return mode
      case .library(let method): return method.selfMode
      }
    }
  }

  /// `&place` / `&mut place`; `&*r` is `r` itself (a reborrow keeps the address).
  package func borrow(_ expr: TypedExpr, mutable: Bool) -> TypedExpr {
    if case .deref(let inner) = expr.kind,
      case .reference(let target, let isMutable) = table.shallow(inner.type)
    {
      if isMutable == mutable { return inner }
      if isMutable && !mutable {
        return typed(.coerce(.mutableToShared, inner), .reference(target, mutable: false), expr.span)
      }
    }
    return typed(.addressOf(expr, mutable: mutable), .reference(expr.type, mutable: mutable), expr.span)
  }

  /// One step of method-call auto-dereferencing: `&T` → `T`, `Box<T>` → `T`, `Rc<T>` → `T`,
  /// `String` → `str`, `Vec<T>` / `[T; N]` → `[T]`.
  func methodDeref(_ expr: TypedExpr, mutable: Bool) -> TypedExpr? {
    switch table.shallow(expr.type) {
    case .reference(let inner, _), .box(let inner), .rc(let inner), .arc(let inner):
      return typed(.deref(expr), inner, expr.span)
    case .library(let wrapper, let inner) where wrapper.isGuard:
      return typed(.deref(expr), inner, expr.span)
    case let type where guardTarget(type) != nil:
      return guardTarget(type).map { typed(.deref(expr), $0, expr.span) }
    case .string:
      let reference = borrow(expr, mutable: mutable)
      let str = typed(.coerce(.stringToStr, reference), .reference(.str, mutable: mutable), expr.span)
      return typed(.deref(str), .str, expr.span)
    case .vec(let element):
      let reference = borrow(expr, mutable: mutable)
      let slice = typed(
        .coerce(.vecToSlice, reference), .reference(.slice(element), mutable: mutable), expr.span)
      return typed(.deref(slice), .slice(element), expr.span)
    case .array(let element, let length):
      let reference = borrow(expr, mutable: mutable)
      let slice = typed(
        .coerce(.arrayToSlice(length: length), reference), .reference(.slice(element), mutable: mutable),
        expr.span)
      return typed(.deref(slice), .slice(element), expr.span)
    default:
      // A type of the program's own with a `Deref` impl: `DerefMut` when the method found
      // needs `&mut self`.
      guard let place = userDerefPlace(expr, mutable: false, span: expr.span) else { return nil }
      return mutable ? mutableOverloadedPlace(place, .borrow(expr.span)) : place
    }
  }

  package func checkMethodCall(
    receiver receiverExpr: Expr, method: String, generics: [TypeExpr], arguments: [Expr], span: SourceSpan
  ) -> TypedExpr {
    if let builder = checkDebugBuilderChain(
      receiver: receiverExpr, method: method, generics: generics, arguments: arguments, span: span)
    {
      return builder
    }
    if method == "unwrap_or_default", arguments.isEmpty, generics.isEmpty {
      // `opt.unwrap_or_default()` as `opt.unwrap_or(Default::default())`: the default of the
      // types memtutor builds allocates nothing, so making it either way looks the same.
      let name = methodNameSpan(receiver: receiverExpr, method: method, span: span)
      let id = receiverExpr.id
      let callee = Expr(
        id: -3_000_000 - 2 * id, kind: .path(["Default", "default"], generics: []), span: name)
      let fallback = Expr(id: -3_000_001 - 2 * id, kind: .call(callee: callee, arguments: []), span: name)
      return checkMethodCall(
        receiver: receiverExpr, method: "unwrap_or", generics: [], arguments: [fallback], span: span)
    }
    if let modified = checkEntryAndModify(
      receiver: receiverExpr, method: method, generics: generics, arguments: arguments, span: span)
    {
      return modified
    }
    if method == "or_insert", arguments.count == 1,
      case .methodCall(let table, "entry", let entryGenerics, let keys) = receiverExpr.kind,
      entryGenerics.isEmpty, keys.count == 1
    {
      // `map.entry(key).or_insert(value)`, the one `Entry` use memtutor runs, as one call.
      return checkMethodCall(
        receiver: table, method: Self.entryOrInsert, generics: [], arguments: keys + arguments, span: span)
    }
    if case .methodCall(let table, "entry", let entryGenerics, let keys) = receiverExpr.kind,
      entryGenerics.isEmpty, keys.count == 1,
      let value = entryDefault(method, arguments: arguments, id: receiverExpr.id, span: span)
    {
      return checkMethodCall(
        receiver: table, method: Self.entryOrInsert, generics: [], arguments: keys + [value], span: span)
    }
    return checkMethodCall(
      checked: checkExpression(receiverExpr), receiver: receiverExpr, method: method, generics: generics,
      arguments: arguments, span: span)
  }

  /// A method call whose receiver is checked already (`Maybe::map` of the program's own, after
  /// `checkOptionClosureMethod` found the receiver is no `Option`).
  package func checkMethodCall(
    checked receiver: TypedExpr, receiver receiverExpr: Expr, method: String, generics: [TypeExpr],
    arguments: [Expr], span: SourceSpan
  ) -> TypedExpr {
    if let text = cowReceiverAsText(receiver, method: method, span: span) {
      guard let text = text else { return invalid(span) }
      return checkMethodCall(
        checked: text, receiver: receiverExpr, method: method, generics: generics, arguments: arguments,
        span: span)
    }
    let nameSpan = methodNameSpan(receiver: receiverExpr, method: method, span: span)
    let enclosingMethodName = methodNameBeingChecked
    methodNameBeingChecked = (span, nameSpan)
    defer { methodNameBeingChecked = enclosingMethodName }
    if method == "as_ref", arguments.isEmpty, generics.isEmpty,
      let borrowed = boxContents(of: receiver, span: span)
    {
      return borrowed
    }
    if Self.textPatternMethods.contains(method), let pattern = arguments.last, isCharSetPattern(pattern),
      isText(receiver.type)
    {
      // `s.split([',', ' '])`, `s.split(&[',', ' '][..])`: any of several `char`s.
      unsupported("`\(method)` with an array or slice of `char`s as the pattern", at: span)
      return invalid(span)
    }
    if Self.textPatternMethods.contains(method), let pattern = arguments.last,
      arguments.count == (TextSplitter(methodName: method)?.takesCount == true ? 2 : 1),
      case .closure = pattern.kind,
      isText(receiver.type)
    {
      if method == "split", generics.isEmpty, case .closure(let closure) = pattern.kind {
        return checkClosureSplit(receiver, closure: closure, span: nameSpan)
      }
      if Self.closureTrimMethods.contains(method), generics.isEmpty,
        case .closure(let closure) = pattern.kind,
        let trimmed = checkClosureTrim(
          receiver, receiver: receiverExpr, method: method, closure: closure, span: span)
      {
        return trimmed
      }
      // `s.split(|c: char| c == '-')`: a closure as the pattern.
      unsupported("`\(method)` with a closure as the pattern", at: span)
      return invalid(span)
    }
    if method == "get", generics.isEmpty, arguments.count == 1, isText(receiver.type) {
      return checkTextGet(receiver, arguments[0], nameSpan: nameSpan, span: span)
    }
    if generics.isEmpty,
      let slice = checkArrayAsSlice(receiver, method: method, arguments: arguments, span: span)
    {
      return slice
    }
    if let peekable = checkPeekable(receiver, method: method, arguments: arguments, span: nameSpan) {
      return peekable
    }
    if let taken = checkNextIf(receiver, method: method, arguments: arguments, span: span) {
      return taken
    }
    if let flattened = checkFlatten(receiver, method: method, arguments: arguments, span: nameSpan) {
      return flattened
    }
    if let chained = checkChain(receiver, method: method, arguments: arguments, span: nameSpan) {
      return chained
    }
    if let reversed = checkChainRev(receiver, method: method, arguments: arguments, span: nameSpan) {
      return reversed
    }
    if let back = checkInPlaceNextBack(
      receiver, receiverExpr: receiverExpr, method: method, generics: generics, arguments: arguments,
      span: span)
    {
      return back
    }
    if let kept = checkKeptAdapter(receiver, method: method, arguments: arguments, span: span) {
      return kept
    }
    if method == "rev", arguments.isEmpty, case .library(.charIndices, _) = table.shallow(receiver.type) {
      // `s.char_indices().rev()`: std's `Rev`, whose `next` is `CharIndices::next_back`.
      return typed(
        .builtin(.libraryIterator("rev"), arguments: [receiver]), .library(.rev, receiver.type), span)
    }
    if let join = checkJoin(receiver, method: method, arguments: arguments, span: span) { return join }
    if let found = checkHandWrittenContains(receiver, method: method, arguments: arguments, span: span) {
      return found
    }
    if let spawn = checkScopeMethod(receiver, method: method, arguments: arguments, span: span) {
      return spawn
    }
    if let threads = checkThreadObjectMethod(receiver, method: method, arguments: arguments, span: span) {
      return threads
    }
    if reportMissingLockMethod(
      receiver, method: method, methodSpan: methodNameSpan(receiver: receiverExpr, method: method, span: span)
    ) {
      return invalid(span)
    }
    if let lock = checkLock(receiver, method: method, arguments: arguments, span: span) { return lock }
    if let atomic = checkAtomicMethod(receiver, method: method, arguments: arguments, span: span) {
      return atomic
    }
    let methodSpan = methodNameSpan(receiver: receiverExpr, method: method, span: span)
    if let io = checkStandardIOMethod(
      receiver, method: method, arguments: arguments, span: span, methodSpan: methodSpan)
    {
      return io
    }
    var chain: [TypedExpr] = [receiver]
    var describedType: TypeTerm?
    // Walk the auto-deref chain twice: once with shared re-borrows, rebuilt with `&mut` when
    // the method found needs it.
    var current = receiver
    for step in 0..<12 {
      if case .variable = table.shallow(current.type), !pendingParses.isEmpty {
        // rustc resolves what it can before looking a method up: a `parse` whose target is
        // known by now has its error type (`Err(e) => e.to_string()`).
        settleKnownParseErrors()
      }
      let type = table.shallow(current.type)
      if describedType == nil, !type.isReference { describedType = type }
      if case .variable = type, table.kind(of: type) == .general {
        reportAnnotationsNeeded(for: current, code: "E0282", at: receiverExpr.span)
        return invalid(span)
      }
      if type.isNever { return typed(.coerce(.never, receiver), .never, span) }
      if let (target, receiverArgument) = probe(
        current, type: type, method: method, generics: generics, span: span)
      {
        var adjusted = receiverArgument
        if target.selfMode == .mutableReference {
          adjusted = rebuildMutable(chain: chain, step: step, method: method) ?? receiverArgument
          if case .local(let slot) = adjusted.kind, case .reference(_, true) = table.shallow(adjusted.type) {
            // `r.push(x)` with `r: &mut Vec<_>` captured: the closure writes through it, so
            // it needs unique access to `*r` and is `FnMut`, as in rustc.
            noteMutableUse(of: slot, at: receiverExpr.span)
          }
          if let place = mutablePlace(of: adjusted), !placeIsMutable(place) {
            if reportWriteThroughGuard(place, at: receiverExpr.span, borrowing: true) {
              // Reported as rustc words it for a `Ref` / `RefMut`.
            } else if case .local = place.kind {
              reportNotDeclaredMutable(place, at: receiverExpr.span)
            } else if placeIsBehindSharedReference(place) {
              ownershipError(
                "cannot borrow `\(placeDescription(place))` as mutable, as it is behind a `&` reference",
                at: receiverExpr.span, code: "E0596",
                label: "`\(placeDescription(place))` is a `&` reference, so it cannot be borrowed as mutable")
            }
          }
        }
        return finishMethodCall(
          target, receiver: adjusted, arguments: arguments, generics: generics, span: span,
          methodSpan: methodSpan)
      }
      guard let next = methodDeref(current, mutable: false) else { break }
      current = next
      chain.append(next)
    }
    // Name the type as it will end up: an unconstrained `{integer}` is `i32`.
    let typeName = table.displayName(describedType ?? receiver.type).replacing("{integer}", with: "i32")
      .replacing("{float}", with: "f64")
    if Self.blanketMethods.contains(method) {
      // Every type has these through std's blanket impls (`impl<T, U: From<T>> Into<U> for T`):
      // never rustc's E0599, only a conversion memtutor does not know.
      unsupported("the method `\(method)` on `\(typeName)`", at: methodSpan)
      return invalid(span)
    }
    switch table.shallow(describedType ?? receiver.type) {
    case .structure(let name), .enumeration(let name):
      // A type of the library's own (`Ordering`, `Duration`) may have methods memtutor lacks.
      // `Mutex`, its guard and `PoisonError` are structs std declares: a method memtutor does
      // not model on one is a refusal, not a missing method.
      let isStandardStruct =
        Self.isLockName(name) || Self.isLockGuardName(name) || name.hasPrefix(Self.poisonErrorPrefix)
      guard (structs[name] != nil || enums[name] != nil) && name != Self.orderingName && !isStandardStruct
      else {
        diagnostics.append(Diagnostic.unsupported("the method `\(method)` on `\(typeName)`", at: methodSpan))
        return invalid(span)
      }
      if method == "rev" || method == "next_back", opaqueParameterTypes.contains(name),
        userIteratorItem(describedType ?? receiver.type) != nil
      {
        // `-> impl Iterator<Item = T>` promises `Iterator` only, whatever the body returns:
        // `rev` is rustc's E0277, `next_back` (no `Iterator` method) its E0599.
        if method == "rev" {
          error("the trait bound `\(typeName): DoubleEndedIterator` is not satisfied", at: methodSpan)
          diagnostics[diagnostics.count - 1].code = "E0277"
        } else {
          error(
            "no method named `next_back` found for opaque type `\(typeName)` in the current scope",
            at: methodSpan)
          diagnostics[diagnostics.count - 1].code = "E0599"
        }
        return invalid(span)
      }
      if userIteratorItem(describedType ?? receiver.type) != nil {
        // `Iterator`'s provided methods memtutor does not run on a type of the program's own.
        unsupported("the method `\(method)` on an iterator of your own", at: methodSpan)
        return invalid(span)
      }
      let kind = structs[name] != nil ? "struct" : "enum"
      let derives = derivesOf(name)
      // A generic type's derive that its arguments do not allow (`Wrapper<NoClone>`).
      let unmetDerive =
        method == "clone" && (structs[name]?.derives ?? enums[name]?.derives ?? []).contains("Clone")
      let name = table.instances[name] != nil ? table.displayName(describedType ?? receiver.type) : name
      if method == "max" || method == "min", arguments.count == 1, generics.isEmpty,
        !table.shallow(receiver.type).isReference, hasHandWrittenOrd(receiver.type)
      {
        let other = coerce(checkExpression(arguments[0]), to: receiver.type)
        return handWrittenMaxMin(method, first: receiver, second: other, span: span)
      }
      if handWrittenComparisons[name] != nil,
        ["max", "min", "clamp", "ne", "lt", "le", "gt", "ge"].contains(method)
      {
        unsupported("the method `\(method)` of a comparison trait written by hand", at: methodSpan)
        return invalid(span)
      }
      if unmetDerive || ["max", "min", "clamp", "cmp"].contains(method) && derives.contains("PartialOrd") {
        // `Ord`'s methods on a type that derives only `PartialOrd`.
        error(
          "the method `\(method)` exists for \(kind) `\(name)`, but its trait bounds were not satisfied",
          at: methodSpan)
      } else {
        error("no method named `\(method)` found for \(kind) `\(name)` in the current scope", at: methodSpan)
      }
    case .iterator(.pieces(.textSplit(let splitter, let charPattern)), _, _, _) where method == "rev":
      // `"a,b".split(",").rev()`: the searcher or the count runs one way only (rustc's E0277).
      let bound =
        charPattern || splitter.takesCount
        ? "`std::str::\(typeName): DoubleEndedIterator`" : "`StrSearcher<'_, '_>: DoubleEndedSearcher<'_>`"
      error("the trait bound \(bound) is not satisfied", at: methodSpan)
      diagnostics[diagnostics.count - 1].code = "E0277"
    default:
      if reportUnknownStandardMethod(
        method, receiver: receiverExpr, receiverType: receiver.type, ownType: describedType, at: methodSpan)
      {
        return invalid(span)
      }
      // Internal names such as `(extend iter)` are shown as the method the learner wrote.
      let written =
        method.hasPrefix("(") ? String(method.dropFirst().prefix { $0.isLetter || $0 == "_" }) : method
      diagnostics.append(
        Diagnostic.unsupported("the method `\(written)` on `\(typeName)`", at: methodSpan))
    }
    return invalid(span)
  }
}
