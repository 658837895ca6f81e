import MemoryModel

/// `[T; N]::map(f)`: a new array on the stack, `f` called on each element in order. It is
/// checked as the code std runs: the array is moved into the call, its elements moved out one
/// by one (`let [e0, e1, …] = array`) and the results gathered into an array literal, so the
/// closure's calls are frames of their own and the moves and borrows are the ordinary ones.
extension Checker {
  /// Longer arrays would be spelled out element by element.
  private static let longestMappedArray = 32

  func checkArrayMap(receiver: Expr, method: String, arguments: [Expr], span: SourceSpan) -> TypedExpr? {
    guard method == "map", arguments.count == 1, case .closure(let closure) = arguments[0].kind,
      holdsArray(receiver)
    else { return nil }
    let array = checkExpression(receiver)
    guard case .array(let element, let length) = table.shallow(array.type) else {
      unsupported("the method `map` on `\(table.displayName(array.type))`", at: span)
      return invalid(span)
    }
    guard length <= Self.longestMappedArray else {
      unsupported("calls of `map` on arrays longer than \(Self.longestMappedArray)", at: span)
      return invalid(span)
    }
    let synthetic = SyntheticExpressions(checker: self, span: span)
    var builder = PipelineBuilder(span: span)
    pushScope()
    _ = builder.declare(self, "(map array)", type: array.type, mutable: false, value: array)
    let value = checkClosure(closure, span: closure.headSpan, expectedParameters: [element])
    guard case .structure(let structName) = value.type, let signature = closureState.signatures[structName]
    else {
      _ = popScope()
      return invalid(span)
    }
    _ = builder.declare(
      self, "(map closure)", type: value.type, mutable: signature.mutatesCaptures, value: value)
    let names = (0..<length).map { "(map element \($0))" }
    let elements = Pattern(
      kind: .slice(
        names.map {
          Pattern(
            kind: .identifier(name: $0, mutable: false, byReference: false, subpattern: nil), span: span)
        }), span: span)
    let calls = names.map {
      synthetic.make(.call(callee: synthetic.name("(map closure)"), arguments: [synthetic.name($0)]))
    }
    let moved = Block(
      statements: [
        Statement(
          kind: .binding(
            pattern: elements, type: nil, initializer: synthetic.name("(map array)"), elseBlock: nil),
          span: span)
      ],
      tail: synthetic.make(.array(calls)), span: span)
    let mapped = checkExpression(synthetic.make(.block(moved)))
    let declared = popScope()
    let block = TypedBlock(statements: builder.statements, tail: mapped, declaredSlots: declared, span: span)
    return typed(.block(block), mapped.type, span)
  }

  /// An array literal, or a local holding an array: the receivers whose `map` is the array's
  /// own, known before the receiver is checked.
  private func holdsArray(_ expr: Expr) -> Bool {
    switch expr.kind {
    case .array, .arrayRepeat: return true
    case .path(let path, _) where path.count == 1:
      guard let slot = resolveLocal(path[0], at: expr.span) else { return false }
      if case .array = table.shallow(locals[slot].type) { return true }
      return false
    default: return false
    }
  }
}
