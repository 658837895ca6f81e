import MemoryModel

/// One `impl Index<Idx> for T` of the program's own.
package struct IndexImpl: Sendable {
  /// `usize` in `impl Index<usize> for Poly`.
  package var writtenIndex: TypeExpr
  /// The impl's `index`, by signature index.
  package var function: Int
  package var span: SourceSpan
  /// The `index_mut` of the `impl IndexMut` with the same `Idx`, once the signatures are known.
  package var mutableFunction: Int?
}

/// `impl Index<usize> for Poly` written by hand: `p[i]` is `*Index::index(&p, i)`, as rustc
/// lowers it, so reading through it is reading through the returned reference. A place written
/// or borrowed `&mut` through it calls `IndexMut::index_mut(&mut p, i)` instead
/// (`mutableOverloadedPlace`).
extension Checker {
  func collectIndexImpl(_ block: ImplBlock) {
    let at = block.traitSpan ?? block.span
    guard let written = block.traitArguments.first, block.traitArguments.count == 1 else {
      unsupported("`Index` written without exactly one type argument", at: at)
      return
    }
    guard let owner = ownTypeName(of: block) else { return }
    var output: TypeExpr?
    for associated in block.associatedTypes {
      guard associated.name == "Output", output == nil else {
        unsupported("this associated type in an `Index` impl", at: associated.span)
        return
      }
      output = associated.type
    }
    var function: Int?
    for method in block.methods {
      guard method.name == "index", function == nil, method.generics.isEmpty else {
        unsupported("this method in an `Index` impl", at: method.nameSpan)
        continue
      }
      function = addIndexSignature(
        method, output: output, name: "<\(owner) as Index<\(sourceText(written.span))>>::index", owner: owner,
        block: block)
    }
    let missing = (output == nil ? ["`Output`"] : []) + (function == nil ? ["`index`"] : [])
    guard missing.isEmpty, let function else {
      error("not all trait items implemented, missing: \(missing.joined(separator: ", "))", at: block.span)
      diagnostics[diagnostics.count - 1].code = "E0046"
      return
    }
    indexImpls[owner, default: []].append(
      IndexImpl(writtenIndex: written, function: function, span: block.span))
  }

  /// `impl IndexMut<Idx> for T`: its `index_mut`, whose `Self::Output` is the `Index` impl's.
  func collectIndexMutImpl(_ block: ImplBlock) {
    let at = block.traitSpan ?? block.span
    guard let written = block.traitArguments.first, block.traitArguments.count == 1 else {
      unsupported("`IndexMut` written without exactly one type argument", at: at)
      return
    }
    guard let owner = ownTypeName(of: block) else { return }
    for associated in block.associatedTypes {
      error("type `\(associated.name)` is not a member of trait `IndexMut`", at: associated.span)
      diagnostics[diagnostics.count - 1].code = "E0437"
    }
    let output = indexOutputWritten(for: block.typeName, index: written)
    var function: Int?
    for method in block.methods {
      guard method.name == "index_mut" else {
        reportNotATraitMember(method, trait: "IndexMut")
        continue
      }
      guard acceptsSoleTraitMethod(method, alreadyFound: function != nil) else { continue }
      function = addIndexSignature(
        method, output: output, name: "<\(owner) as IndexMut<\(sourceText(written.span))>>::index_mut",
        owner: owner,
        block: block)
    }
    guard let function else {
      error("not all trait items implemented, missing: `index_mut`", at: block.span)
      diagnostics[diagnostics.count - 1].code = "E0046"
      return
    }
    indexMutImpls[owner, default: []].append(
      IndexImpl(writtenIndex: written, function: function, span: block.span))
  }

  /// The `Output` the program's `impl Index<Idx> for` the type writes, for its `IndexMut`.
  private func indexOutputWritten(for typeName: String, index: TypeExpr) -> TypeExpr? {
    let blocks = program.items.compactMap { item -> ImplBlock? in
      guard case .implementation(let block) = item, block.typeName == typeName, block.traitName == "Index",
        Parser.isIndexTrait(block.traitPath)
      else { return nil }
      return block
    }
    let chosen = blocks.first { $0.traitArguments.first?.name == index.name } ?? blocks.first
    return chosen?.associatedTypes.first { $0.name == "Output" }?.type
  }

