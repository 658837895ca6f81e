extension Checker {

  func checkBuiltinCall(
    _ fullPath: [String], generics: [TypeExpr], arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan
  ) -> TypedExpr? {
    var path = fullPath
    if path.first == "std" { path.removeFirst() }
    // Prelude names: `drop`, `size_of` (since Rust 1.80), `Box`, `String`, `Vec`.
    let memFunctions = ["size_of", "size_of_val", "align_of", "drop", "forget", "swap", "replace", "take"]
    if path.count == 1, ["drop", "size_of", "size_of_val", "align_of"].contains(path[0]) {
      path = ["mem", path[0]]
    }
    if path.count == 3, path[0] == "rc", path[1] == "Rc" { path.removeFirst() }
    if path.count == 3, path[0] == "sync", path[1] == "Arc" { path.removeFirst() }
    if path.count == 3, path[0] == "collections", path[1] == "VecDeque" {
      return checkVecDequeConstructor(path[2], generics: generics, arguments: arguments, span: span)
    }
    if path == ["cmp", "Reverse"] {
      guard arguments.count == 1 else {
        argumentCountError(expected: 1, found: arguments.count, span: span)
        return invalid(span)
      }
      let value = checkExpression(arguments[0])
      return typed(.builtin(.binaryHeap("Reverse"), arguments: [value]), .library(.reverse, value.type), span)
    }
    if path.count == 3, path[0] == "collections", path[1] == "BinaryHeap" {
      return checkBinaryHeapConstructor(path[2], generics: generics, arguments: arguments, span: span)
    }
    if path.count == 3, path[0] == "collections",
      ["HashMap", "HashSet", "BTreeMap", "BTreeSet"].contains(path[1])
    {
      return checkHashTableConstructor(path[1], path[2], generics: generics, arguments: arguments, span: span)
    }
    if path.count == 3, path[0] == "string" || path[0] == "vec" || path[0] == "boxed" { path.removeFirst() }
    if let call = checkCellCall(path, arguments: arguments, span: span) { return call }
    if let conversion = checkUtf8Conversion(path, arguments: arguments, span: span) { return conversion }
    if let lossy = checkLossyConversion(path, arguments: arguments, span: span) { return lossy }
    func args(_ count: Int) -> [TypedExpr]? {
      guard arguments.count == count else {
        argumentCountError(expected: count, found: arguments.count, span: span)
        return nil
      }
      return arguments.map { checkExpression($0) }
    }
    func result(_ builtin: Builtin, _ arguments: [TypedExpr], _ type: TypeTerm) -> TypedExpr {
      typed(.builtin(builtin, arguments: arguments), type, span)
    }
    switch path {
    case ["String", "new"]:
      guard let checked = args(0) else { return invalid(span) }
      return result(.stringNew, checked, .string)
    case ["String", "from"]:
      guard let checked = args(1) else { return invalid(span) }
      if case .char = table.shallow(checked[0].type) {
        unsupported("the conversion `String::from(char)`", at: span)
        return invalid(span)
      }
      guard isStringLike(checked[0].type) else {
        error(
          "the trait bound `String: From<\(table.displayName(checked[0].type))>` is not satisfied",
          at: checked[0].span)
        return invalid(span)
      }
      return result(.strToString, [asStrReference(checked[0])], .string)
    case ["char", "from_digit"], ["std", "char", "from_digit"]:
      guard let checked = args(2) else { return invalid(span) }
      return result(
        .charMethod("from_digit"), checked.map { coerce($0, to: .integer(.u32)) }, .option(.char))
    case ["char", "from_u32"], ["std", "char", "from_u32"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.charMethod("from_u32"), [coerce(checked[0], to: .integer(.u32))], .option(.char))
    case ["String", "with_capacity"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.stringWithCapacity, [coerce(checked[0], to: .usize)], .string)
    case ["Vec", "new"]:
      guard let checked = args(0) else { return invalid(span) }
      return result(.vecNew, checked, .vec(singleGeneric(generics) ?? table.fresh()))
    case ["Vec", "with_capacity"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(
        .vecWithCapacity, [coerce(checked[0], to: .usize)], .vec(singleGeneric(generics) ?? table.fresh()))
    case ["Vec", "from"]:
      guard let checked = args(1) else { return invalid(span) }
      guard case .array(let element, _) = table.shallow(checked[0].type) else {
        unsupported("the conversion `Vec::from` of anything but an array", at: span)
        return invalid(span)
      }
      return result(.vecFromArray, checked, .vec(element))
    case ["Box", "new"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.boxNew, checked, .box(checked[0].type))
    case ["Box", "from"] where errorDisplayDispatcher != nil:
      // `Box::<dyn Error>::from("bad input")`, `Err(Box::from(e))`: std's `From` impls.
      guard let checked = args(1) else { return invalid(span) }
      guard let boxed = boxedError(checked[0], span: span) else {
        unsupported("`Box::from` of anything but an error or a text", at: span)
        return invalid(span)
      }
      return boxed
    case ["Box", "leak"]:
      guard let checked = args(1) else { return invalid(span) }
      let inner = table.fresh()
      let value = coerce(checked[0], to: .box(inner))
      return result(.boxLeak, [value], .reference(inner, mutable: true))
    case ["Rc", "new"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.rcNew, checked, .rc(checked[0].type))
    case ["Arc", "new"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.arcNew, checked, .arc(checked[0].type))
    case ["Arc", "clone"], ["Arc", "strong_count"], ["Arc", "weak_count"]:
      // `Arc` runs as `Rc` does: the same block of strong count, weak count and value.
      guard let checked = args(1) else { return invalid(span) }
      let inner = table.fresh()
      let value = coerce(checked[0], to: .reference(.arc(inner), mutable: false))
      switch path[1] {
      case "clone": return result(.rcClone, [value], .arc(inner))
      case "strong_count": return result(.rcStrongCount, [value], .usize)
      default: return result(.rcWeakCount, [value], .usize)
      }
    case ["Rc", "clone"], ["Rc", "strong_count"], ["Rc", "weak_count"]:
      guard let checked = args(1) else { return invalid(span) }
      let inner = table.fresh()
      let value = coerce(checked[0], to: .reference(.rc(inner), mutable: false))
      switch path[1] {
      case "clone": return result(.rcClone, [value], .rc(inner))
      case "strong_count": return result(.rcStrongCount, [value], .usize)
      default: return result(.rcWeakCount, [value], .usize)
      }
    case ["Rc", "try_unwrap"], ["Arc", "try_unwrap"], ["Rc", "into_inner"], ["Arc", "into_inner"]:
      // `Ok(value)` (`Some`) when this is the last strong owner, else the `Rc` back (`None`,
      // after dropping it).
      guard let checked = args(1) else { return invalid(span) }
      let inner = table.fresh()
      let owner: TypeTerm = path[0] == "Rc" ? .rc(inner) : .arc(inner)
      let value = coerce(checked[0], to: owner)
      let answer: TypeTerm = path[1] == "try_unwrap" ? .result(inner, owner) : .option(inner)
      return result(.cell("Rc::\(path[1])"), [value], answer)
    case ["Rc", "ptr_eq"]:
      guard let checked = args(2) else { return invalid(span) }
      let inner = table.fresh()
      let values = checked.map { coerce($0, to: .reference(.rc(inner), mutable: false)) }
      return result(.rcPointerEqual, values, .bool)
    case ["ptr", "eq"]:
      // `std::ptr::eq(a, b)` on two references: the same address. A slice, `str` or trait
      // object compares its length or vtable too, and a zero-sized value's address is not
      // one memtutor models as rustc places it.
      guard let checked = args(2) else { return invalid(span) }
      let inner = table.fresh()
      let values = checked.map { coerce($0, to: .reference(inner, mutable: false)) }
      let pointee = table.resolve(inner)
      var sized = true
      switch pointee {
      case .slice, .str, .dynTrait: sized = false
      default: break
      }
      // A number whose type is still open (`vec![10, 20]`) is an integer or float of some size.
      var openNumber = false
      if case .variable = table.shallow(inner) { openNumber = table.kind(of: inner) != .general }
      let knownSize = pointee.rustType.map { !pointee.containsVariables && layoutCalculator.size(of: $0) > 0 }
      guard sized, openNumber || knownSize == true else {
        unsupported("`std::ptr::eq` on unsized or zero-sized values", at: span)
        return invalid(span)
      }
      return result(.cell("ptr::eq"), values, .bool)
    case ["mem", "size_of"], ["mem", "align_of"]:
      guard let checked = args(0) else { return invalid(span) }
      guard let type = singleGeneric(generics) else {
        error("type annotations needed: `\(path[1])` needs a type (`\(path[1])::<T>()`)", at: span)
        return invalid(span)
      }
      return result(path[1] == "size_of" ? .sizeOf(type) : .alignOf(type), checked, .usize)
    case ["mem", "size_of_val"]:
      guard let checked = args(1) else { return invalid(span) }
      guard case .reference = table.shallow(checked[0].type) else {
        error(
          "mismatched types: expected `&_`, found `\(table.displayName(checked[0].type))`",
          at: checked[0].span)
        return invalid(span)
      }
      return result(.sizeOfValue, checked, .usize)
    case ["mem", "drop"], ["mem", "forget"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(path[1] == "drop" ? .drop : .forget, checked, .unit)
    case ["mem", "swap"]:
      guard let checked = args(2) else { return invalid(span) }
      let inner = table.fresh()
      let values = checked.map { coerce($0, to: .reference(inner, mutable: true)) }
      return result(.swap, values, .unit)
    case ["mem", "replace"]:
      guard let checked = args(2) else { return invalid(span) }
      let inner = table.fresh()
      let target = coerce(checked[0], to: .reference(inner, mutable: true))
      return result(.replace, [target, coerce(checked[1], to: inner)], inner)
    case ["mem", "take"]:
      guard let checked = args(1) else { return invalid(span) }
      let inner = table.fresh()
      let target = coerce(checked[0], to: .reference(inner, mutable: true))
      return result(.take, [target], inner)
    case ["cmp", "max"], ["cmp", "min"]:
      guard let checked = args(2) else { return invalid(span) }
      let left = checked[0]
      let right = coerce(checked[1], to: left.type)
      if !table.shallow(left.type).isReference, hasHandWrittenOrd(left.type) {
        return handWrittenMaxMin(path[1], first: left, second: right, span: span)
      }
      guard isIntegerLike(left.type) else {
        unsupported("calls of `std::cmp::\(path[1])` on anything but integers", at: span)
        return invalid(span)
      }
      return result(.integerMethod(path[1]), [left, right], left.type)
    case ["process", "exit"]:
      guard let checked = args(1) else { return invalid(span) }
      return result(.processExit, [coerce(checked[0], to: .i32)], .never)
    default:
      if path.count == 2, path[0] == "mem", memFunctions.contains(path[1]) == false {
        unsupported("the function `std::mem::\(path[1])`", at: calleeSpan)
        return invalid(span)
      }
      return nil
    }
  }
}
