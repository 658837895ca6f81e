/// The statements of an iterator chain's block, gathered as the chain is checked.
struct PipelineBuilder {
  var span: SourceSpan
  var statements: [TypedStatement] = []

  /// `let (name) = value;` in the chain's block.
  mutating func declare(_ checker: Checker, _ name: String, type: TypeTerm, mutable: Bool, value: TypedExpr)
    -> Int
  {
    let slot = checker.declareLocal(name, type: type, line: span.start.line, isMutable: mutable)
    let pattern = TypedPattern(
      kind: .binding(slot: slot, byReference: false, mutable: mutable, subpattern: nil), type: type,
      span: span)
    statements.append(TypedStatement(kind: .binding(pattern, value, elseBlock: nil), span: span))
    return slot
  }
}
