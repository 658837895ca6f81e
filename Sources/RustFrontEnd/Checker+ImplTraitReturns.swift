import MemoryModel

/// `fn build() -> impl Display`: the function returns one type that callers may use only
/// through the traits named. The body is checked first (as `-> impl Fn` is), its type then
/// checked against each trait (rustc's E0277 at the return type). With `opaqueReturns` the
/// callers see an opaque type that has only what the traits promise, as a generic body sees
/// its `T`; otherwise they see the type the body returns, which is what runs.
extension Checker {
  static func returnsImplTrait(_ item: Item) -> Bool {
    if case .function(let decl) = item { return decl.returnImplTrait != nil }
    if case .implementation(let block) = item { return block.methods.contains { $0.returnImplTrait != nil } }
    if case .trait(let trait) = item { return trait.methods.contains { $0.returnImplTrait != nil } }
    return false
  }

  /// Made before the signatures are resolved, so the opaque types' trait methods are too.
  func makeOpaqueReturnTypes() {
    guard opaqueReturns else { return }
    for index in signatures.indices {
      guard let opaque = signatures[index].declaration.returnImplTrait, runsImplTraitReturn(index) else {
        continue
      }
      if let item = Self.iteratorReturnItem(opaque) {
        opaqueReturnNames[index] = makeOpaqueIterator(opaque, item: item)
      } else {
        opaqueReturnNames[index] = makeOpaqueParameter(opaque)
      }
    }
  }

  /// A free function or an inherent method of a type that is not generic, with no type
  /// parameters of its own: one hidden type for every call. A method whose name a trait
  /// declares is left out (a trait's `-> impl Trait` methods are not run yet).
  func runsImplTraitReturn(_ index: Int) -> Bool {
    guard !genericFunctions.contains(index), genericTypes.methodImpls[index] == nil else { return false }
    let decl = signatures[index].declaration
    guard let owner = signatures[index].owner else { return true }
    return decl.returnClosureBound == nil && decl.generics.isEmpty
      && (structs[owner] != nil || enums[owner] != nil) && genericTypes.instances[owner] == nil
      && !traits.values.contains { $0.methods.contains { $0.name == decl.name } }
  }

  func settleImplTraitReturn(_ opaque: GenericParameter, hidden: TypeTerm, index: Int, span: SourceSpan) {
    unsettledImplReturns.remove(index)
    let type = table.resolve(hidden)
    guard !type.containsVariables, !type.isNever else {
      unsupported("`impl Trait` return types whose body gives back no value", at: span)
      return
    }
    for written in opaque.bounds where Self.iteratorReturnItem(opaque) == nil {
      let bound = written.split(separator: ":").last.map(String.init) ?? written
      if !satisfies(type, bound) {
        error(unsatisfiedBoundMessage(type, bound), at: span)
        diagnostics[diagnostics.count - 1].code = "E0277"
      }
    }
    if let name = opaqueReturnNames[index] {
      signatures[index].returnType = .structure(name)
    } else {
      signatures[index].returnType = type
    }
  }
}
