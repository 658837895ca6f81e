import MemoryModel

/// One `impl Add<Rhs> for T` of the program's own.
package struct OperatorImpl: Sendable {
  package var trait: OperatorTrait
  /// The `Rhs` written (`f64` in `impl Mul<f64> for Vec2`); nil for `Self`, the default.
  package var writtenRight: TypeExpr?
  /// `type Output = Vec2;`
  package var output: TypeExpr?
  /// The impl's method, by signature index.
  package var function: Int
  /// `Rhs` resolved, once the signatures are.
  package var right: TypeTerm?
  package var span: SourceSpan
  /// A generic parameter's bound (`T: Add<Output = T>`), not an impl the program wrote.
  package var promisedByBound = false
}

/// Operators on the program's own types: `impl Add for Point` registers `add`, and `p + q`
/// becomes the call `<Point as Add>::add(p, q)`, which moves both operands (or copies them,
/// for a `Copy` type) as rustc's lowering does. `p += q` borrows `p` mutably for `add_assign`,
/// and `-p` calls `neg`.
extension Checker {
  func collectOperatorImpl(_ block: ImplBlock, trait: OperatorTrait) {
    let at = block.traitSpan ?? block.span
    guard expandPath(block.traitPath) == ["std", "ops", trait.name] else {
      error("cannot find trait `\(trait.name)` in this scope", at: at)
      return
    }
    let declared = program.items.contains { item in
      switch item {
      case .structure(let decl): decl.name == block.typeName
      case .enumeration(let decl): decl.name == block.typeName
      default: false
      }
    }
    let owner = declared ? block.typeName : operatorForeignOwner(block)
    if owner?.isEmpty == true { return }
    guard let owner else {
      if Self.standardTypeNames.contains(block.typeName) {
        unsupported("implementing a trait for a standard library type", at: block.typeSpan)
      } else {
        error("cannot find type `\(block.typeName)` in this scope", at: block.typeSpan)
      }
      return
    }
    let allowedArguments = trait.takesRightOperand ? 1 : 0
    guard block.traitArguments.count <= allowedArguments else {
      let count = block.traitArguments.count
      error(
        "trait takes \(allowedArguments) generic argument\(allowedArguments == 1 ? "" : "s") but \(count) generic argument\(count == 1 ? " was" : "s were") supplied",
        at: at)
      diagnostics[diagnostics.count - 1].code = "E0107"
      return
    }
    var output: TypeExpr?
    for associated in block.associatedTypes {
      guard trait.hasOutput, associated.name == "Output" else {
        error("type `\(associated.name)` is not a member of trait `\(trait.name)`", at: associated.span)
        diagnostics[diagnostics.count - 1].code = "E0437"
        continue
      }
      guard output == nil else {
        unsupported("an associated type written twice in one impl", at: associated.nameSpan)
        continue
      }
      output = associated.type
    }
    var function: Int?
    for var method in block.methods {
      guard method.name == trait.method else {
        reportNotATraitMember(method, trait: trait.name)
        continue
      }
      guard acceptsSoleTraitMethod(method, alreadyFound: function != nil) else { continue }
      collectBodyGlobals(method)
      if let output {
        method.returnType = method.returnType.map { replacingSelfOutput(in: $0, with: output) }
        for index in method.parameters.indices {
          method.parameters[index].type = replacingSelfOutput(in: method.parameters[index].type, with: output)
        }
      }
      function = signatures.count
      signatures.append(
        FunctionSignature(
          name: "<\(owner) as \(trait.name)>::\(method.name)", declaration: method,
          owner: owner, parameterTypes: [], selfType: nil, returnType: .unit,
          implLifetimes: block.lifetimeParameters))
      // `p.add(q)` calls it too when the trait is imported (rustc's E0599 otherwise); an
      // inherent method keeps the name.
      if imports[trait.name] == ["std", "ops", trait.name], methods[owner]?[method.name] == nil {
        methods[owner, default: [:]][method.name] = signatures.count - 1
      }
    }
    let missing =
      (trait.hasOutput && output == nil ? ["`Output`"] : []) + (function == nil ? ["`\(trait.method)`"] : [])
    guard missing.isEmpty, let function else {
      error("not all trait items implemented, missing: \(missing.joined(separator: ", "))", at: block.span)
      return
    }
    operatorImpls[owner, default: []].append(
      OperatorImpl(
        trait: trait, writtenRight: block.traitArguments.first, output: output, function: function,
        span: block.span))
  }

  /// `Self::Output` in the impl's signature is the impl's own `Output`.
  func replacingSelfOutput(in type: TypeExpr, with output: TypeExpr) -> TypeExpr {
    replacingSelfAssociatedType("Output", in: type, with: output)
  }

