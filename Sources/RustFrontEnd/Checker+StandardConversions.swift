import MemoryModel

/// std's conversions between primitives: `u32::from(c)`, `char::from(b)`, `i64::from(x)`
/// (the lossless ones std implements `From` for, each a cast), and `u8::try_from(n)`,
/// `i32::try_from(big)` (the fallible ones, `Result<T, TryFromIntError>`): checked as the range
/// test std's impl makes, `Ok(n as u8)` or `Err(TryFromIntError(()))`.
extension Checker {
  package static let tryFromIntErrorName = "TryFromIntError"

  private static let primitiveTargets: [String: TypeTerm] = [
    "i8": .integer(.i8), "i16": .integer(.i16), "i32": .integer(.i32), "i64": .integer(.i64),
    "i128": .integer(.i128), "isize": .integer(.isize), "u8": .integer(.u8), "u16": .integer(.u16),
    "u32": .integer(.u32), "u64": .integer(.u64), "u128": .integer(.u128), "usize": .integer(.usize),
    "f32": .float(.f32), "f64": .float(.f64), "char": .char,
  ]

  /// `T::from(x)` and `T::try_from(x)` for a primitive `T`; nil for other paths.
  func checkPrimitiveConversion(_ path: [String], arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan)
    -> TypedExpr?
  {
    guard path.count == 2, path[1] == "from" || path[1] == "try_from",
      let target = Self.primitiveTargets[path[0]]
    else { return nil }
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span)
      return invalid(span)
    }
    let value = checkExpression(arguments[0])
    let source = settledConversionSource(value.type)
    if path[1] == "from" {
      guard Self.convertsLosslessly(from: source, to: target) else {
        error(
          "the trait bound `\(table.displayName(target)): From<\(table.displayName(source))>` is not satisfied",
          at: calleeSpan)
        return invalid(span)
      }
      if source == target { return value }
      return typed(.cast(value), target, span)
    }
    guard case .integer(let targetKind) = target, case .integer(let sourceKind) = source else {
      error(
        "the trait bound `\(table.displayName(target)): TryFrom<\(table.displayName(source))>` is not satisfied",
        at: sourceSpan(of: value))
      return invalid(span)
    }
    if Self.convertsLosslessly(from: source, to: target) {
      // std's error type is then `Infallible`, which memtutor does not model.
      unsupported("`try_from` between integer types that always convert", at: calleeSpan)
      return invalid(span)
    }
    return checkedIntegerConversion(value, from: sourceKind, to: targetKind, span: span)
  }

  /// `let wide: u64 = n.into()` for a primitive target: std's `Into` calls the target's
  /// `From`, so the same lossless pairs are a cast and the others rustc's E0277.
  func checkPrimitiveInto(receiver: Expr, target: TypeTerm, span: SourceSpan) -> TypedExpr? {
    let target = table.resolve(target)
    guard Self.primitiveTargets.values.contains(target) else { return nil }
    let value = checkExpression(receiver)
    settleLiteralIntoSource(value.type, target: target)
    let source = settledConversionSource(value.type)
    guard Self.convertsLosslessly(from: source, to: target) else {
      if table.shallow(value.type).isNever { return invalid(span) }
      error(
        "the trait bound `\(table.displayName(target)): From<\(table.displayName(source))>` is not satisfied",
        at: methodNameSpan(receiver: receiver, method: "into", span: span))
      diagnostics[diagnostics.count - 1].code = "E0277"
      return invalid(span)
    }
    if source == target { return value }
    return typed(.cast(value), target, span)
  }

  /// rustc gives an unsuffixed literal the one type of its kind that the target has a `From`
  /// impl for (`let b: u8 = 5.into()` is a `u8`); with more than one it falls back to `i32`
  /// or `f64`, as `settledConversionSource` does, which `u16` and `u32` have no `From` for.
  private func settleLiteralIntoSource(_ type: TypeTerm, target: TypeTerm) {
    let shallow = table.shallow(type)
    guard case .variable = shallow, let kind = table.kind(of: shallow) else { return }
    let candidates: [TypeTerm]
    switch kind {
    case .integer: candidates = RustType.IntegerKind.allCases.map { TypeTerm.integer($0) }
    case .float: candidates = [.float(.f32), .float(.f64)]
    default: return
    }
    let sources = candidates.filter { Self.convertsLosslessly(from: $0, to: target) }
    if sources.count == 1, let only = sources.first { _ = table.unify(shallow, only) }
  }

  /// An unsuffixed literal's type, settled to `i32` or `f64` as rustc's fallback does.
  private func settledConversionSource(_ type: TypeTerm) -> TypeTerm {
    let shallow = table.shallow(type)
    if case .variable = shallow {
      switch table.kind(of: shallow) {
      case .integer: _ = table.unify(shallow, .i32)
      case .float: _ = table.unify(shallow, .float(.f64))
      default: break
      }
    }
    return table.resolve(type)
  }

  /// The pairs std implements `From` for: widening integers (an unsigned one into a wider
  /// signed one too, and `u8`/`u16` into `usize`, `i8`/`i16`/`u8` into `isize`), `bool` into any
  /// integer, `char` into `u32`/`u64`/`u128`, `u8` into `char`, and the floats' exact ones.
  static func convertsLosslessly(from source: TypeTerm, to target: TypeTerm) -> Bool {
    if source == target { return true }
    switch (source, target) {
    case (.bool, .integer): return true
    case (.char, .integer(let kind)): return kind == .u32 || kind == .u64 || kind == .u128
    case (.integer(.u8), .char): return true
    case (.integer(let from), .integer(let to)):
      if from == .isize || from == .usize { return false }
      if to == .usize { return from == .u8 || from == .u16 }
      if to == .isize { return from == .u8 || from == .i8 || from == .i16 }
      if from.isSigned && !to.isSigned { return false }
      return from.isSigned == to.isSigned ? to.bitWidth > from.bitWidth : to.bitWidth > from.bitWidth
    case (.integer(let from), .float(let to)):
      if from == .isize || from == .usize { return false }
      return to == .f64 ? from.bitWidth <= 32 : from.bitWidth <= 16
    case (.float(.f32), .float(.f64)): return true
    default: return false
    }
  }

  /// `{ let (value) = n; if min <= (value) && (value) <= max { Ok((value) as T) } else { Err(…) } }`,
  /// the bounds written in the source type and only where the target's range is narrower.
  private func checkedIntegerConversion(
    _ value: TypedExpr, from source: RustType.IntegerKind, to target: RustType.IntegerKind, span: SourceSpan
  ) -> TypedExpr {
    declareTryFromIntError()
    let sourceType = TypeTerm.integer(source)
    let resultType = TypeTerm.result(.integer(target), .structure(Self.tryFromIntErrorName))
    var builder = PipelineBuilder(span: span)
    pushScope()
    let slot = builder.declare(self, "(value)", type: sourceType, mutable: false, value: value)
    let current = typed(.local(slot), sourceType, span)
    var tests: [TypedExpr] = []
    if target.minimum > source.minimum {
      tests.append(
        typed(
          .comparison(.greaterEqual, current, typed(.integer(target.minimum), sourceType, span)), .bool, span)
      )
    }
    if target.maximum < source.maximum {
      tests.append(
        typed(
          .comparison(.lessEqual, current, typed(.integer(target.maximum), sourceType, span)), .bool, span))
    }
    let converted = typed(
      .variant(enumName: "Result", variant: 0, payload: [typed(.cast(current), .integer(target), span)]),
      resultType, span)
    let failure = typed(
      .variant(
        enumName: "Result", variant: 1,
        payload: [
          typed(
            .structLiteral(
              name: Self.tryFromIntErrorName, fields: [(0, typed(.unit, .unit, span))], base: nil),
            .structure(Self.tryFromIntErrorName), span)
        ]), resultType, span)
    let tail: TypedExpr
    if let first = tests.first {
      let condition = tests.dropFirst().reduce(first) { typed(.logical(isAnd: true, $0, $1), .bool, span) }
      tail = typed(
        .ifElse(
          condition, TypedBlock(statements: [], tail: converted, declaredSlots: [], span: span),
          typed(
            .block(TypedBlock(statements: [], tail: failure, declaredSlots: [], span: span)), resultType, span
          )),
        resultType, span)
    } else {
      tail = converted
    }
    let declared = popScope()
    // The converted value's temporaries (`u8::try_from(String::from("ab").len())`) are the
    // enclosing statement's, freed when it ends.
    let block = TypedBlock(
      statements: builder.statements, tail: tail, declaredSlots: declared, span: span,
      keepsTemporariesToStatementEnd: true)
    return typed(.block(block), resultType, span)
  }

  /// std's `TryFromIntError(())`: zero bytes, a derived `Debug`, and the `Display` the
  /// formatter writes ("out of range integral type conversion attempted").
  func declareTryFromIntError() {
    guard structs[Self.tryFromIntErrorName] == nil, enums[Self.tryFromIntErrorName] == nil else { return }
    structs[Self.tryFromIntErrorName] = StructInfo(
      name: Self.tryFromIntErrorName, fields: [("0", .unit)], shape: .tuple,
      derives: ["Debug", "Clone", "Copy", "PartialEq", "Eq", "Display"], span: .unknown)
  }
}

