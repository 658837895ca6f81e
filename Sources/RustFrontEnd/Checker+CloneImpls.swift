import MemoryModel

/// `impl Clone for Counter` written by hand. Its `clone` is an ordinary method
/// (`<Counter as Clone>::clone`), which `c.clone()` finds before std's. Everywhere else
/// memtutor clones a value itself (a `Vec`'s `clone`, `to_vec`, `cloned()`, `vec![x; n]`, a
/// derived `Clone` around the type), so an expression that would clone a value holding such a
/// type that way is refused rather than run without the program's `clone`.
extension Checker {
  /// `<T as Clone>::clone` of the program's type `name`, when written by hand.
  func handWrittenClone(of name: String) -> Int? {
    guard let index = methods[name]?["clone"], signatures[index].name == "<\(name) as Clone>::clone" else {
      return nil
    }
    return index
  }

  func collectCloneImpl(_ block: ImplBlock) {
    guard let owner = ownTypeName(of: block) else { return }
    if derivesOf(owner).contains("Clone") {
      error(
        "conflicting implementations of trait `Clone` for type `\(owner)`",
        at: deriveSpan(of: owner, trait: "Clone") ?? block.span)
      diagnostics[diagnostics.count - 1].code = "E0119"
      return
    }
    var function: Int?
    for method in block.methods {
      guard method.name == "clone" else {
        if method.name == "clone_from" {
          unsupported("`clone_from` written by hand", at: method.nameSpan)
        } else {
          reportNotATraitMember(method, trait: "Clone")
        }
        continue
      }
      guard acceptsSoleTraitMethod(method, alreadyFound: function != nil, inherentOwner: owner) else {
        continue
      }
      collectBodyGlobals(method)
      function = addTraitMethod(method, trait: "Clone", type: owner)
    }
    guard function != nil else {
      error("not all trait items implemented, missing: `clone`", at: block.span)
      diagnostics[diagnostics.count - 1].code = "E0046"
      return
    }
    implementedTraits[owner, default: []].insert("Clone")
  }

  /// Each `clone` must be `fn clone(&self) -> Self`: rustc's E0186 without `self`, E0050 with
  /// more parameters, E0053 for another `self` or result.
  func checkCloneImplSignatures() {
    for owner in methods.keys.sorted() {
      guard let index = handWrittenClone(of: owner) else { continue }
      let signature = signatures[index]
      let decl = signature.declaration
      let afterName = SourceLocation(line: decl.nameSpan.end.line, column: decl.nameSpan.end.column + 1)
      let selfSpan = SourceSpan(start: afterName, end: afterName)
      guard let selfParameter = decl.selfParameter else {
        error("method `clone` has a `&self` declaration in the trait, but not in the impl", at: decl.span)
        diagnostics[diagnostics.count - 1].code = "E0186"
        continue
      }
      guard decl.parameters.isEmpty else {
        error(
          "method `clone` has \(decl.parameters.count + 1) parameters but the declaration in trait `clone` has 1",
          at: selfSpan)
        diagnostics[diagnostics.count - 1].code = "E0050"
        continue
      }
      guard case .reference = selfParameter else {
        error("method `clone` has an incompatible type for trait", at: selfSpan)
        diagnostics[diagnostics.count - 1].code = "E0053"
        continue
      }
      if signature.returnType != namedType(owner) {
        error("method `clone` has an incompatible type for trait", at: decl.returnType?.span ?? decl.nameSpan)
        diagnostics[diagnostics.count - 1].code = "E0053"
      }
    }
  }

  /// `isClone`, for a clone memtutor makes itself: one of a value that holds a type with a
  /// hand-written `Clone` marks the expression being checked for refusal.
  func isCloneMadeHere(_ type: TypeTerm) -> Bool {
    guard isClone(type) else { return false }
    if holdsHandWrittenClone(type) { reachedHandWrittenClone = true }
    return true
  }

  /// True when a value of `type` holds, anywhere inside it, a type with a hand-written `Clone`.
  func holdsHandWrittenClone(_ type: TypeTerm) -> Bool {
    var visited: Set<String> = []
    var pending = [type]
    while let next = pending.popLast() {
      switch table.resolve(next) {
      case .structure(let name):
        if handWrittenClone(of: name) != nil { return true }
        if visited.insert(name).inserted { pending += structs[name]?.fields.map(\.type) ?? [] }
      case .enumeration(let name):
        if handWrittenClone(of: name) != nil { return true }
        if visited.insert(name).inserted { pending += enums[name]?.variants.flatMap(\.payload) ?? [] }
      case .box(let inner), .vec(let inner), .option(let inner), .array(let inner, _), .slice(let inner),
        .library(_, let inner):
        pending.append(inner)
      case .tuple(let items): pending += items
      case .result(let value, let failure), .hashMap(let value, let failure, _, _):
        pending += [value, failure]
      default: break
      }
    }
    return false
  }
}
