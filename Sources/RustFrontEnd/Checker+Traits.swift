import MemoryModel

/// User traits with static dispatch: each `impl Trait for T` adds its methods, and the trait's
/// default methods it does not write, to `T`'s methods, so a call binds to one function at
/// compile time as rustc's monomorphised code does. A default method is checked once per type
/// that uses it, with `Self` that type.
extension Checker {
  func collectTraits() {
    var finished: [TraitDecl] = []
    for item in program.items {
      guard case .trait(let decl) = item else { continue }
      if traits[decl.name] != nil {
        error("the name `\(decl.name)` is defined multiple times", at: decl.nameSpan)
        continue
      }
      for method in decl.methods where decl.provided.contains(method.name) {
        collectBodyGlobals(method)
      }
      traits[decl.name] = decl
      if let generic = decl.methods.lazy.compactMap(\.generics.first).first {
        unsupported("generic methods", at: generic.span)
        continue
      }
      finished.append(decl)
    }
    // Once every trait is known: an associated type's bound may name a trait declared later.
    for decl in finished { addOpaqueSelf(for: decl) }
  }

  /// A trait's default methods are checked once, as rustc checks them, with `Self` an opaque
  /// type that has only the trait's methods (their code is never called).
  private func addOpaqueSelf(for decl: TraitDecl) {
    guard !decl.provided.isEmpty else { return }
    var name = "Self"
    while structs[name] != nil || enums[name] != nil { name += "\u{200B}" }
    structs[name] = StructInfo(name: name, fields: [], shape: .unit, derives: [], span: decl.nameSpan)
    implementedTraits[name, default: []].insert(decl.name)
    addOpaqueAssociatedTypes(decl, type: name, shownAs: "Self")
    addOpaqueTraitConstants(decl, type: name)
    for method in decl.methods {
      if let index = addTraitMethod(method, trait: decl.name, type: name),
        !decl.provided.contains(method.name)
      {
        bodilessSignatures.insert(index)
      }
    }
  }

  /// `owner` names a standard type's impl (`i32`, `Vec<String>`); nil for a type of the program's.
  func collectTraitImpl(_ block: ImplBlock, trait name: String, owner: String? = nil) {
    guard let trait = traits[name] else {
      error("cannot find trait `\(name)` in this scope", at: block.traitSpan ?? block.span)
      return
    }
    if owner == nil, Self.standardTypeNames.contains(block.typeName) {
      deferredForeignImpls.append((block, name))
      return
    }
    let typeName = owner ?? block.typeName
    guard implementedTraits[typeName, default: []].insert(name).inserted else {
      error(
        "conflicting implementations of trait `\(name)` for type `\(typeName)`",
        at: block.span)
      return
    }
    let missingTypes = collectAssociatedTypes(block, trait: trait, type: typeName)
    var written: Set<String> = []
    for method in block.methods {
      guard trait.methods.contains(where: { $0.name == method.name }) else {
        reportNotATraitMember(method, trait: name)
        continue
      }
      guard written.insert(method.name).inserted else {
        unsupported("a trait method written twice in one impl", at: method.nameSpan)
        continue
      }
      if let generic = method.generics.first {
        unsupported("generic methods", at: generic.span)
        continue
      }
      guard let method = implMethodWithAssociatedTypes(method, block: block, type: typeName) else { continue }
      collectBodyGlobals(method)
      if let index = addTraitMethod(method, trait: name, type: typeName) {
        traitMethodSignatures[index] = name
        signatures[index].implLifetimes = block.lifetimeParameters
        signatures[index].selfLifetimes = block.targetLifetimes
      }
    }
    let missingMethods = trait.methods.filter {
      !trait.provided.contains($0.name) && !written.contains($0.name)
    }
    // rustc names the missing items in the trait's order, constants and methods together.
    let missing =
      (missingMethods.map { ($0.span.start, $0.name) } + missingTypes.map { ($0.span.start, $0.name) }
      + collectTraitConstants(block, trait: trait, type: typeName).map { ($0.span.start, $0.name) })
      .sorted { $0.0 < $1.0 }
    if !missing.isEmpty {
      let names = missing.map { "`\($0.1)`" }.joined(separator: ", ")
      error("not all trait items implemented, missing: \(names)", at: block.span)
    }
    for method in trait.methods where trait.provided.contains(method.name) && !written.contains(method.name) {
      _ = addTraitMethod(method, trait: name, type: typeName)
    }
  }

  static let standardTypeNames: Set<String> = [
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64",
    "bool", "char", "str", "String", "Vec", "Box", "Option", "Result", "Rc",
  ]

  /// Registers one of a trait's methods as a method of `type`; nil when it cannot be.
  func addTraitMethod(_ method: FunctionDecl, trait: String, type: String) -> Int? {
    if methods[type]?[method.name] != nil {
      unsupported("two methods named `\(method.name)` on the type `\(type)`", at: method.nameSpan)
      return nil
    }
    let index = signatures.count
    methods[type, default: [:]][method.name] = index
    signatures.append(
      FunctionSignature(
        name: "<\(type) as \(trait)>::\(method.name)", declaration: method, owner: type, parameterTypes: [],
        selfType: nil, returnType: .unit))
    return index
  }

