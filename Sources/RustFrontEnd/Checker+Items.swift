import MemoryModel

extension Checker {
  // MARK: - Items

  func collectItems() {
    registerStandardOrdering()
    registerStandardFormatting()
    collectTraits()
    // After the structs and enums, so that a type parameter's stand-in takes no one's name.
    var deferredGenerics: [(FunctionDecl, Int)] = []
    defer {
      for (decl, index) in deferredGenerics { collectGenericFunction(decl, at: index) }
      for index in genericTypes.plainOwnerMethods {
        collectGenericFunction(signatures[index].declaration, at: index)
      }
    }
    defer { collectForeignTraitImpls() }
    for item in program.items {
      if collectGenericType(item) { continue }
      switch item {
      case .structure(let decl):
        if structs[decl.name] != nil || enums[decl.name] != nil {
          error("the name `\(decl.name)` is defined multiple times", at: decl.nameSpan)
          continue
        }
        if !decl.modulePath.isEmpty {
          structPrivacy[decl.name] = (
            decl.modulePath,
            Dictionary(decl.fields.map { ($0.name, $0.visibility) }, uniquingKeysWith: { first, _ in first })
          )
        }
        structs[decl.name] = StructInfo(
          name: decl.name, fields: [], shape: decl.shape, derives: derives(decl.attributes), span: decl.span)
      case .enumeration(let decl):
        if structs[decl.name] != nil || enums[decl.name] != nil {
          error("the name `\(decl.name)` is defined multiple times", at: decl.nameSpan)
          continue
        }
        let enumDerives = derives(decl.attributes)
        if enumDerives.contains("Default") {
          let marked = decl.variants.filter(\.isDefault)
          if marked.count == 1, marked[0].payload.isEmpty, marked[0].fieldNames == nil {
            // The `#[default]` unit variant (`derivedDefaultVariant`).
          } else if !marked.isEmpty {
            unsupported("`#[default]` on more than one variant or on one with fields", at: marked[0].span)
          } else {
            reportDefaultWithoutVariant(decl.attributes)
          }
        }
        enums[decl.name] = EnumInfo(name: decl.name, variants: [], derives: enumDerives, span: decl.span)
      case .function(let decl):
        collectBodyGlobals(decl)
        if functionsByName[decl.name] != nil {
          error("the name `\(decl.name)` is defined multiple times", at: decl.nameSpan)
          continue
        }
        if !decl.generics.isEmpty { deferredGenerics.append((decl, signatures.count)) }
        functionsByName[decl.name] = signatures.count
        signatures.append(
          FunctionSignature(
            name: decl.name, declaration: decl, owner: nil, parameterTypes: [], selfType: nil,
            returnType: .unit))
      case .implementation(let block):
        collectImpl(block)
        for constant in block.constants {
          // `Circle::PI`, found as a path of two segments (`Self::PI` inside the impl).
          var qualified = constant
          qualified.name = "\(block.typeName)::\(constant.name)"
          globalIndex[qualified.name] = globalDeclarations.count
          globalDeclarations.append(qualified)
        }
      case .use(let decl):
        collectUse(decl)
      case .global(let decl):
        globalIndex[decl.name] = globalDeclarations.count
        globalDeclarations.append(decl)
      case .trait, .module, .typeAlias:
        break
      }
    }
  }

  /// rustc's E0665 for `#[derive(Default)]` on an enum none of whose variants is marked
  /// `#[default]`, at the derive's `Default`.
  func reportDefaultWithoutVariant(_ attributes: [Attribute]) {
    guard let attribute = attributes.first(where: { $0.name == "derive" && $0.arguments.contains("Default") })
    else { return }
    var at = attribute.span
    let lineIndex = attribute.span.start.line - 1
    let word = Array("Default".unicodeScalars)
    if lineIndex >= 0, lineIndex < sourceLines.count, sourceLines[lineIndex].count >= word.count {
      let line = sourceLines[lineIndex]
      if let offset = (0...(line.count - word.count)).first(where: {
        Array(line[$0..<$0 + word.count]) == word
      }) {
        let start = SourceLocation(line: lineIndex + 1, column: offset + 1)
        at = SourceSpan(
          start: start, end: SourceLocation(line: lineIndex + 1, column: offset + 1 + word.count))
      }
    }
    var diagnostic = Diagnostic("`#[derive(Default)]` on enum with no `#[default]`", at: at)
    diagnostic.code = "E0665"
    diagnostics.append(diagnostic)
  }

