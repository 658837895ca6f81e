import MemoryModel

/// `impl TryFrom<i32> for Even` (with `type Error`) and `impl FromStr for Rgb` (with
/// `type Err`) written by hand. The method is an ordinary associated function
/// (`Even::try_from(4)`, `Rgb::from_str(s)`), `Self::Error` in its signature the impl's own
/// type, and a `s.parse::<Rgb>()` whose target settles to such a type calls `from_str`
/// (`CheckedProgram.handWrittenParses`). `try_into()` through std's blanket impl is not
/// modelled, so it stays refused.
extension Checker {
  package struct FallibleConversionImpl {
    var trait: String
    var owner: String
    /// `TryFrom`'s argument; nil for `FromStr`, whose source is `&str`.
    var writtenSource: TypeExpr?
    var failure: TypeExpr
    var function: Int
  }

  func collectFallibleConversionImpl(_ block: ImplBlock, trait: String) {
    let method = trait == "FromStr" ? "from_str" : "try_from"
    let errorName = trait == "FromStr" ? "Err" : "Error"
    guard let owner = ownTypeName(of: block) else { return }
    if trait == "FromStr", block.traitPath.count > 1 {
      // Without `use std::str::FromStr`, rustc finds no `Rgb::from_str` (E0599); memtutor does
      // not track which std traits a file imports.
      unsupported(
        "`impl FromStr` written with its path instead of `use std::str::FromStr`",
        at: block.traitSpan ?? block.span)
      return
    }
    guard !fallibleConversionImpls.contains(where: { $0.owner == owner && $0.trait == trait }) else {
      unsupported("two `\(trait)` impls for one type", at: block.traitSpan ?? block.span)
      return
    }
    var failure: TypeExpr?
    for associated in block.associatedTypes {
      guard associated.name == errorName, failure == nil else {
        error("type `\(associated.name)` is not a member of trait `\(trait)`", at: associated.span)
        diagnostics[diagnostics.count - 1].code = "E0437"
        continue
      }
      failure = associated.type
    }
    var function: Int?
    for written in block.methods {
      guard written.name == method else {
        reportNotATraitMember(written, trait: trait)
        continue
      }
      guard acceptsSoleTraitMethod(written, alreadyFound: function != nil, inherentOwner: owner) else {
        continue
      }
      var decl = written
      if let failure, let result = decl.returnType {
        decl.returnType = replacingSelfAssociatedType(errorName, in: result, with: failure)
      }
      collectBodyGlobals(decl)
      function = signatures.count
      methods[owner, default: [:]][method] = signatures.count
      signatures.append(
        FunctionSignature(
          name: "<\(owner) as \(trait)>::\(method)", declaration: decl, owner: owner, parameterTypes: [],
          selfType: nil, returnType: .unit, implLifetimes: block.lifetimeParameters))
    }
    let missing = (failure == nil ? ["`\(errorName)`"] : []) + (function == nil ? ["`\(method)`"] : [])
    guard missing.isEmpty, let failure, let function else {
      error("not all trait items implemented, missing: \(missing.joined(separator: ", "))", at: block.span)
      diagnostics[diagnostics.count - 1].code = "E0046"
      return
    }
    implementedTraits[owner, default: []].insert(trait)
    fallibleConversionImpls.append(
      FallibleConversionImpl(
        trait: trait, owner: owner, writtenSource: block.traitArguments.first, failure: failure,
        function: function))
  }

  /// `try_from(value: Source) -> Result<Self, Self::Error>` and
  /// `from_str(s: &str) -> Result<Self, Self::Err>`: rustc's E0185 with `self`, E0050 with
  /// another count of parameters, E0053 for another parameter or result type.
  func checkFallibleConversionSignatures() {
    for impl in fallibleConversionImpls {
      let signature = signatures[impl.function]
      let decl = signature.declaration
      let method = impl.trait == "FromStr" ? "from_str" : "try_from"
      if decl.selfParameter != nil {
        error("method `\(method)` has a `self` declaration in the impl, but not in the trait", at: decl.span)
        diagnostics[diagnostics.count - 1].code = "E0185"
        continue
      }
      guard signature.parameterTypes.count == 1, let parameter = decl.parameters.first else {
        let afterName = SourceLocation(line: decl.nameSpan.end.line, column: decl.nameSpan.end.column + 1)
        let count = signature.parameterTypes.count
        error(
          "method `\(method)` has \(count) parameter\(count == 1 ? "" : "s") but the declaration in trait `\(method)` has 1",
          at: SourceSpan(start: afterName, end: afterName))
        diagnostics[diagnostics.count - 1].code = "E0050"
        continue
      }
      let source =
        impl.writtenSource.map { resolveType($0, selfType: impl.owner) } ?? .reference(.str, mutable: false)
      if signature.parameterTypes[0] != source {
        error("method `\(method)` has an incompatible type for trait", at: parameter.type.span)
        diagnostics[diagnostics.count - 1].code = "E0053"
        continue
      }
      let wanted = TypeTerm.result(namedType(impl.owner), resolveType(impl.failure, selfType: impl.owner))
      if signature.returnType != wanted {
        error(
          "method `\(method)` has an incompatible type for trait", at: decl.returnType?.span ?? decl.nameSpan)
        diagnostics[diagnostics.count - 1].code = "E0053"
      }
    }
  }

  /// The program's own `from_str` for the type `type`, when it implements `FromStr` by hand.
  func handWrittenFromStr(_ type: TypeTerm) -> FallibleConversionImpl? {
    switch table.resolve(type) {
    case .structure(let name), .enumeration(let name):
      return fallibleConversionImpls.first { $0.owner == name && $0.trait == "FromStr" }
    default: return nil
    }
  }
}