  /// Pairs each `IndexMut` impl with the `Index` impl of its `Idx`: `index_mut(&mut self, i:
  /// Idx) -> &mut Output`; one with no such `Index` impl is rustc's E0277.
  func checkIndexMutImplSignatures() {
    for typeName in indexMutImpls.keys.sorted() {
      for impl in indexMutImpls[typeName] ?? [] {
        let index = resolveType(impl.writtenIndex, selfType: typeName)
        let signature = signatures[impl.function]
        guard
          let position = indexImpls[typeName]?.firstIndex(where: { readable in
            resolveType(readable.writtenIndex, selfType: typeName) == index
          })
        else {
          error(
            "the type `\(typeName)` cannot be indexed by `\(table.displayName(index))`",
            at: signature.declaration.span)
          diagnostics[diagnostics.count - 1].code = "E0277"
          continue
        }
        guard indexImpls[typeName]?[position].mutableFunction == nil else {
          error(
            "conflicting implementations of trait `IndexMut<\(table.displayName(index))>` for type `\(typeName)`",
            at: impl.span)
          diagnostics[diagnostics.count - 1].code = "E0119"
          continue
        }
        guard signature.declaration.selfParameter == .mutableReference, signature.parameterTypes.count == 2,
          signature.parameterTypes[1] == index, case .reference(_, true) = signature.returnType
        else {
          unsupported(
            "an `index_mut` method whose signature is not `index_mut(&mut self, i: Idx) -> &mut Output`",
            at: signature.declaration.nameSpan)
          continue
        }
        indexImpls[typeName]?[position].mutableFunction = impl.function
      }
    }
  }

  /// `index(&self, i: Idx) -> &Output`, and one impl for each `Idx`.
  func checkIndexImplSignatures() {
    for typeName in indexImpls.keys.sorted() {
      var seen: [TypeTerm] = []
      for impl in indexImpls[typeName] ?? [] {
        let index = resolveType(impl.writtenIndex, selfType: typeName)
        let signature = signatures[impl.function]
        guard !seen.contains(index) else {
          error(
            "conflicting implementations of trait `Index<\(table.displayName(index))>` for type `\(typeName)`",
            at: impl.span)
          diagnostics[diagnostics.count - 1].code = "E0119"
          continue
        }
        seen.append(index)
        guard signature.declaration.selfParameter == .reference, signature.parameterTypes.count == 2,
          signature.parameterTypes[1] == index, case .reference(_, false) = signature.returnType
        else {
          unsupported(
            "an `index` method whose signature is not `index(&self, i: Idx) -> &Output`",
            at: signature.declaration.nameSpan)
          continue
        }
      }
    }
  }

  /// `p[i]` on a value of the program's type with an `Index` impl; nil when it has none.
  func checkUserIndex(_ base: TypedExpr, _ index: TypedExpr, span: SourceSpan) -> TypedExpr? {
    let typeName: String
    switch table.shallow(base.type) {
    case .structure(let name), .enumeration(let name): typeName = name
    default: return nil
    }
    guard let impls = indexImpls[typeName], !impls.isEmpty else { return nil }
    let match = impls.first { impl in
      guard signatures[impl.function].parameterTypes.count == 2 else { return false }
      return mayBe(index.type, signatures[impl.function].parameterTypes[1])
    }
    guard let impl = match, case .reference(let output, false) = signatures[impl.function].returnType else {
      error(
        "the type `\(typeName)` cannot be indexed by `\(table.displayName(index.type))`",
        at: sourceSpan(of: index))
      diagnostics[diagnostics.count - 1].code = "E0277"
      return invalid(span)
    }
    let argument = coerce(index, to: signatures[impl.function].parameterTypes[1])
    let receiver = typed(.addressOf(base, mutable: false), .reference(base.type, mutable: false), base.span)
    // `Index::index` is `#[track_caller]`: a panic in it is reported at the `[`.
    let call = typed(
      .call(function: impl.function, arguments: [receiver, argument]), .reference(output, mutable: false),
      bracketSpan(after: base.span) ?? span)
    return typed(.deref(call), output, span)
  }

  /// Signs up an `index` or `index_mut` method, its `Self::Output` written out, and returns its
  /// function index.
  private func addIndexSignature(
    _ method: FunctionDecl, output: TypeExpr?, name: String, owner: String, block: ImplBlock
  ) -> Int {
    var method = method
    collectBodyGlobals(method)
    if let output {
      method.returnType = method.returnType.map { replacingSelfOutput(in: $0, with: output) }
    }
    signatures.append(
      FunctionSignature(
        name: name, declaration: method, owner: owner, parameterTypes: [], selfType: nil, returnType: .unit,
        implLifetimes: block.lifetimeParameters))
    return signatures.count - 1
  }
}
