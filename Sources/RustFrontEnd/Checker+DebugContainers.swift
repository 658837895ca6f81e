import MemoryModel

/// `{:?}` of a `Vec`, array, slice, `Option`, tuple or derived-`Debug` struct holding a type with a
/// hand-written `Debug` (`println!("{:?}", points)`). std's `Debug` of the container calls each element's
/// `fmt` with the placeholder's formatter; here the checker writes that walk out as code (a
/// `for` over `iter()`, an `if let Some(e) = x.as_ref()`, a tuple's fields) calling each
/// element's `fmt` in the order the container's `Debug` visits them, and
/// `Builtin.debugRendered` then writes the container as std does with those texts in place of
/// the elements (`Interpreter+DebugContainers`). Other holders (an enum's payload, a map, a
/// `Box`) stay refused.
extension Checker {
  /// The macro name a walk uses for the container itself (the value already checked).
  static let debugWalkRootMacro = "\u{1}debug walk root"
  /// The macro name a walk uses for one element's `fmt` call.
  static let debugWalkLeafMacro = "\u{1}debug walk leaf"

  /// The value a placeholder formats, replaced by the walk and the container's rendering
  /// (a `fmt::Result`, whose text the format takes as it takes a `fmt` call's); nil when
  /// the value's shape is not one the walk knows (the caller refuses it).
  func renderedContainerDebug(_ value: TypedExpr, spec: FormatString.Spec) -> TypedExpr? {
    guard isWalkableRoot(value), walkableForDebug(value.type) else { return nil }
    var leafNames: Set<String> = []
    collectDebugLeafNames(value.type, into: &leafNames)
    leafNames = leafNames.filter { !$0.hasPrefix("\u{1}") }
    let span = value.span
    let synthetic = SyntheticExpressions(checker: self, span: span)
    let root = synthetic.make(.macro(name: Self.debugWalkRootMacro, arguments: []))
    guard let walk = debugWalk(of: root, type: value.type, synthetic: synthetic) else { return nil }
    debugWalkRoots.append((value, spec))
    pushScope()
    let checkedWalk = checkExpression(synthetic.make(.block(walk)))
    let declared = popScope()
    debugWalkRoots.removeLast()
    let target: TypedExpr
    if case .reference = table.shallow(value.type) {
      target = value
    } else {
      target = borrow(value, mutable: false)
    }
    let result = TypeTerm.result(.unit, .structure(Self.formatErrorName))
    let begin = typed(.builtin(.debugRenderedBegin, arguments: []), .unit, span)
    let rendered = typed(
      .builtin(.debugRendered(spec, leafNames: leafNames.sorted()), arguments: [target]), result, span)
    let block = TypedBlock(
      statements: [
        TypedStatement(kind: .expression(begin), span: span),
        TypedStatement(kind: .expression(checkedWalk), span: span),
      ],
      tail: rendered, declaredSlots: declared, span: span)
    return typed(.block(block), result, span)
  }

  /// The walk's two made-up macros: the container as checked, and one element's `fmt` call.
  func checkDebugWalkMacro(name: String, arguments: [MacroArgument], span: SourceSpan) -> TypedExpr? {
    guard let (root, spec) = debugWalkRoots.last else { return nil }
    if name == Self.debugWalkRootMacro { return root }
    guard name == Self.debugWalkLeafMacro, let argument = arguments.first else { return nil }
    let value = checkExpression(argument.value)
    guard let function = debugFunction(for: value.type) else { return invalid(span) }
    return displayCall(function, value: value, spec: spec) ?? invalid(span)
  }

  /// A place (or a borrow of one), which the walk and the rendering may both read.
  private func isWalkableRoot(_ value: TypedExpr) -> Bool {
    if isPlaceExpression(value) { return true }
    if case .addressOf(let place, false) = value.kind { return isPlaceExpression(place) }
    return false
  }

  /// True when every hand-written `Debug` inside `type` is reached through containers the walk
  /// knows: references, `Vec`s, arrays, slices, `Option`s, tuples and derived-`Debug` structs.
  private func walkableForDebug(_ type: TypeTerm, visiting: Set<String> = []) -> Bool {
    if debugFunction(for: type) != nil {
      if case .reference = table.shallow(type) { return true }
      if case .structure = table.shallow(type) { return true }
      if case .enumeration = table.shallow(type) { return true }
      return false
    }
    guard holdsHandWrittenDebug(type) else { return true }
    switch table.shallow(type) {
    case .reference(let inner, _), .vec(let inner), .array(let inner, _), .slice(let inner),
      .option(let inner):
      return walkableForDebug(inner, visiting: visiting)
    case .tuple(let items): return items.allSatisfy { walkableForDebug($0, visiting: visiting) }
    case .structure(let name):
      // A derived `Debug` visits the fields in order; the walk reads them as the derive does,
      // so each must be readable here (no privacy error rustc's derive would not have).
      guard !visiting.contains(name), let info = structs[name], derivesOf(name).contains("Debug"),
        info.fields.allSatisfy({ fieldReadableHere(name, $0.name) })
      else { return false }
      let inside = visiting.union([name])
      return info.fields.allSatisfy { walkableForDebug($0.type, visiting: inside) }
    default: return false
    }
  }

