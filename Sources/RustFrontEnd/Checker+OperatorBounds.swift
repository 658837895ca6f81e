import MemoryModel

/// Bounds on the `std::ops` traits: `T: Add<Output = T>`, `T: AddAssign`, `T: Neg<Output = T>`.
/// The generic body is checked once with `T` opaque: the bound gives `T` a bodiless operator
/// method (`<T as Add>::add(self, rhs: T) -> T`), so `a + b` there is the call rustc's lowering
/// makes. Each instance is checked again with its own types, where `a + b` on `i32` is the
/// machine's addition and on a `Point` the program's own `add`.
extension Checker {
  /// The bound's operator trait, when it names one.
  static func operatorTrait(named name: String) -> OperatorTrait? {
    OperatorTrait.all.first { $0.name == name }
  }

  /// Gives the opaque `typeName` the operator methods its parameter's bounds promise.
  func registerOpaqueOperators(
    _ parameter: GenericParameter, typeName: String, substitution: [String: TypeTerm]
  ) {
    for (position, written) in parameter.bounds.enumerated() {
      let segments = written.split(separator: ":").filter { !$0.isEmpty }.map(String.init)
      guard let name = segments.last, let trait = Self.operatorTrait(named: name) else { continue }
      let at = position < parameter.boundSpans.count ? parameter.boundSpans[position] : parameter.span
      guard expandPath(segments) == ["std", "ops", name] else {
        error("cannot find trait `\(name)` in this scope", at: at)
        diagnostics[diagnostics.count - 1].code = "E0405"
        continue
      }
      let arguments = parameter.boundArguments[written]
      var output: TypeExpr?
      for binding in arguments?.associated ?? [] {
        guard trait.hasOutput, binding.name == "Output", output == nil else {
          unsupported("this associated type in a bound", at: arguments?.span ?? at)
          return
        }
        output = binding.type
      }
      // `Add<T>`: only `Self` itself as the right-hand side (the default).
      let rights = arguments?.types ?? []
      if rights.count > 1 || rights.contains(where: { !isParameterPath($0, parameter.name) }) {
        unsupported("operator bounds with another right-hand side", at: arguments?.span ?? at)
        continue
      }
      if trait.hasOutput, output == nil {
        unsupported("operator bounds without `Output = …`", at: at)
        continue
      }
      addOpaqueOperator(trait, typeName: typeName, parameter: parameter, output: output, at: at)
      substitutions[signatures.count - 1] = substitution
    }
  }

  private func isParameterPath(_ type: TypeExpr, _ name: String) -> Bool {
    if case .path(let path, let generics) = type.kind, generics.isEmpty, path == [name] || path == ["Self"] {
      return true
    }
    return false
  }

  private func addOpaqueOperator(
    _ trait: OperatorTrait, typeName: String, parameter: GenericParameter, output: TypeExpr?, at: SourceSpan
  ) {
    var selfParameter = FunctionDecl.SelfParameter.value
    if case .assign = trait.form { selfParameter = .mutableReference }
    var parameters: [Parameter] = []
    if trait.takesRightOperand {
      let pattern = Pattern(
        kind: .identifier(name: "rhs", mutable: false, byReference: false, subpattern: nil), span: at)
      let type = TypeExpr(kind: .path(path: [parameter.name], generics: []), span: at)
      parameters.append(Parameter(pattern: pattern, type: type, span: at))
    }
    let stub = FunctionDecl(
      name: trait.method, nameSpan: at, selfParameter: selfParameter, parameters: parameters,
      returnType: output,
      body: Block(statements: [], tail: nil, span: at), attributes: [], span: at)
    let index = signatures.count
    signatures.append(
      FunctionSignature(
        name: "<\(typeName) as \(trait.name)>::\(trait.method)", declaration: stub, owner: typeName,
        parameterTypes: [], selfType: nil, returnType: .unit))
    bodilessSignatures.insert(index)
    operatorImpls[typeName, default: []].append(
      OperatorImpl(
        trait: trait, writtenRight: nil, output: output, function: index, right: .structure(typeName),
        span: at,
        promisedByBound: true))
  }

  /// Whether `type` implements the operator trait (its `Output` is checked apart).
  func satisfiesOperator(_ type: TypeTerm, _ trait: OperatorTrait) -> Bool {
    let resolved = table.resolve(type)
    switch resolved {
    case .integer(let kind):
      if case .unary(.negate) = trait.form { return kind.isSigned }
      return true
    case .float:
      switch trait.form {
      case .binary(let op), .assign(let op):
        return [.add, .subtract, .multiply, .divide, .remainder].contains(op)
      case .unary(let op): return op == .negate
      }
    case .bool:
      switch trait.form {
      case .binary(let op), .assign(let op): return [.bitAnd, .bitOr, .bitXor].contains(op)
      case .unary(let op): return op == .not
      }
    case .structure(let name), .enumeration(let name):
      return (operatorImpls[name] ?? []).contains { $0.trait.name == trait.name && $0.right == resolved }
    default:
      return false
    }
  }

  /// The `Output` an operator trait gives `type` (which implements it).
  func operatorOutput(of type: TypeTerm, _ trait: OperatorTrait) -> TypeTerm? {
    let resolved = table.resolve(type)
    switch resolved {
    case .integer, .float, .bool: return resolved
    case .structure(let name), .enumeration(let name):
      let impl = (operatorImpls[name] ?? []).first { $0.trait.name == trait.name && $0.right == resolved }
      return impl.map { signatures[$0.function].returnType }
    default: return nil
    }
  }

  /// rustc's report of a type argument without the operator trait its bound names.
  func unsatisfiedOperatorMessage(_ type: TypeTerm, _ trait: OperatorTrait) -> String {
    let name = "`\(table.displayName(type))`"
    switch trait.form {
    case .binary(.add): return "cannot add \(name) to \(name)"
    case .binary(.subtract): return "cannot subtract \(name) from \(name)"
    case .binary(.multiply): return "cannot multiply \(name) by \(name)"
    case .binary(.divide): return "cannot divide \(name) by \(name)"
    case .binary(.remainder): return "cannot calculate the remainder of \(name) divided by \(name)"
    case .assign(.add): return "cannot add-assign \(name) to \(name)"
    case .assign(.subtract): return "cannot subtract-assign \(name) from \(name)"
    case .assign(.multiply): return "cannot multiply-assign \(name) by \(name)"
    case .assign(.divide): return "cannot divide-assign \(name) by \(name)"
    default: return "the trait bound `\(table.displayName(type)): \(trait.name)` is not satisfied"
    }
  }

  /// `T: Mul<Output = f64>` with `T = i32`: the instance's `Output` must be the one written
  /// (rustc's E0271). Nil when it is.
  func operatorOutputMismatch(
    _ parameter: GenericParameter, bound written: String, type: TypeTerm, concrete: [String: TypeTerm]
  ) -> String? {
    let name = written.split(separator: ":").last.map(String.init) ?? written
    guard let trait = Self.operatorTrait(named: name), trait.hasOutput,
      let wanted = parameter.boundArguments[written]?.associated.first(where: { $0.name == "Output" }),
      let actual = operatorOutput(of: type, trait)
    else { return nil }
    let saved = typeSubstitution
    typeSubstitution = concrete
    let expected = resolveType(wanted.type, selfType: nil)
    typeSubstitution = saved
    if table.resolve(expected).containsVariables || table.resolve(expected) == table.resolve(actual) {
      return nil
    }
    return
      "type mismatch resolving `<\(table.displayName(type)) as \(trait.name)>::Output == \(table.displayName(expected))`"
  }
}
