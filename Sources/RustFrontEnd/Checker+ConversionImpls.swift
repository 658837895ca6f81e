import MemoryModel

/// One `impl From<Source> for T` of the program's own.
package struct ConversionImpl: Sendable {
  /// `Feet` in `impl From<Feet> for Meters`.
  package var writtenSource: TypeExpr
  /// The impl's `from`, by signature index.
  package var function: Int
  package var span: SourceSpan
}

/// `impl From<Feet> for Meters` written by hand. Its `from` is an ordinary function, so
/// `Meters::from(feet)`, `let m: Meters = feet.into()` and the error conversion of `?` become
/// calls of it (std's `Into` and `?` call `From::from`), chosen by the argument's type as rustc
/// selects the impl.
extension Checker {
  func collectFromImpl(_ block: ImplBlock) {
    let at = block.traitSpan ?? block.span
    guard let source = block.traitArguments.first, block.traitArguments.count == 1 else {
      let count = block.traitArguments.count
      if count == 0 {
        unsupported("`From` written without its type argument", at: at)
      } else {
        error(
          "trait takes 1 generic argument but \(count) generic arguments were supplied", at: at)
        diagnostics[diagnostics.count - 1].code = "E0107"
      }
      return
    }
    guard let owner = ownTypeName(of: block) else { return }
    var function: Int?
    for method in block.methods {
      guard method.name == "from" else {
        reportNotATraitMember(method, trait: "From")
        continue
      }
      guard acceptsSoleTraitMethod(method, alreadyFound: function != nil) else { continue }
      collectBodyGlobals(method)
      function = signatures.count
      signatures.append(
        FunctionSignature(
          name: "<\(owner) as From<\(sourceText(source.span))>>::from", declaration: method, owner: owner,
          parameterTypes: [], selfType: nil, returnType: .unit, implLifetimes: block.lifetimeParameters))
    }
    guard let function else {
      error("not all trait items implemented, missing: `from`", at: block.span)
      diagnostics[diagnostics.count - 1].code = "E0046"
      return
    }
    conversionImpls[owner, default: []].append(
      ConversionImpl(writtenSource: source, function: function, span: block.span))
  }

  /// The program's own struct or enum an impl of a std trait is for; nil (with rustc's error,
  /// or a refusal for a std type) otherwise.
  func ownTypeName(of block: ImplBlock) -> String? {
    let declared = program.items.contains { item in
      switch item {
      case .structure(let decl): decl.name == block.typeName && decl.generics.isEmpty
      case .enumeration(let decl): decl.name == block.typeName && decl.generics.isEmpty
      default: false
      }
    }
    if declared { return block.typeName }
    if Self.standardTypeNames.contains(block.typeName) || genericTypes.structs[block.typeName] != nil
      || genericTypes.enums[block.typeName] != nil
    {
      unsupported("implementing this standard library trait for this type", at: block.typeSpan)
    } else {
      error("cannot find type `\(block.typeName)` in this scope", at: block.typeSpan)
    }
    return nil
  }

  /// Each `from` takes the trait's `Source` and returns `Self`; two impls with one `Source`
  /// conflict (rustc's E0119).
  func checkConversionImplSignatures() {
    for typeName in conversionImpls.keys.sorted() {
      var seen: [TypeTerm] = []
      for impl in conversionImpls[typeName] ?? [] {
        let source = resolveType(impl.writtenSource, selfType: typeName)
        if seen.contains(source) {
          error(
            "conflicting implementations of trait `From<\(table.displayName(source))>` for type `\(typeName)`",
            at: impl.span)
          diagnostics[diagnostics.count - 1].code = "E0119"
          continue
        }
        seen.append(source)
        let signature = signatures[impl.function]
        let decl = signature.declaration
        if decl.selfParameter != nil || signature.parameterTypes.count != 1 {
          let found = signature.parameterTypes.count + (decl.selfParameter == nil ? 0 : 1)
          let afterName = SourceLocation(line: decl.nameSpan.end.line, column: decl.nameSpan.end.column + 1)
          if decl.selfParameter != nil {
            error(
              "method `from` has a `self` declaration in the impl, but not in the trait",
              at: decl.span)
            diagnostics[diagnostics.count - 1].code = "E0185"
          } else {
            error(
              "method `from` has \(found) parameter\(found == 1 ? "" : "s") but the declaration in trait `From::from` has 1",
              at: SourceSpan(start: afterName, end: afterName))
            diagnostics[diagnostics.count - 1].code = "E0050"
          }
          continue
        }
        if signature.parameterTypes[0] != source, let parameter = decl.parameters.first {
          error("method `from` has an incompatible type for trait", at: parameter.type.span)
          diagnostics[diagnostics.count - 1].code = "E0053"
          continue
        }
        if signature.returnType != namedType(typeName) {
          error(
            "method `from` has an incompatible type for trait", at: decl.returnType?.span ?? decl.nameSpan)
          diagnostics[diagnostics.count - 1].code = "E0053"
        }
      }
    }
  }