  private func fieldReadableHere(_ structName: String, _ field: String) -> Bool {
    guard let (module, fields) = structPrivacy[structName], let visibility = fields[field] else {
      return true
    }
    return isVisible(visibility, declaredIn: module)
  }

  /// The names of the types whose values the rendering takes from the walk's `fmt` calls.
  private func collectDebugLeafNames(_ type: TypeTerm, into names: inout Set<String>) {
    if debugFunction(for: type) != nil {
      var target = table.shallow(type)
      while case .reference(let inner, _) = target { target = table.shallow(inner) }
      switch target {
      case .structure(let name), .enumeration(let name):
        // A generic type's instances are named by their base at run time (`Wrapper`); no
        // instance of a type with a hand-written `Debug` has a derived one.
        names.insert(table.instances[name]?.base ?? genericTypes.instances[name]?.base ?? name)
      default: break
      }
      return
    }
    switch table.shallow(type) {
    case .reference(let inner, _), .vec(let inner), .array(let inner, _), .slice(let inner),
      .option(let inner):
      collectDebugLeafNames(inner, into: &names)
    case .tuple(let items):
      for item in items { collectDebugLeafNames(item, into: &names) }
    case .structure(let name):
      guard !names.contains("\u{1}" + name) else { return }
      names.insert("\u{1}" + name)
      for field in structs[name]?.fields ?? [] { collectDebugLeafNames(field.type, into: &names) }
    default: break
    }
  }

  /// The code that calls each element's `fmt` in the order the container's `Debug` visits them.
  private func debugWalk(of expr: Expr, type: TypeTerm, synthetic: SyntheticExpressions) -> Block? {
    if debugFunction(for: type) != nil {
      let leaf = synthetic.make(
        .macro(name: Self.debugWalkLeafMacro, arguments: [MacroArgument(name: nil, value: expr)]))
      return synthetic.block([leaf])
    }
    guard holdsHandWrittenDebug(type) else { return synthetic.block([]) }
    switch table.shallow(type) {
    case .reference(let inner, _):
      return debugWalk(of: expr, type: inner, synthetic: synthetic)
    case .vec(let inner), .array(let inner, _), .slice(let inner):
      let name = "(debug element \(syntheticExpressionCount))"
      guard let body = debugWalk(of: synthetic.name(name), type: inner, synthetic: synthetic) else {
        return nil
      }
      let loop = synthetic.make(
        .forLoop(
          pattern: bindingPattern(name, span: synthetic.span),
          iterable: synthetic.make(.methodCall(receiver: expr, method: "iter", generics: [], arguments: [])),
          body: body, label: nil))
      return synthetic.block([loop])
    case .option(let inner):
      let name = "(debug payload \(syntheticExpressionCount))"
      guard let body = debugWalk(of: synthetic.name(name), type: inner, synthetic: synthetic) else {
        return nil
      }
      let pattern = Pattern(
        kind: .tupleStruct(path: ["Some"], elements: [bindingPattern(name, span: synthetic.span)]),
        span: synthetic.span)
      let test = synthetic.make(
        .ifLet(
          pattern: pattern,
          scrutinee: synthetic.make(
            .methodCall(receiver: expr, method: "as_ref", generics: [], arguments: [])),
          then: body, elseBranch: nil))
      return synthetic.block([test])
    case .tuple(let items):
      var statements: [Statement] = []
      for (index, item) in items.enumerated() where holdsHandWrittenDebug(item) {
        let field = synthetic.make(.field(expr, name: String(index)))
        guard let walk = debugWalk(of: field, type: item, synthetic: synthetic) else { return nil }
        statements.append(
          Statement(kind: .expression(synthetic.make(.block(walk)), hasSemicolon: true), span: synthetic.span)
        )
      }
      return Block(statements: statements, tail: nil, span: synthetic.span)
    case .structure(let name):
      var statements: [Statement] = []
      for field in structs[name]?.fields ?? [] where holdsHandWrittenDebug(field.type) {
        let access = synthetic.make(.field(expr, name: field.name))
        guard let walk = debugWalk(of: access, type: field.type, synthetic: synthetic) else { return nil }
        statements.append(
          Statement(kind: .expression(synthetic.make(.block(walk)), hasSemicolon: true), span: synthetic.span)
        )
      }
      return Block(statements: statements, tail: nil, span: synthetic.span)
    default:
      return nil
    }
  }

  private func bindingPattern(_ name: String, span: SourceSpan) -> Pattern {
    Pattern(kind: .identifier(name: name, mutable: false, byReference: false, subpattern: nil), span: span)
  }
}
