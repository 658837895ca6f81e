import MemoryModel
import RustFrontEnd

extension Compiler {
  /// The guards a `let` initializer makes in place and borrows through in an extending
  /// position (`let name = &n.borrow().name;`, `let x = &c.borrow()[0];`, `let s = &*s.borrow();`):
  /// rustc extends such a guard to the end of the `let`'s block, so its borrow or lock is held
  /// until then. Only the path rustc extends counts: a guard in an index or an argument is not.
  func extendedGuardSpans(_ value: TypedExpr) -> [SourceSpan] {
    switch value.kind {
    case .addressOf(let inner, _) where inner.span != value.span:
      return guardsUnderExtendedPlace(inner)
    case .tuple(let items), .array(let items), .variant(_, _, let items):
      return items.flatMap(extendedGuardSpans)
    case .structLiteral(_, let fields, _):
      return fields.flatMap { extendedGuardSpans($0.value) }
    case .coerce(let coercion, let inner) where coercion != .never:
      return extendedGuardSpans(inner)
    case .block(let block):
      return block.tail.map(extendedGuardSpans) ?? []
    case .ifElse(_, let then, let elseBranch):
      return (then.tail.map(extendedGuardSpans) ?? []) + (elseBranch.map(extendedGuardSpans) ?? [])
    case .match(_, let arms):
      return arms.flatMap { extendedGuardSpans($0.body) }
    default:
      return []
    }
  }

  private func guardsUnderExtendedPlace(_ operand: TypedExpr) -> [SourceSpan] {
    switch operand.kind {
    case .field(let base, _), .index(let base, _):
      return guardsUnderExtendedPlace(base)
    case .deref(let pointer) where isGuard(resolved(pointer.type)):
      return isPlace(pointer) ? [] : [pointer.span]
    default:
      return []
    }
  }
}
