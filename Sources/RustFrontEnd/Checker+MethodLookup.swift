extension Checker {
  /// The methods of `str` that take a pattern (a `char`, a `&str` or a closure).
  static let textPatternMethods: Set<String> = [
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
  func boxContents(of receiver: TypedExpr, span: SourceSpan) -> TypedExpr? {
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

  /// rustc reports method-call panics (`unwrap`, `remove`) at the method name.
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
  func mutablePlace(of receiver: TypedExpr) -> TypedExpr? {
    switch receiver.kind {
    case .addressOf(let place, true): return place
    case .coerce(_, let inner): return mutablePlace(of: inner)
    default: return nil
    }
  }

  /// Rebuilds the receiver with mutable borrows along the chain (`v.push(1)` through
  /// `&mut *r`, `s.push_str` on a `String` place).
  func rebuildMutable(chain: [TypedExpr], step: Int, method: String) -> TypedExpr? {
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
  func probe(
    _ current: TypedExpr, type: TypeTerm, method: String, generics: [TypeExpr], span: SourceSpan
  ) -> (MethodTarget, TypedExpr)? {
    // By value: `self` methods of the type, or `&self` / `&mut self` methods of a referent.
    if case .box(let inner) = type, let index = boxedSelfMethod(on: table.shallow(inner), method) {
      // `self: Box<Self>`: the box itself is the receiver, moved into the call.
      return (.user(index, .value), current)
    }
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

  /// A `self: Box<Self>` method of a program's type or trait object, found on its box.
  func boxedSelfMethod(on type: TypeTerm, _ name: String) -> Int? {
    let owner: String
    switch type {
    case .structure(let typeName), .enumeration(let typeName): owner = typeName
    case .dynTrait(let trait): owner = "dyn " + trait
    default: return nil
    }
    guard let index = methods[owner]?[name] else { return nil }
    let selfParameter = signatures[index].declaration.selfParameter
    return selfParameter == .boxed || selfParameter == .mutableBoxed ? index : nil
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
        case .boxed, .mutableBoxed, nil: return nil
        }
        return .user(index, mode)
      }
      if let index = genericImplMethod(on: typeName, name) ?? instanceImplMethod(on: typeName, name) {
        switch signatures[index].declaration.selfParameter {
        case .value, .mutableValue: return .user(index, .value)
        case .reference: return .user(index, .reference)
        case .mutableReference: return .user(index, .mutableReference)
        case .boxed, .mutableBoxed, nil: return nil
        }
      }
    default:
      if let library = libraryMethod(on: type, name, generics: generics) { return .library(library) }
      // A program's trait implemented for a standard type: after std's own methods, as
      // rustc prefers inherent methods.
      if let foreign = foreignOwner(of: type) ?? settleNumericReceiver(type, for: name)
        ?? settleForeignReceiver(type, for: name),
        let index = methods[foreign]?[name]
      {
        switch signatures[index].declaration.selfParameter {
        case .value, .mutableValue: return .user(index, .value)
        case .reference: return .user(index, .reference)
        case .mutableReference: return .user(index, .mutableReference)
        case .boxed, .mutableBoxed, nil: return nil
        }
      }
      if let index = standardGenericImplMethod(on: type, name) {
        switch signatures[index].declaration.selfParameter {
        case .value, .mutableValue: return .user(index, .value)
        case .reference: return .user(index, .reference)
        case .mutableReference: return .user(index, .mutableReference)
        case .boxed, .mutableBoxed, nil: return nil
        }
      }
      return nil
    }
    return libraryMethod(on: type, name, generics: generics).map { .library($0) }
  }

  func finishMethodCall(
    _ target: MethodTarget, receiver: TypedExpr, arguments: [Expr], generics: [TypeExpr], span: SourceSpan,
    methodSpan: SourceSpan
  ) -> TypedExpr {
    switch target {
    case .user(let index, _) where sizedOnlyDispatchers.contains(index):
      error(
        "the `\(signatures[index].declaration.name)` method cannot be invoked on a trait object",
        at: methodSpan)
      return invalid(span)
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
      if method.builtin == .sliceMethod("(extend chain)") {
        return checkVecExtend(into: receiver, arguments: arguments, span: span, methodSpan: methodSpan)
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
        // `handlers.push(Box::new(|e| e.len()))`: the closure's parameter types come from the
        // element type, as they do in an annotated `let`.
        var value = checkExpression(argument, wanting: parameter)
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