  /// `Self::Output`, `Self::Target` (the associated type `name`) in an impl's signature is the
  /// type the impl gives it.
  func replacingSelfAssociatedType(_ name: String, in type: TypeExpr, with given: TypeExpr) -> TypeExpr {
    var result = type
    switch type.kind {
    case .path(let path, let generics):
      if path == ["Self", name] { return given }
      result.kind = .path(
        path: path, generics: generics.map { replacingSelfAssociatedType(name, in: $0, with: given) })
    case .reference(let mutable, let lifetime, let referent):
      result.kind = .reference(
        mutable: mutable, lifetime: lifetime,
        referent: replacingSelfAssociatedType(name, in: referent, with: given))
    case .tuple(let items):
      result.kind = .tuple(items.map { replacingSelfAssociatedType(name, in: $0, with: given) })
    case .slice(let element):
      result.kind = .slice(element: replacingSelfAssociatedType(name, in: element, with: given))
    case .array(let element, let length):
      result.kind = .array(
        element: replacingSelfAssociatedType(name, in: element, with: given), length: length)
    case .inferred, .never:
      break
    }
    return result
  }

  /// Each operator method must have the trait's signature: `add(self, rhs: Rhs) -> Output`,
  /// `add_assign(&mut self, rhs: Rhs)`, `neg(self) -> Output`. Two impls of one trait with the
  /// same `Rhs` conflict.
  func checkOperatorImplSignatures() {
    for typeName in operatorImpls.keys.sorted() {
      guard var impls = operatorImpls[typeName] else { continue }
      let owner = namedType(typeName)
      for position in impls.indices {
        let impl = impls[position]
        if impl.promisedByBound { continue }
        let right = impl.writtenRight.map { resolveType($0, selfType: typeName) } ?? owner
        impls[position].right = right
        if impls[..<position].contains(where: { $0.trait.name == impl.trait.name && $0.right == right }) {
          error(
            "conflicting implementations of trait `\(impl.trait.name)\(impl.writtenRight == nil ? "" : "<\(table.displayName(right))>")` for type `\(typeName)`",
            at: impl.span)
          continue
        }
        if impl.writtenRight != nil {
          signatures[impl.function].name =
            "<\(typeName) as \(impl.trait.name)<\(table.displayName(right))>>::\(impl.trait.method)"
        }
        checkOperatorMethod(impl, typeName: typeName, right: right)
      }
      operatorImpls[typeName] = impls
    }
  }

  private func checkOperatorMethod(_ impl: OperatorImpl, typeName: String, right: TypeTerm) {
    let signature = signatures[impl.function]
    let decl = signature.declaration
    let name = decl.name
    let expectedSelf: FunctionDecl.SelfParameter
    if case .assign = impl.trait.form { expectedSelf = .mutableReference } else { expectedSelf = .value }
    let expectedSelfText = expectedSelf == .value ? "self" : "&mut self"
    guard let selfParameter = decl.selfParameter else {
      error(
        "method `\(name)` has a `\(expectedSelfText)` declaration in the trait, but not in the impl",
        at: decl.span)
      return
    }
    let expectedCount = impl.trait.takesRightOperand ? 2 : 1
    let foundCount = decl.parameters.count + 1
    let afterName = SourceLocation(line: decl.nameSpan.end.line, column: decl.nameSpan.end.column + 1)
    if expectedCount != foundCount {
      error(
        "method `\(name)` has \(foundCount) parameter\(foundCount == 1 ? "" : "s") but the declaration in trait `\(impl.trait.name)::\(name)` has \(expectedCount)",
        at: SourceSpan(start: afterName, end: afterName))
      return
    }
    let selfMatches =
      expectedSelf == .value
      ? selfParameter == .value || selfParameter == .mutableValue : selfParameter == .mutableReference
    if !selfMatches {
      error(
        "method `\(name)` has an incompatible type for trait",
        at: SourceSpan(start: afterName, end: afterName))
      return
    }
    if let parameter = decl.parameters.first, signature.parameterTypes.count == 2,
      signature.parameterTypes[1] != right
    {
      error("method `\(name)` has an incompatible type for trait", at: parameter.type.span)
      return
    }
    let expectedReturn = impl.output.map { resolveType($0, selfType: typeName) } ?? .unit
    if signature.returnType != expectedReturn {
      error("method `\(name)` has an incompatible type for trait", at: decl.returnType?.span ?? decl.nameSpan)
    }
  }

  /// The program's own struct or enum a value is (not through a reference: `&p + &q` needs an
  /// impl for `&Point`).
  private func operandTypeName(_ type: TypeTerm, right: TypeTerm? = nil, form: OperatorTrait.Form? = nil)
    -> String?
  {
    switch table.shallow(type) {
    case .structure(let name), .enumeration(let name): return name
    default: return foreignOperatorOwner(type, right: right, form: form)
    }
  }

