import MemoryModel

/// `impl Default for Config` written by hand. Its `default` is an ordinary associated
/// function (`Config::default()`); `Default::default()`, `..Default::default()` and
/// `unwrap_or_default()` settle their type later, and the compiler calls that function
/// wherever the settled type is the program's type (`CheckedProgram.handWrittenDefaults`).
extension Checker {
  func collectValueTraitImpl(_ block: ImplBlock, trait: String) {
    guard trait == "Default" else {
      collectComparisonImpl(block, trait: trait)
      return
    }
    guard let owner = ownTypeName(of: block) else { return }
    if derivesOf(owner).contains("Default") {
      error(
        "conflicting implementations of trait `Default` for type `\(owner)`",
        at: deriveSpan(of: owner, trait: "Default") ?? block.span)
      diagnostics[diagnostics.count - 1].code = "E0119"
      return
    }
    var function: Int?
    for method in block.methods {
      guard method.name == "default" else {
        reportNotATraitMember(method, trait: "Default")
        continue
      }
      guard acceptsSoleTraitMethod(method, alreadyFound: function != nil, inherentOwner: owner) else {
        continue
      }
      collectBodyGlobals(method)
      function = signatures.count
      methods[owner, default: [:]]["default"] = signatures.count
      signatures.append(
        FunctionSignature(
          name: "<\(owner) as Default>::default", declaration: method, owner: owner, parameterTypes: [],
          selfType: nil, returnType: .unit, implLifetimes: block.lifetimeParameters))
    }
    guard let function else {
      error("not all trait items implemented, missing: `default`", at: block.span)
      diagnostics[diagnostics.count - 1].code = "E0046"
      return
    }
    implementedTraits[owner, default: []].insert("Default")
    handWrittenDefaults[owner] = function
  }

  /// Where `#[derive(…, Trait)]` names `trait` on the program's type `typeName` (rustc reports
  /// a conflicting impl there).
  func deriveSpan(of typeName: String, trait: String) -> SourceSpan? {
    let attributes =
      program.items.lazy.compactMap { item -> [Attribute]? in
        switch item {
        case .structure(let decl) where decl.name == typeName: decl.attributes
        case .enumeration(let decl) where decl.name == typeName: decl.attributes
        default: nil
        }
      }.first ?? []
    let wanted = Array(trait.unicodeScalars)
    for attribute in attributes where attribute.name == "derive" && attribute.arguments.contains(trait) {
      for lineNumber in attribute.span.start.line...max(attribute.span.start.line, attribute.span.end.line) {
        guard lineNumber - 1 < sourceLines.count else { break }
        let line = sourceLines[lineNumber - 1]
        let from = lineNumber == attribute.span.start.line ? attribute.span.start.column - 1 : 0
        var index = max(0, from)
        while index + wanted.count <= line.count {
          let before = index == 0 ? " " : line[index - 1]
          let after = index + wanted.count < line.count ? line[index + wanted.count] : " "
          if Array(line[index..<index + wanted.count]) == wanted, !before.properties.isAlphabetic,
            !after.properties.isAlphabetic
          {
            return SourceSpan(
              start: SourceLocation(line: lineNumber, column: index + 1),
              end: SourceLocation(line: lineNumber, column: index + 1 + wanted.count))
          }
          index += 1
        }
      }
    }
    return nil
  }

  /// `default` takes nothing and returns `Self`.
  func checkDefaultImplSignatures() {
    for (typeName, function) in handWrittenDefaults.sorted(by: { $0.value < $1.value }) {
      let signature = signatures[function]
      let decl = signature.declaration
      if decl.selfParameter != nil {
        error("method `default` has a `self` declaration in the impl, but not in the trait", at: decl.span)
        diagnostics[diagnostics.count - 1].code = "E0185"
      } else if !signature.parameterTypes.isEmpty {
        let count = signature.parameterTypes.count
        let afterName = SourceLocation(line: decl.nameSpan.end.line, column: decl.nameSpan.end.column + 1)
        error(
          "method `default` has \(count) parameter\(count == 1 ? "" : "s") but the declaration in trait `Default::default` has 0",
          at: SourceSpan(start: afterName, end: afterName))
        diagnostics[diagnostics.count - 1].code = "E0050"
      } else if signature.returnType != namedType(typeName) {
        error(
          "method `default` has an incompatible type for trait", at: decl.returnType?.span ?? decl.nameSpan)
        diagnostics[diagnostics.count - 1].code = "E0053"
      }
    }
  }

  /// True when a hand-written `default` would run inside a default memtutor builds itself
  /// (a derived struct's field, a tuple's item), which it cannot call from there.
  func holdsHandWrittenDefault(_ type: TypeTerm) -> Bool {
    var pending = [table.resolve(type)]
    var seen: Set<String> = []
    while let next = pending.popLast() {
      switch next {
      case .structure(let name):
        if handWrittenDefaults[name] != nil { return true }
        if seen.insert(name).inserted { pending += (structs[name]?.fields ?? []).map(\.type) }
      case .enumeration(let name): if handWrittenDefaults[name] != nil { return true }
      case .tuple(let items): pending += items
      case .array(let element, _): pending.append(element)
      default: break
      }
    }
    return false
  }
}
