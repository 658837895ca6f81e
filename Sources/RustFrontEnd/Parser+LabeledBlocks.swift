/// `'a: { … break 'a value; … }` is parsed as `'a: loop { break 'a { … } }`: the block runs
/// once and its value (or a `break 'a`'s) is the loop's. The two differ only for unlabeled
/// `break` and `continue` inside, which rustc refuses in a labeled block (E0695), and the
/// checker refuses them here too (see `Checker.isLabeledBlock`).
extension Parser {
  /// At the `{` after `'a:`.
  package func parseLabeledBlock(label: String, start: SourceLocation) throws -> Expr {
    let block = try parseBlock()
    let value = expression(.block(block), span: block.span)
    let leave = expression(.breakLoop(label: label, value: value), span: block.span)
    let body = Block(statements: [], tail: leave, span: block.span)
    return expression(.loop(body: body, label: label), from: start)
  }
}