  /// The impl of `form` for the left operand's type that takes `right`: the only one, or among
  /// several (`Mul<f64>` and `Mul<Vec2>`), the one whose `Rhs` is the right operand's type.
  /// `.none` when the type has no impl of the trait; `.some(nil)` when none takes `right`.
  private func operatorImpl(_ form: OperatorTrait.Form, on name: String, right: TypeTerm?) -> OperatorImpl?? {
    let candidates = (operatorImpls[name] ?? []).filter { $0.trait.form == form }
    guard let first = candidates.first else { return .none }
    guard candidates.count > 1, let right else { return .some(first) }
    let shallow = table.shallow(right)
    let match = candidates.first { impl in
      guard let wanted = impl.right else { return false }
      switch (shallow, wanted) {
      case (.variable, .integer): return table.kind(of: shallow) == .integer
      case (.variable, .float): return table.kind(of: shallow) == .float
      default: return table.resolve(right) == wanted
      }
    }
    return .some(match)
  }

  /// `a + b` with `a` of the program's own type: nil when the type has no impl of the
  /// operator's trait (the caller reports rustc's E0369).
  func checkOperatorCall(_ op: BinaryOperator, _ left: TypedExpr, _ right: TypedExpr, span: SourceSpan)
    -> TypedExpr?
  {
    guard let name = operandTypeName(left.type, right: right.type, form: .binary(op)),
      let found = operatorImpl(.binary(op), on: name, right: right.type)
    else { return nil }
    guard let impl = found else {
      operatorNotImplemented(op, left, right, span: span)
      diagnostics[diagnostics.count - 1].code = "E0277"
      return invalid(span)
    }
    let signature = signatures[impl.function]
    guard signature.parameterTypes.count == 2 else { return invalid(span) }
    let argument = coerce(right, to: signature.parameterTypes[1])
    return typed(.call(function: impl.function, arguments: [left, argument]), signature.returnType, span)
  }

  /// `-p`, `!flags` with the operand of the program's own type: nil when it has no such impl.
  func checkUnaryOperatorCall(_ op: UnaryOperator, _ operand: TypedExpr, span: SourceSpan) -> TypedExpr? {
    guard let name = operandTypeName(operand.type, form: .unary(op)),
      let found = operatorImpl(.unary(op), on: name, right: nil), let impl = found
    else { return nil }
    return typed(
      .call(function: impl.function, arguments: [operand]), signatures[impl.function].returnType, span)
  }

  /// `p += q` with `p` of the program's own type: `add_assign(&mut p, q)`, or rustc's E0368
  /// when the type has no `AddAssign` (an `Add` impl does not give `+=`).
  func checkAssignOperatorCall(
    _ op: BinaryOperator, place: TypedExpr, value: TypedExpr, targetSpan: SourceSpan, span: SourceSpan
  ) -> TypedExpr? {
    guard let name = operandTypeName(place.type, right: value.type, form: .assign(op)) else { return nil }
    guard let found = operatorImpl(.assign(op), on: name, right: value.type) else {
      error(
        "binary assignment operation `\(op.rawValue)=` cannot be applied to type `\(table.displayName(place.type))`",
        at: targetSpan)
      diagnostics[diagnostics.count - 1].code = "E0368"
      return invalid(span)
    }
    guard let impl = found else {
      error(
        "no implementation for `\(table.displayName(place.type)) \(op.rawValue)= \(table.displayName(value.type))`",
        at: operatorSpan(after: sourceSpan(of: place), op.rawValue + "=") ?? span)
      diagnostics[diagnostics.count - 1].code = "E0277"
      return invalid(span)
    }
    if !placeIsMutable(place) {
      if case .local = place.kind {
        ownershipError(
          "cannot borrow `\(placeDescription(place))` as mutable, as it is not declared as mutable",
          at: targetSpan, code: "E0596", label: "cannot borrow as mutable")
      } else if placeIsBehindSharedReference(place) {
        ownershipError(
          "cannot borrow `\(placeDescription(place))` as mutable, as it is behind a `&` reference",
          at: targetSpan, code: "E0596",
          label: "`\(placeDescription(place))` is a `&` reference, so it cannot be borrowed as mutable")
      }
    }
    let signature = signatures[impl.function]
    guard signature.parameterTypes.count == 2 else { return invalid(span) }
    let receiver = typed(.addressOf(place, mutable: true), .reference(place.type, mutable: true), place.span)
    let argument = coerce(value, to: signature.parameterTypes[1])
    return typed(.call(function: impl.function, arguments: [receiver, argument]), .unit, span)
  }
}

extension Checker {
  /// `use std::ops::{Add, Mul};`
  package static let operatorTraitPaths: [[String]] =
    [["std", "ops"]] + OperatorTrait.all.map { ["std", "ops", $0.name] }
}