  /// `Summary::summarize(&tweet)`: the first argument's type picks the impl.
  func checkTraitPathCall(
    _ trait: TraitDecl, method: String, arguments: [Expr], span: SourceSpan, calleeSpan: SourceSpan
  ) -> TypedExpr {
    guard let declaration = trait.methods.first(where: { $0.name == method }) else {
      error(
        "no function or associated item named `\(method)` found for trait `\(trait.name)`", at: calleeSpan)
      return invalid(span)
    }
    guard declaration.selfParameter != nil, let firstExpr = arguments.first else {
      unsupported("calling a trait's associated function through the trait's name", at: calleeSpan)
      return invalid(span)
    }
    let first = checkExpression(firstExpr)
    var type = table.shallow(first.type)
    while case .reference(let inner, _) = type { type = table.shallow(inner) }
    var implementer: String?
    switch type {
    case .structure(let name), .enumeration(let name): implementer = name
    default:
      implementer =
        foreignOwner(of: type) ?? settleNumericReceiver(type, for: method)
        ?? settleForeignReceiver(type, for: method)
    }
    guard let implementer, implementedTraits[implementer]?.contains(trait.name) == true,
      let index = methods[implementer]?[method], let selfType = signatures[index].parameterTypes.first
    else {
      error(
        "the trait bound `\(table.displayName(type)): \(trait.name)` is not satisfied", at: firstExpr.span)
      return invalid(span)
    }
    let receiver = coerce(first, to: selfType)
    return checkUserCall(
      index, arguments: Array(arguments.dropFirst()), receiver: receiver, span: span, calleeSpan: calleeSpan)
  }

  /// An impl's method must have the trait's signature, with `Self` the implementing type.
  func checkTraitImplSignatures() {
    for (index, traitName) in traitMethodSignatures.sorted(by: { $0.key < $1.key }) {
      let signature = signatures[index]
      let decl = signature.declaration
      guard let owner = signature.owner,
        let required = traits[traitName]?.methods.first(where: { $0.name == decl.name })
      else { continue }
      let name = decl.name
      switch (required.selfParameter, decl.selfParameter) {
      case (let expected?, nil):
        error(
          "method `\(name)` has a `\(Self.selfText(expected))` declaration in the trait, but not in the impl",
          at: decl.span)
        continue
      case (nil, let found?):
        error(
          "method `\(name)` has a `\(Self.selfText(found))` declaration in the impl, but not in the trait",
          at: decl.span)
        continue
      default:
        break
      }
      let expectedCount = required.parameters.count + (required.selfParameter == nil ? 0 : 1)
      let foundCount = decl.parameters.count + (decl.selfParameter == nil ? 0 : 1)
      if expectedCount != foundCount {
        let parameterStart = SourceLocation(
          line: decl.nameSpan.end.line, column: decl.nameSpan.end.column + 1)
        error(
          "method `\(name)` has \(foundCount) parameter\(foundCount == 1 ? "" : "s") but the declaration in trait `\(traitName)::\(name)` has \(expectedCount)",
          at: SourceSpan(start: parameterStart, end: parameterStart))
        continue
      }
      if let expected = required.selfParameter, let found = decl.selfParameter,
        Self.selfMode(expected) != Self.selfMode(found)
      {
        let selfStart = SourceLocation(line: decl.nameSpan.end.line, column: decl.nameSpan.end.column + 1)
        error(
          "method `\(name)` has an incompatible type for trait",
          at: SourceSpan(start: selfStart, end: selfStart))
        continue
      }
      // An associated type the impl left out is a variable here: its E0046 is the report.
      for (expected, found) in zip(required.parameters, decl.parameters) {
        let expectedType = resolveType(expected.type, selfType: owner)
        if expectedType != resolveType(found.type, selfType: owner), !expectedType.containsVariables {
          error("method `\(name)` has an incompatible type for trait", at: found.type.span)
        }
      }
      let expectedReturn = required.returnType.map { resolveType($0, selfType: owner) } ?? .unit
      if expectedReturn != signature.returnType, !expectedReturn.containsVariables {
        error(
          "method `\(name)` has an incompatible type for trait", at: decl.returnType?.span ?? decl.nameSpan)
      }
    }
  }

  private static func selfText(_ parameter: FunctionDecl.SelfParameter) -> String {
    switch parameter {
    case .value, .mutableValue: "self"
    case .reference: "&self"
    case .mutableReference: "&mut self"
    case .boxed, .mutableBoxed: "self: Box<Self>"
    }
  }

  /// `mut self` and `self` are the same type; only the binding differs.
  private static func selfMode(_ parameter: FunctionDecl.SelfParameter) -> Int {
    switch parameter {
    case .value, .mutableValue: 0
    case .reference: 1
    case .mutableReference: 2
    case .boxed, .mutableBoxed: 3
    }
  }
}

extension Diagnostic {
  /// rustc's codes for an impl whose methods do not match its trait.
  static func traitImplCode(forMessage message: String) -> String? {
    if message.hasPrefix("`"), message.contains("` doesn't implement `") { return "E0277" }
    guard message.hasPrefix("method `") else { return nil }
    if message.hasSuffix("` has an incompatible type for trait") { return "E0053" }
    if message.contains(" but the declaration in trait `") { return "E0050" }
    if message.hasSuffix("declaration in the impl, but not in the trait") { return "E0185" }
    if message.hasSuffix("declaration in the trait, but not in the impl"), !message.hasPrefix("method `drop`")
    {
      return "E0186"
    }
    return nil
  }
}
