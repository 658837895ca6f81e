import MemoryModel

/// `impl<T: Display> Display for Wrapper<T>`: the impl's `fmt` is a generic impl's method,
/// checked once with an opaque `T`, and each `{}` (or `{:?}`, or `to_string`) on a
/// `Wrapper<i32>` calls the instance for that type, as a method call of a generic impl does. The
/// impl's bounds are checked when the instance is chosen: rustc's E0277 at the formatted value
/// when its `T` is not `Display`.
extension Checker {
  func collectGenericFormattingImpl(_ block: ImplBlock, trait: String) {
    guard isStandardFormattingImpl(block, trait: trait) else { return }
    var others = false
    for method in block.methods where method.name != "fmt" {
      reportNotATraitMember(method, trait: trait)
      others = true
    }
    guard !others else { return }
    guard block.methods.count == 1 else {
      if block.methods.isEmpty {
        error("not all trait items implemented, missing: `fmt`", at: block.span)
      } else {
        unsupported("a trait method written twice in one impl", at: block.methods[1].nameSpan)
      }
      return
    }
    let existing = trait == "Debug" ? genericDebugImpls[block.typeName] : genericDisplayImpls[block.typeName]
    guard existing == nil else {
      error("conflicting implementations of trait `\(trait)` for type `\(block.typeName)<_>`", at: block.span)
      return
    }
    if let both = trait == "Debug" ? genericDisplayImpls[block.typeName] : genericDebugImpls[block.typeName] {
      // Both impls name their method `fmt`, the one method name a generic type's impls share.
      unsupported(
        "`Display` and `Debug` both written by hand for one generic type",
        at: block.methods[0].nameSpan.start < signatures[both].declaration.nameSpan.start
          ? signatures[both].declaration.nameSpan : block.methods[0].nameSpan)
      return
    }
    let index = signatures.count
    guard collectGenericImpl(block) else { return }
    if trait == "Debug" {
      genericDebugImpls[block.typeName] = index
    } else {
      genericDisplayImpls[block.typeName] = index
    }
  }

  /// The generic `fmt` a value of the instance `instanceName` formats with, if its generic type
  /// has one.
  func genericFormattingFunction(on instanceName: String, debug: Bool) -> Int? {
    guard let instance = table.instances[instanceName] ?? genericTypes.instances[instanceName] else {
      return nil
    }
    return debug ? genericDebugImpls[instance.base] : genericDisplayImpls[instance.base]
  }

  /// `<Wrapper<i32> as Display>::fmt(&w, f)`: the instance is chosen with the body's types.
  func genericFormattingCall(_ function: Int, receiver: TypedExpr, formatter: TypedExpr) -> TypedExpr {
    var type = table.shallow(receiver.type)
    if case .reference(let inner, _) = type { type = table.shallow(inner) }
    let name: String
    switch type {
    case .structure(let found), .enumeration(let found): name = found
    default: return invalid(receiver.span)
    }
    return checkGenericMethodCall(
      function, on: name, receiver: receiver, arguments: [], turbofish: [], span: receiver.span,
      calleeSpan: receiver.span, checkedArguments: [formatter])
  }

  /// A `{}` of a `Wrapper<Vec<i32>>` whose impl wants `T: Display`: rustc's E0277, which names
  /// the type argument that lacks the trait, at the formatted value. False for other calls.
  func reportsUnformattableArgument(
    _ call: PendingGenericCall, concrete: [String: TypeTerm], impl: GenericTypeState.ImplParameters
  ) -> Bool {
    let isDisplay = genericDisplayImpls.values.contains(call.generic)
    guard isDisplay || genericDebugImpls.values.contains(call.generic) else { return false }
    for parameter in impl.generics {
      guard let type = concrete[parameter.name] else { continue }
      for bound in parameter.bounds.compactMap({ $0.split(separator: ":").last.map(String.init) })
      where !satisfies(type, bound) {
        let trait = bound == "Display" || bound == "Debug" ? "std::fmt::\(bound)" : bound
        if let methodSpan = genericToStringCalls[call.instance],
          let base = signatures[call.generic].owner.flatMap({ genericTypes.instances[$0]?.base })
        {
          // `to_string` needs `Display` of the whole type: rustc's E0599 at the method.
          let arguments = impl.argumentParameters.compactMap { concrete[$0].map { table.displayName($0) } }
          var diagnostic = Diagnostic(
            "`\(base)<\(arguments.joined(separator: ", "))>` doesn't implement `\(trait)`", at: methodSpan)
          diagnostic.code = "E0599"
          diagnostics.append(diagnostic)
          return true
        }
        error(
          "`\(table.displayName(type))` doesn't implement `\(trait)`",
          at: call.argumentSpans.first ?? call.calleeSpan)
        return true
      }
    }
    return true
  }
}