extension Checker {
  /// `use std::convert::TryFrom;` (in the 2021 prelude already, and harmless to import).
  package static let conversionTraitPaths: [[String]] = [
    ["std", "convert"], ["std", "convert", "From"], ["std", "convert", "Into"],
    ["std", "convert", "TryFrom"],
    ["std", "convert", "TryInto"],
  ]
}

extension Checker {
  /// `n.try_into()` on an integer: `Result<T, TryFromIntError>` with `T` the annotation's
  /// (`let b: u8 = n.try_into().unwrap()`), checked against `n`'s range as it runs.
  func checkTryInto(receiver: Expr, method: String, arguments: [Expr], id: Int, span: SourceSpan)
    -> TypedExpr?
  {
    guard method == "try_into", arguments.isEmpty else { return nil }
    if let owner = annotatedTryFromOwner(id: id) {
      // `let e: Result<Even, String> = 10i64.try_into();` with `impl TryFrom<i64> for Even`:
      // std's blanket `TryInto` calls the program's `Even::try_from(10i64)`.
      let callee = Expr(id: -40_000_000 - 2 * id, kind: .path([owner, "try_from"], generics: []), span: span)
      return checkExpression(
        Expr(id: -40_000_001 - 2 * id, kind: .call(callee: callee, arguments: [receiver]), span: span))
    }
    let value = checkExpression(receiver)
    guard case .integer = table.shallow(value.type) else {
      unsupported("the method `try_into` on `\(table.displayName(value.type))`", at: span)
      return invalid(span)
    }
    declareTryFromIntError()
    let target = table.fresh()
    let dot = operatorSpan(after: sourceSpan(of: value), ".")
    let nameStart = dot?.end ?? span.start
    let methodSpan = SourceSpan(
      start: nameStart, end: SourceLocation(line: nameStart.line, column: nameStart.column + method.count))
    pendingTryIntos.append((target, value.type, methodSpan))
    return typed(
      .builtin(.integerMethod(method), arguments: [value]),
      .result(target, .structure(Self.tryFromIntErrorName)), span)
  }