  /// The `from` of `typeName` that takes `argument`'s type: `.none` when the type has no
  /// `From` impl of the program's own, `.some(nil)` when none takes that type.
  func conversionImpl(into typeName: String, from argument: TypeTerm) -> ConversionImpl?? {
    guard let impls = conversionImpls[typeName], !impls.isEmpty else { return .none }
    let resolved = table.resolve(argument)
    let match = impls.first { impl in
      guard let source = signatures[impl.function].parameterTypes.first else { return false }
      return mayBe(argument, source)
    }
    if let match, let source = signatures[match.function].parameterTypes.first {
      _ = table.unify(argument, source)
    } else if impls.count == 1, resolved.containsVariables,
      let source = signatures[impls[0].function].parameterTypes.first, table.unify(argument, source)
    {
      return .some(impls[0])
    }
    return .some(match)
  }

  /// Whether a value of type `argument` (whose literals may not be settled: `(String, 85)`)
  /// can be a `wanted`, without settling anything.
  func mayBe(_ argument: TypeTerm, _ wanted: TypeTerm) -> Bool {
    let shallow = table.shallow(argument)
    switch (shallow, wanted) {
    case (.variable, .integer): return table.kind(of: shallow) == .integer || table.kind(of: shallow) == nil
    case (.variable, .float): return table.kind(of: shallow) == .float || table.kind(of: shallow) == nil
    case (.variable, _): return table.kind(of: shallow) == nil
    case (.tuple(let items), .tuple(let wantedItems)):
      return items.count == wantedItems.count && zip(items, wantedItems).allSatisfy { mayBe($0, $1) }
    case (.reference(let inner, let mutable), .reference(let wantedInner, let wantedMutable)):
      return mutable == wantedMutable && mayBe(inner, wantedInner)
    case (.array(let element, let count), .array(let wantedElement, let wantedCount)):
      return count == wantedCount && mayBe(element, wantedElement)
    case (.vec(let element), .vec(let wantedElement)), (.option(let element), .option(let wantedElement)):
      return mayBe(element, wantedElement)
    default: return table.resolve(argument) == wanted
    }
  }

  /// `Meters::from(feet)`: nil when `Meters` has no `From` impl of the program's own.
  func checkFromCall(_ typeName: String, arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan)
    -> TypedExpr?
  {
    guard conversionImpls[typeName]?.isEmpty == false else { return nil }
    guard arguments.count == 1 else {
      argumentCountError(expected: 1, found: arguments.count, span: span)
      return invalid(span)
    }
    let argument = checkExpression(arguments[0])
    let typeSpan = SourceSpan(
      start: calleeSpan.start,
      end: SourceLocation(
        line: calleeSpan.start.line, column: calleeSpan.start.column + pathHeadLength(calleeSpan)))
    return conversionCall(into: typeName, argument, span: span, reportAt: typeSpan)
  }

  /// `let m: Meters = feet.into()`: std's `Into` calls `Meters::from(feet)`.
  func checkIntoCall(receiver: Expr, target: TypeTerm, span: SourceSpan) -> TypedExpr? {
    let typeName: String
    switch table.shallow(target) {
    case .structure(let name), .enumeration(let name): typeName = name
    default: return checkPrimitiveInto(receiver: receiver, target: target, span: span)
    }
    guard conversionImpls[typeName]?.isEmpty == false else { return nil }
    let argument = checkExpression(receiver)
    let name = methodNameSpan(receiver: receiver, method: "into", span: span)
    return conversionCall(into: typeName, argument, span: span, reportAt: name)
  }

  private func conversionCall(
    into typeName: String, _ argument: TypedExpr, span: SourceSpan, reportAt: SourceSpan
  ) -> TypedExpr {
    let target = namedType(typeName)
    if table.resolve(argument.type) == target {
      // std's `impl<T> From<T> for T` gives the value back.
      return argument
    }
    guard let found = conversionImpl(into: typeName, from: argument.type), let impl = found else {
      if table.shallow(argument.type).isNever { return invalid(span) }
      let source = table.displayName(argument.type)
      error("the trait bound `\(typeName): From<\(source)>` is not satisfied", at: reportAt)
      diagnostics[diagnostics.count - 1].code = "E0277"
      return invalid(span)
    }
    return typed(.call(function: impl.function, arguments: [argument]), target, span)
  }

  /// The `Meters` of `Meters::from` or `Self::from`: the characters of the path's first segment.
  private func pathHeadLength(_ calleeSpan: SourceSpan) -> Int {
    guard calleeSpan.start.line - 1 < sourceLines.count else { return 1 }
    let line = sourceLines[calleeSpan.start.line - 1]
    var index = calleeSpan.start.column - 1
    var length = 0
    while index >= 0, index < line.count,
      line[index].properties.isAlphabetic || ("0"..."9").contains(line[index]) || line[index] == "_"
    {
      index += 1
      length += 1
    }
    return max(1, length)
  }
}
