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

  package func isCopy(_ type: TypeTerm) -> Bool {
    let resolved = table.resolve(type)
    switch resolved {
    case .variable: return table.kind(of: resolved) != .general
    case .never: return true
    case .iterator: return false
    case .reference(_, let mutable): return !mutable
    case .tuple(let items): return items.allSatisfy { isCopy($0) }
    case .array(let element, _): return isCopy(element)
    case .option(let inner): return isCopy(inner)
    case .result(let value, let error): return isCopy(value) && isCopy(error)
    default:
      if resolved.containsVariables { return false }
      guard let rust = resolved.rustType else { return false }
      return layoutCalculator.isCopy(rust)
    }
  }

  package func isClone(_ type: TypeTerm) -> Bool {
    let resolved = table.resolve(type)
    if isCopy(resolved) { return true }
    switch resolved {
    case .string, .rc, .arc, .library(.weak, _), .library(.sender, _): return true
    case .library(.cell, let inner): return isCopy(inner)
    case .library(.refCell, let inner), .library(.vecDeque, let inner), .library(.binaryHeap, let inner),
      .library(.reverse, let inner):
      return isClone(inner)
    case .vec(let inner), .box(let inner), .option(let inner), .array(let inner, _): return isClone(inner)
    case .tuple(let items): return items.allSatisfy { isClone($0) }
    case .result(let value, let error): return isClone(value) && isClone(error)
    case .structure(let name), .enumeration(let name):
      return derivesOf(name).contains("Clone") || handWrittenClone(of: name) != nil
    case .variable: return true
    default: return false
    }
  }

  /// Whether `r.clone()` on this shared reference copies the reference (`Clone for &T`): when
  /// the referent is unsized (`&str`, `&[T]`) and so has no `clone` of its own, which the
  /// method lookup would otherwise reach first, one step further in.
  func clonesTheReference(_ type: TypeTerm) -> Bool {
    guard case .reference(let referent, false) = table.resolve(type) else { return false }
    switch referent {
    case .str, .slice: return true
    default: return false
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
  private func methodDeref(_ expr: TypedExpr, mutable: Bool) -> TypedExpr? {
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
    let receiver = checkExpression(receiverExpr)
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
    if let kept = checkKeptAdapter(receiver, method: method, arguments: arguments, span: span) {
      return kept
    }
    if let join = checkJoin(receiver, method: method, arguments: arguments, span: span) { return join }
    if let spawn = checkScopeMethod(receiver, method: method, arguments: arguments, span: span) {
      return spawn
    }
    if let threads = checkThreadObjectMethod(receiver, method: method, arguments: arguments, span: span) {
      return threads
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
              ownershipError(
                "cannot borrow `\(placeDescription(place))` as mutable, as it is not declared as mutable",
                at: receiverExpr.span, code: "E0596", label: "cannot borrow as mutable")
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
      guard (structs[name] != nil || enums[name] != nil) && name != Self.orderingName else {
        diagnostics.append(Diagnostic.unsupported("the method `\(method)` on `\(typeName)`", at: methodSpan))
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

  /// rustc reports method-call panics (`unwrap`, `remove`) at the method name.
  /// The methods of `str` that take a pattern (a `char`, a `&str` or a closure).
  private static let textPatternMethods: Set<String> = [
    "split", "rsplit", "splitn", "rsplitn", "split_terminator", "contains", "starts_with", "ends_with",
    "find",
    "rfind", "matches", "rmatches", "match_indices", "split_once", "rsplit_once", "strip_prefix",
    "strip_suffix",
    "trim_matches", "trim_start_matches", "trim_end_matches", "replace", "replacen",
  ]

  /// Whether `type` is text: `str`, `String`, or a reference to either.
  func isText(_ type: TypeTerm) -> Bool {
    switch table.shallow(type) {
    case .str, .string: return true
    case .reference(let inner, _): return isText(inner)
    default: return false
    }
  }

  /// `boxed.as_ref()` on a `Box<T>` (through references): `&*boxed`, a `&T` to the box's
  /// contents (`&dyn Trait` for a `Box<dyn Trait>`). Nil for any other receiver.
  private func boxContents(of receiver: TypedExpr, span: SourceSpan) -> TypedExpr? {
    var current = receiver
    for _ in 0..<8 {
      switch table.shallow(current.type) {
      case .reference(let inner, _):
        current = typed(.deref(current), inner, current.span)
      case .box(let inner):
        let contents = typed(.deref(current), inner, current.span)
        return typed(.addressOf(contents, mutable: false), .reference(inner, mutable: false), span)
      default:
        return nil
      }
    }
    return nil
  }

  /// The parser turns a name passed where the library's methods take a closure
  /// (`nums.find(w)`) into a closure calling it, since a function may be meant. A name of a
  /// local that is a plain value (a `usize` handed to the program's own `find`) is itself again.
  func restoringForwardedValue(_ argument: Expr) -> Expr {
    guard case .closure(let closure) = argument.kind, let path = closure.forwardedFunction, path.count == 1,
      case .call(let callee, _) = closure.body.kind, let slot = lookupLocal(path[0])
    else { return argument }
    let type = table.shallow(locals[slot].type)
    switch type {
    case .integer, .float, .bool, .char, .string, .str, .vec, .option, .result, .tuple, .array, .hashMap:
      return callee
    case .variable:
      // `let w = 1;`: a number whose type is not settled yet.
      return table.kind(of: type) == .general ? argument : callee
    case .reference(let inner, _):
      switch table.shallow(inner) {
      case .integer, .float, .bool, .char, .string, .str, .vec, .slice, .tuple, .array, .hashMap:
        return callee
      default: return argument
      }
    default:
      return argument
    }
  }

  func methodNameSpan(receiver: Expr, method: String, span: SourceSpan) -> SourceSpan {
    // The syntax tree keeps no span for the name: find it after the receiver and the dot.
    var line = receiver.span.end.line
    var column = receiver.span.end.column
    var sawDot = false
    for _ in 0..<10_000 {
      guard line >= 1, line <= sourceLines.count else { break }
      let text = sourceLines[line - 1]
      if column - 1 >= text.count {
        line += 1
        column = 1
        continue
      }
      let scalar = text[column - 1]
      if scalar == " " || scalar == "\t" || scalar == "\r" {
        column += 1
      } else if scalar == "." && !sawDot {
        sawDot = true
        column += 1
      } else if sawDot && scalar == "/" {
        // A comment between the dot and the name: skip the rest of the line.
        line += 1
        column = 1
      } else {
        guard sawDot else { break }
        let start = SourceLocation(line: line, column: column)
        return SourceSpan(
          start: start, end: SourceLocation(line: line, column: column + method.unicodeScalars.count))
      }
    }
    return span
  }

  /// The place a `&mut` receiver borrows, for the mutability check.
  private func mutablePlace(of receiver: TypedExpr) -> TypedExpr? {
    switch receiver.kind {
    case .addressOf(let place, true): return place
    case .coerce(_, let inner): return mutablePlace(of: inner)
    default: return nil
    }
  }

  /// Rebuilds the receiver with mutable borrows along the chain (`v.push(1)` through
  /// `&mut *r`, `s.push_str` on a `String` place).
  private func rebuildMutable(chain: [TypedExpr], step: Int, method: String) -> TypedExpr? {
    // `names[0].push('!')` through a program's `Deref`: the receiver's own overloaded steps too.
    var current = mutableOverloadedPlace(chain[0], .borrow(chain[0].span))
    for _ in 0..<step {
      guard let next = methodDeref(current, mutable: true) else { return nil }
      current = next
    }
    if case .reference(_, true) = table.shallow(current.type) { return current }
    return borrow(current, mutable: true)
  }

  /// Looks for the method on `type` by value, then by `&`, then by `&mut` (rustc's probe order).
  private func probe(
    _ current: TypedExpr, type: TypeTerm, method: String, generics: [TypeExpr], span: SourceSpan
  ) -> (MethodTarget, TypedExpr)? {
    // By value: `self` methods of the type, or `&self` / `&mut self` methods of a referent.
    if let target = findMethod(on: type, method, generics: generics), target.selfMode == .value {
      return (target, current)
    }
    if case .reference(let inner, let mutable) = type {
      if let target = findMethod(on: table.shallow(inner), method, generics: generics) {
        if target.selfMode == .reference {
          let argument =
            mutable
            ? typed(.coerce(.mutableToShared, current), .reference(inner, mutable: false), current.span)
            : current
          return (target, argument)
        }
        if target.selfMode == .mutableReference && mutable { return (target, current) }
      }
    }
    if let target = findMethod(on: type, method, generics: generics) {
      switch target.selfMode {
      case .reference: return (target, borrow(current, mutable: false))
      case .mutableReference: return (target, borrow(current, mutable: true))
      case .value: return nil
      }
    }
    return nil
  }

  package func findMethod(on unresolved: TypeTerm, _ name: String, generics: [TypeExpr]) -> MethodTarget? {
    let type = table.shallow(unresolved)
    var owner: String?
    switch type {
    case .structure(let typeName), .enumeration(let typeName): owner = typeName
    case .dynTrait(let trait): owner = "dyn " + trait
    default: owner = nil
    }
    switch owner {
    case .some(let typeName):
      if let index = methods[typeName]?[name] {
        let mode: SelfMode
        switch signatures[index].declaration.selfParameter {
        case .value, .mutableValue: mode = .value
        case .reference: mode = .reference
        case .mutableReference: mode = .mutableReference
        case nil: return nil
        }
        return .user(index, mode)
      }
      if let index = genericImplMethod(on: typeName, name) ?? instanceImplMethod(on: typeName, name) {
        switch signatures[index].declaration.selfParameter {
        case .value, .mutableValue: return .user(index, .value)
        case .reference: return .user(index, .reference)
        case .mutableReference: return .user(index, .mutableReference)
        case nil: return nil
        }
      }
    default:
      if let library = libraryMethod(on: type, name, generics: generics) { return .library(library) }
      // A program's trait implemented for a standard type: after std's own methods, as
      // rustc prefers inherent methods.
      if let foreign = foreignOwner(of: type) ?? settleNumericReceiver(type, for: name),
        let index = methods[foreign]?[name]
      {
        switch signatures[index].declaration.selfParameter {
        case .value, .mutableValue: return .user(index, .value)
        case .reference: return .user(index, .reference)
        case .mutableReference: return .user(index, .mutableReference)
        case nil: return nil
        }
      }
      return nil
    }
    return libraryMethod(on: type, name, generics: generics).map { .library($0) }
  }

  private func finishMethodCall(
    _ target: MethodTarget, receiver: TypedExpr, arguments: [Expr], generics: [TypeExpr], span: SourceSpan,
    methodSpan: SourceSpan
  ) -> TypedExpr {
    switch target {
    case .user(let index, _) where genericTypes.methodImpls[index] != nil:
      var instance = table.shallow(receiver.type)
      if case .reference(let inner, _) = instance { instance = table.shallow(inner) }
      var call = checkGenericMethodCall(
        index, on: instance.name, receiver: receiver, arguments: arguments, turbofish: generics, span: span,
        calleeSpan: methodSpan)
      call.span = span
      return call
    case .user(let index, _):
      var call = checkUserCall(
        index, arguments: arguments, receiver: receiver, span: span, calleeSpan: methodSpan)
      call.span = span
      return call
    case .library(let method):
      if case .displayImplToString(let function) = method.builtin, arguments.isEmpty {
        return displayToString(function, receiver: receiver, span: span, methodSpan: methodSpan)
      }
      if method.builtin == .hashTable("range") {
        return checkTreeRange(
          receiver: receiver, arguments: arguments, method: method, span: span, methodSpan: methodSpan)
      }
      if method.builtin == .textMethod("extend") {
        return checkStringExtend(into: receiver, arguments: arguments, span: span, methodSpan: methodSpan)
      }
      guard method.parameters.count == arguments.count else {
        argumentCountError(
          expected: method.parameters.count, found: arguments.count, span: span, isMethod: true)
        return invalid(span)
      }
      if case .iterator = table.shallow(receiver.type), !isWrittenIteratorChain(receiver) {
        unsupported("iterators kept in variables or passed around as values", at: receiver.span)
        return invalid(span)
      }
      var checked = [receiver]
      for (argument, parameter) in zip(arguments, method.parameters) {
        var value = checkExpression(argument)
        if case .reference(.str, false) = parameter, isStringLike(value.type), !isStrReference(value.type) {
          value = asStrReference(value)
        }
        checked.append(coerce(value, to: parameter))
      }
      var result = typed(.builtin(method.builtin, arguments: checked), method.result, methodSpan)
      methodCallSpans[methodSpan.start] = span
      if case .iterator = method.result {
        if case .pieces = method.builtin {
          // The tuple sits at the method's name: `windows(0)` panics there, as rustc reports it.
          // A zip pairs the slices its two iterators walk.
          let sources = checked.map { part -> TypedExpr in
            if case .iterate(let slice) = part.kind { return slice }
            return part
          }
          result = typed(
            .iterate(typed(.tuple(sources), .tuple(sources.map(\.type)), methodSpan)), method.result, span)
        } else if method.builtin == .binaryHeap("iter"), case .reference(_, _) = table.shallow(receiver.type),
          case .iterator(_, .reference(let element, _), _, _) = method.result
        {
          // `heap.iter()` walks the `Vec`'s elements in array order.
          result = typed(.iterate(heapSlice(receiver, element: element)), method.result, span)
        } else if method.builtin == .binaryHeap("into_iter"),
          case .iterator(_, let element, _, _) = method.result
        {
          let data = typed(
            .builtin(.binaryHeap("into_vec"), arguments: [receiver]), .vec(element), receiver.span)
          result = typed(.iterate(data), method.result, span)
        } else if method.builtin == .vecIntoIterator || method.builtin == .sliceIterator
          || method.builtin == .sliceMutableIterator || method.builtin == .strChars
          || method.builtin == .strBytes
        {
          result = typed(.iterate(receiver), method.result, span)
        } else {
          // enumerate / rev: adapt the receiver iterator.
          result = typed(.adaptIterator(receiver), method.result, span)
        }
      }
      return result
    }
  }

  package func isStrReference(_ type: TypeTerm) -> Bool {
    if case .reference(let inner, _) = table.shallow(type), case .str = table.shallow(inner) { return true }
    return false
  }
}
