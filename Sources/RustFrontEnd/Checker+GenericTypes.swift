import MemoryModel

/// Generic structs and enums, monomorphised as rustc does: `Point<i32>` and `Point<f64>` are two
/// types, each declared with its fields' own types (so each has its own size), named as rustc
/// names them. A body that makes one before its arguments are known (`Point { x: 5, y: 10 }`,
/// `Stack::new()`) gets an instance of its own (`Point<_>#3`) whose arguments are inference
/// variables; it unifies with other instances argument by argument and is settled into the
/// named instance when the body's types are final.
extension Checker {
  /// A generic struct or enum declared at the top of the file: kept apart, its instances made
  /// on demand. False for any other item.
  func collectGenericType(_ item: Item) -> Bool {
    switch item {
    case .structure(let decl) where !decl.generics.isEmpty:
      guard !isTypeNameTaken(decl.name, at: decl.nameSpan) else { return true }
      genericTypes.structs[decl.name] = decl
      return true
    case .enumeration(let decl) where !decl.generics.isEmpty:
      guard !isTypeNameTaken(decl.name, at: decl.nameSpan) else { return true }
      genericTypes.enums[decl.name] = decl
      return true
    default:
      return false
    }
  }

  func isTypeNameTaken(_ name: String, at span: SourceSpan) -> Bool {
    guard structs[name] != nil || enums[name] != nil || genericTypes.parameters(of: name) != nil else {
      return false
    }
    error("the name `\(name)` is defined multiple times", at: span)
    return true
  }

  /// Each generic type's fields are checked once with opaque parameters (as rustc checks the
  /// declaration), which also makes the instance a check-once impl body uses as `Self`.
  func resolveGenericDeclarations() {
    let bases = genericTypes.structs.keys.sorted() + genericTypes.enums.keys.sorted()
    for base in bases {
      guard let parameters = genericTypes.parameters(of: base) else { continue }
      let opaque = parameters.map { TypeTerm.structure(makeOpaqueParameter($0)) }
      let substitution = Dictionary(
        zip(parameters.map(\.name), opaque), uniquingKeysWith: { first, _ in first })
      for (parameter, type) in zip(parameters, opaque) {
        registerOpaqueClosure(parameter, typeName: type.name, substitution: substitution)
      }
      _ = instantiate(base, arguments: opaque, at: parameters.first?.span ?? SourceSpan.unknown)
    }
  }

  /// `Point<i32>` written as a type: the instance, after the number of arguments is checked.
  func resolveGenericType(_ base: String, generics: [TypeExpr], selfType: String?, at span: SourceSpan)
    -> TypeTerm
  {
    guard let parameters = genericTypes.parameters(of: base) else { return .unit }
    let kind = genericTypes.structs[base] != nil ? "struct" : "enum"
    guard !generics.isEmpty else {
      var diagnostic = Diagnostic("missing generics for \(kind) `\(base)`", at: span)
      diagnostic.code = "E0107"
      diagnostics.append(diagnostic)
      return .unit
    }
    guard generics.count == parameters.count else {
      let expected = parameters.count
      var diagnostic = Diagnostic(
        "\(kind) takes \(expected) generic argument\(expected == 1 ? "" : "s") but \(generics.count) generic argument\(generics.count == 1 ? " was" : "s were") supplied",
        at: span)
      diagnostic.code = "E0107"
      diagnostics.append(diagnostic)
      return .unit
    }
    let arguments = generics.map { resolveType($0, selfType: selfType) }
    return instantiate(base, arguments: arguments, at: span)
  }

  /// The instance of `base` for these arguments: declared now if it is new. Arguments not
  /// known yet make an instance of this body's own, settled at its end.
  func instantiate(_ base: String, arguments unresolved: [TypeTerm], at span: SourceSpan) -> TypeTerm {
    let isEnum = genericTypes.enums[base] != nil
    let arguments = unresolved.map { table.resolve($0) }
    if arguments.contains(where: { $0.containsVariables || isInferredInstance($0) }) {
      return inferredInstance(base, arguments: arguments, at: span)
    }
    let name = base + "<" + arguments.map(\.name).joined(separator: ", ") + ">"
    let type: TypeTerm = isEnum ? .enumeration(name) : .structure(name)
    if genericTypes.instances[name] != nil { return type }
    guard meetsDeclaredBounds(base, arguments: arguments, at: span) else { return .unit }
    guard genericTypes.instances.count < GenericTypeState.maximumInstances else {
      unsupported("generic types that hold themselves with ever larger arguments", at: span)
      return .unit
    }
    let instance = TypeInstance(base: base, arguments: arguments, isEnum: isEnum, isInferred: false)
    genericTypes.instances[name] = instance
    table.instances[name] = instance
    declareInstance(name, base: base, arguments: arguments, derivesFor: arguments)
    layoutCalculator = LayoutCalculator(declarations: typeDeclarations())
    return type
  }