  func derives(_ attributes: [Attribute]) -> Set<String> {
    var result: Set<String> = []
    for attribute in attributes where attribute.name == "derive" {
      for name in attribute.arguments {
        let supported = ["Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Default", "Hash"]
        if supported.contains(name) {
          result.insert(name)
        } else {
          unsupported("the derive `\(name)`", at: attribute.span)
        }
      }
    }
    return result
  }

  func collectImpl(_ block: ImplBlock) {
    // `impl Parser` for `struct Parser<'a>`: an impl header must name the lifetime (`'_` at
    // least), as rustc requires.
    if block.targetLifetimes.isEmpty, !declaredLifetimes(of: block.typeName).isEmpty {
      error("implicit elided lifetime not allowed here", at: block.typeSpan)
      diagnostics[diagnostics.count - 1].code = "E0726"
    }
    if let name = block.traitName, name == "Display" || name == "Debug", !block.traitPath.isEmpty,
      traits[name] == nil, !block.generics.isEmpty
    {
      collectGenericFormattingImpl(block, trait: name)
      return
    }
    if let name = block.traitName, name == "Display" || name == "Debug", !block.traitPath.isEmpty,
      traits[name] == nil
    {
      collectFormattingImpl(block, trait: name)
      return
    }
    if block.traitName == "Iterator", traits["Iterator"] == nil {
      collectIteratorImpl(block)
      return
    }
    if let name = block.traitName, let trait = OperatorTrait.byName[name], traits[name] == nil {
      collectOperatorImpl(block, trait: trait)
      return
    }
    if block.traitName == "Index", traits["Index"] == nil, Parser.isIndexTrait(block.traitPath) {
      collectIndexImpl(block)
      return
    }
    if block.traitName == "IndexMut", traits["IndexMut"] == nil, Parser.isIndexTrait(block.traitPath) {
      collectIndexMutImpl(block)
      return
    }
    if let name = block.traitName, traits[name] == nil, Parser.isDerefTrait(block.traitPath) {
      collectDerefImpl(block, trait: name)
      return
    }
    if block.traitName == "From", traits["From"] == nil, Parser.isConversionTrait(block.traitPath) {
      collectFromImpl(block)
      return
    }
    if let name = block.traitName, traits[name] == nil, Parser.isValueTrait(block.traitPath) {
      collectValueTraitImpl(block, trait: name)
      return
    }
    if let name = block.traitName, traits[name] == nil, Parser.isFallibleConversionTrait(block.traitPath) {
      collectFallibleConversionImpl(block, trait: name)
      return
    }
    if block.traitName == "Clone", traits["Clone"] == nil, Parser.isCloneTrait(block.traitPath) {
      collectCloneImpl(block)
      return
    }
    if block.traitName == "Error", traits["Error"] == nil, Parser.isErrorTrait(block.traitPath) {
      collectErrorImpl(block)
      return
    }
    if let trait = block.traitName, trait != "Drop", !block.generics.isEmpty, traits[trait] != nil {
      collectGenericTraitImpl(block, trait: trait)
      return
    }
    if let trait = block.traitName, trait != "Drop" {
      collectTraitImpl(block, trait: trait)
      return
    }
    if collectGenericImpl(block) { return }
    for method in block.methods {
      if let first = method.generics.first, block.traitName != nil {
        unsupported("generic methods", at: first.span)
        continue
      }
      collectBodyGlobals(method)
      let key = "\(block.typeName)::\(method.name)"
      if block.traitName == "Drop" {
        guard method.name == "drop" else {
          reportNotATraitMember(method, trait: "Drop")
          continue
        }
        dropFunctions[block.typeName] = signatures.count
      } else {
        if let existing = methods[block.typeName]?[method.name] {
          if signatures[existing].name.hasPrefix("<") {
            unsupported("an inherent method with the same name as a trait method", at: method.nameSpan)
            continue
          }
          error("duplicate definitions with name `\(method.name)`", at: method.nameSpan)
          continue
        }
        methods[block.typeName, default: [:]][method.name] = signatures.count
        if !method.generics.isEmpty {
          // Checked once with opaque parameters; each call runs an instance, as a generic
          // impl's methods do (`Checker+GenericImpls`).
          genericTypes.methodImpls[signatures.count] = GenericTypeState.ImplParameters(
            argumentParameters: [], generics: [])
          genericTypes.plainOwnerMethods.append(signatures.count)
        }
      }
      signatures.append(
        FunctionSignature(
          name: key, declaration: method, owner: block.typeName, parameterTypes: [], selfType: nil,
          returnType: .unit, implLifetimes: block.lifetimeParameters, selfLifetimes: block.targetLifetimes))
    }
  }