  /// A `try_into` whose target is not an integer: rustc's E0277 at the method. One whose
  /// target is unknown is reported at its binding, as any type nothing settled.
  func settleTryIntos() {
    for pending in pendingTryIntos {
      switch table.resolve(pending.target) {
      case .integer, .variable: continue
      case .structure(let name),
        .enumeration(let name)
      where fallibleConversionImpls.contains(where: { $0.trait == "TryFrom" && $0.owner == name }):
        unsupported(
          "`try_into` towards a type of your own when the target is not written", at: pending.methodSpan)
      case let target:
        error(
          "the trait bound `\(table.displayName(target)): TryFrom<\(table.displayName(pending.source))>` is not satisfied",
          at: pending.methodSpan)
      }
    }
  }

  /// The type of the program's own that a `let` annotation asks `try_into` for, when the
  /// program implements `TryFrom` for it (`Result<Even, String>`).
  private func annotatedTryFromOwner(id: Int) -> String? {
    guard let annotated = annotatedInitializer, annotated.id == id,
      case .result(let success, _) = table.shallow(annotated.type)
    else { return nil }
    switch table.shallow(success) {
    case .structure(let name), .enumeration(let name):
      return fallibleConversionImpls.contains(where: { $0.trait == "TryFrom" && $0.owner == name })
        ? name : nil
    default: return nil
    }
  }
}