  /// `struct Wrapper<T: Display>`: each argument must have the traits its parameter's bounds
  /// name. A generic parameter without them (an `impl<T> Wrapper<T>` that leaves the bound
  /// out) is rustc's E0277 where the type is written; a concrete type is refused, as rustc
  /// reports it at the expression that gave the type.
  private func meetsDeclaredBounds(_ base: String, arguments: [TypeTerm], at span: SourceSpan) -> Bool {
    guard let parameters = genericTypes.parameters(of: base) else { return true }
    for (parameter, argument) in zip(parameters, arguments) {
      for written in parameter.bounds {
        let bound = written.split(separator: ":").last.map(String.init) ?? written
        if let kind = ClosureBound.Kind(rawValue: bound), case .structure(let name) = argument,
          opaqueParameterTypes.contains(name), let signature = closureState.signatures[name]
        {
          // An impl's `F: FnMut` does not give the struct's `F: Fn`.
          guard signature.kind > kind else { continue }
          error("expected a `\(bound)` closure, found `\(name)`", at: span)
          diagnostics[diagnostics.count - 1].code = "E0277"
          return true
        }
        if case .structure(let name) = argument, opaqueParameterTypes.contains(name),
          structs[name]?.derives.contains(bound) ?? false
        {
          continue  // What the parameter's own bounds promise (`T: Copy` gives `Copy` and `Clone`).
        }
        guard !satisfies(argument, bound) else { continue }
        if case .structure(let name) = argument, opaqueParameterTypes.contains(name) {
          // The instance is still made, so the impl's methods report nothing made up.
          error(unsatisfiedBoundMessage(argument, bound), at: span)
          diagnostics[diagnostics.count - 1].code = "E0277"
          return true
        } else {
          unsupported("a type argument without a bound its struct or enum declares", at: span)
        }
        return false
      }
    }
    return true
  }

  /// `Point { x: 5, y: 10 }`, `Stack::new()`, `MyOption::None`: the instance written by its
  /// bare name, with arguments to infer. Nil when `name` is not a generic type.
  func inferredInstanceName(_ name: String, at span: SourceSpan) -> String? {
    guard let parameters = genericTypes.parameters(of: name) else { return nil }
    let type = inferredInstance(name, arguments: parameters.map { _ in table.fresh() }, at: span)
    switch type {
    case .structure(let instance), .enumeration(let instance): return instance
    default: return nil
    }
  }

  /// A path in a pattern or expression that names a generic type (`Point`) or one of a generic
  /// enum's variants (`MyOption::Some`): its head becomes an instance to infer.
  func instantiatePathHead(_ path: inout [String], at span: SourceSpan) {
    if path.count == 2,
      genericTypes.enums[path[0]]?.variants.contains(where: { $0.name == path[1] }) ?? false,
      let instance = inferredInstanceName(path[0], at: span)
    {
      path[0] = instance
    } else if path.count == 1, genericTypes.structs[path[0]] != nil,
      let instance = inferredInstanceName(path[0], at: span)
    {
      path[0] = instance
    }
  }

  private func inferredInstance(_ base: String, arguments: [TypeTerm], at span: SourceSpan) -> TypeTerm {
    let isEnum = genericTypes.enums[base] != nil
    let key = base + "|" + arguments.map { "\($0)" }.joined(separator: "|")
    let name =
      genericTypes.inferredByArguments[key]
      ?? {
        genericTypes.inferredCount += 1
        let name = "\(base)<_>#\(genericTypes.inferredCount)"
        genericTypes.inferredByArguments[key] = name
        genericTypes.inferredInBody.append(name)
        table.instances[name] = TypeInstance(
          base: base, arguments: arguments, isEnum: isEnum, isInferred: true)
        declareInstance(name, base: base, arguments: arguments, derivesFor: [], span: span)
        return name
      }()
    return isEnum ? .enumeration(name) : .structure(name)
  }

  /// The instance's fields (or variants) with the arguments in place of the parameters; it
  /// derives a trait only when every argument has it (rustc's derive bounds each parameter).
  private func declareInstance(
    _ name: String, base: String, arguments: [TypeTerm], derivesFor checked: [TypeTerm],
    span: SourceSpan? = nil
  ) {
    guard let parameters = genericTypes.parameters(of: base) else { return }
    var substitution: [String: TypeTerm] = [:]
    for (parameter, argument) in zip(parameters, arguments) { substitution[parameter.name] = argument }
    let savedSubstitution = typeSubstitution
    let savedLifetimes = lifetimesInScope
    typeSubstitution = substitution
    lifetimesInScope = nil
    defer {
      typeSubstitution = savedSubstitution
      lifetimesInScope = savedLifetimes
    }
    if let decl = genericTypes.structs[base] {
      let derives = derivedTraits(derives(decl.attributes), for: checked)
      structs[name] = StructInfo(
        name: name, fields: [], shape: decl.shape, derives: derives, span: span ?? decl.span)
      // Resolved apart from the table: a field's type may declare another instance.
      let fields = decl.fields.map { ($0.name, resolveType($0.type, selfType: name)) }
      structs[name]?.fields = fields
    } else if let decl = genericTypes.enums[base] {
      let derives = derivedTraits(derives(decl.attributes), for: checked)
      enums[name] = EnumInfo(name: name, variants: [], derives: derives, span: span ?? decl.span)
      let variants = decl.variants.map { variant in
        (
          name: variant.name, payload: variant.payload.map { resolveType($0, selfType: name) },
          discriminant: Int128?.none
        )
      }
      enums[name]?.variants = variants
    }
  }