  func resolveDeclarations() {
    for item in program.items {
      switch item {
      case .structure(let decl) where decl.generics.isEmpty:
        checkLifetimeParametersUsed(decl.lifetimeParameters, in: decl.fields.map(\.type))
        lifetimesInScope = Set(decl.lifetimeParameters.map(\.name))
        defer { lifetimesInScope = nil }
        var fields: [(name: String, type: TypeTerm)] = []
        for (index, field) in decl.fields.enumerated() {
          checkFieldLifetime(field.type)
          fields.append((field.name, resolveType(field.type, selfType: decl.name)))
          if namesOnlyStatic(field.type) { staticFields[decl.name, default: []].insert(index) }
        }
        structs[decl.name]?.fields = fields
      case .enumeration(let decl) where decl.generics.isEmpty:
        checkLifetimeParametersUsed(decl.lifetimeParameters, in: decl.variants.flatMap(\.payload))
        lifetimesInScope = Set(decl.lifetimeParameters.map(\.name))
        defer { lifetimesInScope = nil }
        var variants: [(name: String, payload: [TypeTerm], discriminant: Int128?)] = []
        for variant in decl.variants {
          for type in variant.payload { checkFieldLifetime(type) }
          for (position, type) in variant.payload.enumerated() where namesOnlyStatic(type) {
            staticFields["\(decl.name)#\(variants.count)", default: []].insert(position)
          }
          let payload = variant.payload.map { resolveType($0, selfType: decl.name) }
          var discriminant: Int128?
          if let expr = variant.discriminant {
            discriminant = constantInteger(expr)
            if discriminant == nil { unsupported("the enum discriminant here", at: expr.span) }
          }
          variants.append((variant.name, payload, discriminant))
        }
        enums[decl.name]?.variants = variants
      default:
        break
      }
    }
    resolveGenericDeclarations()
    resolveGenericImpls()
    resolveStandardGenericImpls()
    for (name, index) in dropFunctions where structs[name] == nil && enums[name] == nil {
      error("cannot find type `\(name)` in this scope", at: signatures[index].declaration.span)
    }
    for (name, _) in methods
    where structs[name] == nil && enums[name] == nil && !name.hasPrefix("dyn ") && foreignOwners[name] == nil
    {
      if let index = methods[name]?.values.first {
        error("cannot find type `\(name)` in this scope", at: signatures[index].declaration.span)
      }
    }
    layoutCalculator = LayoutCalculator(declarations: typeDeclarations())
    rejectRecursiveTypes()
  }

  package func typeDeclarations() -> TypeDeclarations {
    var declarations = TypeDeclarations()
    for info in structs.values where !isInferredInstanceName(info.name) {
      let shape: TypeDeclarations.StructShape
      switch info.shape {
      case .named: shape = .named
      case .tuple: shape = .tuple
      case .unit: shape = .unit
      }
      declarations.add(
        TypeDeclarations.StructDeclaration(
          name: info.name, fields: info.fields.map { ($0.name, $0.type.rustType ?? .unit) }, shape: shape,
          derives: info.derives))
    }
    for info in enums.values where !isInferredInstanceName(info.name) {
      var declaration = TypeDeclarations.EnumDeclaration(
        name: info.name,
        variants: info.variants.map { ($0.name, $0.payload.map { $0.rustType ?? .unit }, $0.discriminant) },
        payloadFieldNames: variantFieldNames(of: info.name),
        derives: info.derives)
      if info.derives.contains("Default") {
        declaration.defaultVariant = derivedDefaultVariant(
          of: genericTypes.instances[info.name]?.base ?? info.name)
      }
      declarations.add(declaration)
    }
    declarations.instanceBases = genericTypes.instances.mapValues(\.base)
    declarations.dropImplementations = Set(dropFunctions.keys)
    // A `MutexGuard` unlocks its mutex when it is dropped.
    declarations.dropImplementations.formUnion(structs.keys.filter { Self.isLockGuardName($0) })
    return declarations
  }

