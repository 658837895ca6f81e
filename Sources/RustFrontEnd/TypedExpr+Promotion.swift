/// rustc's constant promotion: `&0`, `&-1.5`, `&(1, 'a')`, `&[1, 2]` borrow a constant placed in the
/// binary for the whole run, not a temporary that dies at the end of its statement.
extension TypedExpr {
  /// Also a struct literal or an enum variant of constants (`&Color::Red`, `&Point { x: 0, y: 0 }`,
  /// `&None`) unless its type has a `Drop` impl: nothing to compute, and nothing to run at its end.
  package func isPromotableConstant(in program: CheckedProgram) -> Bool {
    switch kind {
    case .structLiteral(let name, let fields, nil):
      return !program.declarations.dropImplementations.contains(name)
        && fields.allSatisfy { $0.value.isPromotableConstant(in: program) }
    case .variant(let enumName, _, let payload):
      return !program.declarations.dropImplementations.contains(enumName)
        && payload.allSatisfy { $0.isPromotableConstant(in: program) }
    case .tuple(let items), .array(let items):
      return items.allSatisfy { $0.isPromotableConstant(in: program) }
    case .arrayRepeat(let value, _):
      return value.isPromotableConstant(in: program)
    default:
      return isPromotableConstant
    }
  }

  /// Whether `&inner` (`&mut inner` when `mutable`) borrows a promoted constant: rustc promotes
  /// `&mut []` too, written out, as nothing can be written through it.
  package func isPromotedBorrow(of inner: TypedExpr, mutable: Bool, in program: CheckedProgram) -> Bool {
    guard mutable else { return inner.isPromotableConstant(in: program) }
    guard inner.span != span, case .array(let items) = inner.kind else { return false }
    return items.isEmpty
  }

  package var isPromotableConstant: Bool {
    switch kind {
    // `&"none"`: a `&'static str` is a constant too.
    case .integer, .float, .boolean, .character, .unit, .string: return true
    case .negate(let inner):
      switch inner.kind {
      case .integer, .float: return true
      default: return false
      }
    // `&()` is a constant too, zero-sized.
    case .tuple(let items): return items.allSatisfy(\.isPromotableConstant)
    // `[7u8, 8].iter()` kept in a variable: the array is a constant too, not a temporary; so is
    // `&[]`, whatever its element type, as an empty array holds nothing to drop.
    case .array(let items): return items.allSatisfy(\.isPromotableConstant)
    default: return false
    }
  }
}

extension TypedPattern {
  /// Whether any binding in the pattern is `ref` / `ref mut`.
  package var bindsByReference: Bool {
    switch kind {
    case .binding(_, let byReference, _, let subpattern):
      return byReference || (subpattern?.bindsByReference ?? false)
    case .wildcard, .literal, .range: return false
    case .tuple(let items), .array(let items), .or(let items), .variant(_, _, let items):
      return items.contains { $0.bindsByReference }
    case .structure(_, let fields): return fields.contains { $0.pattern.bindsByReference }
    case .deref(let inner), .arrayRest(let inner): return inner.bindsByReference
    case .slice(let prefix, let suffix, _, _): return (prefix + suffix).contains { $0.bindsByReference }
    }
  }
}