  private func derivedTraits(_ written: Set<String>, for arguments: [TypeTerm]) -> Set<String> {
    written.filter { trait in
      arguments.allSatisfy { argument in
        switch trait {
        case "Default": return implementsDefault(argument)
        case "Hash":
          switch argument {
          case .integer, .bool, .char, .string, .unit: return true
          case .structure(let name): return structs[name]?.derives.contains(trait) ?? false
          case .enumeration(let name): return enums[name]?.derives.contains(trait) ?? false
          default: return false
          }
        default: return satisfies(argument, trait)
        }
      }
    }
  }

  /// The traits a type derives; for an instance still being inferred, those its arguments allow
  /// so far (a `Wrapper<NoClone>` made by `Wrapper { value: x }` is not `Clone`).
  func derivesOf(_ name: String) -> Set<String> {
    let written = structs[name]?.derives ?? enums[name]?.derives ?? []
    guard let instance = table.instances[name], instance.isInferred else { return written }
    return derivedTraits(
      written, for: instance.arguments.map { table.resolve($0) }.filter { !$0.containsVariables })
  }

  func isInferredInstance(_ type: TypeTerm) -> Bool {
    switch type {
    case .structure(let name), .enumeration(let name): return table.instances[name]?.isInferred ?? false
    case .vec(let t), .box(let t), .rc(let t), .arc(let t), .option(let t), .array(let t, _), .slice(let t),
      .reference(let t, _), .library(_, let t):
      return isInferredInstance(t)
    case .tuple(let items): return items.contains { isInferredInstance($0) }
    case .result(let value, let error), .hashMap(let value, let error, _, _):
      return isInferredInstance(value) || isInferredInstance(error)
    default: return false
    }
  }

  /// `let s = Stack::new();`: the binding rustc names when `s`'s type is never settled.
  func noteInstanceBinding(_ type: TypeTerm, at span: SourceSpan) {
    switch table.shallow(type) {
    case .structure(let name), .enumeration(let name):
      if table.instances[name]?.isInferred ?? false, genericTypes.bindingSpans[name] == nil {
        genericTypes.bindingSpans[name] = span
      }
    default: break
    }
  }

  /// At the end of a body: each instance made in it becomes the named instance of its
  /// inferred arguments (an instance inside another's arguments first).
  func settleInstances() {
    var pending = genericTypes.inferredInBody
    genericTypes.inferredInBody = []
    genericTypes.inferredByArguments = [:]
    var progressed = true
    while !pending.isEmpty, progressed {
      progressed = false
      var waiting: [String] = []
      for name in pending {
        guard let instance = table.instances[name] else { continue }
        let arguments = instance.arguments.map { table.resolve($0) }
        if arguments.contains(where: { isInferredInstance($0) }) {
          waiting.append(name)
          continue
        }
        progressed = true
        if arguments.contains(where: \.containsVariables) {
          annotationsNeeded(name)
          continue
        }
        table.settledInstances[name] = instantiate(
          instance.base, arguments: arguments,
          at: structs[name]?.span ?? enums[name]?.span ?? SourceSpan.unknown)
      }
      pending = waiting
    }
    for name in pending { annotationsNeeded(name) }
    genericTypes.bindingSpans = [:]
    for (instance, span) in genericTypes.defaults {
      let settled = table.resolve(.structure(instance))
      guard case .structure(let name) = settled, let arguments = genericTypes.instances[name]?.arguments,
        let lacking = arguments.first(where: { !implementsDefault($0) })
      else { continue }
      // The derive bounds each parameter by `Default`, as rustc reports it.
      error("the trait bound `\(lacking.name): Default` is not satisfied", at: span)
    }
    genericTypes.defaults = []
  }

  /// E0282 at the `let` that binds the instance (rustc's place), else where it was made.
  private func annotationsNeeded(_ name: String) {
    let binding = genericTypes.bindingSpans[name]
    let span = binding ?? structs[name]?.span ?? enums[name]?.span ?? SourceSpan.unknown
    let message =
      binding != nil
      ? "type annotations needed for `\(namingInferredInstances(name))`" : "type annotations needed"
    var diagnostic = Diagnostic(message.replacing("{integer}", with: "_"), at: span)
    diagnostic.code = "E0282"
    diagnostics.append(diagnostic)
  }

  /// Names of instances made inside bodies, left out of the program's declarations (their
  /// settled instances stand for them).
  func isInferredInstanceName(_ name: String) -> Bool {
    name.contains("<_>#") && genericTypes.instances[name] == nil
  }

  /// A message names an instance still being inferred as rustc does (`Point<{integer}>`).
  func namingInferredInstances(_ message: String) -> String {
    guard message.contains("<_>#") else { return message }
    return message.replacing(/[A-Za-z_][A-Za-z0-9_]*<_>#[0-9]+/) { match in
      let name = String(match.output)
      return table.instances[name] != nil ? table.displayName(namedType(name)) : name
    }
  }
}
