import MemoryModel

/// Operator impls whose `Self` is not a type of the program's own: `impl Add for &Point`
/// (`&a + &b` borrows both operands and moves neither) and `impl Mul<Point> for f64`
/// (`2.0 * p`). Their methods are kept under the type's name as rustc writes it (`&Point`,
/// `f64`) in `foreignOwners`, as a program's trait implemented for a standard type is.
extension Checker {
  /// The owner name of such an impl's `Self`, registered; nil when memtutor does not run it,
  /// and empty when rustc's orphan rule refuses it (reported here).
  func operatorForeignOwner(_ block: ImplBlock) -> String? {
    let type: TypeTerm
    if block.typeName.hasPrefix("&") {
      let referent = String(block.typeName.dropFirst())
      var declaredEnum = false
      let declared = program.items.contains { item in
        switch item {
        case .structure(let decl): return decl.name == referent
        case .enumeration(let decl):
          declaredEnum = declaredEnum || decl.name == referent
          return decl.name == referent
        default: return false
        }
      }
      guard declared else { return nil }
      type = .reference(declaredEnum ? .enumeration(referent) : .structure(referent), mutable: false)
    } else if Self.numericTypeNames.contains(block.typeName), !mentionsOwnType(block.traitArguments.first) {
      // `impl Mul<u32> for u32`: neither the trait nor a type in it is the program's own.
      var diagnostic = Diagnostic(
        "only traits defined in the current crate can be implemented for primitive types", at: block.span)
      diagnostic.code = "E0117"
      diagnostics.append(diagnostic)
      return ""
    } else if let kind = RustType.IntegerKind(rawValue: block.typeName), block.targetArguments.isEmpty {
      type = .integer(kind)
    } else if block.typeName == "f64" || block.typeName == "f32", block.targetArguments.isEmpty {
      type = .float(block.typeName == "f64" ? .f64 : .f32)
    } else {
      return nil
    }
    foreignOwners[type.name] = type
    return type.name
  }

  /// The owner whose operator impl `left op right` calls, when `left` is such a type. A
  /// number's impl is taken only when it takes `right` (`2.0 * 3.0` stays std's own `f64 * f64`);
  /// a literal whose type is not settled takes the impl of its fallback type (`2.0 * p`).
  func foreignOperatorOwner(_ left: TypeTerm, right: TypeTerm?, form: OperatorTrait.Form?) -> String? {
    guard !foreignOwners.isEmpty, let form else { return nil }
    let shallow = table.shallow(left)
    var candidates: [TypeTerm] = []
    if case .variable = shallow {
      switch table.kind(of: shallow) {
      case .integer: candidates = [.i32]
      case .float: candidates = [.float(.f64)]
      default: return nil
      }
    } else {
      let resolved = table.resolve(left)
      guard !resolved.containsVariables else { return nil }
      candidates = [resolved]
    }
    for candidate in candidates {
      let name = candidate.name
      guard foreignOwners[name] != nil else { continue }
      let impls = (operatorImpls[name] ?? []).filter { $0.trait.form == form }
      guard !impls.isEmpty else { continue }
      if case .reference = candidate {
        return name
      }
      // A number: only an impl taking the right operand's type, so std's own arithmetic stays.
      guard let right else { return nil }
      let wanted = impls.compactMap(\.right)
      let fits = wanted.contains { rhs in
        var trial = table
        return trial.unify(right, rhs)
      }
      guard fits else { return nil }
      if case .variable = shallow { _ = table.unify(left, candidate) }
      return name
    }
    return nil
  }

  private static let numericTypeNames: Set<String> = [
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32", "f64",
  ]

  /// True when the type names a struct or enum the program declares (`Point`, `&Point`).
  private func mentionsOwnType(_ type: TypeExpr?) -> Bool {
    guard let type else { return false }
    switch type.kind {
    case .path(let path, let generics):
      let declared = program.items.contains { item in
        switch item {
        case .structure(let decl): return decl.name == path.last
        case .enumeration(let decl): return decl.name == path.last
        default: return false
        }
      }
      return declared || generics.contains { mentionsOwnType($0) }
    case .reference(_, _, let referent): return mentionsOwnType(referent)
    default: return false
    }
  }
}