  func resolveSignatures() {
    makeOpaqueReturnTypes()
    // The methods of `dyn Trait` (made when a type names one) have their signatures already.
    for index in signatures.indices where dynamicMethods[index] == nil {
      typeSubstitution = substitutions[index] ?? [:]
      defer { typeSubstitution = [:] }
      let decl = signatures[index].declaration
      let owner = signatures[index].owner
      if decl.attributes.contains(where: { $0.name == "test" }) {
        unsupported("`#[test]` functions", at: decl.span)
      }
      checkReturnLifetime(decl)
      lifetimesInScope = lifetimeScope(of: signatures[index])
      defer { lifetimesInScope = nil }
      checkSelfLifetime(signatures[index])
      signatures[index].returnLifetimes = returnLifetimes(
        of: signatures[index],
        implTypeParameters: Set(genericTypes.methodImpls[index]?.generics.map(\.name) ?? []))
      var parameterTypes: [TypeTerm] = []
      if let selfParameter = decl.selfParameter {
        guard let owner else {
          error("`self` parameter is only allowed in associated functions", at: decl.span)
          continue
        }
        let ownerType = namedType(owner)
        if selfParameter == .boxed || selfParameter == .mutableBoxed, genericTypes.methodImpls[index] != nil {
          unsupported("`self: Box<Self>` in a generic `impl` or method", at: decl.nameSpan)
          continue
        }
        let selfType: TypeTerm
        switch selfParameter {
        case .value, .mutableValue: selfType = ownerType
        case .reference: selfType = .reference(ownerType, mutable: false)
        case .mutableReference: selfType = .reference(ownerType, mutable: true)
        case .boxed, .mutableBoxed: selfType = .box(ownerType)
        }
        signatures[index].selfType = selfType
        parameterTypes.append(selfType)
      } else if dropFunctions[owner ?? ""] == index {
        error(
          "method `drop` has a `&mut self` declaration in the trait, but not in the impl", at: decl.nameSpan)
      }
      for parameter in decl.parameters {
        parameterTypes.append(resolveType(parameter.type, selfType: owner))
      }
      signatures[index].parameterTypes = parameterTypes
      // `-> impl Fn(…)` becomes the closure's type once the body is checked (see `run`).
      signatures[index].returnType =
        decl.returnClosureBound != nil || decl.returnImplTrait != nil
        ? .unit : decl.returnType.map { resolveType($0, selfType: owner) } ?? .unit
      if decl.name == "main" && owner == nil {
        if !decl.parameters.isEmpty {
          error("`main` function has wrong type: it takes no arguments", at: decl.span)
        }
        if decl.returnType != nil && signatures[index].returnType != .unit
          && !mainReturnIsSupported(signatures[index].returnType)
        {
          unsupported("the `main` function returning a value", at: decl.returnType?.span ?? decl.span)
        }
      }
    }
  }

  package func namedType(_ name: String) -> TypeTerm {
    if let foreign = foreignOwners[name] { return foreign }
    return enums[name] != nil ? .enumeration(name) : .structure(name)
  }

  func checkGlobals() {
    lifetimesInScope = []
    for decl in globalDeclarations {
      globalTypes.append(resolveType(decl.type, selfType: nil))
    }
    lifetimesInScope = nil
    for (index, decl) in globalDeclarations.enumerated() {
      beginFunction(returnType: .unit, owner: nil)
      currentBodySpan = functionScopedGlobals[index]
      let value = coerce(checkExpression(decl.value), to: globalTypes[index])
      table.applyDefaults()
      settleMutexes(final: false)
      settleInstances()
      settleMutexes(final: true)
      checkLiteralRanges()
      let resolved = value
      if decl.kind == .mutableStatic {
        unsupported("the item kind `static mut`", at: decl.span)
      }
      checkedGlobals.append(
        CheckedGlobal(
          name: decl.name, type: table.resolve(globalTypes[index]), value: resolved,
          isStatic: decl.kind != .constant, line: decl.span.start.line, types: table))
    }
  }
}
